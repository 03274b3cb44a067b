"""Fictieve ruwe bronbestanden in het formaat van bronnen/ruw/ (géén echte gegevens; nooit naar data/).

Drie provincies van vier gemeenten, vierkante grenzen, een cyclus-2-verdeling die optelt tot `TOTAAL`, inwoners
2023 en 2024, en kerncijfers 2021 waarin één gemeente (GM1992, Voorne aan Zee) nog in de drie oude codes van vóór de
herindeling van 2023 staat, zodat de bouw de samenvoeging moet toepassen.
"""

from __future__ import annotations

import json
from pathlib import Path

from spreiding.data.lezers import Controles

TOTAAL = 1_200
OUD = ("GM0501", "GM0530", "GM0614")  # -> GM1992 (1 januari 2023)


def gemeenten() -> list[dict]:
    uit = []
    for p, provincie in enumerate(("Noord", "Midden", "Zuid")):
        for j in range(4):
            i = 4 * p + j
            code = "GM1992" if i == 0 else f"GM9{i:03d}"
            uit.append(
                {
                    "code": code,
                    "naam": "Voorne aan Zee" if code == "GM1992" else f"Testgemeente {i}",
                    "provincie": provincie,
                    "kolom": j,
                    "rij": p,
                    "inw23": 10_000 + 1_000 * i,
                    "inw24": 10_100 + 1_000 * i,
                    "opgave": 100,  # 12 x 100 = 1.200 = TOTAAL
                    "regulier": 50 * (i % 3),
                    "nood": 10 * (i % 2),
                }
            )
    return uit


def controles() -> Controles:
    lijst = gemeenten()
    return Controles(
        gemeenten=len(lijst),
        totaal_cyclus2=TOTAAL,
        inwoners_2021=sum(g["inw23"] for g in lijst),
        inwoners_2023=sum(g["inw23"] for g in lijst),
        inwoners_2024=sum(g["inw24"] for g in lijst),
    )


def schrijf(bron: Path) -> list[dict]:
    """Schrijf de acht ruwe bestanden in `bron`."""
    lijst = gemeenten()
    for map_ in (
        "nos_cyclus2",
        "cbs_bevolking2023",
        "cbs_kwb2024_wikigen",
        "regioviewer_gemeenten2025",
        "nlstat_kwb2021_gemeenten",
        "cartomap_gemeente2024",
        "cbs_woonplaatsen2026",
    ):
        (bron / map_).mkdir(parents=True, exist_ok=True)
    regels = ["gemeentecode;opgave;regulier;nood"] + [
        f"{g['code']};{g['opgave']};{g['regulier']};{g['nood']}" for g in lijst
    ]
    (bron / "nos_cyclus2" / "cyclus2.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")
    kwb = {
        g["code"]: {"AantalInwoners_5": g["inw24"], "Bevolkingsdichtheid_34": 100 + g["inw24"] // 100} for g in lijst
    } | {"WK999900": {"AantalInwoners_5": 5}}
    (bron / "cbs_kwb2024_wikigen" / "stripped_filtered_data_2024.json").write_text(json.dumps(kwb), encoding="utf-8")
    regels = ["fid,objectid,jrstatcode,gm_code,gm_naam,water,jaar"] + [
        f"{i},{i},2025{g['code']},{g['code']},{g['naam']},NEE,2025" for i, g in enumerate(lijst, 1)
    ]
    (bron / "regioviewer_gemeenten2025" / "gemeenten.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")
    regels = ["\ufeffGM_code;province"] + [f"{g['code']};{g['provincie']}" for g in lijst]
    (bron / "regioviewer_gemeenten2025" / "gm_codes_and_provinces.csv").write_text(
        "\n".join(regels) + "\n", encoding="utf-8"
    )
    kern = {}
    for g in lijst:
        stukken = (
            [(o, g["inw23"] // 3 + (g["inw23"] % 3 if k == 0 else 0)) for k, o in enumerate(OUD)]
            if g["code"] == "GM1992"
            else [(g["code"], g["inw23"])]
        )
        for k, (code, inw) in enumerate(stukken):
            kern[code] = {
                "Population": inw,
                "_avg_income": 30.0 + k,
                "_poverty_pct": 5.0,
                "HumanCapital": {
                    "High education (%)": 30.0,
                    "Low education (%)": 25.0,
                    "Labour participation (%)": 70.0,
                },
            }
    nl = {
        "IncomeWealth": {"Avg income per inhabitant (x€1k)": 29.1},
        "Inequality": {"Low income threshold (%)": 4.7},
        "HumanCapital": {"High education (%)": 28.7, "Low education (%)": 27.1, "Labour participation (%)": 70.6},
    }
    (bron / "nlstat_kwb2021_gemeenten" / "nl_data.json").write_text(
        json.dumps({"Gemeente": kern, "Netherlands Total": nl}), encoding="utf-8"
    )
    features = []
    for g in lijst:
        x0, y0 = 4.0 + 0.1 * g["kolom"], 51.0 + 0.1 * g["rij"]
        ring = [[x0, y0], [x0 + 0.1, y0], [x0 + 0.1, y0 + 0.1], [x0, y0 + 0.1], [x0, y0]]
        features.append(
            {
                "type": "Feature",
                "properties": {"statcode": g["code"], "statnaam": g["naam"]},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    (bron / "cartomap_gemeente2024" / "gemeente_2024.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )
    regels = ["gemeentecode;inwoners"] + [f"{g['code']};{g['inw23']}" for g in lijst]
    (bron / "cbs_bevolking2023" / "bevolking_2023.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")
    regels = ["gemeentecode,woonplaats,gemeente,provincie"] + [
        f"{g['code']},{g['naam']},{g['naam']},{g['provincie']}" for g in lijst
    ]
    (bron / "cbs_woonplaatsen2026" / "woonplaatsen.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")
    return lijst
