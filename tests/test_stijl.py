"""De code volgt de afgesproken stijl (pyproject.toml, [tool.ruff]): ruff check en ruff format, zoals in .ci/run."""

import shutil
import subprocess
import sys

from tests.conftest import PROJECT


def _ruff(*args: str) -> subprocess.CompletedProcess:
    ruff = shutil.which("ruff") or sys.executable
    cmd = [ruff, *args] if ruff != sys.executable else [sys.executable, "-m", "ruff", *args]
    return subprocess.run(cmd, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def test_ruff_check():
    uit = _ruff("check", ".")
    assert uit.returncode == 0, uit.stdout + uit.stderr


def test_ruff_format():
    uit = _ruff("format", "--check", ".")
    assert uit.returncode == 0, uit.stdout + uit.stderr


def _pins(bestand: str) -> dict[str, str]:
    uit = {}
    for regel in (PROJECT / bestand).read_text(encoding="utf-8").splitlines():
        regel = regel.split("#")[0].strip()
        if "==" in regel:
            naam, versie = regel.split("==")
            uit[naam.strip().lower()] = versie.strip()
    return uit


def test_de_vastzetting_valt_binnen_de_bereiken_van_pyproject():
    """requirements.txt (en -bouw) zetten vast wat getest is; pyproject.toml noemt de bereiken. Elke vastgezette
    versie valt binnen haar bereik, en elk pakket uit pyproject is vastgezet."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for eisen, bestand in (
        (project["dependencies"], "requirements.txt"),
        (project["optional-dependencies"]["bouw"], "requirements-bouw.txt"),
    ):
        pins = _pins(bestand)
        for eis in map(Requirement, eisen):
            naam = eis.name.lower()
            assert naam in pins, f"{naam} staat niet vastgezet in {bestand}"
            assert eis.specifier.contains(pins[naam]), f"{naam}=={pins[naam]} valt buiten {eis.specifier}"
