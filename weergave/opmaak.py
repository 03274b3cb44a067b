"""Opmaak die Streamlit niet zelf regelt: afdrukken, telefoons en de browsergeschiedenis.

Alles hier is vaste tekst uit deze module; niets wat een gebruiker invult komt in HTML of JavaScript.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from .intern.css import streamlit_html

HISTORIE = (Path(__file__).with_name("historie.js")).read_text(encoding="utf-8")
TAAL = (Path(__file__).with_name("js") / "taal.js").read_text(encoding="utf-8")

CSS = """
<style>
/* Telefoon: een veeg over de kaart scrolt de pagina; de kaart is dan een plaatje (zie 'Kaart bedienen'). */
@media (max-width: 640px) {
  [class*="st-key-kaart"] .js-plotly-plot,
  [class*="st-key-kaart"] .js-plotly-plot * { pointer-events: none !important; }
  [data-testid="stMainBlockContainer"] { padding-left: 0.8rem; padding-right: 0.8rem; }
  /* keuzeknoppen (uitgangspunt) lopen door op een tweede regel in plaats van onzichtbaar opzij te scrollen */
  [data-testid="stButtonGroup"] > div { flex-wrap: wrap; row-gap: 4px; }
  /* de kaart is hier een plaatje: geen knoppenbalk over de titel (met 'Kaart bedienen' komt hij terug) */
  [class*="st-key-kaart"] .modebar-container { display: none; }
  /* brede tabellen schuiven opzij binnen hun eigen vak, in plaats van buiten beeld te vallen */
  [data-testid="stMarkdownContainer"] table { display: block; overflow-x: auto; max-width: 100%; }
}
@media (min-width: 641px) { .st-key-kaart_bedienen { display: none; } }
[data-testid="InputInstructions"] { display: none; }
.st-key-plotly_voorladen { display: none; }  /* grafiek.voorladen(): alleen JavaScript */
/* Afdrukken: alleen de inhoud; tabellen (canvas) drukken niet goed af: dan de downloads of de briefing. */
.alleen-afdruk { display: none; }
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], header, [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stDownloadButton"], [data-testid="stFileUploader"],
  [data-testid="stExpander"] summary svg, [data-testid="stStatusWidget"], .st-key-gedeelde_balk,
  .st-key-kaart_bedienen, .modebar-container, [data-testid="stDataFrame"], [data-testid="stDataFrameResizable"],
  [data-testid="stPageLink"], [data-testid="stBaseButton-secondary"] { display: none !important; }
  .alleen-afdruk { display: block !important; border: 1px solid #999; padding: 6px 10px; margin: 8px 0; }
  [data-testid="stMain"], [data-testid="stAppViewContainer"], [data-testid="stMainBlockContainer"] {
    overflow: visible !important; height: auto !important; max-width: 100% !important; padding: 0 !important; }
  .js-plotly-plot, [data-testid="stMetric"], table { break-inside: avoid; }
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap !important; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 80%; }
}
</style>
"""


def pagina_opmaak() -> None:
    """CSS en de geschiedenis-aanpassing, één keer per run in app.py."""
    st.html(f"<script>{TAAL}</script>{CSS}{streamlit_html()}<script>{HISTORIE}</script>", unsafe_allow_javascript=True)


def afdruk_melding(tekst: str) -> None:
    """Een kader dat alleen op papier verschijnt (vaste tekst van de pagina, geen invoer)."""
    st.html(f'<div class="alleen-afdruk">{_html_veilig(tekst)}</div>')


def _html_veilig(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
