"""Streamlits eigen Engelse teksten in het Nederlands (nagegaan op Streamlit 1.67.0): het uploadvak, het lege
zoekresultaat van een keuzelijst, de werkbalk van tabellen, de hulpknopjes en de sprong naar de inhoud. Streamlit
heeft daar geen instelling voor; vertaal.js vervangt ze in de pagina zodra ze verschijnen (tekst, title,
aria-label en placeholder), en laat icoonnamen (Material-ligaturen als 'upload') met rust.

tests/test_intern.py gaat na dat elke Engelse tekst hier nog in Streamlits bundel staat (anders is de vertaling
dood en verschijnt er misschien een nieuwe Engelse tekst); de browsertest op Engelse woorden laat zien of het werkt.
"""

from __future__ import annotations

import json
from pathlib import Path

#: Hele teksten: Engels -> Nederlands.
VERTALINGEN = {
    "Upload": "Bestand kiezen",
    "file upload": "bestand kiezen",
    "Drag and drop files here": "Sleep bestanden hierheen",
    "Drag and drop a file here": "Sleep een bestand hierheen",
    "No results": "Geen resultaten",
    "Clear value": "Keuze wissen",
    "Open": "Openen",
    "Skip to main content": "Naar de inhoud",
    "Download as CSV": "Downloaden als CSV",
    "Fullscreen": "Volledig scherm",
    "Close fullscreen": "Volledig scherm sluiten",
    "Search": "Zoeken",
    "Close Search": "Zoeken sluiten",
    "Next Result": "Volgend resultaat",
    "Previous Result": "Vorig resultaat",
    "Show/hide columns": "Kolommen tonen of verbergen",
    "Copy column name": "Kolomnaam kopiëren",
    "Dataframe column menu": "Kolommenu",
    "Close": "Sluiten",
    "Help": "Hulp",
}
#: Begin van een tekst: Engels -> Nederlands (de rest blijft staan, bv. het label van de widget).
VOORVOEGSELS = {"Help for ": "Hulp bij ", "Remove ": "Verwijder "}
#: Teksten met een getal erin (JavaScript-RegExp, vervanging).
PATRONEN = [(r"^(\d[\d.,]*\s?[KMG]?B) per file", "$1 per bestand")]
#: Waar de teksten in Streamlits bundel staan (voor de controle in tests/test_intern.py).
BUNDELS = ("FileUploader.*.js", "Selectbox.*.js", "DataFrame.*.js", "Toolbar.*.js", "index.*.js")

VERTAAL_JS = (
    Path(__file__)
    .with_name("vertaal.js")
    .read_text(encoding="utf-8")
    .replace("__VERTALINGEN__", json.dumps(VERTALINGEN, ensure_ascii=False))
    .replace("__VOORVOEGSELS__", json.dumps(list(VOORVOEGSELS.items()), ensure_ascii=False))
    .replace("__PATRONEN__", json.dumps(PATRONEN, ensure_ascii=False))
)
