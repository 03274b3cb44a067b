"""Nederlandse notatie van getallen, bedragen, percentages en datums.

Eén plek voor de notatie die app, command line (tabel), PDF en exports gebruiken:
1.234; 5,39; € 2.054.500; 12,5 %; −5; 1 januari 2024; "1 plek" en "2 plekken".
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MIN = "−"  # minteken (U+2212), zoals Plotly het ook gebruikt


def getal(waarde: float | int | None, decimalen: int = 0, teken: bool = False) -> str:
    """12345 -> '12.345'; 5.391 (2) -> '5,39'; -5 -> '−5'; teken=True: '+10'. Leeg/NaN -> '–'."""
    if waarde is None or (isinstance(waarde, float) and not math.isfinite(waarde)):
        return "–"
    afgerond = round(float(waarde), decimalen)
    if afgerond == 0:
        afgerond = 0.0  # geen "−0"
    tekst = f"{abs(afgerond):,.{decimalen}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if afgerond < 0:
        return MIN + tekst
    return ("+" + tekst) if teken and afgerond > 0 else tekst


#: Vaste spatie tussen € en het bedrag: een regel breekt dan niet tussen teken en getal.
NBSP = "\u00a0"


def euro(bedrag: float | int | None, decimalen: int = 0) -> str:
    """2054500 -> '€ 2.054.500'; -100 -> '−€ 100' (met een vaste spatie na het euroteken)."""
    tekst = getal(bedrag, decimalen)
    if tekst.startswith(MIN):
        return f"{MIN}€{NBSP}{tekst[1:]}"
    return f"€{NBSP}{tekst}"


def procent(waarde: float | None, decimalen: int = 1, teken: bool = False) -> str:
    """12.5 -> '12,5 %' (waarde is al in procenten)."""
    tekst = getal(waarde, decimalen, teken)
    return tekst if tekst == "–" else f"{tekst} %"


def plekken(aantal: int | float) -> str:
    """1 -> '1 plek'; 1234 -> '1.234 plekken'."""
    return f"{getal(aantal)} {'plek' if abs(round(float(aantal))) == 1 else 'plekken'}"


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """aantal(1, 'gemeente', 'gemeenten') -> '1 gemeente'."""
    return f"{getal(n)} {enkelvoud if n == 1 else meervoud}"


def datum(d: date) -> str:
    """date(2024, 1, 1) -> '1 januari 2024'."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def peildatum(jaar: int) -> str:
    """2024 -> '1 januari 2024'."""
    return datum(date(int(jaar), 1, 1))


def lijst(delen: list[str], en: str = "en") -> str:
    """['a', 'b', 'c'] -> 'a, b en c'."""
    delen = [d for d in delen if d]
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + f" {en} " + delen[-1]


def hoofdletter(tekst: str) -> str:
    """'de eigen opgave' -> 'De eigen opgave' (de rest blijft zoals hij is)."""
    return tekst[:1].upper() + tekst[1:]


def enkele_haakjes(zin: str) -> str:
    """Geen haakjes in haakjes in een citeerbare zin: een binnenste paar wordt een komma-aanvulling.
    '… (zoals gepubliceerd (NOS, november 2025))' -> '… (zoals gepubliceerd, NOS, november 2025)'."""
    uit: list[str] = []
    diepte = 0
    for teken in zin:
        if teken == "(":
            diepte += 1
            if diepte > 1:
                while uit and uit[-1] == " ":
                    uit.pop()
                uit.append(", ")
                continue
        elif teken == ")":
            diepte = max(0, diepte - 1)
            if diepte >= 1:
                continue
        uit.append(teken)
    return "".join(uit).replace(", ,", ",")


def legenda(kort: str, stand: str) -> str:
    """De naam van een systeem in een legenda, met zijn stand als het nooit gold: 'Concept 2023, nooit ingevoerd'."""
    return f"{kort}, {stand}" if stand else kort


def zonder_accenten(tekst: str) -> str:
    """'Súdwest-Fryslân' -> 'Sudwest-Fryslan' (voor zoeken en bestandsnamen)."""
    return unicodedata.normalize("NFKD", str(tekst)).encode("ascii", "ignore").decode()


def slug(tekst: str) -> str:
    """'Súdwest-Fryslân' -> 'sudwest-fryslan'; 'provincie Utrecht' -> 'provincie-utrecht' (leeg blijft leeg)."""
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten(tekst).lower()).strip("-")
