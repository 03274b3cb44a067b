"""Issue 32: een gemeente vinden bij elke naam en haar lezen op een telefoon; Nederlands overal; één verhaal per
pagina; de briefing die een raadslid doorstuurt.

De verwachte waarden komen uit de ruwe bronnen (bronnen/ruw/), niet uit de code: de provincie van een gemeente uit
CBS' woonplaatsenbestand, de opgave en plekken uit het NOS-uittreksel."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from bench.app_server import BUREAU, TELEFOON
from tests.conftest import browser_merken, open_pagina
from tests.widgets_in_browser import klaar

RUW = Path(__file__).resolve().parents[1] / "bronnen" / "ruw"


def _provincie_per_naam() -> dict[str, str]:
    """Gemeentenaam -> provincie, uit CBS' woonplaatsen 2026 (een andere bron dan de gemeententabel van de app)."""
    with open(RUW / "cbs_woonplaatsen2026" / "woonplaatsen.csv", encoding="utf-8") as f:
        return {r["gemeente"]: r["provincie"] for r in csv.DictReader(f)}


def _nos() -> dict[str, dict[str, int]]:
    with open(RUW / "nos_cyclus2" / "cyclus2.csv", encoding="utf-8") as f:
        return {
            r["gemeentecode"]: {k: int(v) for k, v in r.items() if k != "gemeentecode"}
            for r in csv.DictReader(f, delimiter=";")
        }


# ----------------------------------------------------------------------------------- zonder browser


def test_bonuspagina_volgt_de_gekozen_provincie():
    """De kop en de bedragen gaan over Gelderland. Regeling 2024 in het standaardscenario: € 2.000 per reguliere plek
    boven de opgave (DOMAIN; gerapporteerd), hier uit het NOS-uittreksel opgeteld over de gemeenten van Gelderland."""
    at = open_pagina("bonus", provincie="Gelderland")
    assert not at.exception and not at.error
    assert at.subheader[0].value == "Provincie Gelderland"
    provincie = _provincie_per_naam()
    with open(RUW / "cbs_woonplaatsen2026" / "woonplaatsen.csv", encoding="utf-8") as f:
        codes = {r["gemeentecode"] for r in csv.DictReader(f) if provincie[r["gemeente"]] == "Gelderland"}
    nos = _nos()
    verwacht = sum(max(0, nos[c]["regulier"] - nos[c]["opgave"]) for c in codes) * 2_000
    waarde = next(m.value for m in at.metric if m.label.startswith("Regeling 2024"))
    assert waarde == "€\u00a0" + f"{verwacht:,}".replace(",", "."), (waarde, verwacht)


def test_briefing_zonder_bijna_lege_pagina_met_live_link():
    from pypdf import PdfReader

    from spreiding.data import laad_gemeenten
    from spreiding.uitgangspunt import maak
    from spreiding.uitvoer import briefing

    pdf = PdfReader(io.BytesIO(briefing.gemeente_pdf(laad_gemeenten(), "GM1900", maak("2"))))
    for pagina in pdf.pages:
        regels = [r for r in pagina.extract_text().splitlines() if r.strip()]
        assert len(regels) >= 5, regels
    tekst = " ".join(p.extract_text() for p in pdf.pages)
    assert "/gemeente?gemeente=GM1900" in tekst.replace("\n", "")
    links = [a.get_object()["/A"]["/URI"] for p in pdf.pages for a in p.get("/Annots", []) if "/A" in a.get_object()]
    assert any(link.endswith("/gemeente?gemeente=GM1900") for link in links), links
    # de bonus per systeem, met wat nooit gold zo genoemd; de command line alleen als klein 'Naberekenen'
    assert "Regeling 2024: betaalt" in tekst and "VNG/IPO, voorstel, nooit ingevoerd" in tekst
    assert "Naberekenen: python -m spreiding briefing --gemeente GM1900" in tekst.replace("\n", " ")


def test_provinciebriefing_op_een_a4_ook_voor_de_grootste_provincies():
    """Gelderland (51 gemeenten) en Noord-Brabant (56) hadden een tweede pagina met alleen de bronnen."""
    from pypdf import PdfReader

    from spreiding.data import laad_gemeenten
    from spreiding.uitgangspunt import maak
    from spreiding.uitvoer import briefing

    gemeenten = laad_gemeenten()
    for provincie in ("Gelderland", "Noord-Brabant", "Zuid-Holland"):
        pdf = PdfReader(io.BytesIO(briefing.provincie_pdf(gemeenten, provincie, maak("2"))))
        assert len(pdf.pages) == 1, provincie
        assert "Naberekenen: python -m spreiding briefing" in pdf.pages[0].extract_text().replace("\n", " ")


def test_geen_haakjes_in_haakjes_in_citeerbare_zinnen():
    gelezen = 0
    for pagina, params in (("kaart", {"gemeente": "GM1900"}), ("kaart", {"provincie": "Gelderland"}), ("bonus", {})):
        at = open_pagina(pagina, **params)
        for vak in at.text_area:
            if vak.label != "Citeerbare samenvatting":
                continue
            gelezen += 1
            diepte = 0
            for teken in vak.value:
                diepte += {"(": 1, ")": -1}.get(teken, 0)
                assert diepte <= 1, vak.value
    assert gelezen == 3  # de test leest echt drie zinnen (een pagina zonder citeerbare zin toetst niets)


# --------------------------------------------------------------------------------------- in de browser

