"""Snelle invoer in st.data_editor: de laatst getypte waarde wint (zie celinvoer.js; Streamlit 1.67.0)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

JS = Path(__file__).with_name("celinvoer.js").read_text(encoding="utf-8")
#: Wat het script van Streamlit's binnenkant aanneemt (tests/test_intern.py).
AANNAMES = ('[data-testid="stDataFrame"]', "gdg-input")


def snelle_celinvoer() -> None:
    """Eén keer per pagina met een bewerkbare tabel."""
    st.html(f"<script>{JS}</script>", unsafe_allow_javascript=True)
