"""Twee scenario's naast elkaar (issue 35): de command line geeft de tabel die de pagina Vergelijken toont."""

from __future__ import annotations

import csv
import io

from tests.conftest import cli


def _csv(*args: str) -> list[dict]:
    uit = cli("vergelijk", *args, "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    return list(csv.DictReader(io.StringIO(uit.stdout), delimiter=";"))


def test_zonder_ses_correctie_heerlen_en_som_nul():
    rijen = _csv("--b-alpha", "0")
    assert len(rijen) == 342
    assert sum(int(r["verschil_ab"]) for r in rijen) == 0  # beide 88.000: wat de een erbij krijgt, gaat een ander af
    heerlen = next(r for r in rijen if r["gemeentenaam"] == "Heerlen")
    # 290: de gepubliceerde opgave van cyclus 2 (NOS, SOURCES.md); 429 zonder SES-correctie (issue 35)
    assert (heerlen["opgave_a"], heerlen["opgave_b"], heerlen["verschil_ab"]) == ("290", "429", "139")
    assert heerlen["cijfers_a"] == "zoals gepubliceerd" and heerlen["cijfers_b"] == "model"


def test_cyclus_1_naar_2_is_8000_minder():
    rijen = _csv("--a-cyclus", "1", "--b-cyclus", "2")
    assert sum(int(r["verschil_ab"]) for r in rijen) == 88_000 - 96_000
    assert {r["cijfers_a"] for r in rijen} == {"gereconstrueerd"}


def test_paar_is_hetzelfde_als_de_losse_opties():
    assert _csv("--paar", "cyclus1_2") == _csv("--a-cyclus", "1", "--b-cyclus", "2")
    assert _csv("--paar", "ses") == _csv("--b-alpha", "0")


def test_per_provincie_telt_op_tot_het_verschil_van_de_totalen():
    rijen = _csv("--paar", "wetsvoorstel_2", "--niveau", "provincie")
    assert len(rijen) == 12
    assert sum(int(r["verschil_ab"]) for r in rijen) == 88_000 - 77_100  # wetsvoorstel 2023: 77.100 (wet.toml)


def test_foute_combinatie_geeft_een_nederlandse_melding():
    uit = cli("vergelijk", "--b-cyclus", "1", "--b-totaal", "50000")
    assert uit.returncode == 2 and "niet allebei" in uit.stderr and "Traceback" not in uit.stderr


def test_verdeelbesluit_naar_cyclus_2():
    """A = het verdeelbesluit van december 2024 (gerapporteerd: Utrecht 1.946, Wassenaar 930; SOURCES.md van de
    gerapporteerde cijfers), B = cyclus 2 zoals gepubliceerd (Utrecht 1.843, Wassenaar 150)."""
    rijen = {r["gemeentenaam"]: r for r in _csv("--paar", "verdeelbesluit_2")}
    assert len(rijen) == 8
    assert (rijen["Utrecht"]["opgave_a"], rijen["Utrecht"]["opgave_b"], rijen["Utrecht"]["verschil_ab"]) == (
        "1946",
        "1843",
        "-103",
    )
    assert rijen["Wassenaar"]["verschil_ab"] == "-780" and rijen["Wassenaar"]["cijfers_a"] == "gerapporteerd"
    assert "duic.nl" not in rijen["Utrecht"]["bron"] and "DUIC" in rijen["Utrecht"]["bron"]
    ingevoerd = _csv("--paar", "verdeelbesluit_2", "--gemeente", "Heerlen", "--verdeelbesluit", "300")
    assert [(r["opgave_a"], r["opgave_b"], r["verschil_ab"], r["cijfers_a"]) for r in ingevoerd] == [
        ("300", "290", "-10", "ingevoerd")
    ]
