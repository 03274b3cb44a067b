"""Bouw van data/ uit de ruwe bronbestanden in bronnen/ruw/ (elke map heeft een SOURCES.md en een LICENTIE.md): de
bestanden staan in spreiding/data/bronbestanden.py, de lezers in spreiding/data/lezers.py; hier worden ze gekoppeld.

Controles (zoals in de SOURCES.md-bestanden): 342 gemeentecodes die in elk bestand aansluiten, de sommen
(het totaal van cyclus 2, de CBS-landtotalen uit spreiding/parameters/controles.toml), geen negatieve
aantallen. Bij een fout stopt de bouw met een BouwFout
(Nederlandse melding) en blijft data/ onaangeroerd: er wordt in een tijdelijke map gebouwd die pas aan het eind op de
plaats van data/ komt.

De SES-WOA-correctiefactor per gemeente wordt afgeleid uit de gepubliceerde verdeling van cyclus 2
(spreiding/parameters/wet.toml, [verdeling.correctiefactor]):
correctiefactor = (opgave / totaal) / (inwoners 2024 / inwoners Nederland 2024). [R]
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from ..fouten import BouwFout
from ..notatie import getal
from . import GEMEENTEGRENZEN, GEMEENTEN, KOLOMMEN, MANIFEST, PROVINCIEGRENZEN, STATISCH, WOONPLAATSEN
from .bronbestanden import BRONNEN
from .lezers import (
    Controles,
    afronden,
    bronpad,
    kerncijfers_2021,
    lees_cyclus2,
    lees_grenzen,
    lees_inwoners_2023,
    lees_inwoners_2024,
    lees_namen,
    lees_woonplaatsen,
    provinciegrenzen,
)
from .samenvoegingen import SAMENVOEGINGEN

# ------------------------------------------------------------------------------------------ koppelen


def _toets_codes(codes: set[str], tabel: pd.DataFrame, bestand: str) -> None:
    mist = sorted(codes - set(tabel["gemeentecode"]))
    extra = sorted(set(tabel["gemeentecode"]) - codes)
    delen = []
    if mist:
        delen.append(f"mist gemeente(n): {', '.join(mist[:10])}")
    if extra:
        delen.append(f"heeft gemeentecode(s) die niet in de indeling staan: {', '.join(extra[:10])}")
    if delen:
        raise BouwFout(f"Bronbestand {bestand} sluit niet aan: " + "; ".join(delen) + ".")


def afgeleide_factor(opgave, inwoners, totaal: int):
    """De SES-WOA-correctiefactor die een gepubliceerde verdeling verklaart [R]:
    (opgave / totaal) / (inwoners / som van de inwoners). Verdeelt men `totaal` daarna naar inwoners x factor, dan
    komt de gepubliceerde verdeling terug (tests/test_verdeling.py, als eigenschap)."""
    opgave = np.asarray(opgave, dtype=float)
    inwoners = np.asarray(inwoners, dtype=float)
    return (opgave / totaal) / (inwoners / inwoners.sum())


def _sha256(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()


def bouw_tabellen(bron: Path, c: Controles | None = None):
    """Lees, toets en koppel alle bronnen; geeft (gemeententabel, gemeentegrenzen, provinciegrenzen, manifest,
    woonplaatsen)."""
    bron = Path(bron)
    if not bron.is_dir():
        raise BouwFout(f"De bronmap bestaat niet: {bron}. Geef de map met de ruwe bestanden op met --bron.")
    c = c or Controles()
    paden = {b.sleutel: bronpad(bron, b) for b in BRONNEN}
    aantal = c.gemeenten

    namen = lees_namen(paden["namen"], paden["provincies"])
    if len(namen) != aantal or namen.isna().any().any():
        raise BouwFout(
            f"De namen- en provinciebestanden horen samen {aantal} gemeenten te beschrijven, elk met naam en provincie."
        )
    codes = set(namen["gemeentecode"])
    woonplaatsen = lees_woonplaatsen(paden["woonplaatsen"], namen)
    cyclus2 = lees_cyclus2(paden["cyclus2"], c.totaal_cyclus2)
    inw24 = lees_inwoners_2024(paden["inwoners2024"])
    inw23 = lees_inwoners_2023(paden["inwoners2023"])
    for tabel, sleutel in ((cyclus2, "cyclus2"), (inw24, "inwoners2024"), (inw23, "inwoners2023")):
        _toets_codes(codes, tabel, Path(paden[sleutel]).name)
    for tabel, kolom, jaar in ((inw24, "inwoners_2024", 2024), (inw23, "inwoners_2023", 2023)):
        verwacht = getattr(c, f"inwoners_{jaar}")
        if int(tabel[kolom].sum()) != verwacht:
            raise BouwFout(
                f"De inwoners op 1 januari {jaar} tellen op tot {getal(int(tabel[kolom].sum()))}, niet tot het "
                f"CBS-landtotaal {getal(verwacht)}."
            )
    kern, kern_nl = kerncijfers_2021(paden["kerncijfers2021"], codes, c.inwoners_2021)
    _toets_codes(codes, kern, paden["kerncijfers2021"].name)
    grenzen = lees_grenzen(paden["grenzen"])
    _toets_codes(codes, grenzen.rename(columns={"code": "gemeentecode"}), paden["grenzen"].name)

    tabel = (
        namen.merge(inw23, on="gemeentecode")
        .merge(inw24, on="gemeentecode")
        .merge(cyclus2, on="gemeentecode")
        .merge(kern, on="gemeentecode")
        .sort_values("gemeentecode")
        .reset_index(drop=True)
    )
    if (tabel["inwoners_2024"] <= 0).any() or (tabel["inwoners_2023"] <= 0).any():
        raise BouwFout("Elke gemeente moet inwoners hebben op 1 januari 2023 en 2024.")
    # Afgeleide SES-WOA-correctie [R]: (opgave / totaal) / (inwoners / inwoners NL), beide op 1 januari 2024.
    tabel["correctiefactor"] = afgeleide_factor(tabel["opgave_cyclus2"], tabel["inwoners_2024"], c.totaal_cyclus2)
    tabel = tabel[list(KOLOMMEN)]

    gem_geo = afronden(
        grenzen.merge(tabel[["gemeentecode", "gemeentenaam", "provincie"]], left_on="code", right_on="gemeentecode")
    )
    gem_geo = (
        gem_geo[["code", "gemeentenaam", "provincie", "geometry"]]
        .rename(columns={"gemeentenaam": "naam"})
        .sort_values("code")
    )
    prov_geo = provinciegrenzen(gem_geo)

    manifest = {
        "beschrijving": (
            "Verwerkte gegevens voor het Spreidingswet-dashboard; gebouwd met python -m spreiding.data build."
        ),
        "gemeenten": int(len(tabel)),
        "provincies": int(tabel["provincie"].nunique()),
        "woonplaatsen": int(len(woonplaatsen)),
        "kerncijfers_2021_nederland": {k: round(v, 4) for k, v in sorted(kern_nl.items())},
        "herindelingen_kerncijfers_2021": sorted(
            {o for v in tabel["kerncijfers_samengevoegd"] for o in v.split(",") if o in SAMENVOEGINGEN}
        ),
        "bronnen": [
            {
                "sleutel": b.sleutel,
                "bestand": b.pad,
                "uitgever": b.uitgever,
                "peildatum": b.peildatum,
                "licentie": b.licentie,
                "herkomst": b.herkomst,
                "sha256": _sha256(paden[b.sleutel]),
                "bytes": paden[b.sleutel].stat().st_size,
            }
            for b in BRONNEN
        ],
    }
    return tabel, gem_geo, prov_geo, manifest, woonplaatsen


def _schrijf_geojson(gdf, pad: Path) -> None:
    geo = json.loads(gdf.to_json(drop_id=True))
    pad.write_text(json.dumps(geo, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def bouw(bron: Path, doel: Path, controles: Controles | None = None, statisch: Path | None = None) -> dict:
    """Bouw de verwerkte gegevens in `doel`. Bij een fout blijft `doel` zoals het was. Met `statisch` (de map die de
    app de browser laat ophalen, STATISCH) komt daar een kopie van de twee grensbestanden."""
    tabel, gem_geo, prov_geo, manifest, woonplaatsen = bouw_tabellen(Path(bron), controles)
    doel = Path(doel)
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = Path(tempfile.mkdtemp(prefix=".bouw-", dir=doel.parent))
    tijdelijk.chmod(0o755)  # mkdtemp maakt 0700; data/ moet voor iedereen leesbaar zijn
    try:
        tabel.to_parquet(tijdelijk / GEMEENTEN, index=False)
        _schrijf_geojson(gem_geo, tijdelijk / GEMEENTEGRENZEN)
        _schrijf_geojson(prov_geo, tijdelijk / PROVINCIEGRENZEN)
        woonplaatsen.to_csv(tijdelijk / WOONPLAATSEN, index=False, lineterminator="\n")
        (tijdelijk / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if doel.exists():  # bewaar wat niet door de bouw gemaakt wordt (bijv. een README in data/)
            for ander in doel.iterdir():
                if not (tijdelijk / ander.name).exists():
                    shutil.copy2(ander, tijdelijk / ander.name) if ander.is_file() else shutil.copytree(
                        ander, tijdelijk / ander.name
                    )
    except BaseException:
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    # Twee keer hernoemen: lezers zien nooit een half geschreven map; mislukt de tweede stap, dan komt de oude terug.
    oud = doel.with_name(doel.name + ".oud")
    if oud.exists():
        shutil.rmtree(oud)
    if doel.exists():
        doel.rename(oud)
    try:
        tijdelijk.rename(doel)
    except BaseException:
        if oud.exists() and not doel.exists():
            oud.rename(doel)
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    if oud.exists():
        shutil.rmtree(oud)
    if statisch is not None:
        kopieer_grenzen(doel, statisch)
    return manifest


def kopieer_grenzen(data: Path, statisch: Path = STATISCH) -> None:
    """Zet de grensbestanden uit `data` byte voor byte in `statisch` (elk bestand in één keer vervangen)."""
    statisch.mkdir(parents=True, exist_ok=True)
    for naam in (GEMEENTEGRENZEN, PROVINCIEGRENZEN):
        tijdelijk = statisch / f".{naam}.tmp"
        shutil.copyfile(data / naam, tijdelijk)
        tijdelijk.chmod(0o644)
        tijdelijk.replace(statisch / naam)
