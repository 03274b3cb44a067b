"""Bonusuitkeringen per gemeente onder drie systemen.

Bronnen (../shared/DOMAIN.md, "Bonus payouts"):
- Wetsvoorstel / conceptregeling 2023 [R]: EUR 2.500 per duurzame plek aangeboden in fase 1,
  EUR 1.500 per plek in fase 2; duurzaam = >= 5 jaar en >= 100 plekken per locatie; kleinschalige
  locaties tellen niet (kritiek van de VNG).
- Vastgestelde regeling (Stcrt. 2024, 3349, art. 3) [C]: op aanvraag, eenmaal per cyclus, voor
  duurzame plekken (>= 5 jaar). Bedrag [R]: EUR 2.000 per duurzame plek boven het aantal van de
  gemeente (woordvoerder ministerie); ook "EUR 1.000 tot 2.000" wordt genoemd [U]. Of de drempel
  van 100 plekken per locatie hier geldt, staat niet in onze bronnen [U]: parameter, standaard niet.
- VNG/IPO-alternatief [U voor het bedrag]: één betaling na fase 2, b x max(0, gerealiseerd - opgave),
  kleinschalige plekken inbegrepen; standaard b = EUR 2.000.
Elk bedrag, de drempel, de duur en het betaalmoment is een parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .verdeling import VerdeelFout

SYSTEMEN = ("wetsvoorstel", "regeling", "vng")
SYSTEEM_KOLOMMEN = tuple(f"bonus_{s}" for s in SYSTEMEN)
LABELS = {
    "wetsvoorstel": "Wetsvoorstel/conceptregeling 2023",
    "regeling": "Vastgestelde regeling 2024",
    "vng": "VNG/IPO-alternatief",
}
BETAALMOMENT = {
    "wetsvoorstel": "per plek, bij aanbod in fase 1 of fase 2",
    "regeling": "op aanvraag, eenmaal per cyclus, vóór de volgende cyclus",
    "vng": "eenmaal, na fase 2",
}
#: Grens voor 'kleine gemeente' in de grafiek (ongeveer 20.000 inwoners, zie issue).
KLEINE_GEMEENTE = 20_000
PLEKKOLOMMEN = ("groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2")


@dataclass(frozen=True)
class BonusParameters:
    """Bedragen in euro per plek, drempel in plekken per locatie, duur in jaren."""

    bedrag_fase1: float = 2_500.0  # [R] conceptregeling 2023
    bedrag_fase2: float = 1_500.0  # [R] conceptregeling 2023
    bedrag_regeling: float = 2_000.0  # [R]; bandbreedte 1.000-2.000 [U]
    bedrag_vng: float = 2_000.0  # [U]
    drempel: int = 100  # [R] minimale locatiegrootte voor 'duurzaam' in 2023
    minimale_duur: int = 5  # [C] jaren
    regeling_drempel_geldt: bool = False  # [U] geldt de drempel ook voor de regeling van 2024?

    def __post_init__(self) -> None:
        for naam in ("bedrag_fase1", "bedrag_fase2", "bedrag_regeling", "bedrag_vng"):
            if getattr(self, naam) < 0:
                raise VerdeelFout("Een bedrag per plek kan niet negatief zijn.")
        if self.drempel < 0 or self.minimale_duur < 0:
            raise VerdeelFout("Drempel en minimale duur kunnen niet negatief zijn.")


@dataclass(frozen=True)
class BonusScenario:
    """Hoeveel en hoe gemeenten realiseren (scenario, geen regel).

    realisatie: gerealiseerde plekken als deel van de opgave (1 = precies de opgave).
    aandeel_klein: deel van de plekken in kleinschalige locaties.
    aandeel_fase1: deel van de plekken dat in fase 1 gerealiseerd wordt.
    locatieduur: jaren dat de locaties open blijven (duurzaam als >= minimale duur).
    realisatie_per_provincie: optioneel een afwijkende realisatie per provincie.
    """

    realisatie: float = 1.0
    aandeel_klein: float = 0.2
    aandeel_fase1: float = 0.5
    locatieduur: int = 5
    realisatie_per_provincie: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        if self.realisatie < 0 or any(r < 0 for _, r in self.realisatie_per_provincie):
            raise VerdeelFout("De realisatie kan niet negatief zijn.")
        if not 0 <= self.aandeel_klein <= 1 or not 0 <= self.aandeel_fase1 <= 1:
            raise VerdeelFout("Aandelen moeten tussen 0 en 1 liggen.")
        if self.locatieduur < 0:
            raise VerdeelFout("De locatieduur kan niet negatief zijn.")


def scenario_plekken(verdeling: pd.DataFrame, scenario: BonusScenario, parameters: BonusParameters) -> pd.DataFrame:
    """Gerealiseerde plekken per gemeente, gesplitst naar locatiegrootte en fase.

    Scenario-aanname: de plekken in grote locaties bestaan alleen als ze samen minstens één locatie
    van de drempelgrootte vullen; anders zijn alle plekken van die gemeente kleinschalig. Zo zie je
    wat de drempel kleine gemeenten kost.
    """
    realisatie = verdeling["provincie"].map(dict(scenario.realisatie_per_provincie)).fillna(scenario.realisatie)
    totaal = np.rint(realisatie.to_numpy(dtype=float) * verdeling["opgave"].to_numpy()).astype(np.int64)
    groot = np.rint((1 - scenario.aandeel_klein) * totaal).astype(np.int64)
    groot = np.where(groot >= max(parameters.drempel, 1), groot, 0)
    klein = totaal - groot
    groot_f1 = np.rint(scenario.aandeel_fase1 * groot).astype(np.int64)
    klein_f1 = np.rint(scenario.aandeel_fase1 * klein).astype(np.int64)
    plekken = pd.DataFrame(
        {
            "gemeentecode": verdeling["gemeentecode"].to_numpy(),
            "groot_fase1": groot_f1,
            "groot_fase2": groot - groot_f1,
            "klein_fase1": klein_f1,
            "klein_fase2": klein - klein_f1,
        }
    )
    plekken.attrs["duurzaam"] = scenario.locatieduur >= parameters.minimale_duur
    return plekken


def uitbetaling(verdeling: pd.DataFrame, plekken: pd.DataFrame, parameters: BonusParameters) -> pd.DataFrame:
    """Bonus per gemeente onder elk systeem (euro), plus het verschil tussen systemen."""
    tabel = verdeling[["gemeentecode", "gemeentenaam", "provincie", "inwoners", "opgave"]].merge(
        plekken, on="gemeentecode", how="left"
    )
    for kolom in PLEKKOLOMMEN:
        tabel[kolom] = tabel[kolom].fillna(0).astype(np.int64)
    duurzaam = bool(plekken.attrs.get("duurzaam", True))
    groot = tabel["groot_fase1"] + tabel["groot_fase2"]
    klein = tabel["klein_fase1"] + tabel["klein_fase2"]
    tabel["gerealiseerd"] = groot + klein
    boven = lambda plekken_: np.maximum(0, plekken_ - tabel["opgave"])  # noqa: E731
    factor = 1.0 if duurzaam else 0.0
    # Wetsvoorstel 2023: alleen plekken in locaties >= drempel; fase 1 en fase 2 een eigen bedrag.
    tabel["bonus_wetsvoorstel"] = factor * (
        parameters.bedrag_fase1 * tabel["groot_fase1"] + parameters.bedrag_fase2 * tabel["groot_fase2"]
    )
    # Regeling 2024 (Stcrt. 2024, 3349 art. 3): duurzame plekken boven het aantal, eenmaal per cyclus.
    telt_regeling = groot if parameters.regeling_drempel_geldt else groot + klein
    tabel["bonus_regeling"] = factor * parameters.bedrag_regeling * boven(telt_regeling)
    # VNG/IPO: eenmaal na fase 2, plekken boven de opgave, kleinschalig inbegrepen.
    tabel["bonus_vng"] = factor * parameters.bedrag_vng * boven(groot + klein)
    for kolom in SYSTEEM_KOLOMMEN:
        tabel[kolom] = tabel[kolom].astype(float)
    tabel["verschil_vng_min_wetsvoorstel"] = tabel["bonus_vng"] - tabel["bonus_wetsvoorstel"]
    tabel["verschil_vng_min_regeling"] = tabel["bonus_vng"] - tabel["bonus_regeling"]
    tabel["kleine_gemeente"] = tabel["inwoners"] < KLEINE_GEMEENTE
    return tabel


def totalen(tabel: pd.DataFrame) -> pd.DataFrame:
    """Landelijke totalen per systeem, en het deel dat naar kleine gemeenten gaat."""
    rijen = []
    for systeem, kolom in zip(SYSTEMEN, SYSTEEM_KOLOMMEN):
        rijen.append(
            {
                "systeem": systeem,
                "label": LABELS[systeem],
                "totaal_euro": float(tabel[kolom].sum()),
                "gemeenten_met_bonus": int((tabel[kolom] > 0).sum()),
                "kleine_gemeenten_euro": float(tabel.loc[tabel["kleine_gemeente"], kolom].sum()),
                "betaalmoment": BETAALMOMENT[systeem],
            }
        )
    return pd.DataFrame(rijen)


def per_provincie(tabel: pd.DataFrame) -> pd.DataFrame:
    kolommen = ["gerealiseerd", "opgave", *SYSTEEM_KOLOMMEN]
    return tabel.groupby("provincie", sort=True)[kolommen].sum().reset_index()
