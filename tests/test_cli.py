"""De command line: zelfde getallen als de rekenkern, Nederlandse meldingen, nooit een traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from spreiding.data import laad_gemeenten
from spreiding.verdeling import VerdeelParameters, verdeel
from tests.conftest import PROJECT


def run(*args: str, data=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if data is not None:
        env["SPREIDING_DATA"] = str(data)
    return subprocess.run([sys.executable, "-m", "spreiding", *args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120)


def test_verdeling_csv_alle_gemeenten_en_som(gebouwde_data):
    uit = run("verdeling", "--totaal", "88000", "--format", "csv", data=gebouwde_data)
    assert uit.returncode == 0, uit.stderr
    tabel = pd.read_csv(io.StringIO(uit.stdout))
    assert list(tabel.columns[:6]) == ["gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses_woa", "opgave"]
    assert len(tabel) == len(laad_gemeenten(gebouwde_data))
    assert tabel["opgave"].sum() == 88000


def test_provincieniveau_telt_op_tot_totaal(gebouwde_data):
    uit = run("verdeling", "--niveau", "provincie", "--format", "json", data=gebouwde_data)
    rijen = json.loads(uit.stdout)
    assert {"provincie", "opgave"} <= set(rijen[0])
    assert len(rijen) == 3 and sum(r["opgave"] for r in rijen) == 96000


def test_zelfde_getallen_als_de_rekenkern(gebouwde_data):
    uit = run("verdeling", "--ses-factor", "0.5", "--provincie", "testprovincie 1", "--format", "csv", data=gebouwde_data)
    tabel = pd.read_csv(io.StringIO(uit.stdout)).set_index("gemeentecode")
    kern = verdeel(laad_gemeenten(gebouwde_data), VerdeelParameters(ses_factor=0.5)).set_index("gemeentecode")
    assert set(tabel["provincie"]) == {"Testprovincie 1"}
    for code, rij in tabel.iterrows():
        assert rij["opgave"] == kern.loc[code, "opgave"]


@pytest.mark.parametrize(
    "args, melding",
    [
        (("verdeling", "--totaal", "0"), "groter dan 0"),
        (("verdeling", "--totaal", "-100"), "groter dan 0"),
        (("verdeling", "--totaal", "veel"), "geen getal"),
        (("verdeling", "--provincie", "Atlantis"), "Onbekende provincie"),
        (("verdeling", "--ses-factor", "10"), "kleinere k"),
        (("prikkel", "--gemeente", "Nergenshuizen"), "Onbekende gemeente"),
        (("prikkel", "--gemeente", "GM9001", "--deelname", "2"), "groter dan 1"),
        (("bonus", "--aandeel-klein", "-1"), "kleiner dan 0"),
    ],
)
def test_slechte_invoer_geeft_nederlandse_melding(gebouwde_data, args, melding):
    uit = run(*args, data=gebouwde_data)
    assert uit.returncode == 2
    assert melding in uit.stderr
    assert "Traceback" not in uit.stderr


def test_ontbrekend_en_kapot_gegevensbestand(tmp_path):
    uit = run("verdeling", data=tmp_path)
    assert uit.returncode == 2 and "ontbreekt" in uit.stderr and "Traceback" not in uit.stderr
    (tmp_path / "gemeenten.parquet").write_text("kapot")
    uit = run("verdeling", data=tmp_path)
    assert uit.returncode == 2 and "beschadigd" in uit.stderr and "Traceback" not in uit.stderr


def test_prikkel_en_bonus_command_line(gebouwde_data):
    uit = run("prikkel", "--gemeente", "GM9005", "--aanbod", "0", "--deelname", "0.5", "--format", "json", data=gebouwde_data)
    rijen = json.loads(uit.stdout)
    assert [r["systeem"] for r in rijen] == ["wetsvoorstel-n", "wetsvoorstel-p", "vng", "wet"]
    assert all(r["landelijke_last"] == 96000 for r in rijen if r["systeem"] != "vng")
    uit = run("bonus", "--niveau", "land", "--format", "json", "--realisatie", "1.1", data=gebouwde_data)
    totalen = {r["systeem"]: r["totaal_euro"] for r in json.loads(uit.stdout)}
    assert set(totalen) == {"wetsvoorstel", "regeling", "vng"} and totalen["vng"] > 0
