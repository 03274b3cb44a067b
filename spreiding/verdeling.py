"""Verdeling van de landelijke capaciteitsraming over gemeenten en provincies.

Bronnen (zie ../shared/DOMAIN.md):
- Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Stb. 2024, 12), Stcrt. 2024, 3320:
  de capaciteitsraming wordt indicatief over gemeenten verdeeld; de provinciale opgave is de som
  van de gemeentelijke aantallen; aantallen zijn hele plekken. [C]
- Amendement Van Dijk (Kamerstuk 36 333, nr. 75): verdeling naar inwonertal én de meest recente
  SES-WOA-score (CBS). [C]
- De exacte SES-formule is niet gepubliceerd [U]. Standaardmodel:
  gewicht_i = inwoners_i x (1 + k x ses_woa_i), daarna grootste-overschotmethode. k is een parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Cyclus-presets (DOMAIN.md, tabel "A cycle"): landelijke capaciteitsraming in plekken. [C]
CYCLI: dict[str, int] = {"cyclus 1 (2024-2026)": 96_000, "cyclus 2 (2026-2028)": 88_000}

#: Aandeel amv in cyclus 1: 8.140 van 96.000 plekken (Stcrt. 2024, 3320). [C]
AMV_AANDEEL_CYCLUS_1 = 8_140 / 96_000

#: Standaardwaarde van k (DOMAIN.md). [U] Nog niet gefit: de CBS-SES-WOA-scores per gemeente zijn
#: niet beschikbaar in de bronnen (zie README, 'Gegevens'); met echte scores: fit_k.
STANDAARD_SES_FACTOR = 1.0

GEMEENTE_KOLOMMEN = ("gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses_woa")


class VerdeelFout(ValueError):
    """Ongeldige invoer voor de verdeling; de tekst is een Nederlandse melding voor de gebruiker."""


@dataclass(frozen=True)
class VerdeelParameters:
    """Parameters van de verdeling.

    totaal: landelijke capaciteitsraming in plekken (cyclus 1: 96.000; cyclus 2: 88.000). [C]
    ses_factor: k in gewicht = inwoners x (1 + k x SES-WOA). [U] aanname, geen gepubliceerde formule.
    amv_aandeel: deel van de plekken voor alleenstaande minderjarige vreemdelingen (8,48 %). [C] landelijk;
        de verdeling ervan over gemeenten naar rato van hun opgave is een aanname [U].
    """

    totaal: int = 96_000
    ses_factor: float = STANDAARD_SES_FACTOR
    amv_aandeel: float = AMV_AANDEEL_CYCLUS_1

    def __post_init__(self) -> None:
        if isinstance(self.totaal, bool) or not isinstance(self.totaal, (int, np.integer)):
            raise VerdeelFout("Het landelijke totaal moet een geheel aantal plekken zijn.")
        if self.totaal <= 0:
            raise VerdeelFout("Het landelijke totaal moet groter dan 0 zijn.")
        if not np.isfinite(self.ses_factor) or self.ses_factor < 0:
            raise VerdeelFout("De SES-factor k moet 0 of groter zijn.")
        if not 0 <= self.amv_aandeel <= 1:
            raise VerdeelFout("Het amv-aandeel moet tussen 0 en 1 liggen.")


def grootste_overschot(quota: np.ndarray, totaal: int, volgorde: np.ndarray | None = None) -> np.ndarray:
    """Rond niet-negatieve quota af op hele aantallen waarvan de som precies `totaal` is.

    Grootste-overschotmethode (Hamilton): eerst naar beneden afronden, dan krijgen de grootste
    restanten er elk één bij. Bij gelijke restanten beslist `volgorde` (bijv. de gemeentecode),
    zodat de uitkomst reproduceerbaar is. Vereist dat sum(quota) == totaal (op afrondingsfouten na).
    """
    quota = np.asarray(quota, dtype=float)
    if quota.size == 0:
        if totaal != 0:
            raise VerdeelFout("Er zijn geen gemeenten om over te verdelen.")
        return np.zeros(0, dtype=np.int64)
    return grootste_overschot_per_groep(quota, np.array([totaal]), np.zeros(quota.size, dtype=np.int64), volgorde)


def grootste_overschot_per_groep(
    quota: np.ndarray, totalen: np.ndarray, groep: np.ndarray, volgorde: np.ndarray | None = None
) -> np.ndarray:
    """Grootste overschot binnen elke groep g (0..G-1): de leden van g krijgen samen precies
    totalen[g]. In één keer voor alle groepen (bijv. per provincie)."""
    quota = np.asarray(quota, dtype=float)
    totalen = np.asarray(totalen, dtype=np.int64)
    groep = np.asarray(groep, dtype=np.int64)
    if np.any(quota < 0) or not np.all(np.isfinite(quota)):
        raise VerdeelFout("Quota moeten eindige, niet-negatieve getallen zijn.")
    basis = np.floor(quota + 1e-9).astype(np.int64)
    tekort = totalen - np.bincount(groep, weights=basis, minlength=totalen.size).astype(np.int64)
    if np.any(tekort < 0) or np.any(tekort > np.bincount(groep, minlength=totalen.size)):
        raise VerdeelFout("De quota tellen niet op tot het totaal.")
    sleutel2 = np.arange(quota.size) if volgorde is None else np.asarray(volgorde)
    # lexsort: laatste sleutel is de primaire: per groep, grootste rest eerst, dan volgorde oplopend
    rangorde = np.lexsort((sleutel2, -(quota - basis), groep))
    gesorteerd = groep[rangorde]
    plaats = np.arange(quota.size) - np.searchsorted(gesorteerd, np.arange(totalen.size))[gesorteerd]
    uitkomst = basis.copy()
    uitkomst[rangorde[plaats < tekort[gesorteerd]]] += 1
    return uitkomst


def verdeel_naar_gewicht(gewicht: np.ndarray, totaal: int, volgorde: np.ndarray | None = None) -> np.ndarray:
    """Verdeel `totaal` hele plekken naar rato van `gewicht` (grootste overschot)."""
    gewicht = np.asarray(gewicht, dtype=float)
    som = gewicht.sum()
    if totaal == 0:
        return np.zeros(gewicht.size, dtype=np.int64)
    if som <= 0:
        raise VerdeelFout("Er is niets om naar te verdelen: de gewichten tellen op tot 0.")
    return grootste_overschot(totaal * gewicht / som, totaal, volgorde)


def controleer_gemeenten(gemeenten: pd.DataFrame) -> None:
    """Controleer dat de gemeententabel de kolommen en waarden heeft die de verdeling nodig heeft."""
    ontbreekt = [k for k in GEMEENTE_KOLOMMEN if k not in gemeenten.columns]
    if ontbreekt:
        raise VerdeelFout("De gemeententabel mist de kolom(men): " + ", ".join(ontbreekt) + ".")
    if gemeenten.empty:
        raise VerdeelFout("De gemeententabel is leeg.")
    if gemeenten["gemeentecode"].duplicated().any():
        raise VerdeelFout("De gemeententabel bevat dubbele gemeentecodes.")
    if (gemeenten["inwoners"] < 0).any() or gemeenten["inwoners"].isna().any():
        raise VerdeelFout("Elke gemeente moet een inwonertal van 0 of meer hebben.")
    ontbreekt_ses = gemeenten["ses_woa"].isna()
    if ontbreekt_ses.any() and not ontbreekt_ses.all():
        raise VerdeelFout("Elke gemeente moet een SES-WOA-score hebben (of geen enkele, zie README 'Gegevens').")


def ses_beschikbaar(gemeenten: pd.DataFrame) -> bool:
    """Bevat de tabel SES-WOA-scores? Zonder scores kan alleen naar inwonertal worden verdeeld (k = 0)."""
    return bool(gemeenten["ses_woa"].notna().all())


def standaard_ses_factor(gemeenten: pd.DataFrame) -> float:
    """k = STANDAARD_SES_FACTOR als er SES-WOA-scores zijn, anders 0 (alleen inwonertal)."""
    return STANDAARD_SES_FACTOR if ses_beschikbaar(gemeenten) else 0.0


def gewichten(gemeenten: pd.DataFrame, ses_factor: float) -> np.ndarray:
    """gewicht_i = inwoners_i x (1 + k x SES-WOA_i)  (model voor amendement Van Dijk, [U])."""
    if not ses_beschikbaar(gemeenten):
        if ses_factor != 0:
            raise VerdeelFout(
                "De gegevens bevatten geen SES-WOA-scores, dus een SES-correctie (k groter dan 0) kan niet. "
                "Zonder scores wordt alleen naar inwonertal verdeeld (k = 0)."
            )
        return gemeenten["inwoners"].to_numpy(dtype=float)
    correctie = 1.0 + ses_factor * gemeenten["ses_woa"].to_numpy(dtype=float)
    if np.any(correctie <= 0):
        laagste = gemeenten.loc[correctie <= 0, "gemeentenaam"].iloc[0]
        raise VerdeelFout(
            f"Met SES-factor k = {ses_factor:g} wordt de correctie voor {laagste} nul of negatief. "
            "Kies een kleinere k."
        )
    return gemeenten["inwoners"].to_numpy(dtype=float) * correctie


def verdeel(gemeenten: pd.DataFrame, parameters: VerdeelParameters = VerdeelParameters()) -> pd.DataFrame:
    """Indicatieve opgave per gemeente.

    Geeft de gemeententabel terug (gesorteerd op gemeentecode) met extra kolommen:
    gewicht, quotum (onafgerond), opgave (hele plekken, som = totaal), opgave_amv (som = afgerond
    amv-totaal), per_1000 (plekken per 1.000 inwoners) en inwoners_per_plek.
    """
    controleer_gemeenten(gemeenten)
    tabel = gemeenten.sort_values("gemeentecode", kind="stable").reset_index(drop=True).copy()
    gewicht = gewichten(tabel, parameters.ses_factor)
    codes = tabel["gemeentecode"].to_numpy()
    volgorde = np.argsort(np.argsort(codes, kind="stable"), kind="stable")
    tabel["gewicht"] = gewicht
    tabel["quotum"] = parameters.totaal * gewicht / gewicht.sum()
    tabel["opgave"] = verdeel_naar_gewicht(gewicht, parameters.totaal, volgorde)
    amv_totaal = int(round(parameters.totaal * parameters.amv_aandeel))
    tabel["opgave_amv"] = verdeel_naar_gewicht(tabel["opgave"].to_numpy(), amv_totaal, volgorde)
    inwoners = tabel["inwoners"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        tabel["per_1000"] = np.where(inwoners > 0, 1000 * tabel["opgave"] / inwoners, 0.0)
        tabel["inwoners_per_plek"] = np.where(tabel["opgave"] > 0, inwoners / tabel["opgave"], np.nan)
    return tabel


def per_provincie(verdeling: pd.DataFrame) -> pd.DataFrame:
    """Provinciale opgave = som van de gemeentelijke aantallen (Stcrt. 2024, 3320). [C]"""
    groep = verdeling.groupby("provincie", sort=True)
    tabel = groep.agg(
        opgave=("opgave", "sum"),
        opgave_amv=("opgave_amv", "sum"),
        inwoners=("inwoners", "sum"),
        gemeenten=("gemeentecode", "count"),
    ).reset_index()
    tabel["per_1000"] = 1000 * tabel["opgave"] / tabel["inwoners"]
    return tabel


def uitleg(verdeling: pd.DataFrame, gemeentecode: str, parameters: VerdeelParameters) -> dict:
    """De stappen achter het getal van één gemeente, voor de uitleg op de kaartpagina.

    Geeft: aandeel in de bevolking, SES-correctiefactor, quotum met en zonder SES, afronding.
    """
    rij = verdeling.loc[verdeling["gemeentecode"] == gemeentecode]
    if rij.empty:
        raise VerdeelFout(f"Onbekende gemeentecode: {gemeentecode}.")
    rij = rij.iloc[0]
    inwoners_totaal = float(verdeling["inwoners"].sum())
    aandeel_bevolking = float(rij["inwoners"]) / inwoners_totaal
    quotum_zonder_ses = parameters.totaal * aandeel_bevolking
    return {
        "gemeentenaam": rij["gemeentenaam"],
        "provincie": rij["provincie"],
        "inwoners": int(rij["inwoners"]),
        "aandeel_bevolking": aandeel_bevolking,
        "ses_woa": float(rij["ses_woa"]),
        "ses_correctie": 1.0 if pd.isna(rij["ses_woa"]) else 1.0 + parameters.ses_factor * float(rij["ses_woa"]),
        "quotum_zonder_ses": quotum_zonder_ses,
        "quotum": float(rij["quotum"]),
        "opgave": int(rij["opgave"]),
        "afronding": int(rij["opgave"]) - float(rij["quotum"]),
        "opgave_amv": int(rij["opgave_amv"]),
        "per_1000": float(rij["per_1000"]),
    }


def fit_k(
    gemeenten: pd.DataFrame,
    gepubliceerd: dict[str, int],
    totaal: int = 96_000,
    kandidaten: np.ndarray | None = None,
) -> tuple[float, pd.DataFrame]:
    """Kies k die de gepubliceerde gemeentelijke aantallen van cyclus 1 het best benadert.

    Criterium: kleinste som van gekwadrateerde log-verhoudingen (model/gepubliceerd), zodat grote
    en kleine gemeenten even zwaar wegen. Geeft k en een vergelijkingstabel terug.
    `gepubliceerd` koppelt gemeentecode aan het gepubliceerde aantal (DOMAIN.md, [R]).
    """
    if kandidaten is None:
        kandidaten = np.round(np.arange(0.0, 3.0001, 0.01), 2)
    codes = [c for c in gepubliceerd if c in set(gemeenten["gemeentecode"])]
    if not codes:
        raise VerdeelFout("Geen van de gepubliceerde gemeenten komt voor in de gemeententabel.")
    doel = np.array([gepubliceerd[c] for c in codes], dtype=float)
    beste_k, beste_fout = None, np.inf
    for k in kandidaten:
        try:
            tabel = verdeel(gemeenten, VerdeelParameters(totaal=totaal, ses_factor=float(k)))
        except VerdeelFout:
            continue  # k te groot: een correctie wordt negatief
        model = tabel.set_index("gemeentecode").loc[codes, "quotum"].to_numpy()
        fout = float(np.sum(np.log(model / doel) ** 2))
        if fout < beste_fout - 1e-12:
            beste_k, beste_fout = float(k), fout
    if beste_k is None:
        raise VerdeelFout("Geen enkele k geeft een geldige verdeling.")
    tabel = verdeel(gemeenten, VerdeelParameters(totaal=totaal, ses_factor=beste_k))
    return beste_k, vergelijk_met(tabel, {c: gepubliceerd[c] for c in codes})


def vergelijk_met(verdeling: pd.DataFrame, gepubliceerd: dict[str, int]) -> pd.DataFrame:
    """Gepubliceerde aantallen naast die van `verdeling`, voor de gemeenten die in beide voorkomen:
    gemeentecode, gemeentenaam, inwoners, gepubliceerd, model, verschil_pct (model t.o.v. gepubliceerd)."""
    rijen = verdeling.set_index("gemeentecode")
    codes = [c for c in gepubliceerd if c in rijen.index]
    tabel = pd.DataFrame(
        {
            "gemeentecode": codes,
            "gemeentenaam": rijen.loc[codes, "gemeentenaam"].to_numpy(),
            "inwoners": rijen.loc[codes, "inwoners"].to_numpy(dtype=np.int64),
            "gepubliceerd": [int(gepubliceerd[c]) for c in codes],
            "model": rijen.loc[codes, "opgave"].to_numpy(dtype=np.int64),
        }
    )
    tabel["verschil_pct"] = (100 * (tabel["model"] / tabel["gepubliceerd"] - 1)).round(1)
    return tabel
