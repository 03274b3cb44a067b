"""`streamlit run app.py` op een vrije poort, voor de browsertests en de schermafdrukken."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def draaiende_app(wachttijd_s: float = 60) -> Iterator[str]:
    """Start de app op de meegeleverde gegevens (data/, zonder $SPREIDING_DATA) en geef de URL."""
    poort = vrije_poort()
    env = {k: v for k, v in os.environ.items() if k != "SPREIDING_DATA"}
    proces = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(poort),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + wachttijd_s
        while True:
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                if time.monotonic() > einde:
                    raise RuntimeError(f"streamlit run app.py startte niet binnen {wachttijd_s:g} s") from None
                time.sleep(0.5)
        yield url
    finally:
        proces.terminate()
        proces.wait(timeout=20)
