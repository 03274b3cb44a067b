"""Met de hand uitgerekende gevallen, als leesbare gegevens in tests/gevallen/*.toml, door één test gedraaid.

Een VNG-medewerker kan de gevallen lezen (elk geval heeft een uitleg met de berekening) en er zelf een toevoegen.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from spreiding import bonus, prikkel, regietafel, samenvatting
from spreiding.verdeling import VerdeelParameters, factor_bereik, verdeel

GEVALLEN = Path(__file__).with_name("gevallen")


def _gevallen(soort: str) -> list:
    data = tomllib.loads((GEVALLEN / f"{soort}.toml").read_text(encoding="utf-8"))
    return [pytest.param(g, id=g["naam"][:60]) for g in data["geval"]]


def gemeenten(rijen: list[tuple[str, str, int, float]]) -> pd.DataFrame:
    """(code, provincie, inwoners, correctiefactor) -> gemeententabel zoals data/ haar heeft."""
    return pd.DataFrame(
        {
            "gemeentecode": [r[0] for r in rijen],
            "gemeentenaam": [f"Gemeente {r[0][-1]}" for r in rijen],
            "provincie": [r[1] for r in rijen],
            "inwoners_2023": [r[2] for r in rijen],
            "inwoners_2024": [r[2] for r in rijen],
            "correctiefactor": [r[3] for r in rijen],
            "regulier": 0,
            "nood": 0,
        }
    )


@pytest.mark.parametrize("geval", _gevallen("verdeling"))
def test_verdeling(geval):
    tabel = gemeenten([(g["code"], "P", g["inwoners"], g["correctiefactor"]) for g in geval["gemeenten"]])
    uit = verdeel(tabel, VerdeelParameters(geval["totaal"], 2024, geval["alpha"]))
    assert dict(zip(uit["gemeentecode"], uit["opgave"].astype(int))) == geval["verwacht"]


VIER = [("GM0001", "A", 100, 1.0), ("GM0002", "A", 300, 1.0), ("GM0003", "B", 200, 1.0), ("GM0004", "B", 400, 1.0)]
EEN = [("GM0001", "A", 100, 1.0), ("GM0002", "A", 100, 1.0), ("GM0003", "A", 200, 1.0)]


@pytest.mark.parametrize("geval", _gevallen("prikkel"))
def test_prikkel(geval):
    verdeling = verdeel(gemeenten(EEN if geval.get("provincies") == "een" else VIER), VerdeelParameters(100, 2024, 0.0))
    aanbod = verdeling["gemeentecode"].map(geval["aanbod"]).to_numpy(dtype=np.int64)
    systemen = geval["systeem"] if isinstance(geval["systeem"], list) else [geval["systeem"]]
    for code in systemen:
        verwacht = geval.get(f"last_{code}", geval.get("last"))
        uit = prikkel.lasten(verdeling, aanbod, code)
        assert dict(zip(uit["gemeentecode"], uit["last"].astype(int))) == verwacht, code


@pytest.mark.parametrize("geval", _gevallen("bonus"))
def test_bonus(geval):
    verdeling = pd.DataFrame(
        {
            "gemeentecode": ["GM0001"],
            "gemeentenaam": ["Een"],
            "provincie": ["A"],
            "inwoners": [50_000],
            "opgave": [geval["opgave"]],
        }
    )
    plek = pd.DataFrame({"gemeentecode": ["GM0001"], **{k: [v] for k, v in geval["plekken"].items()}})
    parameters = bonus.BonusParameters(
        regeling_drempel=geval.get("regeling_drempel", False), drempel_lezing=geval.get("drempel_lezing", "locatie")
    )
    uit = bonus.uitbetaling(verdeling, plek, parameters).iloc[0]
    assert {code: int(uit[s.kolom]) for code, s in bonus.SYSTEMEN.items()} == geval["bonus"]


@pytest.mark.parametrize("geval", _gevallen("regietafel"))
def test_regietafel(geval):
    verdeling = verdeel(
        gemeenten(
            [("GM0001", "P", 400, 1.0), ("GM0002", "P", 300, 1.0), ("GM0003", "P", 200, 1.0), ("GM0004", "P", 100, 1.0)]
        ),
        VerdeelParameters(100, 2024, 0.0),
    )
    assert list(verdeling["opgave"]) == [40, 30, 20, 10]
    afspraken = pd.DataFrame(
        {
            "gemeentecode": list(geval["afspraak"]),
            "afspraak": list(geval["afspraak"].values()),
            "uitruil_met": [geval.get("uitruil_met", {}).get(c, "") for c in geval["afspraak"]],
        }
    )
    t = regietafel.toets(verdeling, "P", afspraken, geval.get("oplegging", regietafel.STANDAARD_OPLEGGING))
    assert t.ontbreekt == geval["ontbreekt"]
    assert dict(zip(t.gemeenten["gemeentecode"], t.gemeenten["opgelegd"].astype(int))) == geval["opgelegd"]
    if t.ontbreekt:
        assert t.afgesproken + t.opgelegd == t.opgave  # wat is afgesproken plus wat wordt opgelegd = de opgave


@pytest.mark.parametrize("geval", _gevallen("landelijk"))
def test_landelijk_gewogen(geval):
    tabel = pd.DataFrame(
        {
            "inwoners_2024": [g["inwoners"] for g in geval["gemeenten"]],
            geval["kolom"]: [g.get("waarde", np.nan) for g in geval["gemeenten"]],
        }
    )
    assert samenvatting.nederland_gewogen(tabel)[geval["kolom"]] == pytest.approx(geval["verwacht"])


@pytest.mark.parametrize("geval", _gevallen("correctiefactor"))
def test_bereik_van_de_correctiefactor(geval):
    # de gemeente en de rest van Nederland, zodat de sommen die van het echte land zijn
    tabel = pd.DataFrame(
        {
            "gemeentenaam": ["Gemeente", "Rest"],
            "opgave_cyclus2": [geval["opgave"], geval["totaal"] - geval["opgave"]],
            "inwoners_2024": [geval["inwoners"], geval["inwoners_nederland"] - geval["inwoners"]],
        }
    )
    laag, hoog = factor_bereik(tabel)
    assert laag[0] == pytest.approx(geval["laag"], abs=5e-4) and hoog[0] == pytest.approx(geval["hoog"], abs=5e-4)
    rij = pd.Series({"factor_laag": laag[0], "factor_hoog": hoog[0]})
    assert samenvatting.bereik_omvat_1(rij) is geval["omvat_1"]


@pytest.mark.parametrize("geval", _gevallen("vergelijk"))
def test_vergelijk(geval):
    from spreiding.uitgangspunt import maak
    from spreiding.vergelijk import vergelijk

    tabel = gemeenten([("GM0001", "P", 100, 2.0), ("GM0002", "P", 100, 1.0), ("GM0003", "Q", 200, 0.5)])
    a = maak("eigen", geval["a"]["totaal"], 2024, geval["a"]["alpha"])
    b = maak("eigen", geval["b"]["totaal"], 2024, geval["b"]["alpha"])
    v = vergelijk(tabel, a, b)
    assert dict(zip(v.gemeenten["gemeentecode"], v.gemeenten["verschil_ab"].astype(int))) == geval["verschil"]
    assert dict(zip(v.gemeenten["gemeentecode"], v.gemeenten["verschil_ab_pct"].round(6))) == geval["procent"]
    assert v.tellingen() == tuple(geval["tellingen"][k] for k in ("meer", "minder", "gelijk"))
    assert int(v.gemeenten["verschil_ab"].sum()) == geval["b"]["totaal"] - geval["a"]["totaal"]
