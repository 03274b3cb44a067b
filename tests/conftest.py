"""Gedeelde fixtures: een fictieve bronmap en de daaruit gebouwde datamap (nooit data/)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from spreiding.data.bouw import bouw  # noqa: E402
from tests.synthetisch import schrijf_bron  # noqa: E402


@pytest.fixture(scope="session")
def gebouwde_data(tmp_path_factory) -> Path:
    """Fictieve gegevens: 3 provincies x 4 gemeenten, gebouwd door de echte bouwstap."""
    map_ = tmp_path_factory.mktemp("spreiding")
    schrijf_bron(map_ / "bron", n_provincies=3, per_provincie=4)
    bouw(map_ / "bron", map_ / "data")
    return map_ / "data"


@pytest.fixture()
def met_data(gebouwde_data, monkeypatch) -> Path:
    """Laat app en command line de fictieve gegevens lezen."""
    monkeypatch.setenv("SPREIDING_DATA", str(gebouwde_data))
    return gebouwde_data


def open_pagina(pagina: str | None = None, **params):
    """AppTest van app.py met deze URL-parameters, eventueel doorgeschakeld naar paginas/<pagina>.py."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if pagina:
        at.switch_page(f"paginas/{pagina}.py")
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def tabel(rijen: list[tuple]) -> pd.DataFrame:
    """Kleine gemeententabel: (code, naam, provincie, inwoners, ses)."""
    return pd.DataFrame(rijen, columns=["gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses_woa"])
