"""Plotly-figuren die ter plaatse bijwerken: een kleine Streamlit-component (components v2) rond Plotly.react.

Waarom: st.plotly_chart (Streamlit 1.67) geeft een figuur een nieuwe identiteit zodra de figuur verandert (de spec
telt mee in het element-id, ook met een key) en leest de figuur alleen bij het opbouwen; elke wijziging bouwt de
grafiek dus opnieuw op, bij de kaart de hele kaart (issue 15). Deze component
houdt met een key dezelfde identiteit en roept bij nieuwe gegevens Plotly.react aan op dezelfde div: Plotly werkt de
sporen en de opmaak bij, de kaart blijft staan.

Plotly zelf komt uit Streamlits eigen bundel (dezelfde plotly.js als st.plotly_chart, dezelfde browsercache); de
bestandsnaam wordt hier opgezocht. Lukt laden niet, dan een Nederlandse melding in de component.
Klikken op de kaart gaat als trigger 'klik' (de location van het punt) terug naar Python.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

import streamlit as st

from .figuren import als_json, beschrijving
from .intern.plotly import bundel as _bundel

# plotly_laden.js en grafiek.js leunen op Plotly's en Streamlits binnenkant (de Plotly uit Streamlits bundel, de
# geo-assets van Plotly): daarom staan zij achter de omheining, in weergave/intern/
JS_MAP = Path(__file__).with_name("intern")
LADEN = (JS_MAP / "plotly_laden.js").read_text(encoding="utf-8")
#: Begint Plotly te laden zodra de pagina begint te tekenen, niet pas als de eerste grafiek aan de beurt is: het
#: inlezen van plotly.js kost in Chromium zo'n 1,4 s en liep anders pas na de rest van de pagina (issue 15).
VOORLADEN = LADEN + "export default function ({ data }) { plotlyLaden(data.bundel).catch(() => {}); }\n"
JS = LADEN + (JS_MAP / "grafiek.js").read_text(encoding="utf-8")
CSS = ".spreiding-grafiek { width: 100%; }"


@cache
@cache
def _component():
    return st.components.v2.component("spreiding_grafiek", js=JS, css=CSS, isolate_styles=False)


@cache
def _voorlader():
    return st.components.v2.component("spreiding_plotly_voorladen", js=VOORLADEN)


def voorladen() -> None:
    """Laad plotly.js alvast (onzichtbaar; zie opmaak.py voor het verbergen van het lege element)."""
    _voorlader()(key="plotly_voorladen", data={"bundel": _bundel()})


@lru_cache(maxsize=64)
def _beschrijving_van_json(figuur: str) -> str:
    """De tekstbeschrijving van een figuur in JSON, één keer per figuur (dezelfde JSON komt uit een gedeelde cache)."""
    return beschrijving(json.loads(figuur))


def toon(fig: dict | str, key: str, config: dict, on_klik=None):
    """Toon `fig` (figuren-dict of al gemaakte JSON) onder `key`; een nieuwe figuur werkt dezelfde grafiek bij.
    `on_klik`: callback bij een klik op een gebied (de location staat dan in `klik_waarde(key)`)."""
    figuur = fig if isinstance(fig, str) else als_json(fig)
    tekst = _beschrijving_van_json(figuur) if isinstance(fig, str) else beschrijving(fig)
    extra = {"on_klik_change": on_klik} if on_klik else {}
    return _component()(
        key=key,
        data={
            "figuur": figuur,
            "config": config,
            "bundel": _bundel(),
            "klikbaar": bool(on_klik),
            "beschrijving": tekst,
        },
        **extra,
    )


def klik_waarde(key: str) -> str | None:
    waarde = st.session_state.get(key)
    klik = getattr(waarde, "klik", None) if waarde is not None else None
    if klik is None and isinstance(waarde, dict):
        klik = waarde.get("klik")
    return klik
