"""Gedeelde fixtures en hulpjes: de meegeleverde gegevens, fictieve ruwe bronnen, de command line en AppTest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from spreiding.data import laad_gemeenten

PROJECT = Path(__file__).resolve().parents[1]
#: De vijf brondocumenten (platte tekst) staan niet in de repository; wie ze heeft, wijst ze aan met
#: $SPREIDING_BRONDOCUMENTEN (.ci/run doet dat als de map er is). Zonder die variabele slaat de citatentoets over.
BRONDOCUMENTEN = Path(os.environ["SPREIDING_BRONDOCUMENTEN"]) if os.environ.get("SPREIDING_BRONDOCUMENTEN") else None


@pytest.fixture(scope="session")
def gemeenten() -> pd.DataFrame:
    """De meegeleverde gemeententabel (data/)."""
    return laad_gemeenten(PROJECT / "data")


@pytest.fixture()
def bron(tmp_path) -> tuple[Path, object]:
    """Een map met fictieve ruwe bestanden en de bijbehorende controles."""
    from tests import synthetisch

    synthetisch.schrijf(tmp_path / "raw")
    return tmp_path / "raw", synthetisch.controles()


def cli(*args: str, invoer: str | None = None, omgeving: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m spreiding ...` op de meegeleverde gegevens (of met `omgeving` erbij)."""
    env = {k: v for k, v in os.environ.items() if k != "SPREIDING_DATA"} | (omgeving or {})
    return subprocess.run(
        [sys.executable, "-m", "spreiding", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        input=invoer,
    )


def open_pagina(pagina: str | None = None, session_state: dict | None = None, **params):
    """AppTest van app.py met deze URL-parameters, eventueel op pagina `pagina` (de naam in weergave/navigatie.py)."""
    from streamlit.testing.v1 import AppTest

    from weergave.intern.apptest import naar_pagina
    from weergave.navigatie import PAGINAS

    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    for k, v in (session_state or {}).items():
        at.session_state[k] = v
    if pagina:
        naar_pagina(at, PAGINAS[pagina].adres)
    at.run()
    return at


def teksten(elementen) -> str:
    return " ".join(str(e.value) for e in elementen)


def alle_tekst(at) -> str:
    """Alle tekst van de meldingen, markdown, captions en koppen van een AppTest."""
    delen = []
    for soort in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "success",
        "error",
        "metric",
    ):
        for e in at.get(soort):
            delen.append(str(getattr(e, "value", "")) + " " + str(getattr(e, "label", "")))
    return " ".join(delen)


# ------------------------------------------------------------------------------- browsertests (Playwright)


#: Merktekens voor een browsertestbestand: overslaan zonder Chromium, behalve in CI (daar een fout).
def browser_merken():
    from bench.app_server import CHROMIUM

    return [
        pytest.mark.browser,
        pytest.mark.skipif(
            not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
            reason="Chromium ontbreekt (apt-get install chromium); in CI een fout",
        ),
    ]


@pytest.fixture(scope="module")
def server():
    """De app op een vrije poort, één per testbestand."""
    from bench.app_server import AppServer

    with AppServer() as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    """Debians Chromium via Playwright."""
    from playwright.sync_api import sync_playwright

    from bench.app_server import CHROMIUM_ARGS, chromium_pad

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_pad(), args=CHROMIUM_ARGS)
        yield b
        b.close()
