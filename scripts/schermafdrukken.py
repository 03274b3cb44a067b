"""Maak schermafdrukken van elke pagina voor de README (docs/*.png).

Gebruik: python scripts/schermafdrukken.py [--uit docs]
Start `streamlit run app.py` op een vrije poort en fotografeert elke pagina met Debians Chromium
(Playwright). Werkt zonder internet.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
PAGINAS = {
    "start": "/",
    "kaart": "/kaart?gemeente=GM0796",
    "kaart-provincies": "/kaart?niveau=provincie",
    "wachten": "/wachten?gemeente=GM0344",
    "bonus": "/bonus?gemeente=GM0088",
}


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uit", type=Path, default=PROJECT / "docs")
    parser.add_argument("--breedte", type=int, default=1400)
    parser.add_argument("--hoogte", type=int, default=1100, help="hoogte van het venster (Streamlit scrolt binnen de pagina)")
    args = parser.parse_args()
    args.uit.mkdir(parents=True, exist_ok=True)
    poort = vrije_poort()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(poort),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            pagina = browser.new_page(viewport={"width": args.breedte, "height": args.hoogte})
            for naam, pad in PAGINAS.items():
                pagina.goto(url + pad)
                pagina.wait_for_selector('[data-testid="stApp"]')
                pagina.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
                pagina.wait_for_timeout(6000)  # kaarten (WebGL) tekenen na de laatste herberekening
                pagina.screenshot(path=str(args.uit / f"{naam}.png"), full_page=True)
                print(args.uit / f"{naam}.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
