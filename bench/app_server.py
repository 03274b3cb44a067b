"""`streamlit run app.py` op een vrije poort, voor de browsertests, de schermafdrukken en de metingen.

Gebruik als context: `with AppServer() as server: server.url`. `server.herstart()` stopt en start de app op
dezelfde poort (voor de test die na een herstart opnieuw verbindt).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
#: Een telefoon: iPhone-achtige user agent, aanraakscherm, 390 x 844.
TELEFOON = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "device_scale_factor": 2,
    "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.0 Mobile/15E148 Safari/604.1",
}
BUREAU = {"viewport": {"width": 1366, "height": 900}}


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wacht_op_gezond(url: str, seconden: float = 60) -> None:
    einde = time.monotonic() + seconden
    while True:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            pass
        if time.monotonic() > einde:
            raise RuntimeError(f"streamlit run app.py was na {seconden:g} s niet gezond op {url}")
        time.sleep(0.3)


class AppServer:
    """De app op de meegeleverde gegevens (data/, zonder $SPREIDING_DATA), met eigen opties erbij."""

    def __init__(
        self, app: str = "app.py", opties: list[str] | None = None, poort: int | None = None, map_: Path = PROJECT
    ):
        self.app, self.opties, self.poort, self.map = app, opties or [], poort or vrije_poort(), map_
        self.url = f"http://127.0.0.1:{self.poort}"
        self.proces: subprocess.Popen | None = None

    def start(self) -> AppServer:
        env = {k: v for k, v in os.environ.items() if k != "SPREIDING_DATA"}
        self.proces = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                self.app,
                "--server.headless",
                "true",
                "--server.port",
                str(self.poort),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
                *self.opties,
            ],
            cwd=self.map,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wacht_op_gezond(self.url)
        return self

    def stop(self) -> None:
        if self.proces and self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proces.kill()

    def herstart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> AppServer:
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()


def chromium_pad() -> str:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    import shutil

    return shutil.which("chromium") or CHROMIUM
