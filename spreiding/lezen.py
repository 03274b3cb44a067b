"""Nederlandse getallen, gemeentecodes en korte teksten lezen: één plek voor uploads (spreiding/invoer.py), de
bewerkbare tabel en de link van de regietafel (spreiding/regietafel.py) en de getalvelden van de app. Hangt van niets
in dit pakket af, zodat invoer en regietafel elkaar niet meer nodig hebben (de importkring tussen die twee is weg)."""

from __future__ import annotations

import re

import numpy as np


def kort(tekst: str, n: int = 40) -> str:
    """Kort een tekst in voor een melding (nooit een hele upload of link terug op het scherm)."""
    tekst = " ".join(str(tekst).split())
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


_DUIZENDTAL = re.compile(r"^\d{1,3}(\.\d{3})+$")


def lees_aantal(tekst: str, decimaal: str, maximum: int) -> int:
    """'1.234' (decimale komma) -> 1234; '1234' -> 1234. ValueError met een Nederlandse tekst bij een
    ongeldig, negatief, gebroken, oneindig, dubbelzinnig of te groot getal."""
    ruw = str(tekst).strip().replace("\u00a0", "").replace(" ", "")
    if ruw == "":
        raise ValueError("is leeg")
    if decimaal == ",":
        if "." in ruw and not _DUIZENDTAL.match(ruw.lstrip("-+")) and "," not in ruw:
            raise ValueError(f"'{kort(ruw, 20)}' is geen geheel aantal (punt is hier het duizendtalteken)")
        ruw = ruw.replace(".", "").replace(",", ".")
    elif _DUIZENDTAL.match(ruw.lstrip("-+")):
        raise ValueError(f"'{kort(ruw, 20)}' is dubbelzinnig: duizend of een decimaal getal? Schrijf het zonder punt")
    try:
        waarde = float(ruw)
    except ValueError:
        raise ValueError(f"'{kort(ruw, 20)}' is geen getal") from None
    if not np.isfinite(waarde):
        raise ValueError(f"'{kort(ruw, 20)}' is geen eindig getal")
    if waarde < 0:
        raise ValueError("is negatief; aantallen plekken zijn 0 of meer")
    if waarde != int(waarde):
        raise ValueError(f"'{kort(ruw, 20)}' is geen geheel aantal plekken")
    if waarde > maximum:
        raise ValueError(f"is groter dan {maximum:,} plekken".replace(",", "."))
    return int(waarde)


def lees_code(tekst: str) -> str | None:
    """'GM0363', 'gm363' of '0363' -> 'GM0363'; anders None."""
    gevonden = re.fullmatch(r"(?i)\s*(?:gm)?\s*0*(\d{1,4})\s*", str(tekst))
    return f"GM{int(gevonden.group(1)):04d}" if gevonden else None
