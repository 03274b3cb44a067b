"""Lezers van de ruwe bronbestanden (spreiding/data/bronbestanden.py): elk leest één bestand, toetst het (codes,
sommen, geen negatieve aantallen) en geeft een tabel; bij een fout een BouwFout met een Nederlandse melding."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..fouten import BouwFout
from ..parameters import PARAMETERS
from .bronbestanden import Bronbestand
from .samenvoegingen import SAMENVOEGINGEN

RD_NEW = "EPSG:28992"  # Rijksdriehoeksstelsel, voor de provinciegrenzen in meters
WGS84 = "EPSG:4326"
#: Provincienamen zoals CBS ze schrijft (het bronbestand schrijft 'Friesland').
PROVINCIENAMEN = {"Friesland": "Fryslân"}


# --------------------------------------------------------------------------------------------- lezen


@dataclass(frozen=True)
class Controles:
    """Wat de bouw controleert (standaard de gepubliceerde waarden uit spreiding/parameters/); tests geven een kleinere
    set voor fictieve bronbestanden."""

    gemeenten: int = int(PARAMETERS.cbs["gemeenten"].waarde)
    totaal_cyclus2: int = int(PARAMETERS.gepubliceerde_cyclus.totaal.waarde)  # de cyclus met gepubliceerde aantallen
    inwoners_2021: int = int(PARAMETERS.cbs["inwoners_2021"].waarde)
    inwoners_2023: int = int(PARAMETERS.cbs["inwoners_2023"].waarde)
    inwoners_2024: int = int(PARAMETERS.cbs["inwoners_2024"].waarde)


def bronpad(bron: Path, b: Bronbestand) -> Path:
    pad = bron / b.pad
    if not pad.is_file():
        raise BouwFout(f"Bronbestand ontbreekt: {b.pad}. Verwacht in {bron}.")
    return pad


def _json(pad: Path) -> dict:
    try:
        return json.loads(pad.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise BouwFout(f"Bronbestand {pad.name} is geen leesbare JSON ({fout.__class__.__name__}).") from fout


def _csv(pad: Path, scheiding: str) -> list[dict[str, str]]:
    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as fout:
        raise BouwFout(f"Bronbestand {pad.name} is onleesbaar (geen UTF-8-tekst).") from fout
    rijen = list(csv.DictReader(io.StringIO(tekst), delimiter=scheiding))
    if not rijen:
        raise BouwFout(f"Bronbestand {pad.name} bevat geen rijen.")
    return rijen


def _geheel(waarde, bestand: str, wat: str) -> int:
    """Een niet-negatief geheel getal, anders een BouwFout die zegt waar."""
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)) or not np.isfinite(waarde):
        raise BouwFout(f"Bronbestand {bestand}: {wat} is geen getal ({waarde!r}).")
    if waarde < 0 or waarde != int(waarde):
        raise BouwFout(f"Bronbestand {bestand}: {wat} is negatief of geen geheel getal ({waarde!r}).")
    return int(waarde)


#: Kolommen van het uittreksel van cyclus 2 (bronnen/ruw/nos_cyclus2/cyclus2.csv).
CYCLUS2_KOLOMMEN = ("gemeentecode", "opgave", "regulier", "nood")


def lees_cyclus2(pad: Path, verwacht: int) -> pd.DataFrame:
    """Cyclus 2 per gemeente: code, opgave (indicatieve verdeling), regulier, nood; de som moet `verwacht` zijn."""
    rijen = _csv(pad, ";")
    if tuple(rijen[0].keys()) != CYCLUS2_KOLOMMEN:
        raise BouwFout(f"Bronbestand {pad.name} moet precies de kolommen {';'.join(CYCLUS2_KOLOMMEN)} hebben.")
    uit = []
    for r in rijen:
        code = (r["gemeentecode"] or "").strip().upper()
        rij = {"gemeentecode": code}
        for bron, kolom in (("opgave", "opgave_cyclus2"), ("regulier", "regulier"), ("nood", "nood")):
            try:
                waarde = float(r[bron])
            except (TypeError, ValueError) as fout:
                raise BouwFout(f"Bronbestand {pad.name}: {bron} van {code} is geen getal ({r[bron]!r}).") from fout
            rij[kolom] = _geheel(waarde, pad.name, f"{bron} van {code}")
        uit.append(rij)
    tabel = pd.DataFrame(uit)
    if tabel["gemeentecode"].duplicated().any():
        raise BouwFout(
            f"Bronbestand {pad.name} noemt een gemeentecode meer dan eens: "
            f"{', '.join(tabel.loc[tabel['gemeentecode'].duplicated(), 'gemeentecode'][:5])}."
        )
    if int(tabel["opgave_cyclus2"].sum()) != verwacht:
        raise BouwFout(
            f"Bronbestand {pad.name}: de verdeling telt op tot {int(tabel['opgave_cyclus2'].sum())}, "
            f"niet tot {verwacht}."
        )
    return tabel


def uittreksel_nos(json_pad: Path, csv_pad: Path, inwoners_2024: Path, verwacht: int) -> int:
    """Maak het minimale uittreksel van cyclus 2 uit de kopie van de NOS-grafiek (grenzendicht data/gemeenten.json):
    alleen code, opgave, regulier en nood. Controleert eerst wat die kopie zelf belooft (regulier + nood = totaal,
    totaal − verdeling = verschil, de som in `meta`) en dat haar inwoners gelijk zijn aan CBS 1 januari 2024.
    Eenmalig gebruikt; zie bronnen/ruw/nos_cyclus2/SOURCES.md. Geeft het aantal gemeenten."""
    ruw = _json(json_pad)
    try:
        gemeenten, meta = ruw["gemeenten"], ruw["meta"]
    except (KeyError, TypeError) as fout:
        raise BouwFout(f"Bronbestand {json_pad.name} mist 'gemeenten' of 'meta'.") from fout
    cbs = lees_inwoners_2024(inwoners_2024).set_index("gemeentecode")["inwoners_2024"]
    regels = [";".join(CYCLUS2_KOLOMMEN)]
    som = 0
    for naam, g in sorted(gemeenten.items(), key=lambda kv: str(kv[1].get("code"))):
        sw = g["sw"]
        code = str(g["code"]).strip().upper()
        if sw["regulier"] + sw["nood"] != sw["totaal"] or sw["totaal"] - sw["verdeling"] != sw["verschil"]:
            raise BouwFout(
                f"Bronbestand {json_pad.name}: bij {naam} klopt regulier + nood = totaal of totaal − verdeling = "
                "verschil niet."
            )
        if cbs.get(code) != g["bevolking"]:
            raise BouwFout(f"Bronbestand {json_pad.name}: de inwoners van {naam} wijken af van CBS 1 januari 2024.")
        som += sw["verdeling"]
        regels.append(f"{code};{sw['verdeling']};{sw['regulier']};{sw['nood']}")
    if som != verwacht or meta.get("totaal_indicatieve_verdeling") != verwacht:
        raise BouwFout(f"Bronbestand {json_pad.name}: de verdeling telt op tot {som}, niet tot {verwacht}.")
    csv_pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return len(regels) - 1


def lees_inwoners_2024(pad: Path) -> pd.DataFrame:
    ruw = _json(pad)
    rijen = [
        {
            "gemeentecode": k,
            "inwoners_2024": _geheel((v or {}).get("AantalInwoners_5"), pad.name, f"inwoners van {k}"),
            # inwoners per km² land (CBS Bevolkingsdichtheid_34), voor 'vergelijkbare gemeenten'; kan ontbreken
            "dichtheid": float((v or {}).get("Bevolkingsdichtheid_34") or "nan"),
        }
        for k, v in ruw.items()
        if str(k).startswith("GM")
    ]
    return pd.DataFrame(rijen)


def lees_inwoners_2023(pad: Path) -> pd.DataFrame:
    rijen = _csv(pad, ";")
    try:
        return pd.DataFrame(
            [
                {
                    "gemeentecode": r["gemeentecode"].strip().upper(),
                    "inwoners_2023": _geheel(float(r["inwoners"]), pad.name, f"inwoners van {r['gemeentecode']}"),
                }
                for r in rijen
            ]
        )
    except (KeyError, ValueError) as fout:
        raise BouwFout(
            f"Bronbestand {pad.name} moet de kolommen gemeentecode;inwoners hebben met gehele getallen."
        ) from fout


def lees_woonplaatsen(pad: Path, namen: pd.DataFrame) -> pd.DataFrame:
    """Woonplaatsen met hun gemeente (CBS 86312NED): (gemeentecode, woonplaats). Elke code en gemeentenaam moet die
    van de eigen indeling zijn; een woonplaats kan in meer gemeenten liggen (SOURCES.md: 70 namen)."""
    rijen = _csv(pad, ",")
    try:
        tabel = pd.DataFrame(
            {
                "gemeentecode": [r["gemeentecode"].strip().upper() for r in rijen],
                "woonplaats": [r["woonplaats"].strip() for r in rijen],
                "gemeente": [r["gemeente"].strip() for r in rijen],
            }
        )
    except KeyError as fout:
        raise BouwFout(f"Bronbestand {pad.name} mist de kolom {fout}.") from fout
    if tabel.empty or (tabel["woonplaats"] == "").any():
        raise BouwFout(f"Bronbestand {pad.name} heeft een regel zonder woonplaats.")
    eigen = dict(zip(namen["gemeentecode"], namen["gemeentenaam"]))
    fout = tabel[tabel["gemeentecode"].map(eigen) != tabel["gemeente"]]
    if not fout.empty:
        r = fout.iloc[0]
        raise BouwFout(
            f"Bronbestand {pad.name}: woonplaats {r['woonplaats']} ligt volgens het bestand in {r['gemeente']} "
            f"({r['gemeentecode']}), maar die code hoort niet bij die naam in de gemeentelijke indeling."
        )
    if tabel.duplicated(["gemeentecode", "woonplaats"]).any():
        raise BouwFout(f"Bronbestand {pad.name} noemt een woonplaats twee keer in dezelfde gemeente.")
    return tabel[["gemeentecode", "woonplaats"]].sort_values(["woonplaats", "gemeentecode"]).reset_index(drop=True)


def lees_namen(pad_namen: Path, pad_provincies: Path) -> pd.DataFrame:
    namen = _csv(pad_namen, ",")
    provincies = _csv(pad_provincies, ";")
    try:
        n = pd.DataFrame(
            {
                "gemeentecode": [r["gm_code"].strip().upper() for r in namen],
                "gemeentenaam": [r["gm_naam"].strip() for r in namen],
            }
        )
        p = pd.DataFrame(
            {
                "gemeentecode": [r["GM_code"].strip().upper() for r in provincies],
                "provincie": [PROVINCIENAMEN.get(r["province"].strip(), r["province"].strip()) for r in provincies],
            }
        )
    except KeyError as fout:
        raise BouwFout(f"Bronbestand {pad_namen.name} of {pad_provincies.name} mist de kolom {fout}.") from fout
    for tabel, bestand in ((n, pad_namen.name), (p, pad_provincies.name)):
        if tabel["gemeentecode"].duplicated().any():
            raise BouwFout(f"Bronbestand {bestand} noemt een gemeentecode meer dan eens.")
        if (tabel.iloc[:, 1] == "").any():
            raise BouwFout(f"Bronbestand {bestand} heeft een gemeente zonder naam of provincie.")
    return n.merge(p, on="gemeentecode", how="outer")


#: Kerncijfers 2021: veld in nl_data.json -> kolom in data/ (CBS 85039NED; zie SOURCES.md voor de herkomst).
KERNCIJFERS = {
    "inkomen_per_inwoner": ("_avg_income", None),  # x 1.000 euro, GemiddeldInkomenPerInwoner_72
    "laag_inkomen_pct": ("_poverty_pct", None),  # % huishoudens met een laag inkomen, _78
    "opleiding_hoog_pct": ("HumanCapital", "High education (%)"),
    "opleiding_laag_pct": ("HumanCapital", "Low education (%)"),
    "arbeidsparticipatie_pct": ("HumanCapital", "Labour participation (%)"),  # netto, _67
}


def _kerncijfer(rij: dict, veld: tuple[str, str | None]):
    waarde = rij.get(veld[0])
    if veld[1] is not None:
        waarde = (waarde or {}).get(veld[1])
    return np.nan if waarde is None else float(waarde)


def kerncijfers_2021(pad: Path, codes: set[str], inwoners_2021: int) -> tuple[pd.DataFrame, dict]:
    """Kerncijfers 2021 per gemeente in de indeling 2024: de 14 codes van vóór de herindelingen van 2022-2023
    worden onder hun nieuwe gemeente gebracht, gewogen naar inwoners 2021 (percentages en inkomen per inwoner)."""
    ruw = _json(pad)
    try:
        gemeenten, nederland = ruw["Gemeente"], ruw["Netherlands Total"]
    except (KeyError, TypeError) as fout:
        raise BouwFout(f"Bronbestand {pad.name} mist 'Gemeente' of 'Netherlands Total'.") from fout
    rijen = []
    for code, rij in gemeenten.items():
        nieuw = SAMENVOEGINGEN.get(code, (code, ""))[0]
        rijen.append(
            {
                "oud": code,
                "gemeentecode": nieuw,
                "inwoners_2021": _geheel(rij.get("Population"), pad.name, f"inwoners 2021 van {code}"),
                **{k: _kerncijfer(rij, v) for k, v in KERNCIJFERS.items()},
            }
        )
    tabel = pd.DataFrame(rijen)
    if int(tabel["inwoners_2021"].sum()) != inwoners_2021:
        raise BouwFout(f"Bronbestand {pad.name}: de inwoners 2021 tellen niet op tot het CBS-landtotaal.")
    onbekend = sorted(set(tabel["gemeentecode"]) - codes)
    if onbekend:
        raise BouwFout(
            f"Bronbestand {pad.name} heeft gemeentecodes die niet in de indeling 2024 staan en geen bekende "
            f"herindeling zijn: {', '.join(onbekend[:10])}."
        )
    uit = []
    for code, groep in tabel.groupby("gemeentecode", sort=True):
        w = groep["inwoners_2021"].to_numpy(dtype=float)
        rij = {
            "gemeentecode": code,
            "kerncijfers_samengevoegd": ",".join(sorted(groep["oud"])) if len(groep) > 1 else "",
        }
        for k in KERNCIJFERS:
            v = groep[k].to_numpy(dtype=float)
            geldig = ~np.isnan(v)
            rij[k] = float(np.average(v[geldig], weights=w[geldig])) if geldig.any() and w[geldig].sum() > 0 else np.nan
        uit.append(rij)
    landelijk = {k: _kerncijfer(nederland, v) for k, v in KERNCIJFERS.items() if k != "inkomen_per_inwoner"}
    landelijk["inkomen_per_inwoner"] = float(nederland["IncomeWealth"]["Avg income per inhabitant (x€1k)"])
    landelijk["laag_inkomen_pct"] = float(nederland["Inequality"]["Low income threshold (%)"])
    return pd.DataFrame(uit), landelijk


def lees_grenzen(pad: Path):
    """Gemeentegrenzen met eigenschappen `statcode`/`statnaam`; ringen die zichzelf raken worden gerepareerd
    (make_valid) en alleen de vlakken blijven over (SOURCES.md: Hardenberg, Ommen, Schouwen-Duiveland)."""
    import geopandas as gpd  # lui: optionele afhankelijkheid [bouw], alleen voor python -m spreiding.data build

    try:
        gdf = gpd.read_file(pad)
    except Exception as fout:  # pyogrio/GDAL geven uiteenlopende fouttypen
        raise BouwFout(f"Bronbestand {pad.name} is onleesbaar als GeoJSON ({fout.__class__.__name__}).") from fout
    for kolom in ("statcode", "statnaam"):
        if kolom not in gdf.columns:
            raise BouwFout(f"Bronbestand {pad.name} mist de eigenschap '{kolom}'.")
    gdf = gdf[gdf["statcode"].astype(str).str.startswith("GM")].copy()
    if gdf["statcode"].duplicated().any():
        raise BouwFout(f"Bronbestand {pad.name} bevat dubbele gemeentecodes.")
    if gdf.crs is None:
        gdf = gdf.set_crs(WGS84)
    gdf["geometry"] = [_alleen_vlakken(g) for g in gdf.geometry.make_valid()]
    leeg = gdf.loc[gdf.geometry.is_empty, "statcode"].tolist()
    if leeg:
        raise BouwFout(f"Bronbestand {pad.name} heeft geen vlak voor: {', '.join(leeg[:10])}.")
    return gdf[["statcode", "geometry"]].rename(columns={"statcode": "code"})


def _alleen_vlakken(geometrie):
    """make_valid kan van een zichzelf rakende ring een verzameling van vlakken en lijnen maken;
    een kaart heeft alleen de vlakken nodig (Polygon of MultiPolygon)."""
    import shapely  # lui: optionele afhankelijkheid [bouw]

    if geometrie.geom_type in ("Polygon", "MultiPolygon"):
        return geometrie
    vlakken = [d for d in shapely.get_parts(geometrie) if d.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(vlakken) if vlakken else shapely.Polygon()


def afronden(gdf, decimalen: int = 3):
    """Rond coördinaten af op `decimalen` graden (3 = ongeveer 100 m, zoals de bron)."""
    import shapely  # lui: optionele afhankelijkheid [bouw]

    afgerond = shapely.set_precision(gdf.geometry.to_numpy(), 10.0**-decimalen)
    gdf = gdf.copy()
    gdf["geometry"] = np.where(shapely.is_empty(afgerond), gdf.geometry.to_numpy(), afgerond)
    return gdf


def provinciegrenzen(gem_geo):
    """Provincie = vereniging van haar gemeenten (zoals haar opgave de som is). Gegeneraliseerde grenzen sluiten
    niet overal naadloos aan; een sluiting van 50 m voorkomt haarlijnen binnen een provincie."""
    import shapely  # lui: optionele afhankelijkheid [bouw]

    rd = gem_geo.to_crs(RD_NEW)
    rd["geometry"] = rd.geometry.buffer(50)
    prov = rd.dissolve(by="provincie", as_index=False)[["provincie", "geometry"]]
    prov["geometry"] = prov.geometry.buffer(-50)
    wgs = prov.to_crs(WGS84)
    wgs["geometry"] = shapely.set_precision(wgs.geometry.to_numpy(), 0.001)
    return wgs.rename(columns={"provincie": "code"}).assign(naam=lambda d: d["code"])
