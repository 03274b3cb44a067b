"""Hoe lang het maken van een briefing (PDF) duurt: mediaan van 5, voor een gemeente en een provincie.

Gebruik: python -m bench.briefing    Doel (issue): onder 2 s op deze machine.
"""

from __future__ import annotations

import statistics
import sys
import time

from spreiding import regietafel
from spreiding.data import laad_gemeenten, laad_grenzen
from spreiding.uitgangspunt import maak
from spreiding.uitvoer import briefing, verslag
from spreiding.verdeling import verdeel


def meet(functie, keer: int = 5) -> list[float]:
    tijden = []
    for _ in range(keer):
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return tijden


def main() -> int:
    gemeenten = laad_gemeenten()
    u = maak("2")
    koud = time.perf_counter()
    briefing.gemeente_pdf(gemeenten, "GM0917", u)
    koud = time.perf_counter() - koud
    grenzen = laad_grenzen("gemeente")
    v = verdeel(gemeenten, u.parameters())
    t = regietafel.toets(v, "Zuid-Holland", regietafel.standaard_afspraken(v, "Zuid-Holland"))
    for naam, functie in (
        ("briefing Heerlen (gemeente)", lambda: briefing.gemeente_pdf(gemeenten, "GM0917", u, grenzen)),
        ("briefing Zuid-Holland (provincie)", lambda: briefing.provincie_pdf(gemeenten, "Zuid-Holland", u, grenzen)),
        ("verslag regietafel Zuid-Holland (PDF)", lambda: verslag.pdf(t, u)),
    ):
        tijden = meet(functie)
        med = statistics.median(tijden)
        oordeel = "OK" if med < 2 else "TE TRAAG"
        print(f"{naam:40s} mediaan {med:.3f} s  max {max(tijden):.3f} s  {oordeel}")
    print(f"eerste briefing in dit proces (lettertypen laden): {koud:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
