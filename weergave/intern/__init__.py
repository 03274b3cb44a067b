"""Alles wat afhangt van ongedocumenteerde binnenkant van Streamlit of Plotly (DOM-test-id's, klassenamen,
bundelbestanden, gedrag van de browsergeschiedenis) staat hier, elk onderdeel met de versie waarop het is nagegaan.
tests/test_intern.py faalt zodra de geïnstalleerde versie niet meer die versie is; de browsertests laten zien of
het gedrag nog klopt."""

#: De versies waarop alles in deze map is nagegaan.
NAGEGAAN_OP = {"streamlit": "1.67.0", "plotly": "7.1.0"}
