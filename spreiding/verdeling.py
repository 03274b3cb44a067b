"""Verdeling van de landelijke capaciteitsraming over gemeenten en provincies.

Bronnen (spreiding/parameters/wet.toml, [verdeling]):
- De capaciteitsraming wordt indicatief over gemeenten verdeeld naar inwonertal en de meest recente SES-WOA-score
  van het CBS (amendement Van Dijk, parameter verdeling.ses_woa) [C]; de provinciale opgave is de som van de
  gemeentelijke aantallen (verdeling.provincie_is_som) [C]; aantallen zijn hele plekken.
- De SES-WOA-formule is niet gepubliceerd, de scores per gemeente zijn hier niet beschikbaar. De gepubliceerde
  verdeling van cyclus 2 draagt de correctie wel: correctiefactor_i = (aantal_i / totaal) / (inwoners_i / som) [R],
  afgeleid in de databouw (spreiding/data/bouw.py, afgeleide_factor).
- Model voor elk totaal C en elke peildatum: gewicht_i = inwoners_i x correctiefactor_i ^ alpha,
  aantal_i = C x gewicht_i / som gewicht, afgerond met de grootste-overschotmethode (gelijke resten: gemeentecode).
  alpha = 1: zoals toegepast; alpha = 0: alleen inwoners (het wetsvoorstel vóór het amendement).
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .fouten import VerdeelFout
from .resultaten import Gemeentecijfers, Gepubliceerd, Provinciecijfers, Uitleg

#: Grootste landelijke totaal dat het model accepteert: ruim boven elke raming, klein genoeg voor hele getallen.
MAX_TOTAAL = 1_000_000
PEILJAREN = (2023, 2024)
ALPHA_BEREIK = (0.0, 1.0)


@dataclass(frozen=True)
class VerdeelParameters:
    """totaal: landelijke capaciteitsraming (plekken); peildatum: inwoners op 1 januari van dit jaar;
    alpha: sterkte van de SES-correctie (0 = alleen inwoners, 1 = zoals gepubliceerd); amv: plekken voor
    alleenstaande minderjarige vreemdelingen (alleen cyclus 1 bekend) of None."""

    totaal: int
    peildatum: int = 2024
    alpha: float = 1.0
    amv: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.totaal, bool) or not isinstance(self.totaal, (int, np.integer)):
            raise VerdeelFout("Het landelijke totaal moet een geheel aantal plekken zijn.")
        if not 1 <= self.totaal <= MAX_TOTAAL:
            raise VerdeelFout(
                f"Het landelijke totaal moet tussen 1 en {MAX_TOTAAL:,} plekken liggen.".replace(",", ".")
            )
        if self.peildatum not in PEILJAREN:
            raise VerdeelFout("De peildatum van de inwoners moet 1 januari 2023 of 1 januari 2024 zijn.")
        if (
            not isinstance(self.alpha, (int, float, np.number))
            or not math.isfinite(self.alpha)
            or not ALPHA_BEREIK[0] <= self.alpha <= ALPHA_BEREIK[1]
        ):
            raise VerdeelFout("De sterkte van de SES-correctie moet tussen 0 en 1 liggen.")
        if self.amv is not None and not 0 <= self.amv <= self.totaal:
            raise VerdeelFout("Het aantal amv-plekken moet tussen 0 en het landelijke totaal liggen.")


# ------------------------------------------------------------------------------------------ afronden


def grootste_overschot(quota: np.ndarray, totaal: int, volgorde: np.ndarray | None = None) -> np.ndarray:
    """Rond niet-negatieve quota af op hele aantallen waarvan de som precies `totaal` is (Hamilton): eerst naar
    beneden, dan krijgen de grootste resten er elk één bij; bij gelijke resten beslist `volgorde`."""
    quota = np.asarray(quota, dtype=float)
    if quota.size == 0:
        if totaal != 0:
            raise VerdeelFout("Er zijn geen gemeenten om over te verdelen.")
        return np.zeros(0, dtype=np.int64)
    return grootste_overschot_per_groep(quota, np.array([totaal]), np.zeros(quota.size, dtype=np.int64), volgorde)


def grootste_overschot_per_groep(
    quota: np.ndarray, totalen: np.ndarray, groep: np.ndarray, volgorde: np.ndarray | None = None
) -> np.ndarray:
    """Grootste overschot binnen elke groep g (0..G-1): de leden van g krijgen samen precies totalen[g]."""
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
    # lexsort: de laatste sleutel is de primaire: per groep, grootste rest eerst, dan de volgorde oplopend
    rangorde = np.lexsort((sleutel2, -(quota - basis), groep))
    gesorteerd = groep[rangorde]
    plaats = np.arange(quota.size) - np.searchsorted(gesorteerd, np.arange(totalen.size))[gesorteerd]
    uitkomst = basis.copy()
    uitkomst[rangorde[plaats < tekort[gesorteerd]]] += 1
    return uitkomst


def verdeel_naar_gewicht(gewicht: np.ndarray, totaal: int, volgorde: np.ndarray | None = None) -> np.ndarray:
    """Verdeel `totaal` hele plekken naar rato van `gewicht` (grootste overschot)."""
    gewicht = np.asarray(gewicht, dtype=float)
    if totaal == 0:
        return np.zeros(gewicht.size, dtype=np.int64)
    som = gewicht.sum()
    if not som > 0:
        raise VerdeelFout("Er is niets om naar te verdelen: de gewichten tellen op tot 0.")
    return grootste_overschot(totaal * gewicht / som, totaal, volgorde)


# --------------------------------------------------------------------------------------------- model


def inwoners(gemeenten: pd.DataFrame, peildatum: int) -> np.ndarray:
    kolom = f"inwoners_{peildatum}"
    if kolom not in gemeenten.columns:
        raise VerdeelFout(f"De gemeententabel heeft geen inwoners op 1 januari {peildatum}.")
    return gemeenten[kolom].to_numpy(dtype=float)


def gewichten(gemeenten: pd.DataFrame, parameters: VerdeelParameters) -> np.ndarray:
    """gewicht_i = inwoners_i x correctiefactor_i ^ alpha."""
    factor = gemeenten["correctiefactor"].to_numpy(dtype=float)
    return inwoners(gemeenten, parameters.peildatum) * np.power(factor, parameters.alpha)


def verdeel(gemeenten: pd.DataFrame, parameters: VerdeelParameters) -> pd.DataFrame:
    """Indicatieve opgave per gemeente, gesorteerd op gemeentecode.

    Extra kolommen: inwoners (op de peildatum), aandeel_inwoners, quotum_inwoners (alleen naar inwoners),
    gewicht, quotum (onafgerond), opgave (hele plekken, som = totaal), per_1000, huidig (regulier + nood),
    saldo (regulier + nood − opgave), saldo_regulier (regulier − opgave), te_realiseren
    (opgave − regulier, niet onder 0; regulier als benadering [U]) en, met amv, opgave_amv (naar rato [U]).
    """
    if gemeenten.empty:
        raise VerdeelFout("De gemeententabel is leeg.")
    tabel = gemeenten.sort_values("gemeentecode", kind="stable").reset_index(drop=True).copy()
    inw = inwoners(tabel, parameters.peildatum)
    gewicht = gewichten(tabel, parameters)
    volgorde = np.arange(len(tabel))  # gesorteerd op code: gelijke resten gaan naar de laagste code
    tabel["inwoners"] = inw.astype(np.int64)
    tabel["aandeel_inwoners"] = inw / inw.sum()
    tabel["quotum_inwoners"] = parameters.totaal * tabel["aandeel_inwoners"]
    tabel["gewicht"] = gewicht
    tabel["quotum"] = parameters.totaal * gewicht / gewicht.sum()
    tabel["opgave"] = verdeel_naar_gewicht(gewicht, parameters.totaal, volgorde)
    if parameters.amv is not None:
        tabel["opgave_amv"] = verdeel_naar_gewicht(tabel["opgave"].to_numpy(), parameters.amv, volgorde)
    tabel["per_1000"] = np.where(inw > 0, 1000 * tabel["opgave"] / np.where(inw > 0, inw, 1), 0.0)
    if {"opgave_cyclus2", "inwoners_2024"} <= set(tabel.columns):
        tabel["factor_laag"], tabel["factor_hoog"] = factor_bereik(tabel)
    if {"regulier", "nood"} <= set(tabel.columns):
        tabel["huidig"] = tabel["regulier"] + tabel["nood"]
        tabel["saldo"] = tabel["huidig"] - tabel["opgave"]
        tabel["saldo_regulier"] = tabel["regulier"] - tabel["opgave"]
        tabel["te_realiseren"] = np.maximum(0, -tabel["saldo_regulier"])
        tabel["huidig_per_1000"] = np.where(inw > 0, 1000 * tabel["huidig"] / np.where(inw > 0, inw, 1), 0.0)
    return tabel


def factor_bereik(gemeenten: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """De correctiefactoren die bij dezelfde afgeronde opgave van cyclus 2 passen: de opgave kan van elke waarde
    tussen opgave − 0,5 en opgave + 0,5 zijn afgerond. Bij een kleine gemeente is dat bereik breed (Schiermonnikoog,
    opgave 5: 4,5 tot 5,5), en zegt de factor dus weinig over haar SES."""
    opgave = gemeenten["opgave_cyclus2"].to_numpy(dtype=float)
    inw = gemeenten["inwoners_2024"].to_numpy(dtype=float)
    per_plek = opgave.sum() * inw / inw.sum()  # plekken alleen naar inwoners: de noemer van de factor
    per_plek = np.where(per_plek > 0, per_plek, np.nan)
    return np.maximum(0.0, opgave - 0.5) / per_plek, (opgave + 0.5) / per_plek


PROVINCIE_SOMMEN = ("opgave", "opgave_amv", "inwoners", "regulier", "nood", "huidig")


def _per_groep(verdeling: pd.DataFrame, sleutels: pd.Series) -> pd.DataFrame:
    """Sommen per groep, met de afgeleide kolommen op het niveau van de groep zelf: saldo = regulier + nood − opgave;
    te_realiseren_na_uitruil = max(0, opgave − regulier) over het eigen totaal (uitruil binnen de groep mag) [C/R;
    regulier als maat U]; som_tekorten = som van de gemeentelijke max(0, opgave − regulier): wat gemeenten onder hun
    opgave samen missen. Een verdeelbesluit richt zich op het tekort van de provincie, niet op deze som. Die twee
    heten verschillend omdat zij verschillen, en geen van beide heet zoals de gemeentelijke kolom te_realiseren,
    waarvan som_tekorten de som is (issue 31, punt 17)."""
    kolommen = [k for k in PROVINCIE_SOMMEN if k in verdeling.columns]
    groepen = verdeling.groupby(sleutels, sort=True)
    tabel = groepen[kolommen].sum()
    tabel.insert(0, "gemeenten", groepen.size())
    tabel["per_1000"] = 1000 * tabel["opgave"] / tabel["inwoners"]
    if "regulier" in tabel.columns:
        tabel["huidig_per_1000"] = 1000 * tabel["huidig"] / tabel["inwoners"]
        tabel["saldo"] = tabel["huidig"] - tabel["opgave"]
        tabel["saldo_regulier"] = tabel["regulier"] - tabel["opgave"]
        tabel["te_realiseren_na_uitruil"] = np.maximum(0, tabel["opgave"] - tabel["regulier"])
        tabel["som_tekorten"] = groepen["te_realiseren"].sum()
    return tabel


def per_provincie(verdeling: pd.DataFrame) -> pd.DataFrame:
    """Provinciale opgave = som van de gemeentelijke opgaven (verdeling.provincie_is_som) [C]; zo ook de plekken. Nog te
    realiseren geldt voor het eigen totaal van de provincie, niet als som van de gemeentelijke tekorten.
    Eén keer berekend per verdeling (issue 34: elke bezoeker rekende het opnieuw uit); de aanroeper krijgt een eigen
    (ondiepe) kopie, dus een kolom erbij zetten verandert het gedeelde origineel niet."""
    afgeleid = _opzoek(verdeling).afgeleid
    if "per_provincie" not in afgeleid:
        afgeleid["per_provincie"] = _per_groep(verdeling, verdeling["provincie"]).rename_axis("provincie").reset_index()
    return afgeleid["per_provincie"].copy(deep=False)


def landelijk(verdeling: pd.DataFrame) -> pd.Series:
    """Dezelfde kolommen voor heel Nederland (één rij; `provincie` = 'Nederland'); één keer per verdeling."""
    afgeleid = _opzoek(verdeling).afgeleid
    if "landelijk" not in afgeleid:
        rij = _per_groep(verdeling, pd.Series("Nederland", index=verdeling.index)).iloc[0]
        afgeleid["landelijk"] = pd.concat([pd.Series({"provincie": "Nederland"}, dtype=object), rij.astype(object)])
    return afgeleid["landelijk"].copy(deep=False)


@dataclass(frozen=True)
class _Opzoek:
    """Posities per gemeentecode en per provincie van één verdeling: een rij opzoeken met een booleaans masker over
    een tabel met Arrow-kolommen kostte per keer milliseconden, vele keren per run en per bezoeker (issue 34)."""

    codes: np.ndarray
    positie: dict[str, int]
    per_provincie: dict[str, np.ndarray]
    provincie: np.ndarray
    #: (provincie, sorteerkolom, dalend) -> de gesorteerde deeltabel; lezers veranderen haar niet (assign kopieert)
    gesorteerd: dict = field(default_factory=dict)
    #: wat uit de hele verdeling volgt (per_provincie, landelijk): één keer per verdeling
    afgeleid: dict = field(default_factory=dict)


_OPZOEK: dict[int, tuple[weakref.ref, _Opzoek]] = {}


def _opzoek(verdeling: pd.DataFrame) -> _Opzoek:
    """De opzoektabel van `verdeling`, één keer gemaakt per tabel (zolang die tabel bestaat). Een verdeling wordt na
    verdeel() niet meer veranderd; de tabellen worden gedeeld tussen bezoekers (weergave/laden.py)."""
    gevonden = _OPZOEK.get(id(verdeling))
    if gevonden is not None and gevonden[0]() is verdeling and len(gevonden[1].codes) == len(verdeling):
        return gevonden[1]
    codes = verdeling["gemeentecode"].to_numpy(dtype=object)
    provincie = verdeling["provincie"].to_numpy(dtype=object)
    per_provincie: dict[str, list[int]] = {}
    for i, p in enumerate(provincie):
        per_provincie.setdefault(p, []).append(i)
    opzoek = _Opzoek(
        codes,
        {c: i for i, c in enumerate(codes)},
        {p: np.asarray(ix, dtype=np.int64) for p, ix in per_provincie.items()},
        provincie,
    )
    sleutel = id(verdeling)
    _OPZOEK[sleutel] = (weakref.ref(verdeling, lambda _r: _OPZOEK.pop(sleutel, None)), opzoek)
    return opzoek


def rang_in_provincie(verdeling: pd.DataFrame, gemeentecode: str, kolom: str = "per_1000") -> tuple[int, int]:
    """(rang, aantal) van de gemeente binnen haar provincie, hoogste `kolom` = 1 (gelijke waarden: gemeentecode)."""
    o = _opzoek(verdeling)
    i = _positie(o, gemeentecode)
    ix = o.per_provincie[o.provincie[i]]
    waarden = verdeling[kolom].to_numpy(dtype=float)[ix]
    volgorde = ix[np.lexsort((o.codes[ix], -waarden))]
    return int(np.flatnonzero(volgorde == i)[0]) + 1, len(ix)


def provincie_van(verdeling: pd.DataFrame, gemeentecode: str | None) -> str | None:
    """De provincie van een gemeente, of None zonder gemeente."""
    if not gemeentecode:
        return None
    o = _opzoek(verdeling)
    return str(o.provincie[_positie(o, gemeentecode)])


def provincie_rij(verdeling: pd.DataFrame, provincie: str) -> pd.Series:
    """De rij van één provincie uit per_provincie."""
    tabel = per_provincie(verdeling)
    plek = np.flatnonzero(tabel["provincie"].to_numpy(dtype=object) == provincie)
    if not len(plek):
        raise VerdeelFout(f"Onbekende provincie: {provincie}.")
    return tabel.iloc[int(plek[0])]


def in_provincie(verdeling: pd.DataFrame, provincie: str | None, sorteer: str = "gemeentenaam", dalend=False):
    """De gemeenten van een provincie (of alle, zonder provincie), gesorteerd; één keer per verdeling en keuze
    gesorteerd (gedeeld tussen bezoekers; niet veranderen)."""
    o = _opzoek(verdeling)
    sleutel = (provincie or None, sorteer, bool(dalend))
    if sleutel not in o.gesorteerd:
        if provincie:
            ix = o.per_provincie.get(provincie)
            deel = verdeling.iloc[ix] if ix is not None else verdeling.iloc[:0]
        else:
            deel = verdeling
        o.gesorteerd[sleutel] = deel.sort_values([sorteer, "gemeentecode"], ascending=[not dalend, True])
    return o.gesorteerd[sleutel]


def gepubliceerd_voor(verdeling: pd.DataFrame, gemeentecode: str, gepubliceerd: dict[str, int]) -> Gepubliceerd | None:
    """Model naast gepubliceerd voor één gemeente (gepubliceerd, model, afwijking, afwijking_pct), of None als er
    voor haar geen gepubliceerd getal is."""
    if gemeentecode not in gepubliceerd:
        return None
    tabel = vergelijk_met(verdeling, {gemeentecode: gepubliceerd[gemeentecode]})
    return Gepubliceerd.uit(tabel.iloc[0]) if len(tabel) else None


def buren(verdeling: pd.DataFrame, gemeentecode: str, n: int = 3, kolom: str = "per_1000") -> pd.DataFrame:
    """De gemeente met `n` buren boven en onder haar in de rangorde van haar provincie (hoogste `kolom` = plaats 1),
    met de kolom `plaats`; aan de randen van de provincie schuift het venster op."""
    rang, van = rang_in_provincie(verdeling, gemeentecode, kolom)
    provincie = provincie_van(verdeling, gemeentecode)
    geordend = in_provincie(verdeling, provincie, kolom, dalend=True).assign(plaats=range(1, van + 1))
    begin = min(max(rang - n - 1, 0), max(van - 2 * n - 1, 0))
    return geordend.iloc[begin : begin + 2 * n + 1]


def rij(verdeling: pd.DataFrame, gemeentecode: str) -> pd.Series:
    """De rij van één gemeente (een VerdeelFout als de code onbekend is)."""
    return verdeling.iloc[_positie(_opzoek(verdeling), gemeentecode)]


def _positie(o: _Opzoek, gemeentecode: str) -> int:
    try:
        return o.positie[gemeentecode]
    except (KeyError, TypeError):
        raise VerdeelFout(f"Onbekende gemeentecode: {str(gemeentecode)[:20]}.") from None


def uitleg(verdeling: pd.DataFrame, gemeentecode: str, parameters: VerdeelParameters) -> Uitleg:
    """De stappen achter het getal van één gemeente: aandeel in de bevolking -> correctiefactor -> afronding."""
    r = rij(verdeling, gemeentecode)
    factor = float(r["correctiefactor"])
    return Uitleg(
        gemeentecode=gemeentecode,
        gemeentenaam=str(r["gemeentenaam"]),
        provincie=str(r["provincie"]),
        inwoners=int(r["inwoners"]),
        peildatum=parameters.peildatum,
        aandeel_inwoners=float(r["aandeel_inwoners"]),
        aandeel_pct=100 * float(r["aandeel_inwoners"]),
        quotum_inwoners=float(r["quotum_inwoners"]),
        correctiefactor=factor,
        alpha=parameters.alpha,
        effectieve_factor=factor**parameters.alpha,
        quotum=float(r["quotum"]),
        opgave=int(r["opgave"]),
        afronding=int(r["opgave"]) - float(r["quotum"]),
        per_1000=float(r["per_1000"]),
        opgave_amv=int(r["opgave_amv"]) if "opgave_amv" in r else None,
    )


def gemeentecijfers(verdeling: pd.DataFrame, gemeentecode: str) -> Gemeentecijfers:
    """De cijfers van één gemeente als getypt object (een VerdeelFout als de code onbekend is)."""
    return Gemeentecijfers.uit(rij(verdeling, gemeentecode))


def provinciecijfers(verdeling: pd.DataFrame, provincie: str) -> Provinciecijfers:
    """De cijfers van één provincie (de som van haar gemeenten) als getypt object."""
    return Provinciecijfers.uit(provincie_rij(verdeling, provincie))


def vergelijk_met(verdeling: pd.DataFrame, gepubliceerd: dict[str, int]) -> pd.DataFrame:
    """Gepubliceerde aantallen naast die van `verdeling`, voor de gemeenten die in beide voorkomen:
    gemeentecode, gemeentenaam, gepubliceerd, model, afwijking (model − gepubliceerd) en afwijking_pct."""
    o = _opzoek(verdeling)
    codes = [c for c in gepubliceerd if c in o.positie]
    ix = np.asarray([o.positie[c] for c in codes], dtype=np.int64)
    tabel = pd.DataFrame(
        {
            "gemeentecode": codes,
            "gemeentenaam": verdeling["gemeentenaam"].to_numpy(dtype=object)[ix],
            "gepubliceerd": np.asarray([int(gepubliceerd[c]) for c in codes], dtype=np.int64),
            "model": verdeling["opgave"].to_numpy(dtype=np.int64)[ix],
        }
    )
    tabel["afwijking"] = tabel["model"] - tabel["gepubliceerd"]
    tabel["afwijking_pct"] = 100 * (tabel["model"] / tabel["gepubliceerd"] - 1)
    return tabel
