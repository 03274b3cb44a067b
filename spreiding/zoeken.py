"""Een gemeente vinden bij een code of een (half goed getypte) naam.

Plumbing voor de zoekbox en de command line: hoofdletters, accenten, het voorvoegsel "'s-" en
kleine typefouten maken niet uit.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import pandas as pd

#: Gangbare namen die niet de officiële CBS-naam zijn.
ALIASSEN = {"den haag": "s gravenhage", "the hague": "s gravenhage", "den bosch": "s hertogenbosch"}


def normaliseer(naam: str) -> str:
    """'s-Hertogenbosch -> 's hertogenbosch'; Súdwest-Fryslân -> 'sudwest fryslan'."""
    tekst = unicodedata.normalize("NFKD", str(naam)).encode("ascii", "ignore").decode()
    tekst = re.sub(r"\(gemeente\)", "", tekst.casefold())
    tekst = re.sub(r"[^a-z0-9]+", " ", tekst).strip()
    return ALIASSEN.get(tekst, tekst)


def _zonder_voorvoegsel(naam: str) -> str:
    return re.sub(r"^s ", "", naam)


def zoek_gemeente(tekst: str, gemeenten: pd.DataFrame) -> str | None:
    """Geef de gemeentecode die bij `tekst` hoort, of None."""
    if tekst is None or not str(tekst).strip():
        return None
    tekst = str(tekst).strip()
    codes = gemeenten["gemeentecode"].astype(str)
    if tekst.upper() in set(codes):
        return tekst.upper()
    gezocht = normaliseer(tekst)
    namen = {normaliseer(n): c for n, c in zip(gemeenten["gemeentenaam"], codes)}
    if gezocht in namen:
        return namen[gezocht]
    kaal = {_zonder_voorvoegsel(n): c for n, c in namen.items()}
    if _zonder_voorvoegsel(gezocht) in kaal:
        return kaal[_zonder_voorvoegsel(gezocht)]
    beste = difflib.get_close_matches(_zonder_voorvoegsel(gezocht), list(kaal), n=1, cutoff=0.8)
    return kaal[beste[0]] if beste else None


def suggesties(tekst: str, gemeenten: pd.DataFrame, n: int = 5) -> list[str]:
    """Namen die op `tekst` lijken, voor een melding 'bedoelde u ...?'."""
    namen = {_zonder_voorvoegsel(normaliseer(x)): x for x in gemeenten["gemeentenaam"]}
    gevonden = difflib.get_close_matches(_zonder_voorvoegsel(normaliseer(tekst)), list(namen), n=n, cutoff=0.5)
    return [namen[g] for g in gevonden]
