"""Uploads: gecontroleerd vóór gebruik, één keer gelezen per bestand (sleutel: de inhoudshash), en bij een fout
een Nederlandse melding per probleem terwijl wat op het scherm stond, blijft staan.

De grootte is twee keer begrensd: server.maxUploadSize (1 MB, .streamlit/config.toml) weigert grote bestanden al
bij het versturen, en spreiding.invoer.MAX_BYTES (256 KB) weigert alles wat groter is dan een tabel van alle
gemeenten nodig heeft, met een Nederlandse melding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import streamlit as st

from spreiding.fouten import InvoerFout
from spreiding.invoer import MAX_BYTES, UploadFout, kort

from .toestand import veilig


def hash_van(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


@st.cache_data(show_spinner=False, max_entries=16)
def _gelezen(sleutel: str, _lees: Callable[[], object]):
    """Resultaat van `_lees` per sleutel (inhoudshash + context); een fout wordt ook onthouden."""
    try:
        return ("ok", _lees())
    except InvoerFout as fout:
        return ("fout", fout)


def lees_upload(upload, lezer: Callable[[bytes, str], object], context: str) -> tuple[object | None, list[str]]:
    """(resultaat, meldingen) voor een UploadedFile; resultaat None als het bestand niet gebruikt wordt.
    Meldingen zijn veilig als Markdown (bestandsnaam en inhoud als code, ingekort)."""
    if upload is None:
        return None, []
    naam = kort(upload.name, 40)
    if upload.size > MAX_BYTES:
        return None, [
            f"Het bestand {veilig(naam)} is te groot ({upload.size // 1024} KB); het mag hoogstens "
            f"{MAX_BYTES // 1024} KB zijn. "
            "Een tabel van alle 342 gemeenten is een paar KB. Er is niets veranderd."
        ]
    inhoud = upload.getvalue()
    soort, uitkomst = _gelezen(f"{hash_van(inhoud)}:{context}", lambda: lezer(inhoud, upload.name))
    if soort == "fout":
        if isinstance(uitkomst, UploadFout):
            return None, [f"{_md(uitkomst.kop)}"] + [f"- {_md(r)}" for r in uitkomst.regels[:25]] + (
                [f"- … en nog {len(uitkomst.regels) - 25} problemen."] if len(uitkomst.regels) > 25 else []
            )
        return None, [_md(str(uitkomst))]
    return uitkomst, []


def _md(tekst: str) -> str:
    """Een melding uit spreiding.invoer (met stukjes van het bestand erin) zonder Markdown-betekenis."""
    vervang = {
        "\\": "\\\\",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "(": "\\(",
        ")": "\\)",
        "#": "\\#",
        "!": "\\!",
        "<": "&lt;",
        ">": "&gt;",
        "`": "'",
        "|": "\\|",
        "~": "\\~",
        "$": "\\$",
        ":": "\\:",
    }
    return "".join(vervang.get(t, t) for t in " ".join(str(tekst).split()))


def toon_meldingen(meldingen: list[str], houder=None) -> None:
    if meldingen:
        (houder or st).warning("\n".join(meldingen))
