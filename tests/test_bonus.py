"""Bonus: de regels op de echte gegevens en de verschillen tussen de systemen."""

from __future__ import annotations

import pytest

from spreiding import bonus
from spreiding.fouten import VerdeelFout
from spreiding.uitgangspunt import maak
from spreiding.verdeling import verdeel


@pytest.fixture(scope="module")
def cyclus2(gemeenten):
    return verdeel(gemeenten, maak("2").parameters())


def _uit(verdeling, **scenario):
    p = bonus.BonusParameters()
    return bonus.uitbetaling(verdeling, bonus.plekken(verdeling, bonus.BonusScenario(**scenario), p), p)


def test_westerwolde_ongeveer_vier_miljoen(cyclus2):
    """Gerapporteerd: ongeveer 1.900 plekken boven het aantal, ongeveer 4 miljoen euro onder de regeling 2024.
    Met de huidige reguliere plekken (nov. 2025): 2.279 - 124 = 2.155 plekken x 2.000 euro = 4.310.000 euro."""
    rij = _uit(cyclus2).set_index("gemeentenaam").loc["Westerwolde"]
    assert rij["gerealiseerd"] == 2_279 and rij["opgave"] == 124
    assert rij["bonus_regeling"] == 2_155 * 2_000
    assert 3_500_000 < rij["bonus_regeling"] < 4_500_000


def test_vng_hangt_af_van_het_deel_bij_de_start_van_fase2(cyclus2):
    alles = bonus.totalen(_uit(cyclus2, soort="uniform", realisatie=1.1, aandeel_fase1=1.0)).set_index("systeem")[
        "totaal_euro"
    ]
    niets = bonus.totalen(_uit(cyclus2, soort="uniform", realisatie=1.1, aandeel_fase1=0.0)).set_index("systeem")[
        "totaal_euro"
    ]
    assert niets["vng"] == 0 < alles["vng"]
    assert niets["regeling"] == alles["regeling"] > 0  # de regeling telt aan het eind van de cyclus


def test_niet_duurzaam_keert_niets_uit(cyclus2):
    t = bonus.totalen(_uit(cyclus2, locatieduur=2))
    assert (t["totaal_euro"] == 0).all()


def test_bij_precies_het_aantal_alleen_het_concept(cyclus2):
    t = bonus.totalen(_uit(cyclus2, soort="uniform", realisatie=1.0)).set_index("systeem")["totaal_euro"]
    assert t["regeling"] == 0 and t["vng"] == 0 and t["concept"] > 0


def test_verschillen_tellen_op(cyclus2):
    p = bonus.BonusParameters(regeling_drempel=True)
    tabel = bonus.uitbetaling(
        cyclus2, bonus.plekken(cyclus2, bonus.BonusScenario(soort="uniform", realisatie=1.3, aandeel_fase1=0.6), p), p
    )
    v = bonus.verschillen(tabel, p)
    assert v["boven_eind"] - v["boven_start_fase2"] == v["fase2"] > 0
    assert v["boven_eind"] - v["boven_alleen_groot"] == v["klein"] > 0


@pytest.mark.parametrize(
    "fout", [dict(regeling_bedrag=-1), dict(vng_bedrag=10**12), dict(drempel=-5), dict(min_jaren=99)]
)
def test_ongeldige_bedragen(fout):
    with pytest.raises(VerdeelFout):
        bonus.BonusParameters(**fout)


@pytest.mark.parametrize(
    "fout", [dict(realisatie=float("inf")), dict(realisatie=-0.1), dict(aandeel_klein=1.5), dict(soort="x")]
)
def test_ongeldig_scenario(fout):
    with pytest.raises(VerdeelFout):
        bonus.BonusScenario(**fout)


def test_argumenten_alleen_afwijkingen():
    assert bonus.BonusParameters().argumenten() == []
    assert bonus.BonusParameters(regeling_bedrag=1500, regeling_drempel=True).argumenten() == [
        "--regeling-bedrag",
        "1500",
        "--regeling-drempel",
    ]
