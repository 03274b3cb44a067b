"""Het pakket installeert (issue 30): een wiel bouwen, in een verse virtuele omgeving installeren en de opdracht
`spreiding` draaien, zoals iemand die het pakket installeert (niet vanuit de map van het project)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv

import pytest

from tests.conftest import PROJECT

pytestmark = pytest.mark.traag


def test_wiel_installeert_en_de_opdracht_werkt(tmp_path):
    # bouwen uit een kopie: setuptools zet build/ en *.egg-info naast de bron, en die horen niet in het project
    bron = tmp_path / "bron"
    bovenaan = {".git", "data", "docs", "tests", "bench", "static", "bronnen", "build"}

    def overslaan(map_: str, namen: list[str]) -> set[str]:
        return {n for n in namen if (map_ == str(PROJECT) and n in bovenaan) or n == "__pycache__"}

    shutil.copytree(PROJECT, bron, ignore=overslaan)
    wielen = tmp_path / "wielen"
    bouw = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wielen), str(bron)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bouw.returncode == 0, bouw.stderr[-2000:]
    wiel = next(wielen.glob("*.whl"))
    # een verse omgeving; de afhankelijkheden (pandas, streamlit, …) komen van deze machine, het pakket zelf niet
    omgeving = tmp_path / "venv"
    venv.create(omgeving, with_pip=True, system_site_packages=True)
    python = omgeving / "bin" / "python"
    installeer = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wiel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installeer.returncode == 0, installeer.stderr[-2000:]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["SPREIDING_DATA"] = str(PROJECT / "data")  # de gegevens horen niet in het wiel
    opdracht = omgeving / "bin" / "spreiding"
    uit = subprocess.run([str(opdracht), "--help"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert uit.returncode == 0 and "verdeling" in uit.stdout, uit.stderr[-2000:]
    uit = subprocess.run(
        [str(opdracht), "verdeling", "--gemeente", "Heerlen", "--format", "csv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert uit.returncode == 0, uit.stderr[-2000:]
    heerlen = dict(zip(*(r.split(";") for r in uit.stdout.splitlines()[:2])))
    assert heerlen["opgave"] == "290"  # cyclus 2 zoals gepubliceerd (NOS, SOURCES.md)
    # het geïnstalleerde pakket, niet het project: de module komt uit de virtuele omgeving
    waar = subprocess.run(
        [str(python), "-c", "import spreiding; print(spreiding.__file__)"], capture_output=True, text=True, cwd=tmp_path
    )
    assert str(omgeving) in waar.stdout
