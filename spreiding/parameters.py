"""De wettelijke en gepubliceerde waarden uit parameters.toml, als bevroren dataclasses.

Elke waarde is een `Gegeven`: waarde, status (C = officiële tekst, R = gerapporteerd, U = aanname) en de bron
waar zij vandaan komt. Pagina's, command line en PDF halen hun getallen, helpteksten en bronregels hier vandaan,
zodat een bedrag of datum op één plek staat. Het bestand wordt één keer gelezen (`PARAMETERS`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .fouten import DataFout

BESTAND = Path(__file__).with_name("parameters.toml")

STATUSSEN = {
    "C": "officieel",
    "R": "gerapporteerd",
    "U": "aanname",
}


@dataclass(frozen=True)
class Bron:
    """Een document, bericht of gegevensbestand waar een waarde vandaan komt."""

    sleutel: str
    titel: str
    uitgever: str
    datum: str
    soort: str
    url: str | None = None
    bestand: str | None = None  # nummer van het brondocument in ../shared/bronnen/ (000-004)

    def kort(self) -> str:
        """'Staatscourant 2024, 3320 (31 januari 2024)'."""
        return f"{self.uitgever} ({self.datum})"


@dataclass(frozen=True)
class Gegeven:
    """Een waarde met haar status en bron."""

    sleutel: str
    waarde: Any
    status: str
    bron: Bron
    toelichting: str = ""

    @property
    def status_label(self) -> str:
        return STATUSSEN[self.status]

    @property
    def is_aanname(self) -> bool:
        return self.status == "U"


@dataclass(frozen=True)
class Cyclus:
    code: int
    naam: str
    kort: str
    totaal: Gegeven
    peiljaar: Gegeven
    cijfers: str  # "gepubliceerd" of "gereconstrueerd"
    cijfers_toelichting: str
    begin: date
    einde: date
    amv: Gegeven | None = None


@dataclass(frozen=True)
class Wetsvoorstel:
    naam: str
    totaal: Gegeven
    amv: Gegeven
    peiljaar: Gegeven
    alpha: Gegeven


@dataclass(frozen=True)
class Stap:
    """Een stap van een cyclus; `weergave` vervangt de datum als die niet precies bekend is."""

    cyclus: int
    stap: str
    datum: date
    status: str
    bron: Bron
    tot: date | None = None
    weergave: str | None = None
    tot_weergave: str | None = None
    toelichting: str = ""


@dataclass(frozen=True)
class Gebeurtenis:
    datum: date
    gebeurtenis: str
    bron: Bron
    weergave: str | None = None
    onzeker: str | None = None  # waarom de datum niet precies is ("maand niet bekend")


@dataclass(frozen=True)
class Aanvraagtermijn:
    """Tot wanneer een college de bonus van de regeling 2024 voor een cyclus kan aanvragen (art. 3, vierde lid)."""

    cyclus: int
    voor: date  # de aanvraag moet vóór deze datum binnen zijn
    status: str
    bron: Bron
    toelichting: str


@dataclass(frozen=True)
class Citaat:
    sleutel: str
    tekst: str
    bron: Bron


@dataclass(frozen=True)
class Parameters:
    bronnen: dict[str, Bron]
    cycli: dict[int, Cyclus]
    wetsvoorstel: Wetsvoorstel
    verdeling: dict[str, Gegeven]
    restregel: dict[str, Gegeven]
    plekken: dict[str, Gegeven]
    gepubliceerd_cyclus1: dict[str, Gegeven]
    bonus: dict[str, Gegeven]
    cbs: dict[str, Gegeven]
    tijdlijn: tuple[Stap, ...]
    status_wet: tuple[Gebeurtenis, ...]
    citaten: dict[str, Citaat]
    bonus_aanvraag: tuple[Aanvraagtermijn, ...] = ()
    _alle: tuple[Gegeven, ...] = field(default=(), repr=False)

    def alle_gegevens(self) -> tuple[Gegeven, ...]:
        """Elke waarde in het bestand (voor de test die bron en status eist, en docs/bronnen.md)."""
        return self._alle

    @property
    def bronnen_tot(self) -> date:
        """Tot welke datum de stand van de wet in de brondocumenten reikt (de laatste gebeurtenis)."""
        return max(g.datum for g in self.status_wet)

    def gepubliceerd_cyclus1_aantallen(self) -> dict[str, int]:
        """gemeentecode -> gepubliceerd aantal van cyclus 1 [R]."""
        return {code: int(g.waarde) for code, g in self.gepubliceerd_cyclus1.items()}


def _gegeven(sleutel: str, ruw: Any, bronnen: dict[str, Bron], alle: list[Gegeven]) -> Gegeven:
    if not isinstance(ruw, dict) or "waarde" not in ruw:
        raise DataFout(f"parameters.toml: {sleutel} heeft geen waarde.")
    status, bron = ruw.get("status"), ruw.get("bron")
    if status not in STATUSSEN:
        raise DataFout(f"parameters.toml: {sleutel} heeft geen geldige status (C, R of U).")
    if bron not in bronnen:
        raise DataFout(f"parameters.toml: {sleutel} verwijst naar een onbekende bron {bron!r}.")
    gegeven = Gegeven(sleutel, ruw["waarde"], status, bronnen[bron], ruw.get("toelichting", ""))
    alle.append(gegeven)
    return gegeven


def _groep(naam: str, ruw: dict, bronnen: dict[str, Bron], alle: list[Gegeven]) -> dict[str, Gegeven]:
    return {k: _gegeven(f"{naam}.{k}", v, bronnen, alle) for k, v in ruw.items()}


def _bron(sleutel: str, bronnen: dict[str, Bron]) -> Bron:
    if sleutel not in bronnen:
        raise DataFout(f"parameters.toml: onbekende bron {sleutel!r}.")
    return bronnen[sleutel]


def lees(pad: Path = BESTAND) -> Parameters:
    """Lees en controleer parameters.toml."""
    try:
        ruw = tomllib.loads(pad.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as fout:
        raise DataFout(f"Het parameterbestand {pad.name} is onleesbaar: {fout}") from fout
    bronnen = {k: Bron(sleutel=k, **v) for k, v in ruw["bronnen"].items()}
    alle: list[Gegeven] = []
    cycli = {}
    for code, c in ruw["cycli"].items():
        cycli[int(code)] = Cyclus(
            code=int(code),
            naam=c["naam"],
            kort=c["kort"],
            totaal=_gegeven(f"cycli.{code}.totaal", c["totaal"], bronnen, alle),
            peiljaar=_gegeven(f"cycli.{code}.peiljaar_inwoners", c["peiljaar_inwoners"], bronnen, alle),
            amv=_gegeven(f"cycli.{code}.amv", c["amv"], bronnen, alle) if "amv" in c else None,
            cijfers=c["cijfers"],
            cijfers_toelichting=c["cijfers_toelichting"],
            begin=c["begin"],
            einde=c["einde"],
        )
    w = ruw["wetsvoorstel"]
    wetsvoorstel = Wetsvoorstel(
        naam=w["naam"],
        **{
            k: _gegeven(f"wetsvoorstel.{k}", w[k if k != "peiljaar" else "peiljaar_inwoners"], bronnen, alle)
            for k in ("totaal", "amv", "peiljaar", "alpha")
        },
    )
    tijdlijn = tuple(
        Stap(**{**s, "bron": _bron(s["bron"], bronnen)})
        for s in sorted(ruw["tijdlijn"], key=lambda s: (s["cyclus"], s["datum"]))
    )
    status_wet = tuple(
        Gebeurtenis(**{**g, "bron": _bron(g["bron"], bronnen)})
        for g in sorted(ruw["status_wet"], key=lambda g: g["datum"])
    )
    citaten = {k: Citaat(k, v["tekst"], _bron(v["bron"], bronnen)) for k, v in ruw["citaten"].items()}
    aanvraag = tuple(
        Aanvraagtermijn(**{**t, "bron": _bron(t["bron"], bronnen)})
        for t in sorted(ruw["bonus_aanvraag"], key=lambda t: t["cyclus"])
    )
    if any(t.status not in STATUSSEN for t in aanvraag):
        raise DataFout("parameters.toml: een aanvraagtermijn heeft geen geldige status (C, R of U).")
    return Parameters(
        bronnen=bronnen,
        cycli=cycli,
        wetsvoorstel=wetsvoorstel,
        verdeling=_groep("verdeling", ruw["verdeling"], bronnen, alle),
        restregel=_groep("restregel", ruw["restregel"], bronnen, alle),
        plekken=_groep("plekken", ruw["plekken"], bronnen, alle),
        gepubliceerd_cyclus1=_groep("gepubliceerd_cyclus1", ruw["gepubliceerd_cyclus1"], bronnen, alle),
        bonus=_groep("bonus", ruw["bonus"], bronnen, alle),
        cbs=_groep("cbs", ruw["cbs"], bronnen, alle),
        tijdlijn=tijdlijn,
        status_wet=status_wet,
        citaten=citaten,
        bonus_aanvraag=aanvraag,
        _alle=tuple(alle),
    )


@cache
def parameters() -> Parameters:
    """De parameters van dit pakket (één keer gelezen)."""
    return lees()


PARAMETERS = parameters()
