"""Rekenkern van het Spreidingswet-dashboard.

Pure functies op pandas-DataFrames en kleine bevroren dataclasses; dit pakket importeert nooit streamlit of plotly.
De wettelijke en gepubliceerde waarden staan gedateerd, met status en bron, in spreiding/parameters/*.toml (gelezen
door spreiding/parameters/__init__.py; overzicht in docs/bronnen.md); elke regel noemt zijn bron in de docstring van
haar module.
"""

__all__ = [
    "verdeling",
    "uitgangspunt",
    "prikkel",
    "bonus",
    "regietafel",
    "invoer",
    "zoeken",
    "notatie",
    "parameters",
    "data",
    "uitvoer",
]
