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
