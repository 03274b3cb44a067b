"""Bonusuitkeringen per gemeente onder drie systemen, elk één object (`BonusSysteem`) met zijn regel.

Bronnen (spreiding/parameters/wet.toml en cycli.toml, [bonus]; de bronnen staan daar bij elke waarde):
- Conceptregeling 2023 [R]: 2.500 euro per duurzame plek aangeboden in fase 1, 1.500 euro per plek in fase 2;
  alleen plekken die de drempel van 100 halen. Of die drempel per locatie geldt of ook voor meerdere locaties in
  een gemeente samen, is onduidelijk (memorie van toelichting; VNG) [U]: `drempel_lezing` 'locatie' of 'gemeente'.
  Nooit betaald: "zou betalen".
- Vastgestelde regeling 2024 (bron stcrt-2024-3349, art. 3) [C]: voor duurzame plekken (minstens 5 jaar) op aanvraag
  van het college (tweede lid), met het elektronische formulier (derde lid), ingediend vóór de start van een nieuwe
  cyclus (vierde lid); alleen andere plekken gaan ambtshalve (eerste lid). Bedrag [R]: 2.000 euro per duurzame plek
  boven de opgave van de gemeente (woordvoerder ministerie). Of de drempel van 100 plekken ook hier geldt, is
  niet bekend [U] (parameter, standaard: nee).
- VNG/IPO-alternatief [R; bedrag U]: telt de plekken die bij de start van fase 2 boven de opgave gerealiseerd zijn,
  kleinschalige opvang inbegrepen, en betaalt eenmaal na afloop van fase 2 (het positionpaper noemt beide
  momenten): b x max(0, gerealiseerd bij start fase 2 − opgave). Plekken die pas in fase 2 komen, tellen niet.
  Standaard b = 2.000 euro.
Elk bedrag, de drempel, de duur en het betaalmoment is een parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from .notatie import euro, getal, legenda
from .opties import MetOpties, optie, procentoptie
from .parameters import PARAMETERS, Aanvraagtermijn, Bron
from .resultaten import Bonusgemeente, Bonustotaal, Bonusverschil, Ranglijst
from .verdeling import rij

_P = PARAMETERS.bonus
PLEKKOLOMMEN = ("groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2")
#: Grootste bedrag per plek en grootste drempel die het model accepteert (invoergrenzen, geen regels).
MAX_BEDRAG = 100_000
MAX_DREMPEL = 10_000
MAX_JAREN = 50
#: Een gemeente realiseert in een scenario hoogstens dit veelvoud van haar opgave (invoergrens).
MAX_REALISATIE = 5.0
#: Lezingen van de drempel van 100 plekken [U]: per locatie, of samen over de locaties van een gemeente.
DREMPEL_LEZINGEN = {
    "locatie": "per locatie (kleinschalige plekken tellen niet)",
    "gemeente": "per gemeente (meerdere locaties samen; ook kleinschalige plekken als de gemeente de drempel haalt)",
}
#: 'per locatie', 'per gemeente': de lezing zonder haar uitleg tussen haakjes.
DREMPEL_LEZINGEN_KORT = {k: v.split(" (")[0] for k, v in DREMPEL_LEZINGEN.items()}


#: Welke plekken gerealiseerd zijn in een scenario (de keuze op de pagina en --scenario).
SOORTEN = {"huidig": "Huidige plekken (nov. 2025)", "uniform": "Zelfde realisatie voor iedereen"}
_ALLEEN_UNIFORM = (("soort", ("uniform",)),)


@dataclass(frozen=True)
class BonusParameters(MetOpties):
    """Bedragen in euro per plek, drempel in plekken per locatie, duur in jaren. Elke optie is op haar veld
    beschreven (spreiding/opties.py): vlag, sleutel in de link, label, bereik en stap."""

    concept_fase1: int = optie(
        int(_P["concept_fase1"].waarde),
        label="Concept 2023: € per plek in fase 1",
        url="concept-fase1",
        oud=("b1",),
        hoogste=MAX_BEDRAG,
        stap=100,
        hulp=_P["concept_fase1"].toelichting + ".",
    )
    concept_fase2: int = optie(
        int(_P["concept_fase2"].waarde),
        label="Concept 2023: € per plek in fase 2",
        url="concept-fase2",
        oud=("b2",),
        hoogste=MAX_BEDRAG,
        stap=100,
    )
    regeling_bedrag: int = optie(
        int(_P["regeling_bedrag"].waarde),
        label="Regeling 2024: € per plek boven de opgave",
        url="regeling",
        oud=("br",),
        hoogste=MAX_BEDRAG,
        stap=100,
        hulp=f"Gerapporteerd: {euro(_P['regeling_bedrag'].waarde)}; ook '{_P['regeling_bandbreedte'].waarde}' "
        "wordt genoemd (onzeker).",
    )
    vng_bedrag: int = optie(
        int(_P["vng_bedrag"].waarde),
        label="VNG/IPO: € per plek boven de opgave",
        url="vng",
        oud=("bv",),
        hoogste=MAX_BEDRAG,
        stap=100,
        hulp=_P["vng_bedrag"].toelichting + ".",
    )
    drempel: int = optie(
        int(_P["drempel"].waarde),
        label="Drempel: minimale locatiegrootte (plekken)",
        url="drempel",
        hoogste=MAX_DREMPEL,
        stap=10,
    )
    min_jaren: int = optie(
        int(_P["min_jaren"].waarde),
        label="Minimale duur voor 'duurzaam' (jaren)",
        url="min-jaren",
        oud=("minjaren",),
        hoogste=MAX_JAREN,
    )
    regeling_drempel: bool = optie(
        bool(_P["regeling_drempel"].waarde),
        label="Drempel geldt ook voor de regeling 2024 (aanname)",
        url="regeling-drempel",
        oud=("rdrempel",),
    )
    drempel_lezing: str = optie(
        str(_P["drempel_lezing"].waarde),
        label=f"De drempel van {_P['drempel'].waarde} plekken geldt (aanname)",
        url="lezing",
        keuzes=DREMPEL_LEZINGEN,
        hulp=_P["drempel_lezing"].toelichting + ".",
    )


@dataclass(frozen=True)
class BonusScenario(MetOpties):
    """Welke plekken gemeenten realiseren (een scenario, geen regel).

    soort 'uniform': realisatie x hun opgave (1 = precies de opgave);
    soort 'huidig': de huidige reguliere plekken (nov. 2025) als gerealiseerd, met `nood` ook de noodplekken.
    aandeel_klein: deel in kleinschalige locaties (< drempel); aandeel_fase1: deel dat er bij de start van fase 2 al
    is (standaard alles: de huidige plekken bestaan al); locatieduur: jaren dat locaties open blijven (duurzaam als
    >= minimale duur)."""

    soort: str = optie(
        "huidig",
        label="Welke plekken zijn gerealiseerd?",
        url="gerealiseerd",
        oud=("scenario_b",),
        vlag="--scenario",
        keuzes=SOORTEN,
    )
    nood: bool = optie(
        False,
        label="Ook noodplekken meetellen",
        url="noodplekken",
        oud=("nood_b",),
        hulp="Noodplekken zijn niet duurzaam; standaard tellen ze niet (aanname).",
        alleen=(("soort", ("huidig",)),),
    )
    realisatie: float = procentoptie(
        1.1,
        label="Gerealiseerd (van de eigen opgave)",
        url="realisatie",
        hoogste=MAX_REALISATIE,
        scherm=(0, 200),
        alleen=_ALLEEN_UNIFORM,
    )
    aandeel_klein: float = procentoptie(
        0.2,
        label="Deel in kleinschalige locaties",
        url="klein",
        hulp=f"Locaties kleiner dan de drempel van {_P['drempel'].waarde} plekken (aanname: de gegevens zeggen het "
        "niet).",
    )
    aandeel_fase1: float = procentoptie(
        1.0,
        label="Er al bij de start van fase 2",
        url="fase1",
        hulp="Alleen deze plekken tellen voor het VNG/IPO-alternatief. De huidige plekken bestaan al: standaard 100 %.",
    )
    locatieduur: int = optie(
        5,
        label="Locaties blijven open",
        url="duur",
        hoogste=MAX_JAREN,
        scherm=(0, 15),
        eenheid=" jaar",
        widget="schuif",
    )


def scenario_zin(s: BonusScenario) -> str:
    """Het scenario in woorden, voor onder een tabel en in een export ('de huidige reguliere plekken ...')."""
    if s.soort == "huidig":
        return (
            f"de huidige {'reguliere en noodplekken' if s.nood else 'reguliere plekken'} (nov. 2025) als gerealiseerd"
        )
    return f"een realisatie van {getal(s.realisatie * 100)} % van de eigen opgave"


def plekken(verdeling: pd.DataFrame, scenario: BonusScenario, parameters: BonusParameters) -> pd.DataFrame:
    """Gerealiseerde plekken per gemeente naar locatiegrootte en fase.

    Scenario-aanname [U]: plekken in grote locaties bestaan alleen als ze samen minstens één locatie van de
    drempelgrootte vullen; anders zijn alle plekken van die gemeente kleinschalig."""
    if scenario.soort == "huidig":
        totaal = verdeling["regulier"].to_numpy(dtype=np.int64) + (
            verdeling["nood"].to_numpy(dtype=np.int64) if scenario.nood else 0
        )
    else:
        totaal = np.rint(scenario.realisatie * verdeling["opgave"].to_numpy(dtype=float)).astype(np.int64)
    groot = np.rint((1 - scenario.aandeel_klein) * totaal).astype(np.int64)
    groot = np.where(groot >= max(parameters.drempel, 1), groot, 0)
    klein = totaal - groot
    groot_f1 = np.rint(scenario.aandeel_fase1 * groot).astype(np.int64)
    klein_f1 = np.rint(scenario.aandeel_fase1 * klein).astype(np.int64)
    uit = pd.DataFrame(
        {
            "gemeentecode": verdeling["gemeentecode"].to_numpy(),
            "groot_fase1": groot_f1,
            "groot_fase2": groot - groot_f1,
            "klein_fase1": klein_f1,
            "klein_fase2": klein - klein_f1,
        }
    )
    uit.attrs["duurzaam"] = scenario.locatieduur >= parameters.min_jaren
    return uit


def boven_drempel(t: pd.DataFrame, p: BonusParameters, fase: str | None = None) -> np.ndarray:
    """Plekken die de drempel halen, in `fase` ('fase1', 'fase2') of samen (None).

    Lezing 'locatie': alleen plekken in locaties van minstens de drempel (kleinschalige plekken nooit).
    Lezing 'gemeente': alle plekken van een gemeente als zij samen minstens de drempel haalt, anders geen."""
    achter = f"_{fase}" if fase else ""
    groot = t[f"groot{achter}"].to_numpy()
    if p.drempel_lezing == "locatie":
        return groot
    alles = groot + t[f"klein{achter}"].to_numpy()
    return np.where((t["groot"] + t["klein"]).to_numpy() >= max(p.drempel, 1), alles, 0)


def _concept(t: pd.DataFrame, p: BonusParameters) -> np.ndarray:
    return p.concept_fase1 * boven_drempel(t, p, "fase1") + p.concept_fase2 * boven_drempel(t, p, "fase2")


def _regeling(t: pd.DataFrame, p: BonusParameters) -> np.ndarray:
    telt = boven_drempel(t, p) if p.regeling_drempel else (t["groot"] + t["klein"]).to_numpy()
    return p.regeling_bedrag * np.maximum(0, telt - t["opgave"].to_numpy())


def _vng(t: pd.DataFrame, p: BonusParameters) -> np.ndarray:
    bij_start_fase2 = (t["groot_fase1"] + t["klein_fase1"]).to_numpy()
    return p.vng_bedrag * np.maximum(0, bij_start_fase2 - t["opgave"].to_numpy())


@dataclass(frozen=True)
class BonusSysteem:
    code: str
    label: str
    kort: str
    status: str
    bron: Bron
    werkwoord: str  # "zou betalen" of "betaalt"
    moment: str
    wat_telt: str
    regel: Callable[[pd.DataFrame, BonusParameters], np.ndarray]
    stand: str = ""  # "nooit ingevoerd" of "voorstel, nooit ingevoerd"; leeg voor wat geldt

    @property
    def legenda(self) -> str:
        """De naam in een legenda of kop, met de stand als het systeem nooit gold: 'VNG/IPO, voorstel, nooit
        ingevoerd'."""
        return legenda(self.kort, self.stand)

    @property
    def kolom(self) -> str:
        return f"bonus_{self.code}"


