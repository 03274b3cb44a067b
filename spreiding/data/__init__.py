"""Inlezen van de verwerkte gegevens in data/ (gebouwd door `python -m spreiding.data build`).

Elke fout wordt een DataFout met een Nederlandse melding; de app en de command line tonen die
melding in plaats van een traceback.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

PROJECTMAP = Path(__file__).resolve().parents[2]

#: Bestandsnamen in de datamap.
GEMEENTEN = "gemeenten.parquet"
GEMEENTEGRENZEN = "gemeenten.geojson"
PROVINCIEGRENZEN = "provincies.geojson"
MANIFEST = "bronnen.json"

VERPLICHTE_KOLOMMEN = {
    "gemeentecode": "string",
    "gemeentenaam": "string",
    "provincie": "string",
    "inwoners": "int",
    "inwoners_peildatum": "string",
    "ses_woa": "float",
    "ses_woa_jaar": "string",
}


class DataFout(RuntimeError):
    """De verwerkte gegevens ontbreken of zijn onbruikbaar; de tekst is voor de gebruiker."""


def datamap() -> Path:
    """De map met verwerkte gegevens: $SPREIDING_DATA of anders data/ in het project."""
    return Path(os.environ.get("SPREIDING_DATA", PROJECTMAP / "data"))


def _bestand(naam: str, map_: Path | None) -> Path:
    pad = (map_ or datamap()) / naam
    if not pad.is_file():
        raise DataFout(
            f"Het gegevensbestand {pad.name} ontbreekt in {pad.parent}. "
            "Bouw de gegevens met: python -m spreiding.data build --bron MAP (zie README, 'Gegevens')."
        )
    return pad


def laad_gemeenten(map_: Path | None = None) -> pd.DataFrame:
    """De gemeententabel: code, naam, provincie, inwoners (+ peildatum), SES-WOA (+ jaar)."""
    pad = _bestand(GEMEENTEN, map_)
    try:
        tabel = pd.read_parquet(pad)
    except Exception as fout:  # pyarrow geeft diverse fouttypen voor kapotte bestanden
        raise DataFout(f"Het gegevensbestand {pad.name} is beschadigd of geen Parquet-bestand ({fout.__class__.__name__}).") from fout
    ontbreekt = [k for k in VERPLICHTE_KOLOMMEN if k not in tabel.columns]
    if ontbreekt:
        raise DataFout(f"Het gegevensbestand {pad.name} mist de kolom(men): {', '.join(ontbreekt)}.")
    if tabel.empty:
        raise DataFout(f"Het gegevensbestand {pad.name} bevat geen gemeenten.")
    return tabel


def grensbestand(niveau: str, map_: Path | None = None) -> Path:
    """Het GeoJSON-bestand met de grenzen van `niveau` ('gemeente' of 'provincie')."""
    naam = {"gemeente": GEMEENTEGRENZEN, "provincie": PROVINCIEGRENZEN}.get(niveau)
    if naam is None:
        raise DataFout(f"Onbekend niveau voor grenzen: {niveau!r} (kies gemeente of provincie).")
    return _bestand(naam, map_)


def laad_grenzen(niveau: str, map_: Path | None = None) -> dict:
    """Vereenvoudigde grenzen als GeoJSON-dict; niveau 'gemeente' of 'provincie'."""
    pad = grensbestand(niveau, map_)
    try:
        geo = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise DataFout(f"Het grenzenbestand {pad.name} is beschadigd of geen GeoJSON.") from fout
    if geo.get("type") != "FeatureCollection" or not geo.get("features"):
        raise DataFout(f"Het grenzenbestand {pad.name} bevat geen gebieden.")
    for gebied in geo["features"]:
        if (gebied.get("geometry") or {}).get("type") not in ("Polygon", "MultiPolygon") or "code" not in gebied.get("properties", {}):
            raise DataFout(f"Het grenzenbestand {pad.name} bevat een gebied zonder code of zonder vlak; bouw de gegevens opnieuw.")
    return geo


def laad_manifest(map_: Path | None = None) -> dict:
    """Bronvermelding van de verwerkte gegevens (uitgever, bestand, datum, licentie)."""
    pad = _bestand(MANIFEST, map_)
    try:
        return json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise DataFout(f"Het bronnenbestand {pad.name} is beschadigd.") from fout
