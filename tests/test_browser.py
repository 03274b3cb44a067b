"""Browsertests: Playwright bestuurt Debians Chromium tegen `streamlit run app.py` op de meegeleverde
gegevens in data/ (zoals een nieuwe gebruiker de app ziet)."""

from __future__ import annotations

import os
import shutil

import pytest

from scripts.app_server import CHROMIUM, CHROMIUM_ARGS, draaiende_app

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
    reason="Chromium ontbreekt (apt-get install chromium); in CI is dit een fout, geen skip",
)


@pytest.fixture(scope="module")
def server():
    with draaiende_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"),
            args=CHROMIUM_ARGS,
        )
        yield b
        b.close()


@pytest.fixture()
def pagina(browser):
    p = browser.new_page(viewport={"width": 1400, "height": 1000})
    yield p
    p.close()


def _klaar(page) -> None:
    """Wacht tot Streamlit klaar is met rekenen."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
    page.wait_for_timeout(300)


#: De gegevens van een Plotly-grafiek; plotly.py stuurt getallenreeksen als base64 ("bdata"), dus
#: vergelijk de reeksen zoals ze binnenkomen.
GRAFIEKDATA = "(i) => JSON.stringify(document.querySelectorAll('.js-plotly-plot')[i].data.map(t => [t.x, t.y, t.z]))"


def _grafiekdata(page, index: int) -> str:
    return page.evaluate(GRAFIEKDATA, index)


def _schuif(page, label: str, stappen: int) -> None:
    regelaar = page.locator('[data-testid="stSlider"]').filter(has_text=label).get_by_role("slider")
    regelaar.focus()
    for _ in range(stappen):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(500)
    _klaar(page)


def test_kaart_laadt_en_zoekt_een_gemeente(server, pagina):
    pagina.goto(server + "/kaart")
    _klaar(pagina)
    # de kaart (MapLibre, zonder achtergrondtegels) tekent alle 342 gemeenten op een canvas
    pagina.wait_for_selector(".js-plotly-plot canvas", timeout=30_000)
    assert pagina.evaluate("() => document.querySelector('.js-plotly-plot').data[0].locations.length") == 342
    zoek = pagina.get_by_label("Zoek een gemeente")
    zoek.fill("hertogenbosh")  # typefout en zonder 's-
    zoek.press("Enter")
    pagina.get_by_text("'s-Hertogenbosch:", exact=False).first.wait_for(timeout=30_000)
    assert "gemeente=GM0796" in pagina.url
    assert pagina.get_by_text("Afronding.", exact=False).count() >= 1
    # ingezoomd: het middelpunt van de kaart ligt nu bij Den Bosch (5,3 OL; 51,7 NB)
    midden = pagina.evaluate("() => document.querySelector('.js-plotly-plot').layout.map.center")
    assert abs(midden["lon"] - 5.3) < 0.2 and abs(midden["lat"] - 51.7) < 0.2


def test_wachten_schuif_verandert_de_grafiek(server, pagina):
    pagina.goto(server + "/wachten?gemeente=GM0344")
    _klaar(pagina)
    pagina.wait_for_url("**deelname=50**", timeout=30_000)  # de pagina heeft haar toestand geschreven
    pagina.wait_for_selector(".js-plotly-plot", timeout=30_000)
    _klaar(pagina)
    voor = _grafiekdata(pagina, 0)
    _schuif(pagina, "Deel van de andere gemeenten", 4)
    pagina.wait_for_url("**deelname=70**", timeout=30_000)
    pagina.wait_for_function(f"(voor) => ({GRAFIEKDATA})(0) !== voor", arg=voor, timeout=30_000)


def test_bonus_schuif_verandert_de_totalen(server, pagina):
    pagina.goto(server + "/bonus")
    _klaar(pagina)
    pagina.wait_for_url("**realisatie=100**", timeout=30_000)
    # het landelijke totaal van het VNG/IPO-alternatief: de eerste metric met dat label
    vng = pagina.locator('[data-testid="stMetric"]').filter(has_text="VNG/IPO-alternatief").first.locator('[data-testid="stMetricValue"]')
    vng.wait_for(timeout=30_000)
    assert vng.inner_text() == "€ 0"  # VNG/IPO betaalt alleen boven de opgave; bij 100 % realisatie dus niets
    _schuif(pagina, "Realisatie (% van de opgave)", 4)
    pagina.wait_for_url("**realisatie=120**", timeout=30_000)
    pagina.wait_for_function(
        """() => { const m = [...document.querySelectorAll('[data-testid="stMetric"]')].find(e => e.innerText.includes('VNG/IPO-alternatief'));
                   return m && m.querySelector('[data-testid="stMetricValue"]').innerText !== '€ 0'; }""",
        timeout=30_000,
    )
    # 20 % boven de opgave: 96.000 x 0,2 = 19.200 plekken x EUR 2.000 = ongeveer EUR 38 miljoen (afronding per gemeente)
    bedrag = int(vng.inner_text().replace("€", "").replace(".", "").strip())
    assert abs(bedrag - 19_200 * 2_000) < 342 * 2_000
