"""CSS op Streamlit's eigen test-id's (nagegaan op Streamlit 1.67.0; zie weergave/intern/__init__.py)."""

from __future__ import annotations

import streamlit as st

#: De lege band van ongeveer 100 px tussen de menubalk en de titel: Streamlit geeft het hoofdblok bij een menubalk
#: bovenaan 6rem ruimte; de menubalk zelf is 3,75rem hoog.
GEEN_LEGE_BAND = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 4.25rem !important; }
@media (max-width: 640px) { [data-testid="stMainBlockContainer"] { padding-top: 3.5rem !important; } }
</style>"""
SELECTORS = ('data-testid="stMainBlockContainer"',)


def streamlit_css() -> None:
    st.html(GEEN_LEGE_BAND)
