"""CSS op Streamlit's eigen test-id's (nagegaan op Streamlit 1.67.0; zie weergave/intern/__init__.py).

Wat het thema in .streamlit/config.toml kan (kleuren), staat daar; hier alleen wat het thema niet kan.
"""

from __future__ import annotations

from pathlib import Path

from .getalnotatie import GETALNOTATIE_JS
from .vertaling import VERTAAL_JS

TABELLEN_JS = Path(__file__).with_name("tabellen.js").read_text(encoding="utf-8")
#: Eén geschiedenisregel per pagina (history.pushState-aanpassing; zie historie.js).
HISTORIE_JS = Path(__file__).with_name("historie.js").read_text(encoding="utf-8")

#: De opmaak van de app op Streamlit's test-id's: telefoonlayout, afdrukken, verborgen elementen.
PAGINA_CSS = """
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
  /* kleine tabellen passen op 390 px: minder ruimte in de cellen (issue 32) */
  [data-testid="stMarkdownContainer"] th, [data-testid="stMarkdownContainer"] td {
    padding: 0.3rem 0.4rem !important; font-size: 0.875rem; }
}
/* Een lang metric-label loopt om in plaats van af te breken met '…' (de basis van een vergelijking leesbaar) */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; height: auto !important; }
@media (min-width: 641px) { .st-key-kaart_bedienen { display: none; } }
[data-testid="InputInstructions"] { display: none; }
/* Paginalinks lopen om op woordgrenzen in plaats van midden in een woord af te breken met '…' (issue 32) */
[data-testid="stPageLink-NavLink"] > span, [data-testid="stPageLink-NavLink"] [data-testid="stMarkdownContainer"],
[data-testid="stPageLink-NavLink"] p { white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; overflow-wrap: break-word; }
[data-testid="stPageLink-NavLink"] { height: auto !important; }
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
SELECTORS = ("stCaptionContainer", "stMarkdownContainer", "stMainBlockContainer", "stPageLink-NavLink", "stMetricLabel")


def streamlit_html() -> str:
    """Stijl en script voor één st.html-aanroep in opmaak.pagina_opmaak (elk st.html-element kost een regel ruimte)."""
    return (
        PAGINA_CSS
        + BIJSCHRIFT
        + GEEN_LEGE_BAND
        + f"<script>{GETALNOTATIE_JS}</script><script>{TABELLEN_JS}</script>"
        + f"<script>{HISTORIE_JS}</script><script>{VERTAAL_JS}</script>"
    )
