"""Getypte, onveranderlijke resultaten voor de pagina's: `r.te_realiseren` in plaats van `int(rij["te_realiseren"])`.

Een pagina krijgt van spreiding/ (of weergave/laden) zo'n object en leest velden; ze rekent niet, zet geen getallen om
en grijpt niet met een kolomnaam in een tabelrij (tests/test_lagen.py). De velden heten als de kolommen in
spreiding/begrippen.toml. Functies in spreiding/ die een rij van een tabel (pd.Series) nemen, nemen ook deze objecten:
`r["opgave"]`, `"opgave" in r` en `r.get("opgave")` werken op beide.
"""

from __future__ import annotations

import math
import typing
from dataclasses import MISSING, dataclass, fields
from functools import cache
from typing import NamedTuple

import pandas as pd


class Record:
    """Veldtoegang zoals bij een rij van een tabel, voor de functies die beide nemen."""

    def __getitem__(self, naam: str):
        if naam not in self.__dataclass_fields__:  # type: ignore[attr-defined]
            raise KeyError(naam)
        return getattr(self, naam)

    def __contains__(self, naam: object) -> bool:
        return naam in self.__dataclass_fields__ and getattr(self, str(naam)) is not None  # type: ignore[attr-defined]

    def als_dict(self) -> dict:
        """De velden als dict (voor JSON)."""
        return {v.name: getattr(self, v.name) for v in fields(self)}  # type: ignore[arg-type]

    def get(self, naam: str, standaard=None):
        waarde = getattr(self, naam, None) if naam in self.__dataclass_fields__ else None  # type: ignore[attr-defined]
        return standaard if waarde is None else waarde

    @classmethod
    def uit(cls, rij) -> typing.Self:
        """Uit een rij van een tabel (pd.Series) of een dict: elk veld naar zijn type (numpy-getallen worden int,
        float of str; een ontbrekende waarde None als het veld dat toestaat, anders NaN bij float)."""
        soorten = _soorten(cls)
        waarden = {}
        for veld in fields(cls):  # type: ignore[arg-type]
            if veld.name in rij:
                waarden[veld.name] = _als(soorten[veld.name], rij[veld.name])
            elif veld.default is MISSING:
                raise KeyError(f"{cls.__name__}: het veld {veld.name} ontbreekt")
        return cls(**waarden)


@cache
def _soorten(cls) -> dict[str, tuple[type, bool]]:
    """Per veld: (int/float/str/bool, mag None)."""
    uit = {}
    for naam, soort in typing.get_type_hints(cls).items():
        delen = typing.get_args(soort) or (soort,)
        kern = next((d for d in delen if d is not type(None)), str)
        uit[naam] = (kern, type(None) in delen)
    return uit


def _als(soort: tuple[type, bool], waarde):
    kern, mag_none = soort
    leeg = waarde is None or waarde is pd.NA or (isinstance(waarde, float) and math.isnan(waarde))
    if leeg:
        if mag_none:
            return None
        return math.nan if kern is float else waarde
    if kern in (int, float, str, bool):
        return kern(waarde)
    return waarde


@dataclass(frozen=True)
class Gemeentecijfers(Record):
    """Eén gemeente in een verdeling (een rij van spreiding.verdeling.verdeel)."""

    gemeentecode: str
    gemeentenaam: str
    provincie: str
    inwoners: int
    aandeel_inwoners: float
    quotum_inwoners: float
    correctiefactor: float
    quotum: float
    opgave: int
    per_1000: float
    regulier: int
    nood: int
    huidig: int
    huidig_per_1000: float
    saldo: int
    saldo_regulier: int
    te_realiseren: int
    factor_laag: float
    factor_hoog: float
    gewicht: float
    inwoners_2023: int
    inwoners_2024: int
    opgave_cyclus2: int
    kerncijfers_samengevoegd: str | None = None
    inkomen_per_inwoner: float = math.nan
    laag_inkomen_pct: float = math.nan
    opleiding_hoog_pct: float = math.nan
    opleiding_laag_pct: float = math.nan
    arbeidsparticipatie_pct: float = math.nan
    dichtheid: float = math.nan
    opgave_amv: int | None = None


@dataclass(frozen=True)
class Provinciecijfers(Record):
    """Eén provincie: de som van haar gemeenten (spreiding.verdeling.per_provincie)."""

    provincie: str
    gemeenten: int
    opgave: int
    inwoners: int
    regulier: int
    nood: int
    huidig: int
    per_1000: float
    huidig_per_1000: float
    saldo: int
    saldo_regulier: int
    te_realiseren_na_uitruil: int
    som_tekorten: int
    opgave_amv: int | None = None


@dataclass(frozen=True)
class Uitleg(Record):
    """De stappen achter het getal van één gemeente: inwoners -> correctiefactor -> afronding."""

    gemeentecode: str
    gemeentenaam: str
    provincie: str
    inwoners: int
    peildatum: int
    aandeel_inwoners: float
    aandeel_pct: float
    quotum_inwoners: float
    correctiefactor: float
    alpha: float
    effectieve_factor: float
    quotum: float
    opgave: int
    afronding: float
    per_1000: float
    opgave_amv: int | None = None

    @property
    def met_sterkte(self) -> bool:
        """Is de SES-correctie verzwakt of versterkt (sterkte niet 1)? Dan noemt de uitleg de sterkte."""
        return self.alpha != 1


