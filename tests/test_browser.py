"""Browsertests: Playwright bestuurt Debians Chromium tegen `streamlit run app.py` op de meegeleverde gegevens, op
een bureaublad (1366 x 900) en een telefoon (390 x 844), zoals een bezoeker de app ziet."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from bench.app_server import BUREAU, TELEFOON, AppServer
from spreiding.uitgangspunt import maak
from spreiding.verdeling import per_provincie, verdeel
from tests.conftest import browser_merken

pytestmark = browser_merken()


@pytest.fixture()
def bureau(browser):
    ctx = browser.new_context(**BUREAU, accept_downloads=True)
    yield ctx.new_page()
    ctx.close()


@pytest.fixture()
def telefoon(browser):
    ctx = browser.new_context(**TELEFOON)
    yield ctx.new_page()
    ctx.close()


def klaar(p, wacht: int = 400) -> None:
    """Wacht tot Streamlit klaar is met rekenen."""
    p.wait_for_selector('[data-testid="stApp"]', timeout=60_000)
    p.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)
    p.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
        "!document.querySelector('[data-testid=\"stSkeleton\"]')",
        timeout=60_000,
    )
    p.wait_for_timeout(wacht)


def kaart_klaar(p) -> None:
    p.wait_for_selector(".js-plotly-plot .choroplethlocation", timeout=60_000)
    p.wait_for_function(
        "() => { const g = document.querySelector('.js-plotly-plot'); return g && g._fullData && g._fullData.length }",
        timeout=60_000,
    )
    klaar(p, 800)


KAARTDATA = """() => { const g = document.querySelector('.js-plotly-plot'); const t = g._fullData[0];
  return {locaties: Array.from(t.locations), z: Array.from(t.z), zmin: t.zmin, zmax: t.zmax, zmid: g.data[0].zmid}; }"""


def kaartdata(p) -> dict:
    return p.evaluate(KAARTDATA)


#: Het midden (in schermpixels) van een gebied op de kaart, gevonden via de gegevens achter de SVG-paden.
MIDDEN_VAN = """(code) => { const g = document.querySelector('.js-plotly-plot');
  const paden = g.querySelectorAll('.choroplethlocation');
  const pad = Array.from(paden).find((p) => p.__data__ && p.__data__.loc === code);
  const r = pad.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }"""


def midden_van(p, code: str) -> list[float]:
    p.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    p.wait_for_timeout(300)
    return p.evaluate(MIDDEN_VAN, code)


def klik_op_kaart(p, code: str) -> None:
    """Klik midden op een gebied van de kaart (gemeentecode of provincienaam)."""
    punt = midden_van(p, code)
    p.mouse.move(*punt)
    p.wait_for_timeout(300)
    p.mouse.click(*punt)


TITEL = "() => (document.querySelector('[data-testid=\"stMainBlockContainer\"] h1') || {}).textContent || ''"


def naar_pagina(p, naam: str) -> None:
    """Klik in het menu en wacht tot de titel van de nieuwe pagina er staat: direct na de klik staat de oude pagina
    er nog en is de statusindicator nog niet verschenen, zodat `klaar` alleen te vroeg terug kan komen."""
    oud = p.evaluate(TITEL)
    p.get_by_role("link", name=naam).first.click()
    p.wait_for_function(f"(oud) => ({TITEL})() !== oud", arg=oud, timeout=60_000)
    klaar(p)


def waarde_van(p, key: str) -> str:
    """De getoonde waarde van een schuif."""
    return p.locator(f'.st-key-{key} [data-testid="stSliderThumbValue"]').inner_text()


ZOEKVAK = ".st-key-gemeente input[role=combobox]"


def gekozen_gemeente(p, verwacht: str | None = None) -> str:
    """De waarde in het zoekvak; met `verwacht` eerst (hoogstens 30 s) wachten tot er één zoekvak is met die waarde:
    tijdens een paginawissel staan het oude en het nieuwe zoekvak er even allebei, en onder belasting tekent Streamlit
    het nieuwe soms even leeg voordat zijn waarde aankomt."""
    if verwacht is not None:
        with contextlib.suppress(PlaywrightTimeout):  # de aanroeper ziet de afwijkende waarde
            p.wait_for_function(
                "([s, v]) => { const e = document.querySelectorAll(s); "
                "return e.length === 1 && e[0].value.startsWith(v); }",
                arg=[ZOEKVAK, verwacht],
                timeout=30_000,
            )
    return p.locator(ZOEKVAK).last.input_value()


# ----------------------------------------------------------------- navigatie (paginas/, niet pages/)


def test_koude_link_naar_kaart_heeft_het_menu(browser):
    """Met een map pages/ serveert Streamlit 1.67 een koude link naar /kaart buiten st.navigation om, zonder menu."""
    with AppServer() as vers:
        ctx = browser.new_context(**BUREAU)
        p = ctx.new_page()
        p.goto(vers.url + "/kaart")
        klaar(p)
        for naam in ("Start", "Kaart", "Wachten loont?", "Bonus", "Regietafel", "Hoe werkt het", "Bronnen"):
            assert p.get_by_role("link", name=naam).count() >= 1, naam
        assert p.get_by_role("heading", name="Kaart: de opgave per gemeente en provincie").count() == 1
        ctx.close()


# ------------------------------------------------------------------------------------------ de kaart


def test_westerwolde_overschot_en_schaal_rond_nul(server, bureau):
    bureau.goto(server.url + "/kaart?kleur=saldo")
    kaart_klaar(bureau)
    d = kaartdata(bureau)
    assert len(d["locaties"]) == 342 and d["zmid"] == 0 and d["zmin"] == -d["zmax"]
    assert d["z"][d["locaties"].index("GM1950")] > 0  # Westerwolde: meer plekken dan haar aantal
    assert d["z"][d["locaties"].index("GM0088")] < 0  # Schiermonnikoog: geen plekken
    bureau.goto(server.url + "/kaart?kleur=saldo&niveau=provincie")
    kaart_klaar(bureau)
    d = kaartdata(bureau)
    assert len(d["locaties"]) == 12 and d["zmid"] == 0 and d["z"][d["locaties"].index("Groningen")] > 0


def test_kaart_volgt_elke_wijziging(server, bureau, gemeenten):
    """De kaart toont na elke soort wijziging de getallen van de rekenkern (ook zonder opnieuw opbouwen)."""
    bureau.goto(server.url + "/kaart")
    kaart_klaar(bureau)
    assert round(sum(kaartdata(bureau)["z"])) == 88_000
    bureau.get_by_role("radio", name="Cyclus 1").click()
    kaart_klaar(bureau)
    assert round(sum(kaartdata(bureau)["z"])) == 96_000
    bureau.get_by_role("radio", name="Provincies").click()
    kaart_klaar(bureau)
    verwacht = per_provincie(verdeel(gemeenten, maak("1").parameters())).set_index("provincie")["opgave"].to_dict()
    d = kaartdata(bureau)
    assert dict(zip(d["locaties"], [round(z) for z in d["z"]])) == verwacht
    bureau.get_by_role("radio", name="Gemeenten").click()
    kaart_klaar(bureau)
    kleur = bureau.locator(".st-key-kleur input[role=combobox]")
    kleur.click()
    bureau.get_by_role("option", name="Huidige plekken").click()
    kaart_klaar(bureau)
    assert round(sum(kaartdata(bureau)["z"])) == 74_236  # regulier + nood, NOS Nieuwsuur nov. 2025


# -------------------------------------------------------------------------- zoeken, kiezen, meenemen


def test_bergen_geeft_beide_gemeenten(server, bureau):
    bureau.goto(server.url + "/kaart")
    klaar(bureau)
    vak = bureau.locator(".st-key-gemeente input")
    vak.click()
    vak.fill("Bergen")
    opties = bureau.get_by_role("option").all_inner_texts()
    assert "Bergen (L.)" in opties and "Bergen (NH.)" in opties
    bureau.get_by_role("option", name="Bergen (L.)", exact=True).click()
    klaar(bureau)
    assert "Bergen (L.):" in bureau.locator('[data-testid="stMain"]').inner_text()
    assert "gemeente=Bergen" in bureau.url


def test_klik_op_kaart_kiest_gemeente_die_meegaat(server, bureau):
    bureau.goto(server.url + "/kaart")
    kaart_klaar(bureau)
    klik_op_kaart(bureau, "GM0917")  # Heerlen
    bureau.get_by_text("Heerlen: 290 plekken").wait_for(timeout=30_000)
    assert gekozen_gemeente(bureau, "Heerlen").startswith("Heerlen") and "gemeente=Heerlen" in bureau.url
    naar_pagina(bureau, "Wachten loont?")
    assert gekozen_gemeente(bureau, "Heerlen").startswith("Heerlen") and "gemeente=Heerlen" in bureau.url
    bureau.get_by_text("Heerlen: wachten of vroeg aanbieden?").wait_for(timeout=30_000)
    naar_pagina(bureau, "Bonus")
    assert gekozen_gemeente(bureau, "Heerlen").startswith("Heerlen")


def test_terug_na_een_paginawissel(server, bureau):
    bureau.goto(server.url + "/kaart?gemeente=Zwolle&kleur=per_1000")
    klaar(bureau)
    bureau.wait_for_function("() => location.search.includes('kleur=Per')", timeout=30_000)
    naar_pagina(bureau, "Bonus")
    assert "/bonus" in bureau.url
    bureau.go_back()
    klaar(bureau, 1000)
    assert re.search(r"/kaart\?", bureau.url) and "gemeente=Zwolle" in bureau.url
    assert bureau.get_by_role("heading", name="Kaart: de opgave per gemeente en provincie").count() == 1
    assert "Zwolle:" in bureau.locator('[data-testid="stMain"]').inner_text()


def test_link_in_een_andere_notatie_wordt_herschreven(server, bureau):
    """Een link met de sleutels (gemeente=GM0917, cyclus=1) geeft de weergave meteen, en de adresbalk krijgt de notatie
    van de widgets zonder dat de pagina opnieuw laadt (weergave/intern/adresbalk.py); een oude link van Wachten
    (context=1) werkt als cyclus=1."""
    geladen = []
    bureau.on("load", lambda: geladen.append(bureau.url))
    bureau.goto(server.url + "/kaart?gemeente=GM0917&cyclus=1")
    bureau.wait_for_function(
        "() => location.search.includes('gemeente=Heerlen') && location.search.includes('cyclus=Cyclus+1')",
        timeout=30_000,
    )
    klaar(bureau, 1500)
    adres = bureau.url
    bureau.wait_for_timeout(1500)
    assert bureau.url == adres  # geen herlaadlus
    assert len(geladen) == 1, geladen  # de adresbalk herschreven zonder de pagina opnieuw te laden (issue 34)
    assert "Heerlen: 317 plekken" in bureau.locator('[data-testid="stMain"]').inner_text()  # cyclus 1, gereconstrueerd
    bureau.goto(server.url + "/wachten?gemeente=Heerlen&context=1")
    klaar(bureau, 1500)
    assert "cyclus=Cyclus+1" in bureau.url and "context=" not in bureau.url
    assert "Cyclus 1 (2024–2026)" in bureau.locator('[data-testid="stMain"]').inner_text()


def test_zoekvak_wissen_blijft_leeg(server, bureau):
    """Wie het zoekvak wist, houdt een leeg vak, ook na de volgende wijziging: weergave/intern/widgetstaat.py zet
    alleen een gemeente terug die de frontend kwijtraakte terwijl de link haar nog droeg."""
    bureau.goto(server.url + "/kaart?gemeente=Heerlen")
    klaar(bureau, 800)
    hoofd = bureau.locator('[data-testid="stMain"]')
    assert "Heerlen: 290 plekken" in hoofd.inner_text()
    bureau.locator('.st-key-gemeente button[aria-label="Keuze wissen"]').click()
    bureau.wait_for_function("() => !location.search.includes('gemeente=')", timeout=30_000)
    klaar(bureau, 800)
    assert gekozen_gemeente(bureau) == "" and "Heerlen: 290" not in hoofd.inner_text()
    bureau.locator('.st-key-cyclus [role="radio"]', has_text="Cyclus 1").click()
    bureau.wait_for_function("() => location.search.includes('cyclus=')", timeout=30_000)
    klaar(bureau, 800)
    assert gekozen_gemeente(bureau) == "" and "gemeente=" not in bureau.url
    assert "Heerlen: 317" not in hoofd.inner_text()


def test_schuif_verandert_de_url_zonder_nieuwe_stap(server, bureau):
    bureau.goto(server.url + "/wachten?gemeente=Utrecht")
    klaar(bureau)
    stappen = bureau.evaluate("history.length")
    regelaar = bureau.locator(".st-key-deelname").get_by_role("slider")
    regelaar.focus()
    for _ in range(10):  # snel achter elkaar: 50 -> 100 %
        bureau.keyboard.press("ArrowRight")
    klaar(bureau, 1500)
    assert waarde_van(bureau, "deelname") == "100 %"
    assert "deelname=100" in bureau.url and bureau.evaluate("history.length") == stappen


# --------------------------------------------------------------- Nederlandse notatie, op beide maten


@pytest.mark.parametrize("maat", ["bureau", "telefoon"])
def test_nederlandse_getallen_in_tabel_as_en_hoverlabel(server, request, maat):
    p = request.getfixturevalue(maat)
    p.goto(server.url + "/kaart?gemeente=Heerlen")
    kaart_klaar(p)
    cellen = p.locator('[data-testid="stMarkdownContainer"] table td').all_inner_texts()
    assert "3,32" in cellen and any(re.fullmatch(r"[+−]?\d{1,3}(\.\d{3})+|\d{1,3}", c) for c in cellen)  # 3,32 en 1.234
    p.goto(server.url + "/wachten?gemeente=Amsterdam")
    p.wait_for_selector(".js-plotly-plot .xtick text", timeout=60_000)
    klaar(p)
    ticks = p.locator(".js-plotly-plot").first.locator(".xtick text").all_text_contents()
    assert any(re.fullmatch(r"\d{1,3}\.\d{3}", t) for t in ticks), ticks  # bijv. 2.000, niet 2k of 2,000
    grafiek = p.locator(".js-plotly-plot").first
    grafiek.scroll_into_view_if_needed()
    p.wait_for_timeout(300)
    punt = grafiek.evaluate(
        "g => { const xa = g._fullLayout.xaxis, ya = g._fullLayout.yaxis, t = g._fullData[0], r = "
        "g.getBoundingClientRect();"
        " const i = Math.floor(t.x.length / 2); return [r.left + xa._offset + xa.l2p(t.x[i]), r.top + ya._offset "
        "+ ya.l2p(t.y[i])]; }"
    )
    if maat == "telefoon":
        p.touchscreen.tap(*punt)  # op een telefoon: aantikken
    else:
        p.mouse.move(*punt)
    p.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
    hover = " ".join(p.locator(".hoverlayer .hovertext text").all_text_contents())
    assert re.search(r"\d\.\d{3}", hover), hover


#: Hoe Streamlit een NumberColumn met format="localized" of "euro" opmaakt (weergave/intern/getalnotatie.py).
NOTATIE = """() => {
  const nl = (opties) => new Intl.NumberFormat(navigator.languages, opties);
  const euro = {style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0};
  return [nl({minimumFractionDigits: 2, maximumFractionDigits: 2}).format(931298.391), nl(euro).format(2054500),
    nl({maximumFractionDigits: 0}).format(-189), nl(euro).format(-2054500)];
}"""


def test_interactieve_tabel_nederlands_in_een_engelse_browser(server, browser):
    """De getallen van st.dataframe maakt de browser op (issue 34): ook in een browser die op Engels staat,
    Nederlands; de tabel houdt getallen (sorteren) en wijst de gekozen gemeente aan."""
    ctx = browser.new_context(**BUREAU, locale="en-US")
    p = ctx.new_page()
    try:
        p.goto(server.url + "/kaart?gemeente=GM0363")
        klaar(p)
        p.wait_for_selector('[data-testid="stDataFrame"] [role=row]', state="attached", timeout=30_000)
        # het minteken zoals spreiding.notatie: typografisch, vóór het euroteken
        assert p.evaluate(NOTATIE) == ["931.298,39", "€\u00a02.054.500", "\u2212189", "\u2212€\u00a02.054.500"]
        rijen = p.evaluate(
            """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] [role=row]')).map(r =>
              Array.from(r.querySelectorAll('[role=gridcell],[role=columnheader]')).map(x => x.innerText.trim()))"""
        )
        assert rijen[0][:3] == ["Gekozen", "Gemeente", "Opgave"]
        gekozen = [r[1] for r in rijen[1:] if r[0] == "ja"]
        assert gekozen == ["Amsterdam"]
    finally:
        ctx.close()


def test_grafieken_in_het_lettertype_van_de_app_en_labels_binnen_beeld(server, bureau):
    """De tijdlijn heeft lange labels links: in Streamlits lettertype, en niet links van de grafiek afgesneden."""
    bureau.goto(server.url + "/hoe-werkt-het")
    klaar(bureau)
    bureau.wait_for_selector(".js-plotly-plot .ytick text", timeout=60_000)
    fonts, links = bureau.evaluate(
        "() => { const g = document.querySelector('.js-plotly-plot'), a = g.getBoundingClientRect().left; "
        "const t = Array.from(g.querySelectorAll('.ytick text')); "
        "return [t.map((e) => getComputedStyle(e).fontFamily), Math.min(...t.map((e) => "
        "e.getBoundingClientRect().left - a))]; }"
    )
    assert all("Source Sans" in f for f in fonts), set(fonts)
    assert links >= 0, links


def test_hoverlabel_op_de_kaart(server, bureau):
    bureau.goto(server.url + "/kaart")
    kaart_klaar(bureau)
    bureau.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    bureau.wait_for_timeout(300)
    punt = midden_van(bureau, "GM0917")  # Heerlen
    bureau.mouse.move(*punt)
    bureau.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
    tekst = " ".join(bureau.locator(".hoverlayer .hovertext text").all_text_contents())
    assert "Heerlen" in tekst and "87.461" in tekst and "3,32" in tekst


# ------------------------------------------------------------------------------------------ telefoon


def test_veeg_over_de_kaart_scrolt_de_pagina(server, telefoon):
    telefoon.goto(server.url + "/kaart")
    kaart_klaar(telefoon)
    kaart = telefoon.locator(".js-plotly-plot").first
    kaart.scroll_into_view_if_needed()
    telefoon.wait_for_timeout(500)
    doos = kaart.bounding_box()
    voor = telefoon.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTop")
    beeld = (  # plaats en maat van een gemeente binnen de kaart
        "() => { const g = document.querySelector('.js-plotly-plot'), a = g.getBoundingClientRect(), "
        "b = g.querySelector('.choroplethlocation').getBoundingClientRect(); "
        "return [b.left - a.left, b.top - a.top, b.width, b.height].map(Math.round); }"
    )
    midden = telefoon.evaluate(beeld)
    cdp = telefoon.context.new_cdp_session(telefoon)
    x, y = doos["x"] + doos["width"] / 2, doos["y"] + min(doos["height"] * 0.7, 700)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for k in range(1, 16):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - 20 * k}]})
        telefoon.wait_for_timeout(20)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    telefoon.wait_for_timeout(800)
    na = telefoon.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTop")
    assert na > voor + 100  # de pagina scrolde
    assert telefoon.evaluate(beeld) == midden  # de kaart schoof niet en zoomde niet


def test_telefoon_grafiektitels_passen(server, telefoon):
    """Plotly breekt titels niet af; op een telefoon doet grafiek.js dat, anders vielen ze rechts buiten beeld."""
    telefoon.goto(server.url + "/wachten?gemeente=Utrecht")
    klaar(telefoon)
    telefoon.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .gtitle').length >= 2", timeout=60_000)
    uitsteek = telefoon.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map((g) => { const a = "
        "g.getBoundingClientRect(); return Math.max(...Array.from(g.querySelectorAll('.gtitle, .annotation-text, "
        ".g-xtitle')).map((t) => t.getBoundingClientRect().right - a.right)); })"
    )
    assert len(uitsteek) >= 2 and max(uitsteek) <= 1, uitsteek


def test_telefoon_titel_van_de_kleurschaal_past(server, telefoon):
    """De titel boven de liggende kleurschaal van de kaart ('Regulier + nood − opgave; noodplekken tellen niet voor de
    opgave') liep op een telefoon links en rechts buiten beeld; grafiek.js breekt haar nu af, en de bronregel eronder
    schuift mee."""
    telefoon.goto(server.url + "/kaart?niveau=provincie&kleur=saldo")
    kaart_klaar(telefoon)
    maten = telefoon.evaluate(
        """() => { const g = document.querySelector('.js-plotly-plot'); const a = g.getBoundingClientRect();
        const t = g.querySelector('.cbtitle text').getBoundingClientRect();
        const bron = Array.from(g.querySelectorAll('.annotation-text')).pop().getBoundingClientRect();
        const balk = g.querySelector('.colorbar').getBoundingClientRect();
        return {links: t.left - a.left, rechts: a.right - t.right, regels: g.querySelectorAll('.cbtitle tspan.line')
        .length, balkOnder: balk.bottom, bronBoven: bron.top}; }"""
    )
    assert maten["links"] >= 0 and maten["rechts"] >= 0, maten
    assert maten["regels"] >= 2 and maten["bronBoven"] >= maten["balkOnder"] - 1, maten


def test_telefoon_kaart_na_de_uitleg_en_bediening_in_de_pagina(server, telefoon):
    telefoon.goto(server.url + "/kaart?gemeente=Heerlen")
    kaart_klaar(telefoon)
    kaart_y = telefoon.locator(".js-plotly-plot").first.bounding_box()["y"]
    uitleg_y = telefoon.get_by_text("Heerlen: 290 plekken").bounding_box()["y"]
    assert uitleg_y < kaart_y
    assert telefoon.locator(
        ".st-key-gedeelde_balk"
    ).is_visible()  # gemeente en cyclus in de pagina, niet in een zijbalk


# ----------------------------------------------------------------------------------------- downloads


def test_briefing_en_kaartplaatje_downloaden(server, bureau):
    bureau.goto(server.url + "/kaart?gemeente=Heerlen")
    kaart_klaar(bureau)
    with bureau.expect_download(timeout=60_000) as d:
        bureau.get_by_role("button", name="Briefing (PDF)").click()
    pad = d.value.path()
    assert d.value.suggested_filename == "briefing_heerlen_cyclus2.pdf" and Path(pad).read_bytes()[:4] == b"%PDF"
    kaart = bureau.locator(".js-plotly-plot").first
    kaart.hover()
    with bureau.expect_download(timeout=60_000) as d:
        kaart.locator(".modebar-btn[data-title*=PNG]").first.click()
    assert d.value.suggested_filename == "opgave_cyclus2_gemeente_provincie-limburg.png"
    assert Path(d.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------------------------------- regietafel


#: Zet de bovenkant van de tabel net onder de menubalk (de tabel is zo hoog als al haar regels).
TABEL_IN_BEELD = """e => { e.scrollIntoView({block: 'start'}); let n = e.parentElement;
  while (n && !(n.scrollHeight > n.clientHeight && getComputedStyle(n).overflowY !== 'visible')) n = n.parentElement;
  (n || document.scrollingElement).scrollBy(0, -160); }"""
#: De cellen van een regel van de tabel, uit de toegankelijke tabel die glide-data-grid naast het canvas bijhoudt.
REGEL = """([naam]) => { const r = document.querySelector('[data-testid="stDataFrame"]');
  for (const rij of r.querySelectorAll('[role=row]')) { const c = Array.from(rij.querySelectorAll('[role=gridcell]'))
    .map((x) => x.innerText.trim()); if (c[0] === naam) return c; } return null; }"""


def _metriek(p, label: str):
    return p.locator('[data-testid="stMetric"]').filter(has_text=label).locator('[data-testid="stMetricValue"]')


def _cel_kiezen(p, rij: int) -> None:
    """Klik de cel Gemeente van regel `rij` en ga naar de kolom Afspraak (de cursor staat dan op die cel)."""
    raster = p.locator('[data-testid="stDataFrame"]').first
    raster.evaluate(TABEL_IN_BEELD)
    p.wait_for_timeout(400)
    for _ in range(3):  # de tabel kan net opnieuw getekend worden: klik tot de cursor in de tabel staat
        doos = raster.bounding_box()
        p.mouse.click(doos["x"] + 40, doos["y"] + 35 + 17 + 35 * rij)
        p.wait_for_timeout(300)
        if p.evaluate(
            "() => !!(document.activeElement && document.activeElement.closest('[data-testid=\"stDataFrame\"]'))"
        ):
            break
    p.keyboard.press("ArrowRight")


def test_regietafel_uitruil_verslag_en_terug(server, bureau, tmp_path):
    bureau.goto(server.url + "/regietafel?provincie=Utrecht")
    klaar(bureau)
    ontbreekt = _metriek(bureau, "Ontbreekt")
    assert ontbreekt.inner_text() == "4.192"
    # Amersfoort en Baarn (alfabetisch de eerste twee regels): de cel kiezen en de afspraak typen
    for rij, waarde in ((0, "700"), (1, "100")):  # getoond als tekst in Nederlandse notatie
        _cel_kiezen(bureau, rij)
        bureau.keyboard.type(waarde, delay=30)
        bureau.keyboard.press("Enter")
        bureau.wait_for_function(
            REGEL.replace("return c;", f"return c[1] === '{waarde}' ? c : null;"),
            arg=[["Amersfoort", "Baarn"][rij]],
            timeout=30_000,
        )
        klaar(bureau, 800)
    # Amersfoort 583 -> 700 (+117), Baarn 0 -> 100: 217 minder tekort
    ontbreekt.filter(has_text="3.975").wait_for(timeout=30_000)
    # alleen de twee ingevoerde regels; de pagina zet de link na de cijfers (in dezelfde run): daarop wachten
    bureau.wait_for_url(re.compile(r".*afspraken=GM0307%3A700%2CGM0308%3A100(&|$)"), timeout=30_000)
    with bureau.expect_download(timeout=60_000) as d:
        bureau.get_by_role("button", name="Verslag (Excel)").click()
    bestand = tmp_path / d.value.suggested_filename
    d.value.save_as(bestand)
    bureau.get_by_role("button", name="Opnieuw beginnen").click()
    klaar(bureau, 1000)
    assert ontbreekt.inner_text() == "4.192" and "afspraken=" not in bureau.url
    bureau.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bestand))
    klaar(bureau, 2000)
    assert ontbreekt.inner_text() == "3.975"


def test_regietafel_beginwaarde_werkt_meteen(server, bureau):
    bureau.goto(server.url + "/regietafel?provincie=Utrecht")
    klaar(bureau)
    assert _metriek(bureau, "Ontbreekt").inner_text() == "4.192"
    bureau.wait_for_function(REGEL, arg=["Amersfoort"])
    assert bureau.evaluate(REGEL, ["Amersfoort"])[1] == "583"  # beginwaarde: reguliere plekken
    bureau.locator(".st-key-begin").get_by_text("De eigen opgave").click()
    klaar(bureau, 1000)
    # meteen, zonder 'Opnieuw beginnen': elke gemeente op haar opgave, dus niets ontbreekt
    bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '883' ? c : null;"), arg=["Amersfoort"])
    assert _metriek(bureau, "Ontbreekt").inner_text() == "0"
    assert "begin=" in bureau.url and "afspraken=" not in bureau.url  # niets ingevoerd, dus niets in de link


def test_regietafel_snel_typen_houdt_de_laatste_waarde(server, bureau):
    bureau.goto(server.url + "/regietafel?provincie=Utrecht")
    klaar(bureau)
    _cel_kiezen(bureau, 0)  # Amersfoort, kolom Afspraak; de cel is gekozen maar niet open
    bureau.keyboard.type("2400", delay=0)  # meteen typen, zonder pauze tussen de toetsen
    bureau.keyboard.press("Enter")
    klaar(bureau, 1500)
    # 583 -> 2400: afgesproken 3.350 + 1.817 = 5.167 (zonder de vaste invoer werd het 0, dus 2.767)
    _metriek(bureau, "Afgesproken").filter(has_text="5.167").wait_for(timeout=30_000)
    assert "afspraken=GM0307%3A2400" in bureau.url
    # de cel toont wat getypt is (na een weigering of 'Ongedaan maken' wordt de tabel opnieuw opgebouwd: 2.400)
    bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '2400' ? c : null;"), arg=["Amersfoort"])


def _wacht_op_link(p, deel: str) -> None:
    """De adresbalk volgt na de herberekening van de server: wacht tot zij `deel` bevat (onder belasting kan de cel al
    de getypte waarde tonen voordat de run klaar is)."""
    p.wait_for_function("(d) => window.location.href.includes(d)", arg=deel, timeout=30_000)


def _typ_in_cel(p, rij: int, tekst: str) -> None:
    _cel_kiezen(p, rij)
    p.keyboard.type(tekst, delay=30)
    p.keyboard.press("Enter")
    klaar(p, 1200)


def test_regietafel_weigert_foute_invoer_en_maakt_ongedaan(server, bureau):
    """'veel', '-50' en '12,5' worden geweigerd met een melding die de gemeente en het getypte noemt; de oude waarde
    blijft. '1.500' (zoals uit een Nederlandse Excel) wordt 1500. 'Ongedaan maken' zet de laatste overgenomen
    wijziging terug."""
    bureau.goto(server.url + "/regietafel?provincie=Utrecht")
    klaar(bureau)
    _typ_in_cel(bureau, 0, "1.500")  # Amersfoort 583 -> 1500
    bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '1.500' ? c : null;"), arg=["Amersfoort"])
    _wacht_op_link(bureau, "afspraken=GM0307%3A1500")
    for fout in ("veel", "-50", "12,5"):
        _typ_in_cel(bureau, 0, fout)
        melding = bureau.locator('[data-testid="stAlertContentError"]').filter(has_text="Niet overgenomen")
        melding.wait_for(timeout=30_000)
        tekst = melding.inner_text()
        assert "Amersfoort" in tekst and f"'{fout}'" in tekst and "1.500 blijft staan" in tekst, tekst
        # de tabel wordt na een weigering opnieuw opgebouwd: wachten tot de regel er weer is, met de oude waarde
        bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '1.500' ? c : null;"), arg=["Amersfoort"])
        _wacht_op_link(bureau, "afspraken=GM0307%3A1500")
    _typ_in_cel(bureau, 0, "900")  # 1500 -> 900, dan ongedaan: weer 1500
    bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '900' ? c : null;"), arg=["Amersfoort"])
    bureau.get_by_role("button", name="Ongedaan maken").click()
    klaar(bureau, 1000)
    bureau.wait_for_function(REGEL.replace("return c;", "return c[1] === '1.500' ? c : null;"), arg=["Amersfoort"])
    _wacht_op_link(bureau, "afspraken=GM0307%3A1500")
    # de tabel is te delen: 'Kopieer link' zet de link met de afspraken op het klembord
    bureau.context.grant_permissions(["clipboard-read", "clipboard-write"])
    bureau.get_by_role("button", name="Kopieer link").click()
    bureau.locator("#spreiding-delen-melding").filter(has_text="Link gekopieerd").wait_for(timeout=10_000)
    assert "afspraken=GM0307%3A1500" in bureau.evaluate("() => navigator.clipboard.readText()")


# ------------------------------------------------------------------------------------------ herstart


def test_na_een_herstart_blijft_de_eerste_wijziging_staan(browser):
    with AppServer() as eigen:
        ctx = browser.new_context(**BUREAU)
        p = ctx.new_page()
        p.goto(eigen.url + "/wachten?gemeente=Utrecht&deelname=60")
        klaar(p)
        eigen.herstart()
        p.wait_for_timeout(3000)
        klaar(p, 1500)
        regelaar = p.locator(".st-key-deelname").get_by_role("slider")
        regelaar.focus()
        p.keyboard.press("ArrowRight")
        klaar(p, 2500)
        assert waarde_van(p, "deelname") == "65 %" and "deelname=65" in p.url
        assert "Utrecht" in gekozen_gemeente(p)
        ctx.close()


# ------------------------------------------------------------------------------------- het antwoord eerst

ANTWOORD = '.st-key-antwoord [data-testid="stMetricValue"]'


@pytest.mark.parametrize("maat", ["bureau", "telefoon"])
@pytest.mark.parametrize("pagina", ["gemeente", "kaart", "wachten", "bonus", "vergelijk"])
def test_het_antwoord_staat_in_het_eerste_scherm(server, browser, pagina, maat):
    ctx = browser.new_context(**(BUREAU if maat == "bureau" else TELEFOON))
    p = ctx.new_page()
    p.goto(server.url + f"/{pagina}?gemeente=GM0917")
    p.wait_for_selector(ANTWOORD, timeout=60_000)
    klaar(p, 800)
    vak = p.locator(".st-key-antwoord")
    assert "Heerlen" in vak.inner_text()
    metriek = p.locator(ANTWOORD).first
    doos = metriek.bounding_box()
    hoogte = p.viewport_size["height"]
    assert doos["y"] >= 0 and doos["y"] + doos["height"] <= hoogte, (pagina, maat, doos, hoogte)
    # geen lege band meer tussen menubalk en titel (was 144 px op een laptop, 112 px op een telefoon)
    assert p.locator("h1").first.bounding_box()["y"] < 100
    ctx.close()


def test_mijn_gemeente_heerlen(server, browser):
    ctx = browser.new_context(**BUREAU, permissions=["clipboard-read", "clipboard-write"])
    p = ctx.new_page()
    p.goto(server.url + "/gemeente?gemeente=GM0917")
    p.wait_for_selector(ANTWOORD, timeout=60_000)
    klaar(p, 800)
    tekst = p.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert "Heerlen: 290 plekken in cyclus 2" in tekst and "326" in tekst  # cyclus 1 zoals gepubliceerd
    regeling = p.locator('[data-testid="stMetric"]').filter(has_text="Regeling 2024")
    assert regeling.locator('[data-testid="stMetricValue"]').inner_text().replace("\xa0", " ") == "€ 348.000"
    # (464 − 290) × € 2.000 = € 348.000 bij de huidige reguliere plekken
    assert "aanvraagt" in tekst
    vergelijkbaar = p.locator("table").filter(has_text="Correctiefactor (SES)").locator("tbody tr")
    assert vergelijkbaar.count() >= 5
    p.get_by_role("button", name="Deel deze pagina").click()
    p.wait_for_function("() => document.getElementById('spreiding-delen-melding').textContent.length > 0")
    gekopieerd = p.evaluate("() => navigator.clipboard.readText()")
    assert gekopieerd == p.url and "/gemeente?gemeente=Heerlen" in gekopieerd  # de link van deze pagina
    ctx.close()


@pytest.mark.parametrize(
    "pad",
    [
        "/kaart?gemeente=GM0917",
        "/wachten?gemeente=GM0917",
        "/bonus",
        "/regietafel",
        "/hoe-werkt-het",
        "/vergelijk?gemeente=GM0917",
    ],
)
def test_grafiek_als_png_voor_een_artikel(server, bureau, pad):
    import struct

    bureau.goto(server.url + pad)
    bureau.wait_for_selector(".spreiding-grafiek .main-svg", timeout=60_000)
    klaar(bureau, 800)
    grafiek = bureau.locator(".spreiding-grafiek").first
    grafiek.hover()
    with bureau.expect_download(timeout=60_000) as d:
        grafiek.locator(".modebar-btn[data-title*=PNG]").first.click()
    png = Path(d.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    breedte, hoogte = struct.unpack(">II", png[16:24])  # IHDR
    assert breedte >= 1200 and hoogte >= 400, (breedte, hoogte)
    bron = grafiek.evaluate("g => g.__laatsteExport.bron")
    assert "Spreidingswet in cijfers" in bron and server.url + pad.split("?")[0] in bron
    if pad.startswith("/vergelijk"):  # de kaart van B − A noemt beide scenario's
        tekst = grafiek.evaluate("g => g.layout.title.text")
        assert "A: cyclus 2 zoals gepubliceerd" in tekst and "B: cyclus 2 zonder SES-correctie" in tekst, tekst


def test_regietafel_tabel_past_kop_blijft_staan_knoppen_erboven(server, bureau):
    """Issue 33, op 1366 x 900: de tabel past in haar vak (niet zijwaarts schuiven), de kopregel blijft in beeld als de
    laatste regel in beeld is, de tabel begint binnen 900 px onder het antwoord, en de vier knoppen staan erboven."""
    bureau.goto(server.url + "/regietafel?provincie=Gelderland")
    klaar(bureau)
    raster = bureau.locator('[data-testid="stDataFrame"]').first
    raster.wait_for(timeout=30_000)
    maten = raster.evaluate(
        """e => { const s = e.querySelector('.dvn-scroller');
        return {scroll: s.scrollWidth, vak: s.clientWidth, boven: e.getBoundingClientRect().top + window.scrollY}; }"""
    )
    assert maten["scroll"] <= maten["vak"], maten
    antwoord = bureau.locator(".st-key-antwoord").bounding_box()
    onder_antwoord = antwoord["y"] + antwoord["height"]
    assert maten["boven"] - onder_antwoord <= 900, (maten, antwoord)
    for naam in ("Afspraken (CSV)", "Verslag (Excel)", "Verslag (PDF)", "Kopieer link"):
        knop = bureau.get_by_role("button", name=naam).bounding_box()
        assert knop["y"] + knop["height"] <= maten["boven"] - bureau.evaluate("window.scrollY"), naam
    # naar de laatste regel: de tabel schuift in zichzelf, de kopregel (bovenrand van de tabel) blijft in beeld
    raster.scroll_into_view_if_needed()
    raster.evaluate("e => { const s = e.querySelector('.dvn-scroller'); s.scrollTop = s.scrollHeight; }")
    bureau.wait_for_function(REGEL, arg=["Zutphen"], timeout=10_000)
    doos = raster.bounding_box()
    assert doos["y"] >= 0 and doos["y"] + 40 <= 900, doos  # de kopregel (de bovenste ~35 px) staat in beeld
    assert raster.evaluate("e => e.querySelector('.dvn-scroller').scrollTop") > 0  # echt in de tabel geschoven


# ------------------------------------------------------------------------------------------ vergelijken

VERGELIJK = """() => Array.from(document.querySelectorAll('.st-key-antwoord [data-testid="stMetric"]'))
  .map((m) => m.innerText.replace(/\\s+/g, ' ').trim())"""


@pytest.mark.parametrize("maat", ["bureau", "telefoon"])
def test_vergelijken_heerlen_in_het_eerste_scherm_en_de_link(server, browser, maat):
    """Issue 35: A, B en het verschil van Heerlen in het eerste scherm (290, 429, +139: cyclus 2 met en zonder
    SES-correctie), en de link geeft in een nieuwe context dezelfde cijfers, ook na een kant-en-klaar paar."""
    ctx = browser.new_context(**(BUREAU if maat == "bureau" else TELEFOON))
    p = ctx.new_page()
    p.goto(server.url + "/vergelijk?gemeente=GM0917")
    p.wait_for_selector(ANTWOORD, timeout=60_000)
    klaar(p, 800)
    assert p.evaluate(VERGELIJK) == ["Scenario A 290", "Scenario B 429", "B − A +139 +47,9 %"]
    hoogte = p.viewport_size["height"]
    for doos in [m.bounding_box() for m in p.locator(ANTWOORD).all()]:
        assert doos["y"] >= 0 and doos["y"] + doos["height"] <= hoogte, (maat, doos)
    # cyclus 1 -> cyclus 2 (een knop), dan de link in een verse context
    p.get_by_role("button", name="Cyclus 1 → cyclus 2").click()
    klaar(p, 1500)
    voor = p.evaluate(VERGELIJK)
    assert voor[0] == "Scenario A 317" and voor[1] == "Scenario B 290"  # cyclus 1 (gereconstrueerd) -> cyclus 2
    ctx2 = browser.new_context(**(BUREAU if maat == "bureau" else TELEFOON))
    p2 = ctx2.new_page()
    p2.goto(p.url)
    p2.wait_for_selector(ANTWOORD, timeout=60_000)
    klaar(p2, 800)
    assert p2.evaluate(VERGELIJK) == voor
    ctx.close()
    ctx2.close()


@pytest.mark.parametrize("maat", ["bureau", "telefoon"])
def test_wachten_eerst_de_uitkomst_onder_elk_systeem(server, browser, maat):
    """Issue 31, punt 4: op /wachten?gemeente=GM1900 staat in het eerste scherm de uitkomst onder het wetsvoorstel
    van 2023 en onder de wet zoals toegepast, naast elkaar, vóór elke uitleg."""
    ctx = browser.new_context(**(BUREAU if maat == "bureau" else TELEFOON))
    p = ctx.new_page()
    p.goto(server.url + "/wachten?gemeente=GM1900")
    p.wait_for_selector(".st-key-antwoord table", timeout=60_000)
    klaar(p, 800)
    hoogte = p.viewport_size["height"]
    for systeem in ("Wetsvoorstel (P)", "Wetsvoorstel (N)", "VNG/IPO", "Wet (2024)"):
        rij = p.locator(".st-key-antwoord table tr").filter(has_text=systeem).first
        doos = rij.bounding_box()
        assert doos and doos["y"] >= 0 and doos["y"] + doos["height"] <= hoogte, (maat, systeem, doos)
    ctx.close()
