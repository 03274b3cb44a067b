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