_B = PARAMETERS.bronnen
SYSTEMEN: dict[str, BonusSysteem] = {
    s.code: s
    for s in (
        BonusSysteem(
            "concept",
            "Conceptregeling 2023 (nooit betaald)",
            "Concept 2023",
            "R",
            _B["conceptregeling-2023"],
            "zou betalen",
            "per plek, bij aanbod in fase 1 of in fase 2",
            "elke duurzame plek die de drempel haalt, ook onder de opgave; fase 1 meer dan fase 2",
            _concept,
            stand="nooit ingevoerd",
        ),
        BonusSysteem(
            "regeling",
            f"Regeling 2024 ({_B['stcrt-2024-3349'].vermelding()})",
            "Regeling 2024",
            "C",
            _B["stcrt-2024-3349"],
            "betaalt",
            f"{_P['regeling_moment'].waarde} ({_P['regeling_artikel'].waarde})",
            "duurzame plekken boven de opgave, aan het eind van de cyclus; bedrag gerapporteerd",
            _regeling,
        ),
        BonusSysteem(
            "vng",
            "VNG/IPO-alternatief",
            "VNG/IPO",
            "R",
            _B["vng-g40-2023-05"],
            "zou betalen",
            f"zou tellen {_P['vng_telmoment'].waarde} en betalen {_P['vng_betaalmoment'].waarde} (het positionpaper "
            "noemt beide momenten; nooit ingevoerd)",
            "plekken boven de opgave die er bij de start van fase 2 al zijn, kleinschalige opvang inbegrepen",
            _vng,
            stand="voorstel, nooit ingevoerd",
        ),
    )
}
KOLOMMEN = tuple(s.kolom for s in SYSTEMEN.values())


