"""Server-kant: mediane herberekeningstijd na elke soort widgetwijziging (AppTest), per pagina.

Gebruik: python -m bench.herberekening [--herhalingen 15]
Draait op de meegeleverde gegevens in data/. Doel (issues): elke widgetwijziging onder 150 ms mediaan.
AppTest draait het hele script (ook waar de browser alleen een fragment opnieuw draait), dus dit is een bovengrens.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from streamlit.testing.v1 import AppTest

from bench.app_server import PROJECT
from weergave.intern.apptest import naar_pagina
from weergave.navigatie import PAGINAS

DOEL_MS = 150


def open_pagina(pagina: str, **params) -> AppTest:
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    naar_pagina(at, PAGINAS[pagina].adres)
    at.run()
    if at.exception:
        raise SystemExit(f"{pagina}: {at.exception[0].value}")
    return at


def meet(at: AppTest, wissel, herhalingen: int) -> list[float]:
    tijden = []
    for i in range(herhalingen + 2):
        wissel(at, i)
        begin = time.perf_counter()
        at.run()
        duur = (time.perf_counter() - begin) * 1000
        if at.exception:
            raise SystemExit(str(at.exception[0].value))
        if i >= 2:  # de eerste twee vullen de caches
            tijden.append(duur)
    return tijden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--herhalingen", type=int, default=15)
    n = parser.parse_args(argv).herhalingen
    kleuren = ["opgave", "per_1000", "huidig", "saldo"]
    m = {}
    at = open_pagina("kaart", gemeente="Heerlen")
    m["kaart: kleur"] = meet(at, lambda a, i: a.selectbox(key="kleur").set_value(kleuren[i % 4]), n)
    m["kaart: niveau"] = meet(
        at, lambda a, i: a.segmented_control(key="niveau").set_value(["provincie", "gemeente"][i % 2]), n
    )
    m["kaart: cyclus"] = meet(at, lambda a, i: a.segmented_control(key="cyclus").set_value(["1", "2"][i % 2]), n)
    m["kaart: SES-correctie"] = meet(
        at, lambda a, i: a.select_slider(key="alpha").set_value([0.5, 0.55, 0.6, 0.65, 0.7][i % 5]), n
    )
    at = open_pagina("wachten", gemeente="Utrecht")
    m["wachten loont?: deelname"] = meet(at, lambda a, i: a.slider(key="deelname").set_value(40 + 5 * (i % 5)), n)
    m["wachten loont?: systeem"] = meet(
        at, lambda a, i: a.selectbox(key="systeem").set_value(["P", "N", "VNG", "wet"][i % 4]), n
    )
    at = open_pagina("bonus")
    m["bonus: kleinschalig"] = meet(at, lambda a, i: a.slider(key="klein").set_value(10 + 5 * (i % 5)), n)
    at = open_pagina("regietafel", provincie="Utrecht")
    m["regietafel: beginwaarde"] = meet(
        at, lambda a, i: a.radio(key="begin").set_value(["regulier", "opgave", "huidig"][i % 3]), n
    )
    print(
        f"Herberekening na een widgetwijziging (AppTest, hele script, {n} metingen, ms; doel < {DOEL_MS} ms mediaan):"
    )
    for naam, tijden in m.items():
        med = statistics.median(tijden)
        oordeel = "OK" if med < DOEL_MS else "TE TRAAG"
        print(f"  {naam:32s} mediaan {med:6.1f}  min {min(tijden):6.1f}  max {max(tijden):6.1f}  {oordeel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
