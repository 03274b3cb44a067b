"""Eigenschap: een link geeft precies terug wat het scherm toonde (issue 29), voor elke widget op elke pagina.

Per pagina vier rondes in een echte browser: elke ingeschakelde widget op zijn minimum (= Streamlits eigen standaard
van een widget zonder `value=`), op zijn maximum, op een willekeurige toegestane waarde, en terug op de standaard van
de app (zoals een verse pagina die toont). Na elke ronde gaat de URL uit de adresbalk naar een nieuwe browsercontext
(geen gedeelde sessie, geen cookies); de waarde van elke widget en de tekst van elke metric en kop moeten daar gelijk
zijn. De willekeurige waarden komen uit een vast zaad (SPREIDING_ZAAD, standaard 29), zodat een fout te herhalen is.
"""

from __future__ import annotations

import os
import random

import pytest

from bench.app_server import BUREAU
from tests.conftest import browser_merken
from tests.widgets_in_browser import klaar, klap_alles_open, stand, zet_alles

pytestmark = browser_merken()

ZAAD = int(os.environ.get("SPREIDING_ZAAD", "29"))
PAGINAS = ["/kaart", "/wachten", "/bonus", "/regietafel", "/gemeente", "/vergelijk"]
#: Hoeveel (widget, waarde)-gevallen elke test zette en in een nieuwe context terugvond (voor de notitie).
GEVALLEN: dict[str, int] = {}


def _open(browser, url: str):
    ctx = browser.new_context(**BUREAU)
    p = ctx.new_page()
    p.goto(url)
    klaar(p, 800)
    return ctx, p


def _verschil(voor: dict, na: dict) -> dict:
    return {k: (voor.get(k), na.get(k)) for k in sorted(set(voor) | set(na)) if voor.get(k) != na.get(k)}


@pytest.mark.parametrize("pad", PAGINAS)
def test_link_geeft_terug_wat_het_scherm_toonde(server, browser, pad):
    rnd = random.Random(f"{ZAAD}{pad}")
    ctx, p = _open(browser, server.url + pad)
    klap_alles_open(p)
    standaard = stand(p)  # de standaard van de app: een verse pagina
    aantal = 0
    fouten = []
    try:
        for doel in ("min", "max", "willekeurig", "waarde"):
            gezet = zet_alles(p, doel, rnd, standaard if doel == "waarde" else None)
            aantal += len(gezet)
            klaar(p, 600)
            voor = stand(p)
            link = p.url
            ctx2, p2 = _open(browser, link)
            try:
                klap_alles_open(p2)
                na = stand(p2)
            finally:
                ctx2.close()
            verschil = _verschil(voor, na)
            if verschil:
                fouten.append(f"{doel}: {link}\n  gezet: {gezet}\n  verschil (scherm, link): {verschil}")
    finally:
        ctx.close()
    GEVALLEN[pad] = aantal
    print(f"{pad}: {aantal} widget × waarde-gevallen")
    assert aantal >= 4, f"{pad}: geen widgets gevonden (veranderde Streamlit's frontend?)"
    assert not fouten, "\n".join(fouten)
