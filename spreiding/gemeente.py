"""Alles over één gemeente voor de pagina "Mijn gemeente": de opgave in beide cycli, de huidige plekken, wat nog te
realiseren is, de bonus onder elk systeem bij de huidige reguliere plekken, en vergelijkbare gemeenten.

Pure functies over de gemeententabel; de pagina toont alleen wat hier staat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from . import bonus
from .fouten import VerdeelFout
from .notatie import getal, plekken
from .parameters import PARAMETERS, Cyclus, Gegeven
from .resultaten import Gemeentecijfers, NuGevraagd, Uitleg
from .uitgangspunt import maak
from .verdeling import gemeentecijfers, uitleg, verdeel

#: Hoe "vergelijkbaar" is gedefinieerd (ook op het scherm, issue 32): provincie, grootte en hoe stedelijk.
VERGELIJKBAAR_UITLEG = (
    "Vergelijkbaar: gemeenten in dezelfde provincie die het dichtst bij deze gemeente liggen in inwoners (grootte) en "
    "in inwoners per km² land (hoe stedelijk). Beide maten op een logaritmische schaal (10.000 en 20.000 liggen even "
    "ver uit elkaar als 100.000 en 200.000), omgerekend naar standaardafwijkingen over alle 342 gemeenten en even "
    "zwaar; de afstand is de wortel van de som van de kwadraten. Heeft de provincie te weinig gemeenten, dan komen "
    "de dichtstbijzijnde uit de rest van Nederland erbij. Bron: CBS, inwoners en bevolkingsdichtheid op 1 januari 2024."
)


def nu_gevraagd(code: str, ingevoerd: int | None = None) -> NuGevraagd | None:
    """Wat de gemeente nu bindt: het aantal uit het verdeelbesluit van december 2024, als (aantal, status, bron):
    gerapporteerd [R] met bron en citaat, of (waar niets gerapporteerd is) door de gebruiker ingevoerd; anders None.
    Cyclus 2 is indicatief tot het volgende verdeelbesluit."""
    g = PARAMETERS.verdeelbesluit.get(code)
    if g is not None:
        return NuGevraagd(int(g.waarde), "gerapporteerd", f"{g.bron.zin}: \u201c{g.toelichting}\u201d")
    if ingevoerd is not None:
        return NuGevraagd(int(ingevoerd), "ingevoerd", "ingevoerd door de gebruiker, uit het eigen verdeelbesluit")
    return None


def nu_gevraagd_zin(nu: NuGevraagd) -> str:
    """'**Wat nu gevraagd wordt: 1.946 plekken**, het verdeelbesluit van december 2024 (gerapporteerd).' (Markdown),
    voor Mijn gemeente en het antwoord op de kaart."""
    return f"**Wat nu gevraagd wordt: {plekken(nu.aantal)}**, het verdeelbesluit van december 2024 ({nu.status})."


@dataclass(frozen=True)
class Overzicht:
    """Eén gemeente in de cyclus van vandaag (`cyclus`) en de cyclus ervoor (`vorige`); welke cycli dat zijn en hoe
    ze heten, komt uit spreiding/parameters/cycli.toml (een nieuwe cyclus is daar een regel, geen code)."""

    code: str
    naam: str
    provincie: str
    cyclus: Cyclus
    vorige: Cyclus
    rij: Gemeentecijfers  # de cyclus van vandaag (verdeling, met huidige plekken)
    opgave_vorige: int  # de vorige cyclus, in het model (gereconstrueerd of gepubliceerd, zie vorige.cijfers)
    gepubliceerd_vorige: Gegeven | None  # de vorige cyclus zoals gepubliceerd, waar bekend
    stappen: Uitleg  # verdeling.uitleg voor de cyclus van vandaag
    bonus: pd.Series  # bonus per systeem bij de huidige reguliere plekken

    @property
    def opgave(self) -> int:
        return int(self.rij["opgave"])

    @property
    def verschil_cycli(self) -> int:
        """Deze cyclus min de vorige (in het model)."""
        return self.opgave - self.opgave_vorige

    @property
    def kop(self) -> str:
        """'Heerlen: 317 plekken in cyclus 2'."""
        return f"{self.naam}: {plekken(self.opgave)} in {self.cyclus.kort.lower()}"

    @property
    def opgave_label(self) -> str:
        """'Opgave cyclus 2 (2026–2028)'."""
        return f"Opgave {self.cyclus.naam[:1].lower()}{self.cyclus.naam[1:]}"

    @property
    def vorige_label(self) -> str:
        """'Opgave cyclus 1 (gereconstrueerd)'."""
        return f"Opgave {self.vorige.kort.lower()} ({self.vorige.cijfers})"

    @property
    def vorige_zin(self) -> str:
        """'Cyclus 1 (2024–2026): 317 plekken (gereconstrueerd); zoals gepubliceerd (…): 326'."""
        zin = f"{self.vorige.naam}: {plekken(self.opgave_vorige)} ({self.vorige.cijfers})"
        g = self.gepubliceerd_vorige
        return zin + (f"; zoals gepubliceerd ({self._volgens()}): {getal(int(g.waarde))}" if g is not None else "")

    def _volgens(self) -> str:
        g = self.gepubliceerd_vorige
        if g is None:
            return ""
        wie = "nieuwsberichten" if g.bron.soort == "nieuws" else g.bron.uitgever
        return f"volgens {wie}, {g.bron.datum}"

    def bonus_van(self, systeem: bonus.BonusSysteem) -> float:
        """Wat de gemeente onder dit bonussysteem krijgt (euro), bij haar huidige reguliere plekken."""
        return float(self.bonus[systeem.kolom])

    def nu_gevraagd(self, ingevoerd: int | None = None) -> NuGevraagd | None:
        return nu_gevraagd(self.code, ingevoerd)

    def vergeleken(self, ingevoerd: int | None = None) -> tuple[str, int]:
        """(label met de basis, deze cyclus min die basis): het verdeelbesluit van december 2024 waar het bekend is,
        anders de vorige cyclus (in het model). Elke vergelijking noemt haar basis."""
        nu = self.nu_gevraagd(ingevoerd)
        if nu is not None:
            return f"{self.cyclus.kort} t.o.v. het verdeelbesluit van december 2024", self.opgave - nu.aantal
        return f"{self.cyclus.kort} t.o.v. {self.vorige_basis}", self.verschil_cycli

    @property
    def vorige_basis(self) -> str:
        """De vorige cyclus als basis: 'de indicatieve opgave van januari 2024 (gereconstrueerd)'."""
        return f"{self.vorige.als_basis or self.vorige.kort.lower()} ({self.vorige.cijfers})"

    def gepubliceerd_zin(self) -> str:
        """'Cyclus 1 zoals gepubliceerd (…): 326; cyclus 2 ligt daar 36 plekken onder.' (leeg als onbekend)"""
        d = self.verschil_gepubliceerd
        if d is None:
            return ""
        stand = "gelijk" if d == 0 else f"{plekken(abs(d))} {'onder' if d < 0 else 'boven'}"
        gepubliceerd = getal(int(self.gepubliceerd_vorige.waarde))
        return (
            f"{self.vorige.kort} zoals gepubliceerd ({self._volgens()}): {gepubliceerd}; "
            f"{self.cyclus.kort.lower()} ligt daar {stand}."
        )

    @property
    def verschil_gepubliceerd(self) -> int | None:
        """Deze cyclus min de gepubliceerde opgave van de vorige, waar die bekend is."""
        g = self.gepubliceerd_vorige
        return None if g is None else self.opgave - int(g.waarde)


def overzicht(gemeenten: pd.DataFrame, code: str, dag: date | None = None) -> Overzicht:
    """De gemeente in de cyclus van vandaag (of van `dag`) en de cyclus ervoor (uit de parameters)."""
    nu = PARAMETERS.huidige_cyclus(dag)
    vorige = PARAMETERS.vorige_cyclus(nu) or nu
    u_nu, u_vorige = maak(nu.code), maak(vorige.code)
    v_nu = verdeel(gemeenten, u_nu.parameters())
    v_vorige = verdeel(gemeenten, u_vorige.parameters()).set_index("gemeentecode")
    if code not in set(v_nu["gemeentecode"]):
        raise VerdeelFout(f"Onbekende gemeentecode: {code}.")
    rij = v_nu.set_index("gemeentecode").loc[code]
    parameters = bonus.BonusParameters()
    plek = bonus.plekken(v_nu, bonus.BonusScenario(soort="huidig"), parameters)
    uitkering = bonus.uitbetaling(v_nu, plek, parameters).set_index("gemeentecode").loc[code]
    return Overzicht(
        code=code,
        naam=str(rij["gemeentenaam"]),
        provincie=str(rij["provincie"]),
        cyclus=nu,
        vorige=vorige,
        rij=gemeentecijfers(v_nu, code),
        opgave_vorige=int(v_vorige.loc[code, "opgave"]),
        gepubliceerd_vorige=vorige.gepubliceerd.get(code),
        stappen=uitleg(v_nu, code, u_nu.parameters()),
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