def uitbetaling(verdeling: pd.DataFrame, plek: pd.DataFrame, parameters: BonusParameters) -> pd.DataFrame:
    """Bonus per gemeente onder elk systeem (hele euro's)."""
    tabel = verdeling[["gemeentecode", "gemeentenaam", "provincie", "inwoners", "opgave"]].merge(
        plek, on="gemeentecode", how="left"
    )
    for kolom in PLEKKOLOMMEN:
        tabel[kolom] = tabel[kolom].fillna(0).astype(np.int64)
    tabel["groot"] = tabel["groot_fase1"] + tabel["groot_fase2"]
    tabel["klein"] = tabel["klein_fase1"] + tabel["klein_fase2"]
    tabel["gerealiseerd"] = tabel["groot"] + tabel["klein"]
    tabel["boven_aantal"] = np.maximum(0, tabel["gerealiseerd"] - tabel["opgave"])
    duurzaam = is_duurzaam(plek)
    for s in SYSTEMEN.values():
        tabel[s.kolom] = (s.regel(tabel, parameters) if duurzaam else np.zeros(len(tabel))).astype(np.int64)
    tabel["kleine_gemeente"] = tabel["inwoners"] < int(_P["kleine_gemeente"].waarde)
    return tabel


def per_lezing(verdeling: pd.DataFrame, plek: pd.DataFrame, parameters: BonusParameters) -> dict[str, int]:
    """Landelijk totaal van de conceptregeling 2023 onder elke lezing van de drempel [U], bij hetzelfde scenario."""
    uit = {}
    for lezing in DREMPEL_LEZINGEN:
        p = replace(parameters, drempel_lezing=lezing)
        uit[lezing] = int(uitbetaling(verdeling, plek, p)[SYSTEMEN["concept"].kolom].sum())
    return uit


