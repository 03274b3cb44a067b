"""Regels van de verdeling: afronding, monotonie, handberekend voorbeeld, fit van k."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spreiding.verdeling import (
    VerdeelFout,
    VerdeelParameters,
    fit_k,
    grootste_overschot,
    per_provincie,
    uitleg,
    verdeel,
)
from tests.conftest import tabel

DRIE = tabel(
    [
        ("GM0001", "Aadorp", "Noord", 1000, 0.0),
        ("GM0002", "Beestad", "Noord", 2000, 0.5),
        ("GM0003", "Ceedam", "Zuid", 1000, -0.5),
    ]
)


def test_drie_gemeenten_met_de_hand():
    # gewichten: 1000*(1+0) = 1000, 2000*(1+0.5) = 3000, 1000*(1-0.5) = 500; som 4500
    # quota bij 100: 22,22 / 66,67 / 11,11 -> naar beneden 22/66/11 = 99; de grootste rest (0,67) krijgt er 1 bij
    uit = verdeel(DRIE, VerdeelParameters(totaal=100, ses_factor=1.0))
    assert uit["opgave"].tolist() == [22, 67, 11]
    assert uit["quotum"].round(3).tolist() == [22.222, 66.667, 11.111]


def test_zonder_ses_alleen_inwoners():
    uit = verdeel(DRIE, VerdeelParameters(totaal=100, ses_factor=0.0))
    assert uit["opgave"].tolist() == [25, 50, 25]


def test_provincie_is_som_van_gemeenten():
    uit = verdeel(DRIE, VerdeelParameters(totaal=100, ses_factor=1.0))
    prov = per_provincie(uit).set_index("provincie")
    assert prov.loc["Noord", "opgave"] == 22 + 67
    assert prov.loc["Zuid", "opgave"] == 11
    assert prov["opgave"].sum() == 100


def test_gelijke_resten_reproduceerbaar_op_code():
    # drie gelijke quota van 1/3 bij totaal 1: de laagste code krijgt de plek, ongeacht de rijvolgorde
    gelijk = tabel([("GM0003", "C", "P", 10, 0.0), ("GM0001", "A", "P", 10, 0.0), ("GM0002", "B", "P", 10, 0.0)])
    uit = verdeel(gelijk, VerdeelParameters(totaal=1, ses_factor=0.0)).set_index("gemeentecode")
    assert uit.loc["GM0001", "opgave"] == 1 and uit["opgave"].sum() == 1


def test_grootste_overschot_klein():
    assert grootste_overschot(np.array([1.5, 1.5, 1.0]), 4).tolist() == [2, 1, 1]
    assert grootste_overschot(np.array([0.2, 0.3, 0.5]), 1).tolist() == [0, 0, 1]


gemeenten_strategie = st.lists(
    st.tuples(st.integers(0, 1_000_000), st.floats(-0.9, 0.9, allow_nan=False)), min_size=1, max_size=60
).filter(lambda r: sum(i for i, _ in r) > 0)


def _maak(rijen) -> pd.DataFrame:
    return tabel([(f"GM{i:04d}", f"G{i}", f"P{i % 3}", inw, ses) for i, (inw, ses) in enumerate(rijen)])


@settings(max_examples=200, deadline=None)
@given(rijen=gemeenten_strategie, totaal=st.integers(1, 200_000), k=st.floats(0, 1.0))
def test_som_is_altijd_het_totaal(rijen, totaal, k):
    uit = verdeel(_maak(rijen), VerdeelParameters(totaal=totaal, ses_factor=k))
    assert uit["opgave"].sum() == totaal
    assert (uit["opgave"] >= 0).all()
    # afronding wijkt per gemeente minder dan 1 plek af van het onafgeronde quotum
    assert (np.abs(uit["opgave"] - uit["quotum"]) < 1 + 1e-9).all()
    assert per_provincie(uit)["opgave"].sum() == totaal


@settings(max_examples=200, deadline=None)
@given(
    rijen=gemeenten_strategie.filter(lambda r: len(r) >= 2),
    totaal=st.integers(1, 100_000),
    extra_inwoners=st.integers(0, 500_000),
    extra_ses=st.floats(0, 0.9),
    data=st.data(),
)
def test_meer_inwoners_of_hogere_ses_verlaagt_nooit(rijen, totaal, extra_inwoners, extra_ses, data):
    i = data.draw(st.integers(0, len(rijen) - 1))
    voor = verdeel(_maak(rijen), VerdeelParameters(totaal=totaal, ses_factor=1.0))
    inw, ses = rijen[i]
    gewijzigd = list(rijen)
    gewijzigd[i] = (inw + extra_inwoners, min(0.9, ses + extra_ses))
    na = verdeel(_maak(gewijzigd), VerdeelParameters(totaal=totaal, ses_factor=1.0))
    assert na["opgave"].iloc[i] >= voor["opgave"].iloc[i]


@pytest.mark.parametrize(
    "kwargs, melding",
    [
        ({"totaal": 0}, "groter dan 0"),
        ({"totaal": -5}, "groter dan 0"),
        ({"totaal": 1.5}, "geheel"),
        ({"ses_factor": -1.0}, "0 of groter"),
    ],
)
def test_ongeldige_parameters(kwargs, melding):
    with pytest.raises(VerdeelFout, match=melding):
        VerdeelParameters(**kwargs)


def test_te_grote_k_geeft_melding_in_het_nederlands():
    with pytest.raises(VerdeelFout, match="Ceedam.*kleinere k"):
        verdeel(DRIE, VerdeelParameters(totaal=100, ses_factor=2.0))


def test_ontbrekende_kolom():
    with pytest.raises(VerdeelFout, match="ses_woa"):
        verdeel(DRIE.drop(columns=["ses_woa"]))


def test_amv_telt_op():
    uit = verdeel(DRIE, VerdeelParameters(totaal=96_000))
    assert uit["opgave_amv"].sum() == 8_140  # 8,48 % van 96.000 (Stcrt. 2024, 3320)
    assert (uit["opgave_amv"] <= uit["opgave"]).all()


def test_uitleg_klopt_met_de_tabel():
    p = VerdeelParameters(totaal=100, ses_factor=1.0)
    uit = verdeel(DRIE, p)
    u = uitleg(uit, "GM0002", p)
    assert u["aandeel_bevolking"] == pytest.approx(0.5)
    assert u["quotum_zonder_ses"] == pytest.approx(50.0)
    assert u["ses_correctie"] == pytest.approx(1.5)
    assert u["opgave"] == 67 and u["afronding"] == pytest.approx(67 - 66.6667, abs=1e-3)


def test_fit_vindt_de_k_terug_waarmee_gegevens_gemaakt_zijn():
    rng = np.random.default_rng(3)
    rijen = [(int(rng.integers(1_000, 900_000)), float(rng.uniform(-0.5, 0.5))) for _ in range(120)]
    gemeenten = _maak(rijen)
    echte_k = 0.8
    bekend = verdeel(gemeenten, VerdeelParameters(totaal=96_000, ses_factor=echte_k)).set_index("gemeentecode")
    codes = list(bekend.index[:9])
    gepubliceerd = {c: int(bekend.loc[c, "opgave"]) for c in codes}
    k, vergelijking = fit_k(gemeenten, gepubliceerd)
    assert k == pytest.approx(echte_k, abs=0.05)
    assert (vergelijking["verschil_pct"].abs() < 2).all()
    assert vergelijking["gepubliceerd"].tolist() == [gepubliceerd[c] for c in codes]


def test_zonder_ses_scores_alleen_k_nul():
    """Geen enkele SES-score: verdelen kan alleen naar inwoners (k = 0); een enkele ontbrekende score is een fout."""
    zonder = tabel([("GM1", "A", "P", 100, np.nan), ("GM2", "B", "P", 300, np.nan)])
    assert verdeel(zonder, VerdeelParameters(totaal=8, ses_factor=0))["opgave"].tolist() == [2, 6]
    with pytest.raises(VerdeelFout, match="geen SES-WOA-scores"):
        verdeel(zonder, VerdeelParameters(totaal=8, ses_factor=1))
    half = tabel([("GM1", "A", "P", 100, 0.1), ("GM2", "B", "P", 300, np.nan)])
    with pytest.raises(VerdeelFout, match="SES-WOA-score"):
        verdeel(half, VerdeelParameters(totaal=8, ses_factor=0))
