"""Uitvoer die de app verlaat: Nederlandse CSV en Excel, tekst voor de command line, PDF-briefings en verslagen.

Geen Streamlit en geen Plotly: de command line maakt dezelfde bestanden als de knoppen op de pagina's.
"""
