"""Alles over één gemeente voor de pagina "Mijn gemeente": de opgave in beide cycli, de huidige plekken, wat nog te
realiseren is, de bonus onder elk systeem bij de huidige reguliere plekken, en vergelijkbare gemeenten.

Pure functies over de gemeententabel; de pagina toont alleen wat hier staat.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import bonus
from .fouten import VerdeelFout
from .notatie import getal, plekken
from .parameters import PARAMETERS
from .uitgangspunt import maak
from .verdeling import uitleg, verdeel

#: Hoe "vergelijkbaar" is gedefinieerd (ook op het scherm, issue 32): provincie, grootte en hoe stedelijk.
VERGELIJKBAAR_UITLEG = (
    "Vergelijkbaar: gemeenten in dezelfde provincie die het dichtst bij deze gemeente liggen in inwoners (grootte) en "
    "in inwoners per km² land (hoe stedelijk). Beide maten op een logaritmische schaal (10.000 en 20.000 liggen even "
    "ver uit elkaar als 100.000 en 200.000), omgerekend naar standaardafwijkingen over alle 342 gemeenten en even "
    "zwaar; de afstand is de wortel van de som van de kwadraten. Heeft de provincie te weinig gemeenten, dan komen "
    "de dichtstbijzijnde uit de rest van Nederland erbij. Bron: CBS, inwoners en bevolkingsdichtheid op 1 januari 2024."
)


def nu_gevraagd(code: str, ingevoerd: int | None = None) -> tuple[int, str, str] | None:
    """Wat de gemeente nu bindt: het aantal uit het verdeelbesluit van december 2024, als (aantal, status, bron):
    gerapporteerd [R] met bron en citaat, of (waar niets gerapporteerd is) door de gebruiker ingevoerd; anders None.
    Cyclus 2 is indicatief tot het volgende verdeelbesluit."""
    g = PARAMETERS.verdeelbesluit.get(code)
    if g is not None:
        return int(g.waarde), "gerapporteerd", f"{g.bron.zin}: \u201c{g.toelichting}\u201d"
    if ingevoerd is not None:
        return int(ingevoerd), "ingevoerd", "ingevoerd door de gebruiker, uit het eigen verdeelbesluit"
    return None


def nu_gevraagd_zin(nu: tuple[int, str, str]) -> str:
    """'**Wat nu gevraagd wordt: 1.946 plekken**, het verdeelbesluit van december 2024 (gerapporteerd).' (Markdown),
    voor Mijn gemeente en het antwoord op de kaart."""
    return f"**Wat nu gevraagd wordt: {plekken(nu[0])}**, het verdeelbesluit van december 2024 ({nu[1]})."


@dataclass(frozen=True)
class Overzicht:
    code: str
    naam: str
    provincie: str
    rij2: pd.Series  # de regel van cyclus 2 (verdeling, met huidige plekken)
    opgave1: int  # cyclus 1, gereconstrueerd
    gepubliceerd1: int | None  # cyclus 1 zoals gepubliceerd, waar bekend
    stappen: dict  # verdeling.uitleg voor cyclus 2
    bonus: pd.Series  # bonus per systeem bij de huidige reguliere plekken

    @property
    def opgave2(self) -> int:
        return int(self.rij2["opgave"])

    @property
    def verschil_cycli(self) -> int:
        """Cyclus 2 min cyclus 1 (gereconstrueerd)."""
        return self.opgave2 - self.opgave1

    def nu_gevraagd(self, ingevoerd: int | None = None) -> tuple[int, str, str] | None:
        return nu_gevraagd(self.code, ingevoerd)

    def cyclus2_vergeleken(self, ingevoerd: int | None = None) -> tuple[str, int]:
        """(label met de basis, cyclus 2 min die basis): het verdeelbesluit van december 2024 waar het bekend is,
        anders de (gereconstrueerde) indicatieve opgave van januari 2024. Elke vergelijking noemt haar basis."""
        nu = self.nu_gevraagd(ingevoerd)
        if nu is not None:
            return "Cyclus 2 t.o.v. het verdeelbesluit van december 2024", self.opgave2 - nu[0]
        return "Cyclus 2 t.o.v. de indicatieve opgave van januari 2024 (gereconstrueerd)", self.verschil_cycli

    def gepubliceerd_zin(self) -> str:
        """'Cyclus 1 zoals gepubliceerd (…): 326; cyclus 2 ligt daar 36 plekken onder.' (leeg als onbekend)"""
        d = self.verschil_gepubliceerd
        if d is None:
            return ""
        stand = "gelijk" if d == 0 else f"{plekken(abs(d))} {'onder' if d < 0 else 'boven'}"
        return (
            f"Cyclus 1 zoals gepubliceerd (volgens nieuwsberichten, 31 januari 2024): {getal(self.gepubliceerd1)}; "
            f"cyclus 2 ligt daar {stand}."
        )

    @property
    def verschil_gepubliceerd(self) -> int | None:
        """Cyclus 2 min de gepubliceerde opgave van cyclus 1, waar die bekend is."""
        return None if self.gepubliceerd1 is None else self.opgave2 - self.gepubliceerd1


def overzicht(gemeenten: pd.DataFrame, code: str) -> Overzicht:
    # de cyclus van vandaag en die ervoor (uit de parameters; cyclus 2 en 1 op 6 december 2026)
    nu = PARAMETERS.huidige_cyclus()
    vorige = PARAMETERS.vorige_cyclus(nu) or nu
    u2, u1 = maak(nu.code), maak(vorige.code)
    v2 = verdeel(gemeenten, u2.parameters())
    v1 = verdeel(gemeenten, u1.parameters()).set_index("gemeentecode")
    if code not in set(v2["gemeentecode"]):
        raise VerdeelFout(f"Onbekende gemeentecode: {code}.")
    rij2 = v2.set_index("gemeentecode").loc[code]
    parameters = bonus.BonusParameters()
    plek = bonus.plekken(v2, bonus.BonusScenario(soort="huidig"), parameters)
    uitkering = bonus.uitbetaling(v2, plek, parameters).set_index("gemeentecode").loc[code]
    return Overzicht(
        code=code,
        naam=str(rij2["gemeentenaam"]),
        provincie=str(rij2["provincie"]),
        rij2=rij2,
        opgave1=int(v1.loc[code, "opgave"]),
        gepubliceerd1=int(vorige.gepubliceerd[code].waarde) if code in vorige.gepubliceerd else None,
        stappen=uitleg(v2, code, u2.parameters()),
        bonus=uitkering,
    )


def vergelijkbaar(verdeling: pd.DataFrame, code: str, n: int = 8) -> pd.DataFrame:
    """De `n` gemeenten het dichtst bij `code` in ln(inwoners) en ln(inwoners per km²) (elk als z-score, even
    zwaar), eerst uit dezelfde provincie, dichtstbijzijnde eerst; kolommen `afstand` en `zelfde_provincie`."""
    if code not in set(verdeling["gemeentecode"]):
        raise VerdeelFout(f"Onbekende gemeentecode: {code}.")
    maten = [np.log(verdeling[k].to_numpy(dtype=float).clip(min=1)) for k in ("inwoners", "dichtheid")]
    z = np.column_stack([(m - np.nanmean(m)) / (np.nanstd(m) or 1.0) for m in maten])  # sd 0: niets te wegen
    z = np.nan_to_num(z)  # een ontbrekende dichtheid telt als gemiddeld
    i = int(np.flatnonzero(verdeling["gemeentecode"].to_numpy() == code)[0])
    afstand = np.sqrt(((z - z[i]) ** 2).sum(axis=1))
    zelfde = verdeling["provincie"].to_numpy() == verdeling["provincie"].to_numpy()[i]
    uit = verdeling.assign(afstand=afstand, zelfde_provincie=zelfde)
    uit = uit[uit["gemeentecode"] != code]
    return (
        uit.sort_values(["zelfde_provincie", "afstand", "gemeentecode"], ascending=[False, True, True])
        .head(n)
        .reset_index(drop=True)
    )
