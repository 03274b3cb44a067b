"""Bonusuitkeringen: handberekende gevallen, randgevallen, monotonie, en kleinschalig in 2023."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spreiding.bonus import (
    BonusParameters,
    BonusScenario,
    per_provincie,
    scenario_plekken,
    totalen,
    uitbetaling,
)
from spreiding.invoer import InvoerFout, lees_plekken
from spreiding.verdeling import VerdeelFout

STANDAARD = BonusParameters()


def verdeling(opgaven: list[int], inwoners: list[int] | None = None) -> pd.DataFrame:
    n = len(opgaven)
    return pd.DataFrame(
        {
            "gemeentecode": [f"GM{i:04d}" for i in range(n)],
            "gemeentenaam": [f"G{i}" for i in range(n)],
            "provincie": ["P"] * n,
            "inwoners": inwoners or [50_000] * n,
            "opgave": opgaven,
        }
    )


def plekken(rijen: list[tuple[int, int, int, int]]) -> pd.DataFrame:
    uit = pd.DataFrame(rijen, columns=["groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2"])
    uit.insert(0, "gemeentecode", [f"GM{i:04d}" for i in range(len(rijen))])
    return uit


def test_handberekend_alle_systemen():
    # opgave 200; 120 + 60 plekken in grote locaties (fase 1/2), 10 + 30 kleinschalig; samen 220
    uit = uitbetaling(verdeling([200]), plekken([(120, 60, 10, 30)]), STANDAARD).iloc[0]
    assert uit["bonus_wetsvoorstel"] == 2_500 * 120 + 1_500 * 60 == 390_000
    assert uit["bonus_regeling"] == 2_000 * (220 - 200) == 40_000
    assert uit["bonus_vng"] == 2_000 * 20 == 40_000
    # als de drempel ook voor de regeling zou gelden, tellen alleen 180 grote plekken: onder de 200
    alleen_groot = uitbetaling(verdeling([200]), plekken([(120, 60, 10, 30)]), BonusParameters(regeling_drempel_geldt=True))
    assert alleen_groot["bonus_regeling"].iloc[0] == 0


def test_precies_op_het_aantal_en_nul_realisatie():
    uit = uitbetaling(verdeling([200, 200]), plekken([(100, 100, 0, 0), (0, 0, 0, 0)]), STANDAARD)
    assert uit["bonus_regeling"].tolist() == [0, 0] and uit["bonus_vng"].tolist() == [0, 0]
    assert uit["bonus_wetsvoorstel"].tolist() == [2_500 * 100 + 1_500 * 100, 0]


def test_alles_kleinschalig():
    uit = uitbetaling(verdeling([50]), plekken([(0, 0, 40, 30)]), STANDAARD).iloc[0]
    assert uit["bonus_wetsvoorstel"] == 0
    assert uit["bonus_regeling"] == uit["bonus_vng"] == 2_000 * 20


def test_scenario_precies_op_de_drempel():
    # opgave 100, alles groot, realisatie 100 %: 100 plekken vullen precies één locatie van 100 -> telt
    p = scenario_plekken(verdeling([100]), BonusScenario(realisatie=1.0, aandeel_klein=0.0, aandeel_fase1=0.5), STANDAARD)
    assert p[["groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2"]].iloc[0].tolist() == [50, 50, 0, 0]
    assert uitbetaling(verdeling([100]), p, STANDAARD)["bonus_wetsvoorstel"].iloc[0] == 2_500 * 50 + 1_500 * 50
    # één plek minder: geen locatie van 100 mogelijk, alles kleinschalig, geen bonus onder 2023
    p = scenario_plekken(verdeling([99]), BonusScenario(realisatie=1.0, aandeel_klein=0.0, aandeel_fase1=0.5), STANDAARD)
    assert p[["groot_fase1", "groot_fase2"]].iloc[0].tolist() == [0, 0]
    assert uitbetaling(verdeling([99]), p, STANDAARD)["bonus_wetsvoorstel"].iloc[0] == 0


def test_niet_duurzaam_geen_bonus():
    s = BonusScenario(realisatie=1.5, locatieduur=3)
    uit = uitbetaling(verdeling([300]), scenario_plekken(verdeling([300]), s, STANDAARD), STANDAARD)
    assert uit[["bonus_wetsvoorstel", "bonus_regeling", "bonus_vng"]].sum().sum() == 0


def test_totalen_en_kleine_gemeenten():
    v = verdeling([200, 40], inwoners=[80_000, 9_000])
    uit = uitbetaling(v, plekken([(150, 100, 0, 0), (0, 0, 30, 30)]), STANDAARD)
    t = totalen(uit).set_index("systeem")
    assert t.loc["wetsvoorstel", "totaal_euro"] == 2_500 * 150 + 1_500 * 100
    assert t.loc["vng", "totaal_euro"] == 2_000 * (250 - 200) + 2_000 * (60 - 40)
    assert t.loc["vng", "kleine_gemeenten_euro"] == 2_000 * 20
    assert t.loc["wetsvoorstel", "kleine_gemeenten_euro"] == 0
    assert per_provincie(uit)["bonus_vng"].sum() == t.loc["vng", "totaal_euro"]


@settings(max_examples=100, deadline=None)
@given(
    opgaven=st.lists(st.integers(1, 3_000), min_size=1, max_size=20),
    klein=st.floats(0, 1),
    fase1=st.floats(0, 1),
    drempel=st.integers(0, 300),
    stappen=st.lists(st.floats(0, 3), min_size=2, max_size=6),
)
def test_uitbetaling_monotoon_in_realisatie(opgaven, klein, fase1, drempel, stappen):
    v = verdeling(opgaven)
    p = BonusParameters(drempel=drempel)
    vorige = None
    for r in sorted(stappen):
        uit = uitbetaling(v, scenario_plekken(v, BonusScenario(realisatie=r, aandeel_klein=klein, aandeel_fase1=fase1), p), p)
        huidig = uit[["gerealiseerd", "bonus_wetsvoorstel", "bonus_regeling", "bonus_vng"]].to_numpy()
        if vorige is not None:
            assert (huidig[:, 0] >= vorige[:, 0]).all()
            # regeling en VNG: meer plekken nooit minder geld
            assert (huidig[:, 2:] >= vorige[:, 2:] - 1e-9).all()
        vorige = huidig


@settings(max_examples=100, deadline=None)
@given(rijen=st.lists(st.tuples(*[st.integers(0, 500)] * 4), min_size=1, max_size=15), extra=st.integers(1, 500))
def test_monotoon_in_plekken_en_kleinschalig_telt_nooit_in_2023(rijen, extra):
    v = verdeling([100] * len(rijen))
    basis = uitbetaling(v, plekken(rijen), STANDAARD)
    for kolom in ("groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2"):
        meer = plekken(rijen)
        meer[kolom] += extra
        na = uitbetaling(v, meer, STANDAARD)
        for systeem in ("bonus_wetsvoorstel", "bonus_regeling", "bonus_vng"):
            assert (na[systeem] >= basis[systeem]).all()
        if kolom.startswith("klein"):
            assert (na["bonus_wetsvoorstel"] == basis["bonus_wetsvoorstel"]).all()


def test_ongeldige_parameters():
    with pytest.raises(VerdeelFout):
        BonusParameters(bedrag_vng=-1)
    with pytest.raises(VerdeelFout):
        BonusScenario(aandeel_klein=1.5)


def test_upload_plekken():
    v = verdeling([100, 100])
    p = lees_plekken(b"gemeentecode;plekken_groot;plekken_klein;fase\nGM0000;120;5;1\nGM0000;10;0;2\n", v)
    assert p.iloc[0][["groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2"]].tolist() == [120, 10, 5, 0]
    assert p.iloc[1][["groot_fase1", "groot_fase2", "klein_fase1", "klein_fase2"]].tolist() == [0, 0, 0, 0]
    with pytest.raises(InvoerFout, match="fase: regel 2 moet 1 of 2"):
        lees_plekken(b"gemeentecode,plekken_groot,plekken_klein,fase\nGM0000,1,1,3\n", v)
    with pytest.raises(InvoerFout, match="ontbrekende kolom.*fase"):
        lees_plekken(b"gemeentecode,plekken_groot,plekken_klein\nGM0000,1,1\n", v)
    with pytest.raises(InvoerFout, match="plekken_klein: regel 2 is negatief"):
        lees_plekken(b"gemeentecode,plekken_groot,plekken_klein,fase\nGM0000,1,-1,1\n", v)
