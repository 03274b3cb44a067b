"""Een gemeente vinden bij een code, een (half goed getypte) naam of een woonplaats.

Plumbing voor de zoekbox en de command line: hoofdletters, accenten, het voorvoegsel "'s-" en
kleine typefouten maken niet uit. Een woonplaats (CBS, Woonplaatsen in Nederland 2026) geeft haar gemeente: 'Sneek'
-> Súdwest-Fryslân; een woonplaats in twee gemeenten ('Achterveld') is niet eenduidig en geeft beide als keuze.
"""

from __future__ import annotations

import difflib
import re

import pandas as pd

from .notatie import zonder_accenten

#: Gangbare namen die niet de officiële CBS-naam zijn.
ALIASSEN = {"den haag": "s gravenhage", "the hague": "s gravenhage", "den bosch": "s hertogenbosch"}
#: Gangbare naam naast de officiële, voor de zoeklijst (de zoekfunctie van de keuzelijst zoekt in deze tekst).
BIJNAMEN = {"'s-Gravenhage": "Den Haag", "'s-Hertogenbosch": "Den Bosch"}
#: Gangbare naam naast de officiële provincienaam, voor de zoeklijst.
PROVINCIE_BIJNAMEN = {"Fryslân": "Friesland"}
#: Andere schrijfwijzen van provincienamen.
PROVINCIE_ALIASSEN = {"friesland": "fryslan", "brabant": "noord brabant", "limburg nl": "limburg"}


def normaliseer(naam: str) -> str:
    """'s-Hertogenbosch -> 's hertogenbosch'; Súdwest-Fryslân -> 'sudwest fryslan'."""
    tekst = zonder_accenten(naam)
    tekst = re.sub(r"\(gemeente\)", "", tekst.casefold())
    tekst = re.sub(r"[^a-z0-9]+", " ", tekst).strip()
    return ALIASSEN.get(tekst, tekst)


def _zonder_voorvoegsel(naam: str) -> str:
    return re.sub(r"^s ", "", naam)


def _sleutels(naam: str) -> set[str]:
    """Zoeksleutels van een CBS-naam: genormaliseerd, zonder "'s-" en zonder toevoeging als "(NH.)"."""
    kort = re.sub(r"\s*\([^)]*\)\s*$", "", str(naam))
    return {variant for n in (naam, kort) for variant in (normaliseer(n), _zonder_voorvoegsel(normaliseer(n)))}


def _index(gemeenten: pd.DataFrame) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for naam, code in zip(gemeenten["gemeentenaam"], gemeenten["gemeentecode"].astype(str)):
        for sleutel in _sleutels(naam):
            index.setdefault(sleutel, set()).add(code)
    return index


def woonplaats_gemeenten(tekst: str, woonplaatsen: pd.DataFrame | None) -> list[str]:
    """De gemeentecodes van de woonplaats die `tekst` precies is (hoofdletters, accenten en leestekens maken niet
    uit): één voor 'Sneek', twee voor 'Achterveld', geen voor een onbekende naam."""
    if woonplaatsen is None or tekst is None or not str(tekst).strip():
        return []
    gezocht = _sleutel(tekst)
    return sorted(
        {c for c, w in zip(woonplaatsen["gemeentecode"], woonplaatsen["woonplaats"]) if _sleutel(w) == gezocht}
    )


def _sleutel(naam: str) -> str:
    return _zonder_voorvoegsel(normaliseer(naam))


def zoek_gemeente(tekst: str, gemeenten: pd.DataFrame, woonplaatsen: pd.DataFrame | None = None) -> str | None:
    """Geef de gemeentecode die bij `tekst` hoort, of None (ook als `tekst` meer gemeenten kan zijn,
    zoals 'Bergen' of de woonplaats 'Achterveld': dan helpen de suggesties). Een gemeentenaam gaat voor een
    woonplaats met dezelfde naam ('Beek' is de gemeente Beek, niet een van de drie woonplaatsen Beek)."""
    if tekst is None or not str(tekst).strip():
        return None
    tekst = str(tekst).strip()
    codes = set(gemeenten["gemeentecode"].astype(str))
    als_code = re.fullmatch(r"(?i)gm\s*0*(\d{1,4})", tekst)
    if als_code:
        code = f"GM{int(als_code.group(1)):04d}"
        return code if code in codes else None
    index = _index(gemeenten)
    gezocht = _sleutel(tekst)
    # 1. precies een naam; 2. precies een woonplaats ("Sneek"); 3. het begin van een naam ("Nuenen");
    # 4. een kleine typefout
    treffers = index.get(gezocht, set())
    if not treffers:
        plaatsen = woonplaats_gemeenten(tekst, woonplaatsen)
        if plaatsen:
            return plaatsen[0] if len(plaatsen) == 1 else None
    if not treffers:
        treffers = set().union(*(c for k, c in index.items() if k.startswith(gezocht + " ")))
    if not treffers:
        beste = difflib.get_close_matches(gezocht, list(index), n=1, cutoff=0.8)
        treffers = index[beste[0]] if beste else set()
    return next(iter(treffers)) if len(treffers) == 1 else None


