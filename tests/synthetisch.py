"""Fictieve bronbestanden voor tests en benchmarks (géén echte gegevens; nooit naar data/).

Maakt een bronmap in het formaat dat `python -m spreiding.data build` verwacht: vierkante
gemeenten in rijen (één rij per provincie), een provincie-per-gemeente-CSV, een CBS-achtige
bevolkings-CSV en een SES-WOA-CSV.
Eén gemeente (GM1992) krijgt in de SES-CSV de drie oude codes van vóór de herindeling van 2023,
zodat de bouw de samenvoeging moet toepassen.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

HERINDELING_OUD = ("GM0501", "GM0530", "GM0614")  # -> GM1992 (1 januari 2023)


def _vierkant(x0: float, y0: float, dx: float, dy: float) -> dict:
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x0 + dx, y0], [x0 + dx, y0 + dy], [x0, y0 + dy], [x0, y0]]]}


def gemeenten(n_provincies: int = 2, per_provincie: int = 3, seed: int = 7) -> list[dict]:
    """Lijst van fictieve gemeenten: code, naam, provincie-index, vak (kolom, rij), inwoners, ses."""
    rng = np.random.default_rng(seed)
    uit = []
    for p in range(n_provincies):
        for j in range(per_provincie):
            i = p * per_provincie + j
            code = "GM1992" if i == 0 else f"GM9{i:03d}"
            uit.append(
                {
                    "code": code,
                    "naam": "Voorne aan Zee" if code == "GM1992" else f"Testgemeente {i}",
                    "provincie": p,
                    "kolom": j,
                    "inwoners": int(rng.integers(1_000, 200_000)),
                    "ses": round(float(rng.uniform(-0.4, 0.4)), 3),
                }
            )
    return uit


def schrijf_bron(map_: Path, n_provincies: int = 2, per_provincie: int = 3, seed: int = 7) -> list[dict]:
    """Schrijf de vier bronbestanden in `map_` en geef de gebruikte gemeenten terug."""
    map_ = Path(map_)
    map_.mkdir(parents=True, exist_ok=True)
    lijst = gemeenten(n_provincies, per_provincie, seed)
    breedte, hoogte = 0.05, 0.05
    gem_features = []
    for g in lijst:
        y0 = 51.0 + g["provincie"] * hoogte
        gem_features.append(
            {
                "type": "Feature",
                "properties": {"statcode": g["code"], "statnaam": g["naam"]},
                "geometry": _vierkant(4.0 + g["kolom"] * breedte, y0, breedte, hoogte),
            }
        )
    (map_ / "gemeente_2024.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": gem_features}), encoding="utf-8")

    # Provincie per gemeente (CBS-gemeentelijke indeling).
    regels = ["gemeentecode,provinciecode,provincienaam"] + [
        f"{g['code']},PV{90 + g['provincie']},Testprovincie {g['provincie']}" for g in lijst
    ]
    (map_ / "gemeenten_provincies.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")

    # CBS-achtige bevolking: twee peiljaren; 2023 is de standaard van de bouw.
    regels = ['"Regio\'s";"Regiocode";"Perioden";"Bevolking op 1 januari (aantal)"']
    for jaar, groei in ((2023, 1.0), (2024, 1.01)):
        for g in lijst:
            regels.append(f'"{g["naam"]}";"{g["code"]}    ";"{jaar}";"{round(g["inwoners"] * groei)}"')
    regels.append('"Nederland";"NL01    ";"2023";"999999"')  # geen gemeente: moet genegeerd worden
    (map_ / "bevolking.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")

    # CBS-achtige SES-WOA (85900NED-kolomnamen), komma als decimaalteken; GM1992 in oude codes.
    kop = ('"Perioden";"Wijken en buurten";"Regiocode (gemeente, wijk, buurt) (code)";'
           '"Particuliere huishoudens (Aantal)";"SES-WOA/Totaalscore/Gemiddelde score (Getal)"')
    regels = [kop]
    for jaar in (2021, 2022):
        for g in lijst:
            if g["code"] == "GM1992":
                for k, oud in enumerate(HERINDELING_OUD):
                    regels.append(f'"{jaar}";"Oud {k}";"{oud}    ";"{1000 * (k + 1)}";"{str(g["ses"] + 0.1 * (k - 1)).replace(".", ",")}"')
            else:
                regels.append(f'"{jaar}";"{g["naam"]}";"{g["code"]}    ";"{g["inwoners"] // 2}";"{str(g["ses"]).replace(".", ",")}"')
        regels.append(f'"{jaar}";"Wijk 00";"WK999900  ";"100";"0,5"')  # wijkrij: moet genegeerd worden
    (map_ / "ses_woa.csv").write_text("\n".join(regels) + "\n", encoding="utf-8")
    return lijst


def verwachte_ses_voorne(lijst: list[dict]) -> float:
    """Huishoudgewogen gemiddelde van de drie oude codes, met de hand uitgeschreven."""
    g = next(x for x in lijst if x["code"] == "GM1992")
    scores = [g["ses"] - 0.1, g["ses"], g["ses"] + 0.1]
    gewichten = [1000, 2000, 3000]
    return sum(s * w for s, w in zip(scores, gewichten)) / sum(gewichten)
