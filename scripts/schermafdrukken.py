"""Maak schermafdrukken van elke pagina voor de README (docs/*.png).

Gebruik: python scripts/schermafdrukken.py [--uit docs]
Start `streamlit run app.py` op een vrije poort en fotografeert elke pagina met Debians Chromium
(Playwright). Werkt zonder internet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_server import CHROMIUM, CHROMIUM_ARGS, PROJECT, draaiende_app

PAGINAS = {
    "start": "/",
    "kaart": "/kaart?gemeente=GM0796",
    "kaart-provincies": "/kaart?niveau=provincie",
    "wachten": "/wachten?gemeente=GM0344",
    "bonus": "/bonus?gemeente=GM0088",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uit", type=Path, default=PROJECT / "docs")
    parser.add_argument("--breedte", type=int, default=1400)
    parser.add_argument(
        "--hoogte", type=int, default=1100, help="hoogte van het venster (Streamlit scrolt binnen de pagina)"
    )
    args = parser.parse_args()
    args.uit.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with draaiende_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pagina = browser.new_page(viewport={"width": args.breedte, "height": args.hoogte})
        for naam, pad in PAGINAS.items():
            pagina.goto(url + pad)
            pagina.wait_for_selector('[data-testid="stApp"]')
            pagina.wait_for_function(
                "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
            )
            pagina.wait_for_timeout(6000)  # kaarten (WebGL) tekenen na de laatste herberekening
            pagina.screenshot(path=str(args.uit / f"{naam}.png"), full_page=True)
            print(args.uit / f"{naam}.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
