"""Meting: axe-core (via axe-playwright-python) op elke pagina, op een laptop (1366 × 900) en een telefoon (390 × 844),
met de regels van WCAG 2.1 A en AA. Drukt per regel het aantal getroffen elementen af, en het totaal.

Gebruik: python -m bench.toegankelijkheid [--pagina /kaart?gemeente=GM0917 ...]
"""

from __future__ import annotations

import argparse
from collections import Counter

from playwright.sync_api import sync_playwright

from bench.app_server import BUREAU, CHROMIUM_ARGS, TELEFOON, AppServer, chromium_pad

PAGINAS = (
    "/",
    "/gemeente?gemeente=Heerlen",
    "/kaart?gemeente=Heerlen",
    "/wachten?gemeente=Heerlen",
    "/vergelijk?gemeente=Heerlen",
    "/bonus?gemeente=Heerlen",
    "/regietafel?provincie=Utrecht",
    "/hoe-werkt-het",
    "/bronnen",
)
REGELS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
KLAAR = """() => !document.querySelector('[data-testid="stStatusWidget"]')
  && !document.querySelector('[data-testid="stSkeleton"]')"""


def meet(url: str, context) -> Counter:
    from axe_playwright_python.sync_playwright import Axe

    p = context.new_page()
    p.goto(url)
    p.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)
    p.wait_for_function(KLAAR, timeout=60_000)
    p.wait_for_timeout(1500)
    uitslag = Axe().run(p, options=REGELS).response
    p.close()
    return Counter({v["id"]: len(v["nodes"]) for v in uitslag["violations"]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pagina", action="append", help="alleen deze pagina('s)")
    args = parser.parse_args()
    totaal: Counter = Counter()
    with AppServer() as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_pad(), args=CHROMIUM_ARGS)
        for maat, opties in (("1366x900", BUREAU), ("390x844", TELEFOON)):
            context = browser.new_context(**opties)
            for pad in args.pagina or PAGINAS:
                telling = meet(server.url + pad, context)
                totaal.update(telling)
                print(f"{maat:9} {pad:32} {sum(telling.values()):3}  {dict(telling)}")
            context.close()
        browser.close()
    print(f"totaal: {sum(totaal.values())} elementen; per regel: {dict(totaal)}")


if __name__ == "__main__":
    main()
