"""De ruwe bronbestanden waaruit data/ gebouwd wordt: waar ze staan, van wie ze zijn en onder welke licentie.

Gelezen (paden relatief aan de bronmap; zie BRONNEN):
- nos_cyclus2/cyclus2.csv                  cyclus 2: indicatieve verdeling van het landelijke totaal per
                                           gemeente en de huidige opvangplekken (regulier, nood); minimaal
                                           uittreksel, zie `uittreksel_nos` en de SOURCES.md van de map
- cbs_kwb2024_wikigen/…_2024.json          CBS: inwoners op 1 januari 2024
- regioviewer_gemeenten2025/*.csv          CBS: gemeentecodes, officiële namen en provincies
- nlstat_kwb2021_gemeenten/nl_data.json    CBS Kerncijfers wijken en buurten 2021: inkomen, opleiding, arbeid
- cartomap_gemeente2024/gemeente_2024.geojson  CBS/PDOK: gemeentegrenzen 2024 (gegeneraliseerd)
- cbs_bevolking2023/bevolking_2023.csv     CBS 03759NED: inwoners op 1 januari 2023
- cbs_woonplaatsen2026/woonplaatsen.csv    CBS 86312NED: woonplaatsen met hun gemeente (voor het zoeken)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..parameters import PARAMETERS

PAKKETMAP = Path(__file__).resolve().parent
PROJECTMAP = PAKKETMAP.parents[1]
#: Standaard bronmap: bronnen/ruw/ in de repository (een kloon bouwt zo zijn eigen data/).
STANDAARD_BRON = PROJECTMAP / "bronnen" / "ruw"


@dataclass(frozen=True)
class Bronbestand:
    """Een ruw bestand van de bouw. Uitgever en titel komen uit de bronnen van de parameters (`bron`), zodat er één
    bronnenlijst is; hier staat alleen wat over dit bestand gaat: pad, peildatum, licentie en herkomst."""

    sleutel: str
    pad: str  # relatief aan de bronmap
    bron: str  # sleutel in spreiding/parameters/bronnen.toml
    peildatum: str
    licentie: str
    herkomst: str
    opmerking: str = ""

    @property
    def uitgever(self) -> str:
        b = PARAMETERS.bronnen[self.bron]
        return f"{b.uitgever}, {b.titel}" + (f"; {self.opmerking}" if self.opmerking else "")


BRONNEN = (
    Bronbestand(
        "cyclus2",
        "nos_cyclus2/cyclus2.csv",
        "nos-nieuwsuur-2025-11",
        "november 2025 (inwoners 1 januari 2024)",
        "geen licentie vermeld; alleen als naslag, met bronvermelding",
        "uittreksel (code, opgave, regulier, nood) uit github.com/InfoMakersHub/grenzendicht, data/gemeenten.json, "
        "commit a058780f",
        "huidige plekken: COA, zoals door de uitgever gebruikt",
    ),
    Bronbestand(
        "inwoners2024",
        "cbs_kwb2024_wikigen/stripped_filtered_data_2024.json",
        "cbs-kwb-2024",
        "1 januari 2024",
        "CC BY 4.0",
        "github.com/niquedegraaff/Wikipedia-Generator-CBS-Kerncijfers-Wijken-en-Buurten, commit 55981982",
    ),
    Bronbestand(
        "namen",
        "regioviewer_gemeenten2025/gemeenten.csv",
        "cbs-indeling-2025",
        "indeling 2025 (= 2024)",
        "CC BY 4.0",
        "github.com/entranos/regioviewer, data/gemeenten.csv, commit b05b4324",
    ),
    Bronbestand(
        "provincies",
        "regioviewer_gemeenten2025/gm_codes_and_provinces.csv",
        "cbs-indeling-2025",
        "indeling 2025 (= 2024)",
        "CC BY 4.0",
        "github.com/entranos/regioviewer, data/gm_codes_and_provinces.csv, commit b05b4324",
        "provincie per gemeente, samengesteld door de auteur van regioviewer",
    ),
    Bronbestand(
        "kerncijfers2021",
        "nlstat_kwb2021_gemeenten/nl_data.json",
        "cbs-kwb-2021",
        "2021 (indeling 2021)",
        "CC BY 4.0",
        "github.com/RishikeshGovind/nlstat, data/nl_data.json, commit 275ef3ee",
    ),
    Bronbestand(
        "grenzen",
        "cartomap_gemeente2024/gemeente_2024.geojson",
        "cbs-pdok-2024",
        "indeling 2024",
        "CC BY 4.0",
        "github.com/cartomap/nl, wgs84/gemeente_2024.geojson, commit 01e3b4ce",
    ),
    Bronbestand(
        "inwoners2023",
        "cbs_bevolking2023/bevolking_2023.csv",
        "cbs-03759ned",
        "1 januari 2023",
        "CC BY 4.0",
        "github.com/DennisHedegreen/netherlands-politics-data, netherlands/factors/population.csv, commit 97c1fa87",
    ),
    Bronbestand(
        "woonplaatsen",
        "cbs_woonplaatsen2026/woonplaatsen.csv",
        "cbs-woonplaatsen-2026",
        "1 januari 2026",
        "CC BY 4.0",
        "github.com/TheBanker1945/JobLens, src/joblens/sources/places_nl.csv, commit 9f769e44; gemeentecode "
        "toegevoegd uit de eigen indeling",
    ),
)