def code_bij_naam(naam: str, gemeenten: pd.DataFrame) -> str | None:
    """De gemeentecode van precies één gemeente met deze naam (hoofdletters, accenten, "'s-" en de CBS-toevoeging
    als 'Bergen (NH.)' maken niet uit; geen typefouten, geen begin van een naam), of None: onbekend of dubbelzinnig
    ('Bergen'). Voor uploads, waar een gok een verkeerde gemeente zou geven."""
    treffers = _index(gemeenten).get(_sleutel(naam), set())
    return next(iter(treffers)) if len(treffers) == 1 else None


def suggesties(tekst: str, gemeenten: pd.DataFrame, n: int = 5) -> list[str]:
    """Namen die op `tekst` lijken, voor een melding 'bedoelde u ...?'."""
    namen = dict(zip(gemeenten["gemeentecode"].astype(str), gemeenten["gemeentenaam"]))
    index = _index(gemeenten)
    gezocht = _sleutel(tekst)
    gevonden: list[str] = []
    for sleutel in [k for k in index if k == gezocht or k.startswith(gezocht + " ")] + difflib.get_close_matches(
        gezocht, list(index), n=n, cutoff=0.5
    ):
        for code in sorted(index[sleutel]):
            if namen[code] not in gevonden:
                gevonden.append(namen[code])
    return gevonden[:n]


def zoek_provincie(tekst: str | None, provincies) -> str | None:
    """'utrecht', 'Friesland', 'noord brabant' -> de officiële provincienaam; anders None."""
    if tekst is None or not str(tekst).strip():
        return None
    gezocht = normaliseer(str(tekst))
    gezocht = PROVINCIE_ALIASSEN.get(gezocht, gezocht)
    gezocht = re.sub(r"^provincie ", "", gezocht)
    for p in provincies:
        if normaliseer(p) == gezocht:
            return p
    return None


def kandidaten(tekst: str, gemeenten: pd.DataFrame, n: int = 8) -> list[tuple[str, str]]:
    """Alle gemeenten en provincies die bij `tekst` passen, als (soort, sleutel) met soort 'provincie' of
    'gemeente': eerst een provincie met die naam, dan gemeenten waarvan de naam zo begint, dan lijkende namen.
    'Bergen' geeft beide Bergens, 'Heer' geeft Heerde, Heerenveen en Heerlen."""
    if tekst is None or not str(tekst).strip():
        return []
    uit: list[tuple[str, str]] = []
    provincie = zoek_provincie(tekst, sorted(set(gemeenten["provincie"])))
    if provincie:
        uit.append(("provincie", provincie))
    code = zoek_gemeente(tekst, gemeenten)
    if code:
        uit.append(("gemeente", code))
    gezocht = _sleutel(tekst)
    index = _index(gemeenten)
    begin = sorted({c for k, cs in index.items() if k.startswith(gezocht) for c in cs})
    namen = dict(zip(gemeenten["gemeentecode"].astype(str), gemeenten["gemeentenaam"]))
    for c in sorted(begin, key=lambda c: namen[c]):
        if ("gemeente", c) not in uit:
            uit.append(("gemeente", c))
    for naam in suggesties(tekst, gemeenten, n):
        c = next(k for k, v in namen.items() if v == naam)
        if ("gemeente", c) not in uit:
            uit.append(("gemeente", c))
    return uit[:n]


# ------------------------------------------------------------------------------- de opties van een zoekvak

#: Scheiding in de waarde van een woonplaats-optie: 'GM1900|Sneek' (de gemeente voor de streep).
PLAATS = "|"


def zoeklabel(naam: str, bijnaam: str | None = None) -> str:
    """Het label in een zoeklijst: de naam, met de schrijfwijze zonder accenten en de gangbare naam erachter, zodat
    het filter van de keuzelijst (dat accenten niet gelijkstelt) 'sudwest' en 'den haag' vindt:
    'Súdwest-Fryslân (Sudwest-Fryslan)', "'s-Gravenhage (Den Haag)"."""
    extra = [x for x in (zonder_accenten(naam), bijnaam) if x and x != naam]
    return f"{naam} ({', '.join(extra)})" if extra else naam


def plaats_gemeente(waarde: str | None) -> str | None:
    """'GM1900|Sneek' -> 'GM1900'; een gemeentecode blijft zichzelf."""
    return None if waarde is None else str(waarde).split(PLAATS, 1)[0]


def zoekopties(gemeenten: pd.DataFrame, woonplaatsen: pd.DataFrame | None) -> dict[str, str]:
    """Opties van het zoekvak (waarde -> label): eerst de gemeenten op naam, dan de woonplaatsen als
    'Sneek — Súdwest-Fryslân' (waarde 'GM1900|Sneek'). Een woonplaats met de naam van haar eigen gemeente staat er
    niet apart in; een woonplaats in twee gemeenten staat er twee keer in, elk met haar gemeente."""
    namen = dict(zip(gemeenten["gemeentecode"].astype(str), gemeenten["gemeentenaam"]))
    opties = {
        code: zoeklabel(naam, BIJNAMEN.get(naam))
        for code, naam in sorted(namen.items(), key=lambda cn: _sleutel(cn[1]))
    }
    if woonplaatsen is not None:
        rijen = sorted(
            zip(woonplaatsen["woonplaats"], woonplaatsen["gemeentecode"]), key=lambda r: (_sleutel(r[0]), r[1])
        )
        for plaats, code in rijen:
            if code in namen and _sleutel(plaats) not in _sleutels(namen[code]):
                opties[f"{code}{PLAATS}{plaats}"] = f"{zoeklabel(plaats)} — {namen[code]}"
    return opties
