"""Mijn gemeente: het overzicht van één gemeente en de vergelijkbare gemeenten."""

from __future__ import annotations

import pandas as pd

from spreiding.gemeente import overzicht, vergelijkbaar


def _tabel(inwoners, factoren):
    # codes bewust niet in de volgorde van de afstand, zodat een gelijke afstand (op code) het niet verbergt
    return pd.DataFrame(
        {"gemeentecode": ["GM0001", "GM0004", "GM0003", "GM0002"], "inwoners": inwoners, "correctiefactor": factoren}
    )


def test_vergelijkbaar_naar_inwoners():
    # zelfde factor: de dichtstbijzijnde in verhouding van inwoners (11.000, dan 30.000, dan 1.000.000 bij 10.000)
    uit = vergelijkbaar(_tabel([10_000, 11_000, 30_000, 1_000_000], [1.0] * 4), "GM0001", n=3)
    assert list(uit["gemeentecode"]) == ["GM0004", "GM0003", "GM0002"] and uit["afstand"].is_monotonic_increasing


def test_vergelijkbaar_naar_factor():
    # zelfde inwoners: de dichtstbijzijnde factor (1,05, dan 1,2, dan 1,5 bij 1,0); nooit de gemeente zelf
    uit = vergelijkbaar(_tabel([10_000] * 4, [1.0, 1.05, 1.2, 1.5]), "GM0001", n=3)
    assert list(uit["gemeentecode"]) == ["GM0004", "GM0003", "GM0002"]


def test_overzicht_heerlen(gemeenten):
    o = overzicht(gemeenten, "GM0917")
    # SOURCES.md: Heerlen 290 in cyclus 2, 464 regulier; DOMAIN: 326 gepubliceerd in cyclus 1
    assert (o.opgave2, int(o.rij2["regulier"]), o.gepubliceerd1) == (290, 464, 326)
    assert o.verschil_gepubliceerd == 290 - 326
    assert int(o.bonus["bonus_regeling"]) == (464 - 290) * 2_000
    assert o.gepubliceerd_zin().endswith("cyclus 2 ligt daar 36 plekken onder.")
