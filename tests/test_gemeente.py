"""Mijn gemeente: het overzicht van één gemeente en de vergelijkbare gemeenten."""

from __future__ import annotations

import pandas as pd

from spreiding.gemeente import overzicht, vergelijkbaar


def _tabel(inwoners, dichtheid, provincies=None):
    # codes bewust niet in de volgorde van de afstand, zodat een gelijke afstand (op code) het niet verbergt
    return pd.DataFrame(
        {
            "gemeentecode": ["GM0001", "GM0004", "GM0003", "GM0002"],
            "inwoners": inwoners,
            "dichtheid": dichtheid,
            "provincie": provincies or ["Fryslân"] * 4,
        }
    )


def test_vergelijkbaar_naar_inwoners():
    # zelfde dichtheid: de dichtstbijzijnde in verhouding van inwoners (11.000, dan 30.000, dan 1.000.000 bij 10.000)
    uit = vergelijkbaar(_tabel([10_000, 11_000, 30_000, 1_000_000], [200] * 4), "GM0001", n=3)
    assert list(uit["gemeentecode"]) == ["GM0004", "GM0003", "GM0002"] and uit["afstand"].is_monotonic_increasing


def test_vergelijkbaar_naar_dichtheid():
    # zelfde inwoners: de dichtstbijzijnde dichtheid (250, dan 800, dan 5.000 bij 200 per km²); nooit de gemeente zelf
    uit = vergelijkbaar(_tabel([10_000] * 4, [200, 250, 800, 5_000]), "GM0001", n=3)
    assert list(uit["gemeentecode"]) == ["GM0004", "GM0003", "GM0002"]


def test_vergelijkbaar_eerst_uit_dezelfde_provincie():
    # GM0004 lijkt het meest, maar ligt in een andere provincie: eerst GM0003 en GM0002 uit Fryslân, dan GM0004
    uit = vergelijkbaar(
        _tabel([10_000, 10_000, 30_000, 90_000], [200] * 4, ["Fryslân", "Drenthe", "Fryslân", "Fryslân"]),
        "GM0001",
        n=3,
    )
    assert list(uit["gemeentecode"]) == ["GM0003", "GM0002", "GM0004"]
    assert list(uit["zelfde_provincie"]) == [True, True, False]


def test_overzicht_heerlen(gemeenten):
    o = overzicht(gemeenten, "GM0917")
    # SOURCES.md: Heerlen 290 in cyclus 2, 464 regulier; DOMAIN: 326 gepubliceerd in cyclus 1
    assert (o.opgave, int(o.rij["regulier"]), int(o.gepubliceerd_vorige.waarde)) == (290, 464, 326)
    assert o.verschil_gepubliceerd == 290 - 326
    assert int(o.bonus["bonus_regeling"]) == (464 - 290) * 2_000
    assert o.gepubliceerd_zin().endswith("cyclus 2 ligt daar 36 plekken onder.")