def totalen(tabel: pd.DataFrame) -> pd.DataFrame:
    """Landelijke totalen per systeem, het aantal ontvangers en het deel voor kleine gemeenten."""
    return pd.DataFrame(
        [
            {
                "systeem": s.code,
                "label": s.label,
                "totaal_euro": int(tabel[s.kolom].sum()),
                "gemeenten_met_bonus": int((tabel[s.kolom] > 0).sum()),
                "kleine_gemeenten_euro": int(tabel.loc[tabel["kleine_gemeente"], s.kolom].sum()),
                "moment": s.moment,
            }
            for s in SYSTEMEN.values()
        ]
    )


def gebied(tabel: pd.DataFrame, provincie: str | None) -> pd.DataFrame:
    """De gemeenten van `provincie`, of alle gemeenten zonder provincie (de koppen en totalen volgen de keuze)."""
    return tabel if not provincie else tabel[tabel["provincie"] == provincie]


def per_provincie(tabel: pd.DataFrame) -> pd.DataFrame:
    return (
        tabel.groupby("provincie", sort=True)[["opgave", "gerealiseerd", "boven_aantal", *KOLOMMEN]].sum().reset_index()
    )


def grootste_ontvangers(tabel: pd.DataFrame, systeemcode: str, n: int = 10) -> pd.DataFrame:
    kolom = SYSTEMEN[systeemcode].kolom
    return tabel[tabel[kolom] > 0].sort_values([kolom, "gemeentecode"], ascending=[False, True]).head(n)


