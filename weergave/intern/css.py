"""CSS op Streamlit's eigen test-id's (nagegaan op Streamlit 1.67.0; zie weergave/intern/__init__.py).

Wat het thema in .streamlit/config.toml kan (kleuren), staat daar; hier alleen wat het thema niet kan.
"""

from __future__ import annotations

from pathlib import Path

TABELLEN_JS = Path(__file__).with_name("tabellen.js").read_text(encoding="utf-8")

#: Bijschriften: Streamlit maakt ze grijs met doorzichtigheid, waardoor ook links en badges erin te weinig contrast
#: hebben (axe-core: 2,7 tot 4,2 : 1). Een vaste, donkere grijstint zonder doorzichtigheid haalt 8,6 : 1.
BIJSCHRIFT = """<style>
[data-testid="stCaptionContainer"] { opacity: 1 !important; color: #4a4f57 !important; }
[data-testid="stMarkdownContainer"] blockquote, [data-testid="stMarkdownContainer"] blockquote * {
  opacity: 1 !important; color: #4a4f57 !important; }
</style>"""
#: De lege band van ongeveer 100 px tussen de menubalk en de titel: Streamlit geeft het hoofdblok bij een menubalk
#: bovenaan 6rem ruimte (theme.paddingTop verandert daar in 1.67 niets aan); de menubalk zelf is 3,75rem hoog.
GEEN_LEGE_BAND = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 4.25rem !important; }
@media (max-width: 640px) { [data-testid="stMainBlockContainer"] { padding-top: 3.5rem !important; } }
</style>"""
SELECTORS = ("stCaptionContainer", "stMarkdownContainer", "stMainBlockContainer")


def streamlit_html() -> str:
    """Stijl en script voor één st.html-aanroep in opmaak.pagina_opmaak (elk st.html-element kost een regel ruimte)."""
    return BIJSCHRIFT + GEEN_LEGE_BAND + f"<script>{TABELLEN_JS}</script>"
