"""Een gemeente vinden: code, naam, zonder "'s-", met een typefout, of een gangbare naam."""

import pandas as pd
import pytest

from spreiding.zoeken import kandidaten, suggesties, zoek_gemeente, zoek_provincie


def tabel(rijen: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rijen, columns=["gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses"])


GEMEENTEN = tabel(
    [
        ("GM0796", "'s-Hertogenbosch", "Noord-Brabant", 1, 0.0),
        ("GM0518", "'s-Gravenhage", "Zuid-Holland", 1, 0.0),
        ("GM1900", "Súdwest-Fryslân", "Fryslân", 1, 0.0),
        ("GM0363", "Amsterdam", "Noord-Holland", 1, 0.0),
        ("GM0088", "Schiermonnikoog", "Fryslân", 1, 0.0),
        ("GM0164", "Hengelo (O.)", "Overijssel", 1, 0.0),
        ("GM0373", "Bergen (NH.)", "Noord-Holland", 1, 0.0),
        ("GM0893", "Bergen (L.)", "Limburg", 1, 0.0),
        ("GM0820", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant", 1, 0.0),
    ]
)


@pytest.mark.parametrize(
    "tekst, code",
    [
        ("GM0363", "GM0363"),
        ("gm0363", "GM0363"),
        ("amsterdam", "GM0363"),
        ("Amsterdm", "GM0363"),
        ("Hertogenbosch", "GM0796"),
        ("s-Hertogenbosch", "GM0796"),
        ("Den Bosch", "GM0796"),
        ("Den Haag", "GM0518"),
        ("Gravenhage", "GM0518"),
        ("sudwest fryslan", "GM1900"),
        ("Schiermonikoog", "GM0088"),
        ("gm363", "GM0363"),
        ("GM 88", "GM0088"),
        ("Hengelo", "GM0164"),
        ("Hengelo (O.)", "GM0164"),
        ("Bergen (NH.)", "GM0373"),
        ("Nuenen", "GM0820"),
    ],
)
def test_gevonden(tekst, code):
    assert zoek_gemeente(tekst, GEMEENTEN) == code


@pytest.mark.parametrize("tekst", ["", "   ", "Parijs", "GM9999", None, "Bergen"])
def test_niet_gevonden(tekst):
    assert zoek_gemeente(tekst, GEMEENTEN) is None


def test_suggesties():
    assert "Amsterdam" in suggesties("Amstrdam", GEMEENTEN)


def test_dubbelzinnige_naam_geeft_beide_als_suggestie():
    assert set(suggesties("Bergen", GEMEENTEN)[:2]) == {"Bergen (NH.)", "Bergen (L.)"}


def test_provincies_en_kandidaten():
    assert zoek_provincie("Friesland", ["Fryslân", "Utrecht"]) == "Fryslân"
    assert zoek_provincie("provincie utrecht", ["Fryslân", "Utrecht"]) == "Utrecht"
    assert zoek_provincie("Parijs", ["Utrecht"]) is None
    gevonden = kandidaten("Bergen", GEMEENTEN)
    assert ("gemeente", "GM0373") in gevonden and ("gemeente", "GM0893") in gevonden
    assert kandidaten("Fryslân", GEMEENTEN)[0] == ("provincie", "Fryslân")


# ------------------------------------------------------------------------- woonplaatsen (issue 32)


@pytest.fixture(scope="module")
def plaatsen():
    from spreiding.data import laad_woonplaatsen

    return laad_woonplaatsen()


@pytest.fixture(scope="module")
def echte_gemeenten():
    from spreiding.data import laad_gemeenten

    return laad_gemeenten()


@pytest.mark.parametrize(
    "tekst, code",
    [
        # SOURCES.md van cbs_woonplaatsen2026: Weesp in Amsterdam, Nuenen in Nuenen c.a., Ysselsteyn in Venray
        ("Weesp", "GM0363"),
        ("nuenen", "GM0820"),
        ("YSSELSTEYN", "GM0984"),
        ("Sneek", "GM1900"),  # woonplaatsen.csv: Sneek,Súdwest-Fryslân
        ("sudwest", "GM1900"),  # begin van een naam, zonder accent
        ("den haag", "GM0518"),
        ("s-hertogenbosch", "GM0796"),
        ("bergen nh", "GM0373"),
        ("Beek", "GM0888"),  # de gemeente Beek (L.) gaat voor de drie woonplaatsen Beek
    ],
)
def test_gemeente_bij_woonplaats_of_naam(tekst, code, echte_gemeenten, plaatsen):
    assert zoek_gemeente(tekst, echte_gemeenten, plaatsen) == code


def test_woonplaats_in_twee_gemeenten_is_niet_eenduidig(echte_gemeenten, plaatsen):
    from spreiding.zoeken import woonplaats_gemeenten

    # SOURCES.md: Achterveld ligt in Barneveld (Gelderland) en Leusden (Utrecht)
    assert zoek_gemeente("Achterveld", echte_gemeenten, plaatsen) is None
    assert woonplaats_gemeenten("achterveld", plaatsen) == ["GM0203", "GM0327"]


def test_zoekopties_zonder_accenten_vindbaar_en_elke_woonplaats_met_haar_gemeente(echte_gemeenten, plaatsen):
    from spreiding.zoeken import plaats_gemeente, zoekopties

    opties = zoekopties(echte_gemeenten, plaatsen)
    assert "sudwest-fryslan" in opties["GM1900"].lower() and "den haag" in opties["GM0518"].lower()
    assert opties["GM1900|Sneek"] == "Sneek — Súdwest-Fryslân"
    assert {"GM0203|Achterveld", "GM0327|Achterveld"} <= set(opties)
    assert "GM0917|Heerlen" not in opties  # een woonplaats met de naam van haar gemeente staat er niet dubbel in
    assert plaats_gemeente("GM1900|Sneek") == "GM1900" and plaats_gemeente("GM0917") == "GM0917"


def test_command_line_briefing_bij_een_woonplaats(tmp_path):
    from pypdf import PdfReader

    from tests.conftest import cli

    uit = cli("briefing", "--gemeente", "Sneek", "-o", str(tmp_path / "b.pdf"))
    assert uit.returncode == 0, uit.stderr
    assert PdfReader(tmp_path / "b.pdf").pages[0].extract_text().startswith("Súdwest-Fryslân:")
    uit = cli("verdeling", "--gemeente", "Achterveld")
    assert uit.returncode == 2 and "Barneveld (GM0203), Leusden (GM0327)" in uit.stderr