ENGELS = re.compile(
    r"\b(Upload|Drag|Browse|Limit|No results|Download plot|Download as|Zoom|Reset axes|Autoscale|Pan|per file|"
    r"Clear value|Help for|Skip to main content|Fullscreen|Search|Show/hide|Close|Choose an option)\b"
)
VERZAMEL = """() => {
  const uit = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) {
    const el = w.currentNode.parentElement;
    if (!el || el.closest('script, style, code, pre, [data-testid="stIconMaterial"]')) continue;
    const t = w.currentNode.textContent.trim();
    if (t) uit.push(t);
  }
  document.querySelectorAll('[title], [aria-label], [placeholder], [data-title]').forEach((el) => {
    for (const a of ['title', 'aria-label', 'placeholder', 'data-title']) {
      const v = el.getAttribute(a);
      if (v) uit.push(v);
    }
  });
  return uit;
}"""
PAGINAS = [
    "/",
    "/kaart?gemeente=GM1900",
    "/gemeente?gemeente=GM1900",
    "/wachten?gemeente=GM1900",
    "/vergelijk?gemeente=GM1900",
    "/bonus?provincie=Gelderland",
    "/regietafel?provincie=Utrecht",
    "/hoe-werkt-het",
    "/bronnen",
    "/toegankelijkheid",
]


def _browser(test):
    """De merken van een browsertest (overgeslagen zonder Chromium, behalve in CI)."""
    for merk in browser_merken():
        test = merk(test)
    return test


@_browser
@pytest.mark.parametrize("maat", ["bureau", "telefoon"])
def test_geen_engelse_woorden_op_een_pagina(server, browser, maat):
    ctx = browser.new_context(**(BUREAU if maat == "bureau" else TELEFOON))
    p = ctx.new_page()
    gevonden = {}
    try:
        for pad in PAGINAS:
            p.goto(server.url + pad)
            klaar(p, 800)
            if pad.startswith(("/kaart", "/wachten", "/bonus")):  # de knoppenbalk van Plotly staat er dan ook
                p.wait_for_selector(".spreiding-grafiek .modebar", state="attached", timeout=60_000)
            engels = sorted({t[:80] for t in p.evaluate(VERZAMEL) if ENGELS.search(t)})
            if engels:
                gevonden[pad] = engels
        # een zoekterm zonder treffer: geen Engelse 'No results'
        p.goto(server.url + "/")
        klaar(p)
        vak = p.locator('[data-testid="stSelectbox"] input').first
        vak.click()
        vak.fill("qqqxyz")
        p.wait_for_function("() => document.body.innerText.includes('Geen resultaten')", timeout=10_000)
        assert "No results" not in p.locator("body").inner_text()
    finally:
        ctx.close()
    assert not gevonden, gevonden


@_browser
@pytest.mark.parametrize(
    "tekst, verwacht",
    [("sneek", "Súdwest-Fryslân"), ("sudwest", "Súdwest-Fryslân"), ("den haag", "'s-Gravenhage")],
)
def test_zoeken_op_woonplaats_en_zonder_accenten_op_een_telefoon(server, browser, tekst, verwacht):
    ctx = browser.new_context(**TELEFOON)
    p = ctx.new_page()
    try:
        p.goto(server.url + "/")
        klaar(p)
        vak = p.locator('[data-testid="stSelectbox"] input').first
        vak.click()
        vak.fill(tekst)
        optie = p.get_by_role("option").filter(has_text=verwacht).first
        optie.wait_for(timeout=10_000)
        optie.click()
        p.wait_for_url(re.compile(r".*/gemeente\?.*"), timeout=30_000)
        klaar(p)
        kop = p.locator('[data-testid="stMain"] h3').first.inner_text()
        # SOURCES.md (NOS): Súdwest-Fryslân 440, 's-Gravenhage 2.306 in cyclus 2
        assert kop.startswith(f"{verwacht}: ") and ("440" in kop or "2.306" in kop), kop
    finally:
        ctx.close()


@_browser
def test_mijn_gemeente_op_een_telefoon(server, browser):
    """GM1900 op 390 x 844: niets breder dan het scherm, geen 'tussen X en X', vergelijkbare gemeenten met hun maat en
    uit dezelfde provincie (volgens CBS' woonplaatsenbestand)."""
    ctx = browser.new_context(**TELEFOON)
    p = ctx.new_page()
    try:
        p.goto(server.url + "/gemeente?gemeente=GM1900")
        klaar(p, 800)
        breedte = p.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert breedte[0] <= breedte[1], breedte
        tabellen = p.evaluate(
            "() => [...document.querySelectorAll('[data-testid=\"stMarkdownContainer\"] table')]"
            ".filter(t => t.offsetParent).map(t => [t.scrollWidth, t.clientWidth])"
        )
        assert tabellen and all(s <= c + 1 for s, c in tabellen), tabellen
        tekst = p.locator('[data-testid="stMain"]').inner_text()
        for a, b in re.findall(r"tussen ([\d.,]+) en ([\d.,]+)", tekst):
            assert a != b, (a, b)
        assert "inwoners per km² land" in tekst and "dezelfde provincie" in tekst
        namen = p.evaluate(
            "() => { const t = [...document.querySelectorAll('table')].find(t => t.innerText.includes('Per km²'));"
            " return [...t.querySelectorAll('tbody tr td:first-child')].map(td => td.innerText.trim()); }"
        )
        provincie = _provincie_per_naam()
        assert len(namen) == 8 and all(provincie[n] == "Fryslân" for n in namen), namen
    finally:
        ctx.close()
