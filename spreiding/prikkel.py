"""De prikkel om te wachten in fase 1: eerlijk aandeel, fase-2-taak en totale last per systeem.

Bronnen (../shared/DOMAIN.md, "The perverse incentive of waiting"):
- Wetsvoorstel zoals ingediend (maart 2023; Kamerstuk 36 333): fase 1 vrijwillig aanbod; in fase 2
  wordt "het resterende aantal plekken" (C min het aanbod) verdeeld; daarna legt de minister op. [C/R]
  De precieze restregel is onbekend [U]; twee varianten:
  N (nationaal):   R = max(0, C - som aanbod),          taak_i = R x w_i / som w
  P (provinciaal): R_p = max(0, Q_p - som_p aanbod),   taak_i = R_p x w_i / som_p w
- VNG/IPO-alternatief (positionpaper VNG/G40, mei 2023): vaste opgave, nooit herverdeeld; de minister
  vult alleen ontbrekende plekken aan, binnen de provincie: taak_i = max(0, q_i - aanbod_i). [C/R]
- Wet zoals toegepast (verdeelbesluit december 2024): het tekort van een provincie gaat alleen naar
  gemeenten onder hun aantal; het overschot van gemeenten boven hun aantal verlaagt de aantallen van
  de achterblijvers, naar inwoners en SES. [R] Uitwerking hier (aanname over de precieze regel) [U]:
  S_p = som van de overschotten, verlaging_i = S_p x w_i / som w van de achterblijvers (nooit meer dan
  het eigen gat q_i - aanbod_i; wat daarboven valt gaat naar de andere achterblijvers),
  taak_i = q_i - aanbod_i - verlaging_i. De taken tellen op tot het provinciale tekort.

Last_i = aanbod_i + taak_i; het eerlijke aandeel q_i is de opgave onder een vaste verdeling.
Verdeelsleutel w_i: het gewicht van de verdeling (inwoners x SES-correctie, zie verdeling.py). In het
wetsvoorstel van maart 2023 was dat alleen het inwonertal; dat is dezelfde formule met k = 0.
Door voor q en de fase-2-taak dezelfde sleutel te gebruiken krijgt een gemeente die wacht terwijl
niemand aanbiedt precies haar eerlijke aandeel. Alle taken zijn hele plekken (grootste overschot).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .verdeling import STANDAARD_SES_FACTOR, VerdeelFout, VerdeelParameters, grootste_overschot_per_groep, verdeel

SYSTEMEN = ("wetsvoorstel-n", "wetsvoorstel-p", "vng", "wet")
LABELS = {
    "wetsvoorstel-n": "Wetsvoorstel 2023, rest landelijk verdeeld (N)",
    "wetsvoorstel-p": "Wetsvoorstel 2023, rest per provincie verdeeld (P)",
    "vng": "VNG/IPO-alternatief (vaste opgave)",
    "wet": "Wet zoals toegepast (dec. 2024)",
}
#: Welke onderdelen van een systeem aannames zijn (getoond in de app). [U]
AANNAMES = {
    "wetsvoorstel-n": "Restregel onbekend; variant N is een aanname.",
    "wetsvoorstel-p": "Restregel onbekend; variant P is een aanname.",
    "vng": "Uitwerking van het positionpaper; geen wettekst.",
    "wet": "Zoals gerapporteerd over het verdeelbesluit van december 2024 (per provincie; overschotten verlagen de aantallen van achterblijvers naar inwoners); de precieze regel is een aanname.",
}
KEUZES = ("willekeurig", "grootste")


@dataclass(frozen=True)
class PrikkelParameters:
    """totaal: landelijke capaciteitsraming C; ses_factor: k van de verdeelsleutel [U]."""

    totaal: int = 96_000
    ses_factor: float = STANDAARD_SES_FACTOR

    def verdeling(self) -> VerdeelParameters:
        return VerdeelParameters(totaal=self.totaal, ses_factor=self.ses_factor)


@dataclass(frozen=True)
class Scenario:
    """Wie er vroeg aanbiedt (behalve de gekozen gemeente) en hoeveel.

    deelname: deel van de andere gemeenten dat in fase 1 aanbiedt (0..1).
    omvang: aanbod als deel van het eigen eerlijke aandeel (0 = niets, 1 = precies het aandeel).
    keuze: 'willekeurig' (met seed) of 'grootste' (de gemeenten met de meeste inwoners).
    """

    deelname: float = 0.5
    omvang: float = 1.0
    keuze: str = "willekeurig"
    seed: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.deelname <= 1:
            raise VerdeelFout("De deelname moet tussen 0 en 1 liggen (deel van de gemeenten).")
        if self.omvang < 0:
            raise VerdeelFout("De omvang van het aanbod kan niet negatief zijn.")
        if self.keuze not in KEUZES:
            raise VerdeelFout(f"Onbekende keuze {self.keuze!r}; kies uit {', '.join(KEUZES)}.")


def aanbod_scenario(verdeling: pd.DataFrame, scenario: Scenario, behalve: str | None = None) -> np.ndarray:
    """Aanbod in fase 1 per gemeente (hele plekken) volgens het scenario; `behalve` biedt 0 aan."""
    n = len(verdeling)
    kandidaten = np.flatnonzero(verdeling["gemeentecode"].to_numpy() != behalve)
    aantal = int(round(scenario.deelname * len(kandidaten)))
    if scenario.keuze == "grootste":
        volgorde = kandidaten[np.argsort(-verdeling["inwoners"].to_numpy()[kandidaten], kind="stable")]
        gekozen = volgorde[:aantal]
    else:
        gekozen = np.random.default_rng(scenario.seed).choice(kandidaten, size=aantal, replace=False)
    aanbod = np.zeros(n, dtype=np.int64)
    aanbod[gekozen] = np.rint(scenario.omvang * verdeling["opgave"].to_numpy()[gekozen]).astype(np.int64)
    return aanbod


def naar_rato_per_groep(w: np.ndarray, rest: np.ndarray, groep: np.ndarray, heel: bool = True) -> np.ndarray:
    """Verdeel per groep g het aantal rest[g] naar gewicht w over de leden van g; heel=True: hele
    plekken (grootste overschot binnen elke groep), heel=False: de onafgeronde quota. Een groep
    zonder gewicht krijgt niets."""
    w = np.asarray(w, dtype=float)
    rest = np.asarray(rest, dtype=float)
    som = np.bincount(groep, weights=w, minlength=rest.size)
    with np.errstate(divide="ignore", invalid="ignore"):
        quota = np.where(som[groep] > 0, rest[groep] * w / som[groep], 0.0)
    if not heel:
        return quota
    return grootste_overschot_per_groep(quota, np.where(som > 0, np.rint(rest), 0), groep)


def verlaging(gat: np.ndarray, w: np.ndarray, overschot: float) -> np.ndarray:
    """Verdeel `overschot` naar gewicht w over de gemeenten met een gat, zonder iemands gat te
    overschrijden (wat niet past gaat naar de anderen). Geeft de verlaging per gemeente."""
    gat = np.asarray(gat, dtype=float)
    w = np.asarray(w, dtype=float)
    uit = np.zeros(gat.size)
    actief = (gat > 0) & (w > 0)
    rest = min(overschot, float(gat[actief].sum()))
    while rest > 1e-9 and actief.any():
        aandeel = np.zeros(gat.size)
        aandeel[actief] = rest * w[actief] / w[actief].sum()
        ruimte = gat - uit
        vol = actief & (aandeel >= ruimte)
        if not vol.any():
            uit += aandeel
            break
        rest -= float(ruimte[vol].sum())
        uit[vol] = gat[vol]
        actief &= ~vol
    return uit


def taken(verdeling: pd.DataFrame, aanbod: np.ndarray, systeem: str, heel: bool = True) -> np.ndarray:
    """Fase-2-taak per gemeente onder `systeem`, bij het gegeven aanbod.

    heel=True: hele plekken (grootste overschot, sommen exact); heel=False: de onafgeronde quota.
    """
    return _taken(_Sleutel.van(verdeling), aanbod, systeem, heel)


@dataclass(frozen=True)
class _Sleutel:
    """De arrays die de taakregels nodig hebben, één keer uit de verdeling gehaald."""

    q: np.ndarray  # eerlijk aandeel (opgave)
    w: np.ndarray  # verdeelsleutel (gewicht)
    groep: np.ndarray  # provincie als 0..G-1
    groepen: int

    @staticmethod
    def van(verdeling: pd.DataFrame) -> "_Sleutel":
        groep, namen = pd.factorize(verdeling["provincie"], sort=True)
        return _Sleutel(
            verdeling["opgave"].to_numpy(dtype=np.int64),
            verdeling["gewicht"].to_numpy(dtype=float),
            np.asarray(groep, dtype=np.int64),
            len(namen),
        )


def _taken(s: _Sleutel, aanbod: np.ndarray, systeem: str, heel: bool) -> np.ndarray:
    aanbod = np.asarray(aanbod, dtype=np.int64)
    if aanbod.shape != s.q.shape:
        raise VerdeelFout("Het aanbod moet één getal per gemeente zijn.")
    if np.any(aanbod < 0):
        raise VerdeelFout("Aanbod kan niet negatief zijn.")
    if systeem == "wetsvoorstel-n":
        rest = np.array([max(0, int(s.q.sum() - aanbod.sum()))])
        return naar_rato_per_groep(s.w, rest, np.zeros(s.q.size, dtype=np.int64), heel)
    if systeem == "wetsvoorstel-p":
        rest = np.maximum(0, np.bincount(s.groep, weights=s.q - aanbod, minlength=s.groepen))
        return naar_rato_per_groep(s.w, rest, s.groep, heel)
    if systeem == "vng":
        return np.maximum(0, s.q - aanbod).astype(np.int64 if heel else float)
    if systeem == "wet":
        gat = np.maximum(0, s.q - aanbod).astype(float)
        overschot = np.bincount(s.groep, weights=np.maximum(0, aanbod - s.q), minlength=s.groepen)
        taak = gat.copy()
        for g in np.flatnonzero(overschot > 0):  # alleen provincies met een overschot
            i = np.flatnonzero(s.groep == g)
            taak[i] = gat[i] - verlaging(gat[i], s.w[i], float(overschot[g]))
        if not heel:
            return taak
        tekort = np.rint(np.bincount(s.groep, weights=taak, minlength=s.groepen))
        return naar_rato_per_groep(taak, tekort, s.groep, heel=True)
    raise VerdeelFout(f"Onbekend systeem {systeem!r}; kies uit {', '.join(SYSTEMEN)}.")


def lasten(verdeling: pd.DataFrame, aanbod: np.ndarray, systeem: str) -> pd.DataFrame:
    """Per gemeente: eerlijk aandeel, aanbod, taak, last en verschil (last - eerlijk aandeel).

    Verschil < 0: de gemeente draagt minder dan haar aandeel (wint); > 0: zij betaalt voor anderen.
    """
    taak = taken(verdeling, aanbod, systeem)
    uit = verdeling[["gemeentecode", "gemeentenaam", "provincie", "inwoners"]].copy()
    uit["eerlijk_aandeel"] = verdeling["opgave"].to_numpy()
    uit["aanbod"] = np.asarray(aanbod, dtype=np.int64)
    uit["taak"] = taak
    uit["last"] = uit["aanbod"] + uit["taak"]
    uit["verschil"] = uit["last"] - uit["eerlijk_aandeel"]
    return uit


def _index(verdeling: pd.DataFrame, gemeentecode: str) -> int:
    treffers = np.flatnonzero(verdeling["gemeentecode"].to_numpy() == gemeentecode)
    if treffers.size == 0:
        raise VerdeelFout(f"Onbekende gemeentecode: {gemeentecode}.")
    return int(treffers[0])


def voor_gemeente(
    gemeenten: pd.DataFrame,
    gemeentecode: str,
    eigen_aanbod: int,
    scenario: Scenario = Scenario(),
    parameters: PrikkelParameters = PrikkelParameters(),
    systemen: list[str] | tuple[str, ...] = SYSTEMEN,
    aanbod_anderen: np.ndarray | None = None,
) -> pd.DataFrame:
    """Eerlijk aandeel, taak en last van één gemeente per systeem, met de landelijke totalen."""
    verdeling = verdeel(gemeenten, parameters.verdeling())
    i = _index(verdeling, gemeentecode)
    aanbod = aanbod_scenario(verdeling, scenario, gemeentecode) if aanbod_anderen is None else np.asarray(aanbod_anderen, dtype=np.int64).copy()
    if eigen_aanbod < 0:
        raise VerdeelFout("Het eigen aanbod kan niet negatief zijn.")
    aanbod[i] = int(round(eigen_aanbod))
    rijen = []
    for systeem in systemen:
        tabel = lasten(verdeling, aanbod, systeem)
        rij = tabel.iloc[i]
        rijen.append(
            {
                "systeem": systeem,
                "gemeentecode": rij["gemeentecode"],
                "gemeentenaam": rij["gemeentenaam"],
                "eerlijk_aandeel": int(rij["eerlijk_aandeel"]),
                "aanbod": int(rij["aanbod"]),
                "taak": int(rij["taak"]),
                "last": int(rij["last"]),
                "verschil": int(rij["verschil"]),
                "landelijk_aanbod": int(tabel["aanbod"].sum()),
                "landelijke_taak": int(tabel["taak"].sum()),
                "landelijke_last": int(tabel["last"].sum()),
            }
        )
    return pd.DataFrame(rijen)


def curve(
    verdeling: pd.DataFrame,
    gemeentecode: str,
    aanbod_anderen: np.ndarray,
    systemen: tuple[str, ...] = SYSTEMEN,
    punten: int = 21,
) -> pd.DataFrame:
    """Last van één gemeente als functie van haar eigen aanbod, van 0 tot twee keer haar aandeel."""
    i = _index(verdeling, gemeentecode)
    q = int(verdeling["opgave"].iloc[i])
    eigen = np.unique(np.rint(np.linspace(0, 2 * q, punten)).astype(np.int64))
    aanbod = np.asarray(aanbod_anderen, dtype=np.int64).copy()
    sleutel = _Sleutel.van(verdeling)
    rijen = []
    for a in eigen:
        aanbod[i] = a
        for systeem in systemen:
            taak = int(_taken(sleutel, aanbod, systeem, True)[i])
            rijen.append({"eigen_aanbod": int(a), "systeem": systeem, "taak": taak, "last": int(a) + taak, "eerlijk_aandeel": q})
    return pd.DataFrame(rijen)


def wachten_of_vroeg(verdeling: pd.DataFrame, gemeentecode: str, aanbod_anderen: np.ndarray, systemen=SYSTEMEN) -> pd.DataFrame:
    """Last bij wachten (aanbod 0) tegenover vroeg aanbieden (aanbod = eerlijk aandeel), per systeem."""
    i = _index(verdeling, gemeentecode)
    q = int(verdeling["opgave"].iloc[i])
    aanbod = np.asarray(aanbod_anderen, dtype=np.int64).copy()
    sleutel = _Sleutel.van(verdeling)
    rijen = []
    for systeem in systemen:
        aanbod[i] = 0
        wachten = int(_taken(sleutel, aanbod, systeem, True)[i])
        aanbod[i] = q
        vroeg = q + int(_taken(sleutel, aanbod, systeem, True)[i])
        rijen.append(
            {
                "systeem": systeem,
                "eerlijk_aandeel": q,
                "last_bij_wachten": wachten,
                "last_bij_vroeg_aanbieden": vroeg,
                "voordeel_van_wachten": vroeg - wachten,
                "wachten_loont": wachten < vroeg,
            }
        )
    return pd.DataFrame(rijen)
