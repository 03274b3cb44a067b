"""Schermafdrukken van elke pagina op een laptop (1366 breed) en een telefoon (390 breed), voor de README en om
zelf te bekijken: docs/bureau_<pagina>.png en docs/telefoon_<pagina>.png.

Gebruik: python -m scripts.schermafdrukken [--uit docs] [--pagina kaart ...]
Start de app op een vrije poort en fotografeert met Debians Chromium (Playwright) de hele pagina: het venster
wordt zo hoog gemaakt als de inhoud (Streamlit scrolt binnen de pagina, niet het document). Werkt zonder internet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.app_server import BUREAU, CHROMIUM_ARGS, PROJECT, TELEFOON, AppServer, chromium_pad

PAGINAS = {
    "start": "/",
    "gemeente": "/gemeente?gemeente=Heerlen",
    "kaart": "/kaart?gemeente=Heerlen",
    "kaart-provincies": "/kaart?niveau=provincie&kleur=saldo",
    "wachten": "/wachten?gemeente=Utrecht",
    "vergelijk": "/vergelijk?gemeente=Heerlen",
    "bonus": "/bonus?gemeente=Westerwolde",
    "regietafel": "/regietafel?provincie=Utrecht",
    "hoe-werkt-het": "/hoe-werkt-het",
    "bronnen": "/bronnen",
}
MATEN = {"bureau": BUREAU, "telefoon": {**TELEFOON, "device_scale_factor": 1}}

KLAAR = """() => !document.querySelector('[data-testid="stStatusWidget"]')
  && !document.querySelector('[data-testid="stSkeleton"]')
  && Array.from(document.querySelectorAll('.spreiding-grafiek')).every((g) => g.querySelector('.main-svg'))"""


def fotografeer(context, url: str, doel: Path) -> None:
    p = context.new_page()
    p.goto(url)
    p.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)
    p.wait_for_function(KLAAR, timeout=60_000)
    p.wait_for_timeout(1500)
    breedte = p.viewport_size["width"]
    hoogte = p.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    p.set_viewport_size({"width": breedte, "height": min(int(hoogte) + 20, 12_000)})
    p.wait_for_timeout(1200)  # grafieken passen zich aan de nieuwe maat aan
    p.screenshot(path=str(doel), full_page=True)
    p.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uit", type=Path, default=PROJECT / "docs")
    parser.add_argument("--pagina", action="append", choices=list(PAGINAS), help="alleen deze pagina('s)")
    args = parser.parse_args(argv)
    args.uit.mkdir(parents=True, exist_ok=True)
    with AppServer() as app, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_pad(), args=CHROMIUM_ARGS)
        for maat, opties in MATEN.items():
            context = browser.new_context(**opties)
            for naam in args.pagina or PAGINAS:
                doel = args.uit / f"{maat}_{naam}.png"
                fotografeer(context, app.url + PAGINAS[naam], doel)
                print(doel)
            context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