@dataclass(frozen=True)
class Gepubliceerd(Record):
    """Het gepubliceerde getal van één gemeente naast dat van het model."""

    gemeentecode: str
    gemeentenaam: str
    gepubliceerd: int
    model: int
    afwijking: int
    afwijking_pct: float


@dataclass(frozen=True)
class Kerncijfer(Record):
    """Eén kerncijfer (2021) van een gemeente naast Nederland, als tekst, en waar het op wijst."""

    kenmerk: str
    gemeente: str
    nederland: str
    wijst_op: str


class NuGevraagd(NamedTuple):
    """Wat een gemeente nu bindt: het aantal uit het verdeelbesluit, hoe het bekend is, en de bron."""

    aantal: int
    status: str  # 'gerapporteerd' of 'ingevoerd'
    bron: str


@dataclass(frozen=True)
class Bronbestand(Record):
    """Eén ruw bestand waaruit de gegevens gebouwd zijn (data/bronnen.json)."""

    bestand: str
    uitgever: str
    peildatum: str
    licentie: str
    herkomst: str
    sha256: str

    @property
    def sha256_kort(self) -> str:
        """De eerste 16 tekens van de sha256, met een weglatingsteken."""
        return self.sha256[:16] + "…"


@dataclass(frozen=True)
class Gegevensbouw(Record):
    """Wat er in de verwerkte gegevens zit en waar het vandaan komt (data/bronnen.json)."""

    gemeenten: int
    provincies: int
    bronnen: tuple[Bronbestand, ...]

    @classmethod
    def uit_manifest(cls, manifest: dict) -> Gegevensbouw:
        return cls(
            int(manifest["gemeenten"]),
            int(manifest["provincies"]),
            tuple(Bronbestand.uit(b) for b in manifest["bronnen"]),
        )


@dataclass(frozen=True)
class Bonustotaal(Record):
    """De totalen van één bonussysteem in een gebied."""

    systeem: str
    label: str
    totaal_euro: int
    gemeenten_met_bonus: int
    kleine_gemeenten_euro: int
    moment: str


@dataclass(frozen=True)
class Bonusverschil(Record):
    """Waarom de regeling 2024 en het VNG/IPO-alternatief verschillen, in plekken (zie spreiding.bonus.verschillen)."""

    boven_eind: int
    boven_start_fase2: int
    boven_alleen_groot: int
    fase2: int
    klein: int
    bedrag: int

    @property
    def geen(self) -> bool:
        """Keren beide met deze instellingen hetzelfde uit (geen verschil in moment, kleinschalig of bedrag)?"""
        return self.fase2 == 0 and self.klein == 0 and self.bedrag == 0


@dataclass(frozen=True)
class Bonusgemeente(Record):
    """Eén gemeente in een bonusuitkomst: haar plekken en wat elk systeem uitkeert."""

    gemeentecode: str
    gemeentenaam: str
    opgave: int
    gerealiseerd: int
    groot: int
    klein: int
    boven_aantal: int
    bonus_concept: int
    bonus_regeling: int
    bonus_vng: int

    def bedrag(self, systeem) -> int:
        """Wat `systeem` (een spreiding.bonus.BonusSysteem) haar uitkeert, in euro."""
        return getattr(self, systeem.kolom)


@dataclass(frozen=True)
class Ranglijst(Record):
    """Namen met hun bedrag, grootste eerst (voor een staafdiagram)."""

    namen: tuple[str, ...]
    bedragen: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.namen)


@dataclass(frozen=True)
class Vergelijkingsrij(Record):
    """A en B voor één gemeente, één provincie of heel Nederland (`naam`)."""

    naam: str
    opgave_a: int
    opgave_b: int
    verschil_ab: int
    verschil_ab_pct: float
    cijfers_a: str | None = None
    cijfers_b: str | None = None


@dataclass(frozen=True)
class Verdeelbesluitrij(Record):
    """Eén gemeente: het verdeelbesluit van december 2024 (A) naast de indicatieve opgave van cyclus 2 (B)."""

    gemeentecode: str
    gemeentenaam: str
    opgave_a: int
    opgave_b: int
    verschil_ab: int
    verschil_ab_pct: float
    cijfers_a: str
    bron: str


class Instelling(NamedTuple):
    """Eén kant van een kant-en-klaar paar op Vergelijken: cyclus en sterkte van de SES-correctie."""

    cyclus: str
    alpha: float


@dataclass(frozen=True)
class Wachtuitkomst(Record):
    """Onder één systeem, bij hetzelfde gedrag van de anderen: de last van een gemeente als zij wacht en als zij vroeg
    haar aandeel aanbiedt, en het verschil met haar eerlijke aandeel (spreiding.prikkel.wachten_of_vroeg)."""

    systeem: str
    eerlijk_aandeel: int
    last_wachten: int
    last_vroeg: int
    gat_wachter: int
    gat_vroeg: int
    wachten_loont: bool


@dataclass(frozen=True)
class Landtotaal(Record):
    """Heel Nederland onder één systeem bij één aanbod (spreiding.prikkel.heel_land)."""

    gemeenten: int
    wachters: int
    wachters_onder: int
    onder: int
    plekken_onder: int
    extra_taak_vroeg: int
    vroeg_met_extra_taak: int
    aanbod: int
    last: int
    opgave: int

    @property
    def leeg(self) -> bool:
        """Niemand onder zijn aandeel en niemand met een extra taak: dan is er niets te tekenen."""
        return self.plekken_onder == 0 and self.extra_taak_vroeg == 0
