"""Streamlits eigen plotly.js-bundel (nagegaan op Streamlit 1.67.0): de grafiekcomponent laadt hetzelfde bestand
als st.plotly_chart, zodat de browser het maar één keer haalt. De bestandsnaam draagt een hash en staat nergens in
Streamlits publieke API."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st


@cache  # de bundel verandert niet zolang de server draait (zocht elke run opnieuw; issue 34)
def bundel() -> str:
    """De bestandsnaam van Streamlits plotly.js-bundel (met hash), bv. 'PlotlyChart.D9Z0_fxz.js'."""
    js = Path(st.__file__).parent / "static" / "static" / "js"
    gevonden = sorted(js.glob("PlotlyChart.*.js"))
    if len(gevonden) != 1:  # geen of meer bundels: luid, niet gokken (issue 30; tests/test_intern.py)
        raise RuntimeError(
            f"Streamlits plotly.js-bundel niet eenduidig gevonden in {js.name}/ ({len(gevonden)} bestanden "
            "PlotlyChart.*.js): weergave/intern/plotly.py klopt niet meer met deze Streamlit-versie."
        )
    return gevonden[0].name
