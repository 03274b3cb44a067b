"""Opmaak die Streamlit niet zelf regelt: afdrukken, telefoons en de browsergeschiedenis.

Alles hier is vaste tekst uit deze module; niets wat een gebruiker invult komt in HTML of JavaScript.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from .intern.css import streamlit_html

TAAL = (Path(__file__).with_name("js") / "taal.js").read_text(encoding="utf-8")


def pagina_opmaak() -> None:
    """CSS en de geschiedenis-aanpassing, één keer per run in app.py."""
    st.html(f"<script>{TAAL}</script>{streamlit_html()}", unsafe_allow_javascript=True)


def afdruk_melding(tekst: str) -> None:
    """Een kader dat alleen op papier verschijnt (vaste tekst van de pagina, geen invoer)."""
    st.html(f'<div class="alleen-afdruk">{_html_veilig(tekst)}</div>')


def _html_veilig(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
