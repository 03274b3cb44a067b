"""Inlezen van de verwerkte gegevens in data/ (gebouwd door `python -m spreiding.data build`).

Elke fout wordt een DataFout met een Nederlandse melding die zegt welk bestand en hoe het opnieuw te bouwen;
de app en de command line tonen die melding in plaats van een traceback. Meldingen noemen alleen de
bestandsnaam, nooit het pad op de server.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd

from ..fouten import DataFout

PROJECTMAP = Path(__file__).resolve().parents[2]

#: Bestandsnamen in de datamap.
GEMEENTEN = "gemeenten.parquet"
GEMEENTEGRENZEN = "gemeenten.geojson"
PROVINCIEGRENZEN = "provincies.geojson"
#: De grenzen zoals de browser ze ophaalt: Streamlit serveert statische bestanden alleen uit static/ naast app.py. De
#: databouw schrijft daar een kopie van de twee grensbestanden; de app schrijft zelf nergens in het project.
STATISCH = PROJECTMAP / "static" / "grenzen"
#: Waar de browser die map vindt (Streamlit serveert static/ als app/static/).
STATISCH_URL = "app/static/grenzen"
MANIFEST = "bronnen.json"
WOONPLAATSEN = "woonplaatsen.csv"

HERSTEL = "Bouw de gegevens opnieuw met: python -m spreiding.data build (zie README, 'Gegevens')."

#: Kolommen van gemeenten.parquet en hun soort.
KOLOMMEN = {
    "gemeentecode": "tekst",
    "gemeentenaam": "tekst",
    "provincie": "tekst",
    "inwoners_2023": "geheel",
    "inwoners_2024": "geheel",
    "dichtheid": "getal",
    "opgave_cyclus2": "geheel",
    "correctiefactor": "getal",
    "regulier": "geheel",
    "nood": "geheel",
    "inkomen_per_inwoner": "getal",
    "laag_inkomen_pct": "getal",
    "opleiding_hoog_pct": "getal",
    "opleiding_laag_pct": "getal",
    "arbeidsparticipatie_pct": "getal",
    "kerncijfers_samengevoegd": "tekst",
}


def datamap() -> Path:
    """De map met verwerkte gegevens: $SPREIDING_DATA of anders data/ in het project."""
    return Path(os.environ.get("SPREIDING_DATA", PROJECTMAP / "data"))


def _bestand(naam: str, map_: Path | None) -> Path:
    pad = (map_ or datamap()) / naam
    if not pad.is_file():
        raise DataFout(f"Het gegevensbestand {naam} ontbreekt. {HERSTEL}")
    return pad


def controleer_gemeenten(tabel: pd.DataFrame, naam: str = GEMEENTEN) -> pd.DataFrame:
    """Kolommen, soorten en waarden van de gemeententabel; geeft de tabel gesorteerd op code terug."""
    ontbreekt = [k for k in KOLOMMEN if k not in tabel.columns]
    if ontbreekt:
        raise DataFout(f"Het gegevensbestand {naam} mist de kolom(men): {', '.join(ontbreekt)}. {HERSTEL}")
    if tabel.empty:
        raise DataFout(f"Het gegevensbestand {naam} bevat geen gemeenten. {HERSTEL}")
    for kolom, soort in KOLOMMEN.items():
        if soort == "tekst":
            continue
        waarden = pd.to_numeric(tabel[kolom], errors="coerce")
        verplicht = soort == "geheel" or kolom == "correctiefactor"
        if verplicht and (
            waarden.isna().any() or not np.isfinite(waarden.to_numpy(dtype=float)).all() or (waarden < 0).any()
        ):
            raise DataFout(f"Het gegevensbestand {naam} heeft ongeldige waarden in de kolom {kolom}. {HERSTEL}")
    if tabel["gemeentecode"].duplicated().any():
        raise DataFout(f"Het gegevensbestand {naam} bevat dubbele gemeentecodes. {HERSTEL}")
    return tabel.sort_values("gemeentecode", kind="stable").reset_index(drop=True)


def laad_gemeenten(map_: Path | None = None) -> pd.DataFrame:
    """De gemeententabel (zie KOLOMMEN), gesorteerd op gemeentecode."""
    pad = _bestand(GEMEENTEN, map_)
    try:
        tabel = pd.read_parquet(pad)
    except Exception as fout:  # pyarrow geeft diverse fouttypen voor kapotte bestanden
        raise DataFout(f"Het gegevensbestand {GEMEENTEN} is beschadigd of geen Parquet-bestand. {HERSTEL}") from fout
    return controleer_gemeenten(tabel)


def laad_woonplaatsen(map_: Path | None = None) -> pd.DataFrame:
    """Woonplaatsen met hun gemeente (gemeentecode, woonplaats), voor het zoeken; een naam kan in meer gemeenten
    liggen."""
    pad = _bestand(WOONPLAATSEN, map_)
    try:
        tabel = pd.read_csv(pad, dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as fout:
        raise DataFout(f"Het gegevensbestand {WOONPLAATSEN} is beschadigd. {HERSTEL}") from fout
    if list(tabel.columns) != ["gemeentecode", "woonplaats"] or tabel.empty or (tabel["woonplaats"] == "").any():
        raise DataFout(f"Het gegevensbestand {WOONPLAATSEN} heeft niet de verwachte kolommen. {HERSTEL}")
    return tabel


def grensbestand(niveau: str, map_: Path | None = None) -> Path:
    """Het GeoJSON-bestand met de grenzen van `niveau` ('gemeente' of 'provincie')."""
    naam = {"gemeente": GEMEENTEGRENZEN, "provincie": PROVINCIEGRENZEN}.get(niveau)
    if naam is None:
        raise DataFout(f"Onbekend niveau voor grenzen: {niveau!r} (kies gemeente of provincie).")
    return _bestand(naam, map_)


def laad_grenzen(niveau: str, map_: Path | None = None) -> dict:
    """Grenzen als GeoJSON-dict; elk gebied heeft properties.code (gemeentecode of provincienaam)."""
    pad = grensbestand(niveau, map_)
    try:
        geo = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise DataFout(f"Het grenzenbestand {pad.name} is beschadigd of geen GeoJSON. {HERSTEL}") from fout
    if not isinstance(geo, dict) or geo.get("type") != "FeatureCollection" or not geo.get("features"):
        raise DataFout(f"Het grenzenbestand {pad.name} bevat geen gebieden. {HERSTEL}")
    for gebied in geo["features"]:
        if (gebied.get("geometry") or {}).get("type") not in ("Polygon", "MultiPolygon") or "code" not in (
            gebied.get("properties") or {}
        ):
            raise DataFout(f"Het grenzenbestand {pad.name} bevat een gebied zonder code of zonder vlak. {HERSTEL}")
    return geo


def laad_manifest(map_: Path | None = None) -> dict:
    """Herkomst van de verwerkte gegevens (bestand, sha256, uitgever, peildatum, licentie)."""
    pad = _bestand(MANIFEST, map_)
    try:
        manifest = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise DataFout(f"Het bronnenbestand {pad.name} is beschadigd. {HERSTEL}") from fout
    if not isinstance(manifest, dict) or not isinstance(manifest.get("bronnen"), list):
        raise DataFout(f"Het bronnenbestand {pad.name} heeft niet de verwachte inhoud. {HERSTEL}")
    return manifest
