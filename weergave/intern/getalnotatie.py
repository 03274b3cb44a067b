"""Nederlandse getallen in st.dataframe, ongeacht de taal van de browser (zie getalnotatie.js; Streamlit 1.67.0).

Streamlit documenteert format="localized" als "de notatie van de taal van de gebruiker"; dat die taal uit
`navigator.languages` komt, is binnenkant. Het script zet ook het minteken van Intl ('-81') om in dat van de
app ('−81', spreiding/notatie.py). tests/test_intern.py gaat na dat de bundel dat nog zo doet; de
browsertest in een Engelstalige Chromium laat zien dat de tabel Nederlands toont.
"""

from __future__ import annotations

from pathlib import Path

GETALNOTATIE_JS = Path(__file__).with_name("getalnotatie.js").read_text(encoding="utf-8")
#: Wat het script van Streamlits bundel aanneemt: het bestand dat getallen opmaakt, gebruikt Intl.NumberFormat met
#: navigator.languages voor "localized" en "euro" (tests/test_intern.py).
AANNAMES = ("navigator.languages", "new Intl.NumberFormat(", "`localized`", "`euro`")