def ranglijst(tabel: pd.DataFrame, systeemcode: str, n: int = 10) -> Ranglijst:
    """De `n` gemeenten met de grootste bonus onder dit systeem (zonder wie niets krijgt), grootste eerst."""
    lijst = grootste_ontvangers(tabel, systeemcode, n)
    return Ranglijst(
        tuple(str(x) for x in lijst["gemeentenaam"]), tuple(int(x) for x in lijst[SYSTEMEN[systeemcode].kolom])
    )


def verschillen(tabel: pd.DataFrame, parameters: BonusParameters) -> Bonusverschil:
    """Waarom de regeling 2024 en het VNG/IPO-alternatief verschillen, in plekken (landelijk):
    - fase2: plekken boven de opgave die pas in fase 2 komen (tellen wel voor de regeling, niet voor VNG/IPO);
    - klein: kleinschalige plekken boven de opgave (tellen niet voor de regeling als de drempel daar geldt);
    - bedrag: verschil in bedrag per plek."""
    opgave = tabel["opgave"].to_numpy()
    fase1 = (tabel["groot_fase1"] + tabel["klein_fase1"]).to_numpy()
    alles = tabel["gerealiseerd"].to_numpy()
    groot = tabel["groot"].to_numpy()
    return Bonusverschil(
        boven_eind=int(np.maximum(0, alles - opgave).sum()),
        boven_start_fase2=int(np.maximum(0, fase1 - opgave).sum()),
        boven_alleen_groot=int(np.maximum(0, groot - opgave).sum()),
        fase2=int((np.maximum(0, alles - opgave) - np.maximum(0, fase1 - opgave)).sum()),
        klein=int((np.maximum(0, alles - opgave) - np.maximum(0, groot - opgave)).sum())
        if parameters.regeling_drempel
        else 0,
        bedrag=parameters.regeling_bedrag - parameters.vng_bedrag,
    )


# -------------------------------------------------------------------------------- aanvraag (regeling 2024)


@dataclass(frozen=True)
class Aanvraag:
    """Welke aanvraagtermijn van de regeling 2024 geldt op `peildatum`, en welke al verstreken zijn."""

    peildatum: date
    verstreken: tuple[Aanvraagtermijn, ...]
    geldend: Aanvraagtermijn | None


def aanvraag(peildatum: date) -> Aanvraag:
    """De termijnen van art. 3, vierde lid (vóór de start van een nieuwe cyclus) op `peildatum`."""
    termijnen = PARAMETERS.bonus_aanvraag
    verstreken = tuple(t for t in termijnen if t.voor <= peildatum)
    open_ = [t for t in termijnen if t.voor > peildatum]
    return Aanvraag(peildatum, verstreken, open_[0] if open_ else None)


#: De standaardrealisatie van het scenario 'uniform' in procenten (voor de schuif op de pagina).


def totaal_van(totalen: pd.DataFrame, systeem: str) -> Bonustotaal:
    """De regel van één systeem uit `totalen`."""
    return Bonustotaal.uit(totalen.set_index("systeem").loc[systeem].to_dict() | {"systeem": systeem})


def gemeente_uitkomst(uitkomst: pd.DataFrame, gemeentecode: str) -> Bonusgemeente:
    """Eén gemeente uit `uitbetaling`: haar plekken en wat elk systeem haar uitkeert."""
    return Bonusgemeente.uit(rij(uitkomst, gemeentecode))  # een VerdeelFout als de code onbekend is


def met_duurzaamheid(plek: pd.DataFrame, scenario: BonusScenario, parameters: BonusParameters) -> pd.DataFrame:
    """Plekken (bijv. uit een upload) met de duurzaamheid van het scenario: duurzaam als de locaties minstens
    `min_jaren` open blijven (anders keert geen systeem uit)."""
    uit = plek.copy(deep=False)
    uit.attrs = {**plek.attrs, "duurzaam": scenario.locatieduur >= parameters.min_jaren}
    return uit


def is_duurzaam(plek: pd.DataFrame) -> bool:
    """Tellen deze plekken als duurzaam (standaard wel)?"""
    return bool(plek.attrs.get("duurzaam", True))


def grootste(uitkomst: pd.DataFrame, systeem: str) -> pd.Series | None:
    """De gemeente met de grootste bonus onder `systeem`, of None als niemand een bonus krijgt."""
    lijst = grootste_ontvangers(uitkomst, systeem, 1)
    return lijst.iloc[0] if len(lijst) else None
