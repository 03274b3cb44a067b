"""Rekenkern van het Spreidingswet-dashboard.

Pure functies op pandas-DataFrames; dit pakket importeert nooit streamlit.
De regels en hun bronnen staan in ../shared/DOMAIN.md; elke regel noemt zijn bron.
"""

__all__ = ["verdeling", "prikkel", "bonus", "zoeken", "invoer", "data"]
