"""Geheugen bij uploads: de grootste toegestane upload (256 KB) 20 keer, elke keer met een andere inhoud, terwijl
een schuif beweegt; de piek van het servergeheugen (RSS) en de stand na afloop.

Gebruik: python -m bench.upload_geheugen   Doel (issue): piek onder 300 MB. Vereist Debians Chromium.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from playwright.sync_api import sync_playwright

from bench.app_server import BUREAU, CHROMIUM_ARGS, AppServer, chromium_pad
from spreiding.invoer import MAX_BYTES


def rss(pid: int) -> float:
    try:
        return psutil.Process(pid).memory_info().rss / 2**20
    except psutil.Error:
        return 0.0


def bestand(map_: Path, i: int) -> Path:
    """Een CSV net onder MAX_BYTES en onder MAX_REGELS (lange regels), elke keer met een andere inhoud."""
    regels = ["gemeentecode;aanbod"]
    codes = [f"GM{c:04d}" for c in range(1, 2000)]
    k = 0
    while sum(len(r) + 1 for r in regels) < MAX_BYTES - 200:
        regels.append(f"{codes[(k + i) % len(codes)]};{(k * 7 + i) % 500}" + " " * 120)
        k += 1
    pad = map_ / f"upload_{i}.csv"
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return pad


def main() -> int:
    map_ = Path(tempfile.mkdtemp())
    with AppServer() as server, sync_playwright() as pw:
        pid = server.proces.pid
        piek, stoppen = [0.0], threading.Event()

        def meten() -> None:
            while not stoppen.is_set():
                piek[0] = max(piek[0], rss(pid))
                time.sleep(0.05)

        browser = pw.chromium.launch(executable_path=chromium_pad(), args=CHROMIUM_ARGS)
        p = browser.new_context(**BUREAU).new_page()
        p.goto(server.url + "/wachten?gemeente=Utrecht")
        p.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]', state="attached", timeout=60_000)
        time.sleep(2)
        begin = rss(pid)
        draad = threading.Thread(target=meten, daemon=True)
        draad.start()
        schuif = p.locator(".st-key-deelname").get_by_role("slider")
        grootte = 0
        for i in range(20):
            pad = bestand(map_, i)
            grootte = pad.stat().st_size
            p.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(pad))
            schuif.focus()
            p.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
            p.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
        time.sleep(2)
        stoppen.set()
        draad.join()
        meldingen = p.locator('[data-testid="stAlertContentWarning"]').count()
        print(f"20 uploads van {grootte // 1024} KB (grens {MAX_BYTES // 1024} KB) met een schuifbeweging ertussen:")
        print(
            f"  servergeheugen voor {begin:.0f} MB, piek {piek[0]:.0f} MB, na afloop {rss(pid):.0f} MB  "
            f"{'OK' if piek[0] < 300 else 'TE HOOG'} (doel: piek < 300 MB); meldingen op de pagina: {meldingen}"
        )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
