"""De provinciale regietafel (PRT): afspraken per gemeente, uitruil, en wat een verdeelbesluit zou opleggen.

Bronnen: Provincie Utrecht, reactie invoeringstoets (26 januari 2026): geen uniform format voor het provinciale
verslag, nauwelijks uitruil- en vereveningsafspraken; VNG-ledenbrief (30 januari 2024): PRT, verslag, verdeelbesluit.
Regel voor het verdeelbesluit (DOMAIN, "Adopted law as applied") [R; precieze regel U]: wat de provincie na de
afspraken tekortkomt, gaat alleen naar gemeenten onder hun opgave, naar gewicht (inwoners en SES), nooit boven hun
tekort. Het is dezelfde regel als het systeem 'wet' van de prikkelpagina (prikkel.SYSTEMEN['wet']).
Uitruil mag: een gemeente die meer neemt dan haar opgave, laat anderen minder nemen, zolang de provincie haar
opgave haalt [C/R].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .fouten import VerdeelFout
from .notatie import getal, lijst, plekken
from .prikkel import SYSTEMEN, Sleutel

REGEL = SYSTEMEN["wet"]
STANDAARDEN = {
    "regulier": "huidige reguliere plekken",
    "opgave": "de eigen opgave",
    "huidig": "huidige plekken (regulier + nood)",
}


@dataclass(frozen=True)
class Toets:
    """De uitkomst voor één provincie."""

    provincie: str
    opgave: int
    afgesproken: int
    ontbreekt: int
    opgelegd: int
    gemeenten: (
        pd.DataFrame
    )  # per gemeente: opgave, regulier, nood, afspraak, afspraak_saldo, opgelegd, na_besluit, toelichting

    @property
    def haalt_opgave(self) -> bool:
        return self.afgesproken >= self.opgave

    @property
    def onder(self) -> pd.DataFrame:
        return self.gemeenten[self.gemeenten["afspraak_saldo"] < 0]

    @property
    def boven(self) -> pd.DataFrame:
        return self.gemeenten[self.gemeenten["afspraak_saldo"] > 0]

    def uitruil(self) -> list[str]:
        """De uitruil in een paar regels: wie meer neemt dan haar opgave en wie daardoor minder kan nemen."""
        boven, onder = self.boven, self.onder
        regels = []
        if boven.empty:
            regels.append("Geen gemeente neemt meer dan haar opgave: er is geen uitruil.")
        else:
            namen = [
                f"{r.gemeentenaam} (+{getal(r.afspraak_saldo)})"
                for r in boven.sort_values("afspraak_saldo", ascending=False).itertuples()
            ]
            regels.append(
                f"Meer dan de eigen opgave: {lijst(namen[:6])}{' en anderen' if len(namen) > 6 else ''}; samen "
                f"{plekken(int(boven['afspraak_saldo'].sum()))} extra."
            )
        if not onder.empty:
            namen = [
                f"{r.gemeentenaam} ({getal(r.afspraak_saldo)})"
                for r in onder.sort_values("afspraak_saldo").itertuples()
            ]
            regels.append(
                f"Minder dan de eigen opgave: {lijst(namen[:6])}{' en anderen' if len(namen) > 6 else ''}; samen "
                f"{plekken(int(-onder['afspraak_saldo'].sum()))} minder."
            )
        if self.haalt_opgave:
            regels.append(f"De provincie haalt haar opgave van {plekken(self.opgave)}: er valt niets op te leggen.")
        else:
            regels.append(
                f"De provincie komt {plekken(self.ontbreekt)} tekort; een verdeelbesluit zou die opleggen aan "
                "gemeenten onder hun opgave."
            )
        return regels


def standaard_afspraken(verdeling: pd.DataFrame, provincie: str, bron: str = "regulier") -> pd.DataFrame:
    """Beginwaarden van de tabel: afspraak = huidige reguliere plekken, de eigen opgave, of regulier + nood."""
    if bron not in STANDAARDEN:
        raise VerdeelFout(f"Onbekende beginwaarde {bron!r}; kies uit {', '.join(STANDAARDEN)}.")
    deel = _provincie(verdeling, provincie)
    waarde = {"regulier": deel["regulier"], "opgave": deel["opgave"], "huidig": deel["regulier"] + deel["nood"]}[bron]
    return pd.DataFrame(
        {
            "gemeentecode": deel["gemeentecode"].to_numpy(),
            "afspraak": waarde.to_numpy(dtype=np.int64),
            "toelichting": "",
        }
    )


def schoon(afspraken: pd.DataFrame, max_tekst: int = 500) -> pd.DataFrame:
    """Afspraken zoals de tabel op het scherm ze geeft: hele plekken van 0 of meer (leeg = 0), tekst ingekort."""
    uit = afspraken[["gemeentecode", "afspraak", "toelichting"]].copy().reset_index(drop=True)
    getal = pd.to_numeric(uit["afspraak"], errors="coerce").fillna(0).clip(lower=0)
    uit["afspraak"] = getal.round().astype("int64")
    uit["toelichting"] = uit["toelichting"].fillna("").astype(str).str.slice(0, max_tekst)
    return uit


def _provincie(verdeling: pd.DataFrame, provincie: str) -> pd.DataFrame:
    deel = verdeling[verdeling["provincie"] == provincie]
    if deel.empty:
        raise VerdeelFout(f"Onbekende provincie: {provincie!r}.")
    return deel.reset_index(drop=True)


def toets(verdeling: pd.DataFrame, provincie: str, afspraken: pd.DataFrame) -> Toets:
    """Toets de afspraken van één provincie; gemeenten zonder afspraak tellen als 0.

    `afspraken` heeft gemeentecode, afspraak en (optioneel) toelichting."""
    deel = _provincie(verdeling, provincie)
    a = afspraken.set_index("gemeentecode")
    onbekend = sorted(set(a.index) - set(deel["gemeentecode"]))
    if onbekend:
        raise VerdeelFout(f"Deze gemeenten liggen niet in {provincie}: {', '.join(onbekend[:10])}.")
    afspraak = a["afspraak"].reindex(deel["gemeentecode"]).fillna(0).to_numpy()
    if (
        not np.all(np.isfinite(afspraak.astype(float)))
        or np.any(afspraak < 0)
        or np.any(afspraak != np.floor(afspraak))
    ):
        raise VerdeelFout("Afspraken zijn hele aantallen plekken van 0 of meer.")
    afspraak = afspraak.astype(np.int64)
    s = Sleutel.van(deel)
    opgelegd = REGEL.taken(s, afspraak)
    toelichting = (
        a["toelichting"].reindex(deel["gemeentecode"]).fillna("").astype(str).to_numpy()
        if "toelichting" in a.columns
        else ""
    )
    tabel = pd.DataFrame(
        {
            "gemeentecode": deel["gemeentecode"],
            "gemeentenaam": deel["gemeentenaam"],
            "opgave": deel["opgave"].to_numpy(dtype=np.int64),
            "regulier": deel["regulier"].to_numpy(dtype=np.int64),
            "nood": deel["nood"].to_numpy(dtype=np.int64),
            "afspraak": afspraak,
            "afspraak_saldo": afspraak - deel["opgave"].to_numpy(dtype=np.int64),
            "opgelegd": opgelegd,
            "toelichting": toelichting,
        }
    )
    tabel["na_besluit"] = tabel["afspraak"] + tabel["opgelegd"]
    q, som = int(tabel["opgave"].sum()), int(tabel["afspraak"].sum())
    return Toets(provincie, q, som, max(0, q - som), int(opgelegd.sum()), tabel)


def landelijk(verdeling: pd.DataFrame, tafels: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Per provincie: opgave, huidige plekken, afgesproken (waar een tabel is ingevuld, anders de huidige reguliere
    plekken) en het tekort; `ingevuld` zegt welke van de twee."""
    tafels = tafels or {}
    rijen = []
    for provincie, deel in verdeling.groupby("provincie", sort=True):
        if provincie in tafels:
            t = toets(verdeling, provincie, tafels[provincie])
            afgesproken, ingevuld = t.afgesproken, True
        else:
            afgesproken, ingevuld = int(deel["regulier"].sum()), False
        opgave = int(deel["opgave"].sum())
        rijen.append(
            {
                "provincie": provincie,
                "opgave": opgave,
                "regulier": int(deel["regulier"].sum()),
                "nood": int(deel["nood"].sum()),
                "afgesproken": afgesproken,
                "ingevuld": ingevuld,
                "tekort": max(0, opgave - afgesproken),
            }
        )
    return pd.DataFrame(rijen)
