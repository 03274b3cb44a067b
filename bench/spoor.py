"""Hoe ver een wijziging reist: welke bestanden van het project een andere cyclus op de kaart doorloopt.

    python -m bench.spoor [--pagina kaart] [--cyclus 1]

Opent de pagina (AppTest, zonder browser), kiest dan een andere cyclus en volgt die ene herberekening met een
profiel-haak: elk Python-bestand van het project waarin code draait, elk JavaScript-bestand van het project dat de
pagina meestuurt, en elke 'reis omlaag': een aanroep vanuit app.py, paginas/ of weergave/ naar een functie in
spreiding/ die het uitgangspunt (of zijn cyclus) meekrijgt. Issue 30 vraagt hoogstens 12 bestanden en één reis per
herberekening. Aanroepen die een cache beantwoordt, tellen niet: die draaien geen code.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
LAGEN_BOVEN = ("app.py", "paginas/", "weergave/")


def _relatief(bestand: str) -> str | None:
    if bestand.startswith("<"):  # <frozen abc>, <string>: niet van het project
        return None
    try:
        pad = Path(bestand).resolve().relative_to(PROJECT)
    except ValueError:
        return None
    tekst = pad.as_posix()
    return None if tekst.startswith(("tests/", "bench/")) else tekst


def _draagt_cyclus(frame, cyclus: str) -> bool:
    """Krijgt deze aanroep het uitgangspunt, de keuze of de cyclus mee?"""
    from spreiding.uitgangspunt import Uitgangspunt  # pas hier: het project wordt pas na het pad geladen

    code = frame.f_code
    namen = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    for naam in namen:
        waarde = frame.f_locals.get(naam)
        if isinstance(waarde, Uitgangspunt) or (isinstance(waarde, str) and waarde == cyclus):
            return True
        if isinstance(getattr(waarde, "u", None), Uitgangspunt) or isinstance(getattr(waarde, "cyclus", None), str):
            return True
    return False


def spoor(pagina: str, cyclus: str, label: str) -> dict:
    sys.path.insert(0, str(PROJECT))
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=120)
    from weergave.intern.apptest import naar_pagina
    from weergave.navigatie import PAGINAS

    naar_pagina(at, PAGINAS[pagina].adres).run()
    bestanden: Counter[str] = Counter()
    reizen: Counter[str] = Counter()

    def haak(frame, event, arg):
        if event != "call":
            return
        hier = _relatief(frame.f_code.co_filename)
        if hier is None:
            return
        bestanden[hier] += 1
        if not hier.startswith("spreiding/") or frame.f_back is None:
            return
        vandaan = _relatief(frame.f_back.f_code.co_filename)
        if vandaan and vandaan.startswith(LAGEN_BOVEN) and _draagt_cyclus(frame, cyclus):
            reizen[f"{vandaan} -> {hier}:{frame.f_code.co_name}"] += 1

    threading.setprofile(haak)
    sys.setprofile(haak)
    try:
        at.segmented_control(key="cyclus").set_value(cyclus).run()
    finally:
        sys.setprofile(None)
        threading.setprofile(None)
    assert not at.exception, at.exception
    verstuurd = " ".join(str(h.proto.body) for h in at.get("html"))
    js = sorted(
        p.relative_to(PROJECT).as_posix()
        for p in PROJECT.glob("weergave/**/*.js")
        if p.read_text(encoding="utf-8").strip()[:80] in verstuurd
    )
    return {"label": label, "python": sorted(bestanden), "js": js, "reizen": reizen}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.spoor", description=__doc__.split("\n\n")[0])
    p.add_argument("--pagina", default="kaart")
    p.add_argument("--cyclus", default="1", help="de cyclus die gekozen wordt (code uit cycli.toml)")
    args = p.parse_args(argv)
    uit = spoor(args.pagina, args.cyclus, f"/{args.pagina}: cyclus -> {args.cyclus}")
    print(uit["label"])
    print(f"Python-bestanden van het project: {len(uit['python'])}")
    for b in uit["python"]:
        print(f"  {b}")
    print(f"JavaScript-bestanden van het project: {len(uit['js'])}")
    for b in uit["js"]:
        print(f"  {b}")
    print(f"reizen omlaag naar spreiding/ met het uitgangspunt: {sum(uit['reizen'].values())}")
    for r, n in uit["reizen"].most_common():
        print(f"  {n} x {r}")
    print(f"samen: {len(uit['python']) + len(uit['js'])} bestanden")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
