"""Bouw van data/ uit openbare bronbestanden (CBS, PDOK/Kadaster).

Verwachte bestanden in de bronmap (namen zijn parameters van `bouw`; zie README, 'Gegevens'):
- gemeente_2024.geojson  - CBS/PDOK gebiedsindelingen 2024, gemeenten, gegeneraliseerd, WGS84
                           (eigenschappen `statcode` = GMxxxx en `statnaam`)
- gemeenten_provincies.csv - CBS gemeentelijke indeling: gemeentecode en provincienaam
                           (optioneel provinciecode) per gemeente
- bevolking.csv          - CBS StatLine, bevolking op 1 januari per gemeente (kolommen met de
                           regiocode, de perioden en het aantal inwoners)
- ses_woa.csv            - CBS StatLine, SES-WOA-scores per wijk en buurt (85900NED of opvolger):
                           regiocode, perioden, particuliere huishoudens, SES-WOA totaalscore.
                           Alleen met `zonder_ses=True` (--zonder-ses) mag dit bestand ontbreken; de
                           tabel krijgt dan lege SES-WOA-scores en de verdeling kan alleen naar inwonertal.

De provinciegrenzen worden niet apart ingelezen: een provincie is de vereniging van haar gemeenten,
zoals haar opgave de som van hun aantallen is (Stcrt. 2024, 3320).

De bouw stopt met een BouwFout (Nederlandse melding) als een bestand ontbreekt, onleesbaar is of
codes bevat die niet aansluiten, en laat data/ dan onaangeroerd: er wordt in een tijdelijke map
gebouwd die pas aan het eind op de plaats van data/ komt.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import GEMEENTEGRENZEN, GEMEENTEN, MANIFEST, PROVINCIEGRENZEN
from .samenvoegingen import SAMENVOEGINGEN

#: Optioneel bestand in de bronmap dat per bron beschrijft waar het bestand vandaan komt.
HERKOMST = "herkomst.json"

RD_NEW = "EPSG:28992"  # Rijksdriehoeksstelsel, voor oppervlakten en vereenvoudiging in meters
WGS84 = "EPSG:4326"


class BouwFout(RuntimeError):
    """De bronbestanden zijn niet bruikbaar; de tekst zegt welk bestand en waarom."""


@dataclass(frozen=True)
class BouwInstellingen:
    """Instellingen van de bouw.

    bevolkingsjaar: peildatum 1 januari van dit jaar [U] (DOMAIN.md: standaard 1 januari 2023).
    ses_jaar: SES-WOA-jaar; None = het meest recente jaar in het bestand [U] (DOMAIN.md).
    vereenvoudiging_m: tolerantie van een extra vereenvoudiging van de grenzen, in meters
        (0 = niet: de gegeneraliseerde CBS/PDOK-grenzen zijn al klein genoeg voor een browser).
    decimalen: coördinaten in graden worden hierop afgerond (3 decimalen is ongeveer 100 m).
    zonder_ses: bouw zonder SES-WOA-bestand (de scores blijven leeg; zie README).
    """

    gemeentegrenzen: str = "gemeente_2024.geojson"
    provincies: str = "gemeenten_provincies.csv"
    bevolking: str = "bevolking.csv"
    ses_woa: str = "ses_woa.csv"
    bevolkingsjaar: int = 2023
    ses_jaar: int | None = None
    vereenvoudiging_m: float = 0.0
    decimalen: int = 3
    zonder_ses: bool = False


#: Beschrijving van de bronnen voor het manifest (uitgever en licentie).
BRONBESCHRIJVING = {
    "gemeentegrenzen": ("CBS / PDOK (Kadaster), Gebiedsindelingen 2024, gemeente_gegeneraliseerd", "CC BY 4.0"),
    "provincies": ("CBS, gemeentelijke indeling met provincie per gemeente", "CC BY 4.0"),
    "bevolking": ("CBS StatLine, bevolking op 1 januari per gemeente", "CC BY 4.0"),
    "ses_woa": ("CBS StatLine, Sociaal-economische status; scores per wijk en buurt", "CC BY 4.0"),
}


# ---------------------------------------------------------------- inlezen


def _pad(bron: Path, naam: str) -> Path:
    pad = bron / naam
    if not pad.is_file():
        raise BouwFout(f"Bronbestand ontbreekt: {pad}.")
    return pad


def lees_grenzen(pad: Path, prefix: str):
    """Lees een GeoJSON met `statcode`/`statnaam`; houd alleen codes met het gegeven prefix."""
    import geopandas as gpd

    try:
        gdf = gpd.read_file(pad)
    except Exception as fout:  # pyogrio/GDAL geven uiteenlopende fouttypen
        raise BouwFout(f"Bronbestand {pad.name} is onleesbaar als GeoJSON ({fout.__class__.__name__}).") from fout
    for kolom in ("statcode", "statnaam"):
        if kolom not in gdf.columns:
            raise BouwFout(f"Bronbestand {pad.name} mist de eigenschap '{kolom}'.")
    gdf = gdf[gdf["statcode"].astype(str).str.startswith(prefix)].copy()
    if gdf.empty:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen gebieden met een code die begint met {prefix}.")
    if gdf["statcode"].duplicated().any():
        dubbel = sorted(gdf.loc[gdf["statcode"].duplicated(), "statcode"].unique())
        raise BouwFout(f"Bronbestand {pad.name} bevat dubbele codes: {', '.join(dubbel[:10])}.")
    if gdf.crs is None:
        gdf = gdf.set_crs(WGS84)
    gdf["geometry"] = [_alleen_vlakken(g) for g in gdf.geometry.make_valid()]
    leeg = gdf.loc[gdf.geometry.is_empty, "statcode"].tolist()
    if leeg:
        raise BouwFout(f"Bronbestand {pad.name} heeft geen vlak voor: {', '.join(leeg[:10])}.")
    return gdf[["statcode", "statnaam", "geometry"]].rename(columns={"statcode": "code", "statnaam": "naam"})


def _alleen_vlakken(geometrie):
    """make_valid kan van een zichzelf rakende ring een verzameling van vlakken en lijnen maken;
    een kaart heeft alleen de vlakken nodig (Polygon of MultiPolygon)."""
    import shapely

    if geometrie.geom_type in ("Polygon", "MultiPolygon"):
        return geometrie
    vlakken = [d for d in shapely.get_parts(geometrie) if d.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(vlakken) if vlakken else shapely.Polygon()


def lees_csv(pad: Path) -> pd.DataFrame:
    """Lees een CBS-CSV (puntkomma of komma; 'CSV met statistische symbolen' mag)."""
    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as fout:
        raise BouwFout(f"Bronbestand {pad.name} is onleesbaar (geen UTF-8-tekst).") from fout
    eerste = tekst.splitlines()[0] if tekst.strip() else ""
    scheiding = ";" if eerste.count(";") >= eerste.count(",") else ","
    try:
        import io

        tabel = pd.read_csv(io.StringIO(tekst), sep=scheiding, dtype=str, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as fout:
        raise BouwFout(f"Bronbestand {pad.name} is geen leesbare CSV.") from fout
    if tabel.empty:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen rijen.")
    tabel.columns = [str(k).strip() for k in tabel.columns]
    return tabel.apply(lambda kolom: kolom.str.strip())


def _kolom(tabel: pd.DataFrame, patroon: str, bestand: str, omschrijving: str) -> str:
    for kolom in tabel.columns:
        if re.search(patroon, kolom, flags=re.IGNORECASE):
            return kolom
    raise BouwFout(f"Bronbestand {bestand} mist een kolom voor {omschrijving} (gezocht: /{patroon}/).")


def _jaar(waarde: str) -> int | None:
    gevonden = re.search(r"(19|20)\d\d", str(waarde))
    return int(gevonden.group(0)) if gevonden else None


def _getal(reeks: pd.Series) -> pd.Series:
    """CBS-getallen: '.' of leeg = onbekend; komma of punt als decimaalteken; spaties als duizendtal."""
    schoon = reeks.fillna("").astype(str).str.replace(r"\s", "", regex=True)
    schoon = schoon.where(~schoon.isin(["", ".", "x", "-"]), None)
    schoon = schoon.str.replace(",", ".", regex=False)
    return pd.to_numeric(schoon, errors="coerce")


def lees_bevolking(pad: Path, jaar: int) -> pd.DataFrame:
    tabel = lees_csv(pad)
    code = _kolom(tabel, r"code|^regios?$", pad.name, "de regiocode")
    periode = _kolom(tabel, r"perioden?|jaar|peildatum", pad.name, "de periode")
    aantal = _kolom(tabel, r"bevolking|inwoners", pad.name, "het aantal inwoners")
    tabel = tabel[tabel[code].str.upper().str.startswith("GM", na=False)].copy()
    tabel["jaar"] = tabel[periode].map(_jaar)
    jaren = sorted(j for j in tabel["jaar"].dropna().unique())
    if jaar not in jaren:
        raise BouwFout(f"Bronbestand {pad.name} heeft geen bevolking op 1 januari {jaar} (wel: {', '.join(map(str, jaren)) or 'geen'}).")
    tabel = tabel[tabel["jaar"] == jaar]
    uit = pd.DataFrame({"code": tabel[code].str.upper().str.strip(), "inwoners": _getal(tabel[aantal])})
    if uit["inwoners"].isna().any() or (uit["inwoners"] < 0).any():
        fout = uit.loc[uit["inwoners"].isna() | (uit["inwoners"] < 0), "code"].tolist()
        raise BouwFout(f"Bronbestand {pad.name} heeft geen geldig inwonertal voor: {', '.join(fout[:10])}.")
    if uit["code"].duplicated().any():
        raise BouwFout(f"Bronbestand {pad.name} bevat een gemeente meer dan eens voor {jaar}.")
    return uit


def lees_ses(pad: Path, jaar: int | None) -> tuple[pd.DataFrame, int]:
    tabel = lees_csv(pad)
    code = _kolom(tabel, r"regiocode|wijkenenbuurten|code", pad.name, "de regiocode")
    periode = _kolom(tabel, r"perioden?", pad.name, "de periode")
    score = _kolom(tabel, r"totaalscore|ses.?woa", pad.name, "de SES-WOA totaalscore")
    huishoudens = next((k for k in tabel.columns if re.search("huishoudens", k, re.IGNORECASE)), None)
    tabel = tabel[tabel[code].str.upper().str.startswith("GM", na=False)].copy()
    if tabel.empty:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen gemeenterijen (codes GMxxxx).")
    tabel["jaar"] = tabel[periode].map(_jaar)
    tabel["score"] = _getal(tabel[score])
    beschikbaar = sorted(int(j) for j in tabel.loc[tabel["score"].notna(), "jaar"].dropna().unique())
    if not beschikbaar:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen SES-WOA-scores voor gemeenten.")
    gekozen = beschikbaar[-1] if jaar is None else jaar
    if gekozen not in beschikbaar:
        raise BouwFout(f"Bronbestand {pad.name} heeft geen SES-WOA voor {gekozen} (wel: {', '.join(map(str, beschikbaar))}).")
    tabel = tabel[tabel["jaar"] == gekozen]
    uit = pd.DataFrame(
        {
            "code": tabel[code].str.upper().str.strip(),
            "ses_woa": tabel["score"],
            "huishoudens": _getal(tabel[huishoudens]) if huishoudens else np.nan,
        }
    )
    if uit["code"].duplicated().any():
        raise BouwFout(f"Bronbestand {pad.name} bevat een gemeente meer dan eens voor {gekozen}.")
    return uit, gekozen


def lees_provincies(pad: Path) -> pd.DataFrame:
    """Provincie per gemeente uit de CBS-gemeentelijke indeling (gemeentecode -> provincienaam)."""
    tabel = lees_csv(pad)
    code = _kolom(tabel, r"gemeentecode|^code$|regiocode", pad.name, "de gemeentecode")
    naam = _kolom(tabel, r"provincienaam|^provincie$", pad.name, "de provincienaam")
    pcode = next((k for k in tabel.columns if re.search("provinciecode", k, re.IGNORECASE)), None)
    tabel = tabel[tabel[code].str.upper().str.startswith("GM", na=False)]
    uit = pd.DataFrame(
        {
            "code": tabel[code].str.upper().str.strip(),
            "provincie": tabel[naam],
            "provinciecode": tabel[pcode].str.upper() if pcode else "",
        }
    )
    if uit.empty:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen gemeenten (codes GMxxxx).")
    if uit["provincie"].isna().any() or (uit["provincie"] == "").any():
        raise BouwFout(f"Bronbestand {pad.name} heeft een gemeente zonder provincie.")
    if uit["code"].duplicated().any():
        dubbel = sorted(uit.loc[uit["code"].duplicated(), "code"].unique())
        raise BouwFout(f"Bronbestand {pad.name} noemt een gemeente meer dan eens: {', '.join(dubbel[:10])}.")
    return uit


# ---------------------------------------------------------------- samenvoegen en koppelen


def herindeel(tabel: pd.DataFrame, codes: set[str], waarde: str, gewicht: str | None) -> pd.DataFrame:
    """Breng oude gemeentecodes (SAMENVOEGINGEN) onder bij de nieuwe gemeente, maar alleen als die
    nieuwe gemeente in dit bestand nog geen eigen rij heeft. Som (gewicht None) of gewogen gemiddelde."""
    tabel = tabel.copy()
    tabel["oud"] = ""
    oud = tabel["code"].isin(SAMENVOEGINGEN) & ~tabel["code"].isin(codes)
    if not oud.any():
        return tabel
    tabel.loc[oud, "oud"] = tabel.loc[oud, "code"]
    tabel.loc[oud, "code"] = tabel.loc[oud, "code"].map(lambda c: SAMENVOEGINGEN[c][0])
    al_aanwezig = set(tabel.loc[~oud, "code"])
    tabel = tabel[~(oud & tabel["code"].isin(al_aanwezig))]
    rijen = []
    for code_, groep in tabel.groupby("code", sort=False):
        if len(groep) == 1:
            rijen.append(groep.iloc[0].to_dict())
            continue
        rij = {"code": code_, "oud": ",".join(sorted(o for o in groep["oud"] if o))}
        if gewicht is None:
            rij[waarde] = groep[waarde].sum()
        else:
            w = groep[gewicht].fillna(0).to_numpy(dtype=float)
            v = groep[waarde].to_numpy(dtype=float)
            rij[waarde] = float(np.average(v, weights=w)) if w.sum() > 0 else float(np.mean(v))
            rij[gewicht] = w.sum()
        rijen.append(rij)
    return pd.DataFrame(rijen)


def vereenvoudig(gdf, tolerantie_m: float, decimalen: int):
    """Vereenvoudig als dekking (gedeelde grenzen blijven gedeeld) en rond coördinaten af."""
    import shapely

    rd = gdf.to_crs(RD_NEW)
    if tolerantie_m > 0:
        rd["geometry"] = shapely.coverage_simplify(rd.geometry.to_numpy(), tolerantie_m)
    wgs = rd.to_crs(WGS84)
    afgerond = shapely.set_precision(wgs.geometry.to_numpy(), 10.0 ** -decimalen)
    leeg = shapely.is_empty(afgerond)
    wgs["geometry"] = np.where(leeg, wgs.geometry.to_numpy(), afgerond)
    return wgs


def provinciegrenzen(gem_geo):
    """Provincie = vereniging van haar gemeenten. Gegeneraliseerde gemeentegrenzen sluiten niet
    overal naadloos aan; een sluiting van 50 m voorkomt haarlijnen binnen een provincie."""
    import shapely

    rd = gem_geo.to_crs(RD_NEW)
    rd["geometry"] = rd.geometry.buffer(50)
    prov = rd.dissolve(by="provincie", as_index=False)[["provincie", "geometry"]]
    prov["geometry"] = prov.geometry.buffer(-50)
    wgs = prov.to_crs(WGS84)
    wgs["geometry"] = shapely.set_precision(wgs.geometry.to_numpy(), 0.001)
    return wgs


def _sha256(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()


# ---------------------------------------------------------------- bouw


def bouw_tabellen(bron: Path, instellingen: BouwInstellingen = BouwInstellingen()):
    """Lees en koppel alle bronnen; geeft (gemeententabel, gemeentegrenzen, provinciegrenzen, manifest)."""
    bron = Path(bron)
    if not bron.is_dir():
        raise BouwFout(f"De bronmap bestaat niet: {bron}.")
    paden = {
        "gemeentegrenzen": _pad(bron, instellingen.gemeentegrenzen),
        "provincies": _pad(bron, instellingen.provincies),
        "bevolking": _pad(bron, instellingen.bevolking),
    }
    if not (instellingen.zonder_ses and not (bron / instellingen.ses_woa).exists()):
        paden["ses_woa"] = _pad(bron, instellingen.ses_woa)
    gemeenten = lees_grenzen(paden["gemeentegrenzen"], "GM")
    codes = set(gemeenten["code"])

    provincie = lees_provincies(paden["provincies"])
    bevolking = herindeel(lees_bevolking(paden["bevolking"], instellingen.bevolkingsjaar), codes, "inwoners", None)
    if "ses_woa" in paden:
        ses_ruw, ses_jaar = lees_ses(paden["ses_woa"], instellingen.ses_jaar)
        ses = herindeel(ses_ruw, codes, "ses_woa", "huishoudens")
    else:  # uitdrukkelijk zonder SES-WOA gebouwd: lege scores, geen jaar
        ses_jaar = None
        ses = pd.DataFrame({"code": sorted(codes), "ses_woa": np.nan, "oud": ""})

    te_toetsen = {"provincies": provincie, "bevolking": bevolking, "ses_woa": ses}
    for naam, tabel in ((n, t) for n, t in te_toetsen.items() if n in paden):
        bestand = paden[naam].name
        mist = sorted(codes - set(tabel["code"]))
        extra = sorted(set(tabel["code"]) - codes)
        delen = []
        if mist:
            delen.append(f"mist gemeente(n) die wel in de grenzen staan: {', '.join(mist[:10])}")
        if extra:
            delen.append(f"bevat gemeentecode(s) die niet in de grenzen 2024 staan en geen bekende herindeling zijn: {', '.join(extra[:10])}")
        if delen:
            raise BouwFout(f"Bronbestand {bestand} " + "; en ".join(delen) + ".")
    if ses_jaar is not None and ses["ses_woa"].isna().any():
        mist = ses.loc[ses["ses_woa"].isna(), "code"].tolist()
        raise BouwFout(f"Bronbestand {paden['ses_woa'].name} heeft geen SES-WOA-score voor: {', '.join(mist[:10])}.")

    tabel = (
        gemeenten[["code", "naam"]]
        .merge(provincie[["code", "provinciecode", "provincie"]], on="code")
        .merge(bevolking[["code", "inwoners", "oud"]].rename(columns={"oud": "samengevoegd_bevolking"}), on="code")
        .merge(ses[["code", "ses_woa", "oud"]].rename(columns={"oud": "samengevoegd_ses"}), on="code")
        .rename(columns={"code": "gemeentecode", "naam": "gemeentenaam"})
        .sort_values("gemeentecode")
        .reset_index(drop=True)
    )
    tabel["inwoners"] = tabel["inwoners"].round().astype("int64")
    tabel["inwoners_peildatum"] = f"{instellingen.bevolkingsjaar}-01-01"
    tabel["ses_woa_jaar"] = "" if ses_jaar is None else str(ses_jaar)
    tabel = tabel[
        ["gemeentecode", "gemeentenaam", "provinciecode", "provincie", "inwoners", "inwoners_peildatum",
         "ses_woa", "ses_woa_jaar", "samengevoegd_bevolking", "samengevoegd_ses"]
    ]
    for kolom in ("samengevoegd_bevolking", "samengevoegd_ses"):
        tabel[kolom] = tabel[kolom].fillna("").astype(str)

    grenzen = gemeenten.merge(tabel[["gemeentecode", "provincie"]], left_on="code", right_on="gemeentecode")
    gem_geo = vereenvoudig(grenzen[["code", "naam", "provincie", "geometry"]], instellingen.vereenvoudiging_m, instellingen.decimalen)
    prov_geo = provinciegrenzen(gem_geo)
    prov_geo = prov_geo.rename(columns={"provincie": "code"})
    prov_geo["naam"] = prov_geo["code"]

    manifest = {
        "beschrijving": "Verwerkte gegevens voor het Spreidingswet-dashboard; gebouwd met python -m spreiding.data build.",
        "gemeenten": int(len(tabel)),
        "provincies": int(tabel["provincie"].nunique()),
        "inwoners_peildatum": f"{instellingen.bevolkingsjaar}-01-01",
        "ses_woa_jaar": ses_jaar,
        "ses_woa_beschikbaar": ses_jaar is not None,
        "herindelingen_toegepast": sorted(
            {o for k in ("samengevoegd_bevolking", "samengevoegd_ses") for v in tabel[k] for o in v.split(",") if o}
        ),
        "bronnen": [
            {
                "sleutel": sleutel,
                "uitgever": BRONBESCHRIJVING[sleutel][0],
                "licentie": BRONBESCHRIJVING[sleutel][1],
                "bestand": pad.name,
                "sha256": _sha256(pad),
                "bytes": pad.stat().st_size,
            }
            for sleutel, pad in paden.items()
        ],
    }
    herkomst = bron / HERKOMST
    if herkomst.is_file():  # waar de bronbestanden vandaan komen (bijv. een openbare kopie)
        try:
            manifest["herkomst"] = json.loads(herkomst.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as fout:
            raise BouwFout(f"Bronbestand {HERKOMST} is geen geldige JSON.") from fout
    return tabel, gem_geo, prov_geo, manifest


def _schrijf_geojson(gdf, pad: Path) -> None:
    geo = json.loads(gdf.to_json(drop_id=True))
    pad.write_text(json.dumps(geo, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")


def bouw(bron: Path, doel: Path, instellingen: BouwInstellingen = BouwInstellingen()) -> dict:
    """Bouw de verwerkte gegevens in `doel`. Bij een fout blijft `doel` zoals het was."""
    tabel, gem_geo, prov_geo, manifest = bouw_tabellen(Path(bron), instellingen)
    doel = Path(doel)
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = Path(tempfile.mkdtemp(prefix=".bouw-", dir=doel.parent))
    tijdelijk.chmod(0o755)  # mkdtemp maakt 0700; data/ moet voor iedereen leesbaar zijn
    try:
        tabel.to_parquet(tijdelijk / GEMEENTEN, index=False)
        _schrijf_geojson(gem_geo, tijdelijk / GEMEENTEGRENZEN)
        _schrijf_geojson(prov_geo, tijdelijk / PROVINCIEGRENZEN)
        (tijdelijk / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        # Bewaar wat niet door de bouw gemaakt wordt (bijv. een README in data/).
        if doel.exists():
            for ander in doel.iterdir():
                if not (tijdelijk / ander.name).exists():
                    shutil.copy2(ander, tijdelijk / ander.name) if ander.is_file() else shutil.copytree(ander, tijdelijk / ander.name)
    except BaseException:
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    # Twee keer hernoemen: lezers zien nooit een half geschreven map; mislukt de tweede stap,
    # dan komt de oude map terug.
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
    return manifest
