"""CSS op Streamlit's eigen test-id's (nagegaan op Streamlit 1.67.0; zie weergave/intern/__init__.py).

Wat het thema in .streamlit/config.toml kan (kleuren, paddingTop), staat daar; hier alleen wat het thema niet kan.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

TABELLEN_JS = Path(__file__).with_name("tabellen.js").read_text(encoding="utf-8")

#: Bijschriften: Streamlit maakt ze grijs met doorzichtigheid, waardoor ook links en badges erin te weinig contrast
#: hebben (axe-core: 2,7 tot 4,2 : 1). Een vaste, donkere grijstint zonder doorzichtigheid haalt 8,6 : 1.
BIJSCHRIFT = """<style>
[data-testid="stCaptionContainer"] { opacity: 1 !important; color: #4a4f57 !important; }
[data-testid="stMarkdownContainer"] blockquote, [data-testid="stMarkdownContainer"] blockquote * {
  opacity: 1 !important; color: #4a4f57 !important; }
</style>"""
SELECTORS = ("stCaptionContainer", "stMarkdownContainer")


def streamlit_css() -> None:
    st.html(BIJSCHRIFT)
    st.html(f"<script>{TABELLEN_JS}</script>", unsafe_allow_javascript=True)
