"""De verdeling op de meegeleverde gegevens en als eigenschap: gepubliceerde cijfers terug, sommen exact.

Verwachte waarden komen uit de bronnen, niet uit de code: de provinciesommen en steekproef van cyclus 2 uit
bronnen/ruw/nos_cyclus2/SOURCES.md; de cyclus-1-aantallen uit het nieuws in de parameters; de afleiding van de
correctiefactor als eigenschap en op een met de hand gerekend geval.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spreiding.data.bouw import afgeleide_factor
from spreiding.fouten import VerdeelFout
from spreiding.parameters import PARAMETERS
from spreiding.uitgangspunt import maak
from spreiding.verdeling import VerdeelParameters, per_provincie, uitleg, verdeel, verdeel_naar_gewicht, vergelijk_met
from tests.conftest import PROJECT

#: Som van de gepubliceerde verdeling per provincie (bronnen/ruw/nos_cyclus2/SOURCES.md).
CYCLUS2_PER_PROVINCIE = {
    "Zuid-Holland": 18_175,
    "Noord-Holland": 14_905,
    "Noord-Brabant": 13_476,
    "Gelderland": 10_749,
    "Utrecht": 7_542,
    "Overijssel": 5_801,
    "Limburg": 5_120,
    "Fryslân": 3_094,
    "Groningen": 2_483,
    "Drenthe": 2_460,
    "Flevoland": 2_285,
    "Zeeland": 1_910,
}


def test_cyclus2_geeft_de_gepubliceerde_tabel_exact_terug(gemeenten):
    """Het model (afgeleide correctiefactor -> verdeel) geeft de gepubliceerde verdeling van cyclus 2 voor alle 342
    gemeenten exact terug, vergeleken met het ruwe bronbestand (bronnen/ruw/nos_cyclus2/cyclus2.csv), niet met de
    verwerkte tabel waaruit het model rekent; de provinciesommen met de tabel in SOURCES.md (hierboven)."""
    v = verdeel(gemeenten, maak("2").parameters())
    bron = pd.read_csv(
        PROJECT / "bronnen" / "ruw" / "nos_cyclus2" / "cyclus2.csv", sep=";", dtype={"gemeentecode": str}
    )
    gepubliceerd = dict(zip(bron["gemeentecode"], bron["opgave"].astype(int)))
    model = dict(zip(v["gemeentecode"], v["opgave"].astype(int)))
    assert len(gepubliceerd) == 342 and model == gepubliceerd
    assert v["opgave"].sum() == 88_000
    assert per_provincie(v).set_index("provincie")["opgave"].to_dict() == CYCLUS2_PER_PROVINCIE


def test_afgeleide_factor_met_de_hand():
    """Drie gemeenten, 10 plekken, 100 inwoners. A: 50 inwoners, opgave 4 -> (4/10)/(50/100) = 0,8;
    B: 30 inwoners, opgave 4 -> (4/10)/(30/100) = 4/3; C: 20 inwoners, opgave 2 -> (2/10)/(20/100) = 1.
    Gewichten 50 x 0,8 = 40, 30 x 4/3 = 40, 20 x 1 = 20: naar rato 4, 4 en 2, de gepubliceerde verdeling."""
    factor = afgeleide_factor([4, 4, 2], [50, 30, 20], 10)
    assert np.allclose(factor, [0.8, 4 / 3, 1.0])
    assert verdeel_naar_gewicht(np.array([50, 30, 20]) * factor, 10).tolist() == [4, 4, 2]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5_000), st.integers(1, 1_000_000)), min_size=1, max_size=400).filter(
        lambda r: sum(o for o, _ in r) > 0
    )
)
def test_afgeleide_factor_geeft_elke_verdeling_terug(rijen):
    """Voor elke verdeling in hele plekken en elke inwonersverdeling: wie het totaal opnieuw naar inwoners x
    afgeleide factor verdeelt, krijgt dezelfde verdeling terug (ook na afronding in drijvende komma)."""
    opgave = np.array([o for o, _ in rijen])
    inw = np.array([i for _, i in rijen])
    totaal = int(opgave.sum())
    assert verdeel_naar_gewicht(inw * afgeleide_factor(opgave, inw, totaal), totaal).tolist() == opgave.tolist()


def test_cyclus1_sommen_en_gepubliceerde_aantallen(gemeenten):
    u = maak("1")
    v = verdeel(gemeenten, u.parameters())
    assert len(v) == 342 and v["opgave"].sum() == 96_000 and v["opgave_amv"].sum() == 8_140
    assert per_provincie(v)["opgave"].sum() == 96_000 and len(per_provincie(v)) == 12
    tabel = vergelijk_met(v, u.gepubliceerd())
    assert len(tabel) == 9
    for rij in tabel.itertuples():
        # binnen 5 %; bij een gepubliceerd aantal van 5 (Schiermonnikoog) is één plek al 20 %: daar hoogstens één plek
        assert abs(rij.afwijking) <= max(0.05 * rij.gepubliceerd, 1), rij
    assert (tabel["afwijking_pct"].abs() <= 5).sum() >= 8
    # Noord-Brabant na het amendement: 14.689 (gerapporteerd)
    nb = per_provincie(v).set_index("provincie").loc["Noord-Brabant", "opgave"]
    assert (
        abs(nb - PARAMETERS.verdeling["noord_brabant_na"].waarde) / PARAMETERS.verdeling["noord_brabant_na"].waarde
        < 0.01
    )


def test_alpha_nul_is_alleen_naar_inwoners(gemeenten):
    v = verdeel(gemeenten, VerdeelParameters(88_000, 2024, 0.0))
    inw = gemeenten.sort_values("gemeentecode")["inwoners_2024"].to_numpy()
    assert (v["opgave"].to_numpy() == verdeel_naar_gewicht(inw, 88_000)).all()
    # met de hand: Amsterdam 931.298 van 17.942.942 inwoners x 88.000 = 4.567,5...
    assert abs(v.set_index("gemeentenaam").loc["Amsterdam", "quotum"] - 88_000 * 931_298 / 17_942_942) < 1e-6


def test_uitleg_stappen_kloppen(gemeenten):
    u = maak("2")
    v = verdeel(gemeenten, u.parameters())
    s = uitleg(v, "GM0917", u.parameters())  # Heerlen
    assert s["opgave"] == 290 and s["inwoners"] == 87_461
    assert abs(s["quotum_inwoners"] - 88_000 * 87_461 / 17_942_942) < 1e-9
    assert 0.67 < s["correctiefactor"] < 0.69  # DOMAIN: ongeveer 0,68 (laagste)
    assert abs(s["quotum"] - 290) < 1e-6


@settings(max_examples=60, deadline=None)
@given(totaal=st.integers(1, 1_000_000), alpha=st.floats(0, 1), peildatum=st.sampled_from([2023, 2024]))
def test_sommen_exact_voor_elk_totaal(gemeenten, totaal, alpha, peildatum):
    v = verdeel(gemeenten, VerdeelParameters(totaal, peildatum, alpha))
    assert v["opgave"].sum() == totaal and (v["opgave"] >= 0).all()
    assert per_provincie(v)["opgave"].sum() == totaal
    # elke gemeente ligt binnen één plek van haar onafgeronde quotum
    assert (np.abs(v["opgave"] - v["quotum"]) < 1 + 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=30).filter(lambda w: sum(w) > 0), st.integers(0, 5_000))
def test_grootste_overschot_als_eigenschap(gewichten, totaal):
    uit = verdeel_naar_gewicht(np.array(gewichten, dtype=float), totaal)
    quota = totaal * np.array(gewichten) / sum(gewichten)
    assert uit.sum() == totaal and (uit >= np.floor(quota - 1e-9)).all() and (uit <= np.ceil(quota + 1e-9)).all()


@pytest.mark.parametrize(
    "fout",
    [
        dict(totaal=0),
        dict(totaal=1_000_001),
        dict(totaal=10, alpha=float("nan")),
        dict(totaal=10, alpha=2.0),
        dict(totaal=10, peildatum=2022),
        dict(totaal=10, amv=11),
        dict(totaal=True),
    ],
)
def test_ongeldige_parameters_geven_een_nederlandse_fout(fout):
    with pytest.raises(VerdeelFout):
        VerdeelParameters(**{"peildatum": 2024, "alpha": 1.0, **fout})


def test_lege_tabel(gemeenten):
    with pytest.raises(VerdeelFout):
        verdeel(gemeenten.iloc[:0], VerdeelParameters(10))


def test_geen_gat_in_de_gegevens(gemeenten):
    assert (
        not gemeenten[["inwoners_2023", "inwoners_2024", "opgave_cyclus2", "correctiefactor", "regulier", "nood"]]
        .isna()
        .any()
        .any()
    )
    assert isinstance(gemeenten, pd.DataFrame) and gemeenten["gemeentecode"].is_unique


def test_rang_in_provincie_is_het_aantal_dat_voorgaat(gemeenten):
    """Voor elke gemeente: rang = 1 + het aantal gemeenten in haar provincie met meer plekken per 1.000 inwoners (bij
    gelijk: een kleinere code). Telt rechtstreeks in de tabel, zonder sorteren (issue 34: de opzoekroute is nieuw)."""
    from spreiding.verdeling import buren, provincie_van, rang_in_provincie, rij

    v = verdeel(gemeenten, maak("2").parameters())
    rijen = list(zip(v["gemeentecode"], v["provincie"], v["per_1000"]))
    for code, provincie, waarde in rijen:
        voor = sum(1 for c, p, w in rijen if p == provincie and (w > waarde or (w == waarde and c < code)))
        assert rang_in_provincie(v, code) == (voor + 1, sum(1 for _, p, _ in rijen if p == provincie)), code
        assert provincie_van(v, code) == provincie and rij(v, code)["gemeentecode"] == code
    venster = buren(v, "GM0917", 3)
    assert "GM0917" in set(venster["gemeentecode"]) and len(venster) == 7
    with pytest.raises(VerdeelFout):
        rij(v, "GM9999")


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 341), st.sampled_from(["1", "2", "wetsvoorstel"]), st.sampled_from([0.0, 0.5, 1.0]))
def test_getypte_rij_zegt_hetzelfde_als_de_tabelrij(gemeenten, i, cyclus, alpha):
    """Een pagina krijgt `Gemeentecijfers` en `Provinciecijfers` (spreiding/resultaten.py); de zinnen die spreiding
    daarvan maakt, moeten woord voor woord die van de tabelrij zijn, en elk veld de waarde van zijn kolom."""
    from spreiding import samenvatting
    from spreiding.verdeling import gemeentecijfers, provincie_rij, provinciecijfers, rij

    u = maak(cyclus, alpha=alpha)
    v = verdeel(gemeenten, u.parameters())
    code = v["gemeentecode"].iloc[i]
    reeks, getypt = rij(v, code), gemeentecijfers(v, code)
    nl = samenvatting.nederland_gewogen(gemeenten)
    for maak_zin in (
        lambda r: samenvatting.gemeente_zin(u, r),
        lambda r: samenvatting.factor_zin(r, alpha),
        lambda r: samenvatting.kerncijfers_zin(r, nl),
        lambda r: [c.als_dict() for c in samenvatting.kerncijfers(r, nl)],
    ):
        assert maak_zin(getypt) == maak_zin(reeks)
    assert getypt.opgave == reeks["opgave"] and type(getypt.opgave) is int
    assert getypt.correctiefactor == reeks["correctiefactor"] and type(getypt.correctiefactor) is float
    prov = provinciecijfers(v, getypt.provincie)
    assert samenvatting.provincie_zin(u, prov) == samenvatting.provincie_zin(u, provincie_rij(v, getypt.provincie))
