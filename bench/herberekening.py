"""Meet de server-kant: mediane herberekeningstijd van een pagina na een widgetwijziging (AppTest),
en de grootte van de kaartfiguur zoals die naar de browser gaat.

Gebruik: python bench/herberekening.py [--herhalingen 15]
Draait op de meegeleverde gegevens in data/ (of $SPREIDING_DATA). Doelen (issues #3, #4, #5):
herberekening < 150 ms; gemeentekaart < 400 KB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from streamlit.testing.v1 import AppTest  # noqa: E402

DOEL_MS = 150
DOEL_KB = 400


def open_pagina(pagina: str, **params) -> AppTest:
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(f"paginas/{pagina}.py")
    at.run()
    if at.exception:
        raise SystemExit(f"{pagina}: {at.exception[0].message}")
    return at


def meet(at: AppTest, wissel, herhalingen: int) -> list[float]:
    """Tijd (ms) van at.run() na elke widgetwijziging; wissel(at, i) zet de widget."""
    tijden = []
    for i in range(herhalingen + 2):
        wissel(at, i)
        begin = time.perf_counter()
        at.run()
        duur = (time.perf_counter() - begin) * 1000
        if at.exception:
            raise SystemExit(at.exception[0].message)
        if i >= 2:  # de eerste twee runs vullen caches
            tijden.append(duur)
    return tijden


def kaartbytes(at: AppTest) -> int:
    spec = [el.proto.spec for el in at.get("plotly_chart")]
    return len(spec[0].encode("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=15)
    n = parser.parse_args().herhalingen

    metingen = {}
    at = open_pagina("kaart")
    metingen["kaart: wissel kleur (opgave / per 1.000)"] = meet(
        at, lambda a, i: a.radio(key="kleur").set_value("per1000" if i % 2 else "opgave"), n)
    metingen["kaart: wissel niveau (gemeente / provincie)"] = meet(
        at, lambda a, i: a.radio(key="niveau").set_value("provincie" if i % 2 else "gemeente"), n)
    at.radio(key="niveau").set_value("gemeente").run()
    bytes_gemeenten = kaartbytes(at)
    at.radio(key="niveau").set_value("provincie").run()
    bytes_provincies = kaartbytes(at)

    at = open_pagina("prikkel", gemeente="GM0344")
    metingen["wachten loont?: schuif deelname"] = meet(
        at, lambda a, i: a.slider(key="deelname").set_value(40 + 5 * (i % 5)), n)
    at = open_pagina("bonus")
    metingen["bonus: schuif realisatie"] = meet(
        at, lambda a, i: a.slider(key="realisatie").set_value(90 + 10 * (i % 5)), n)

    print(f"Herberekening na een widgetwijziging (AppTest, {n} metingen, ms; doel < {DOEL_MS} ms):")
    for naam, tijden in metingen.items():
        med = statistics.median(tijden)
        print(f"  {naam:48s} mediaan {med:6.1f}  min {min(tijden):6.1f}  max {max(tijden):6.1f}  {'OK' if med < DOEL_MS else 'TE TRAAG'}")
    print(f"Kaartfiguur zoals verstuurd (plotly-JSON; doel gemeenten < {DOEL_KB} KB):")
    print(f"  gemeenten  {bytes_gemeenten / 1024:7.1f} KB  {'OK' if bytes_gemeenten < DOEL_KB * 1024 else 'TE GROOT'}")
    print(f"  provincies {bytes_provincies / 1024:7.1f} KB")
    for naam in ("gemeenten.geojson", "provincies.geojson"):
        grootte = (PROJECT / "data" / naam).stat().st_size
        print(f"  + geometrie {naam} als statisch bestand (eenmalig, daarna uit de browsercache): {grootte / 1024:.1f} KB")
    print(f"Gegevens: {json.loads((PROJECT / 'data' / 'bronnen.json').read_text())['gemeenten']} gemeenten (data/).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
