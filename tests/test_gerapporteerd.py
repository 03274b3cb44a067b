"""Gerapporteerde cijfers naast de eigen (issue 31): het verdeelbesluit van december 2024 per gemeente en het 'nog
nodig' van het ministerie per provincie (ANP, 27 februari 2026), in de command line en op de kaart."""

from __future__ import annotations

import csv
import io

from tests.conftest import alle_tekst, cli, open_pagina


def _csv(*args: str) -> dict[str, dict]:
    uit = cli("verdeling", *args, "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    rijen = list(csv.DictReader(io.StringIO(uit.stdout), delimiter=";"))
    sleutel = "gemeentenaam" if "gemeentenaam" in rijen[0] else "provincie"
    return {r[sleutel]: r for r in rijen}


def test_verdeling_heeft_het_verdeelbesluit_en_de_vergelijking_ermee():
    # SOURCES.md van de gerapporteerde cijfers: Utrecht 1946, Wassenaar 930; cyclus 2 (NOS): 1843 en 150
    r = _csv("--cyclus", "2")
    assert (r["Utrecht"]["verdeelbesluit"], r["Utrecht"]["opgave_tov_verdeelbesluit"]) == ("1946", "-103")
    assert (r["Wassenaar"]["verdeelbesluit"], r["Wassenaar"]["opgave_tov_verdeelbesluit"]) == ("930", "-780")
    assert r["Heerlen"]["verdeelbesluit"] == "" and r["Heerlen"]["opgave_tov_verdeelbesluit"] == ""
    assert sum(1 for x in r.values() if x["verdeelbesluit"]) == 8


def test_per_provincie_het_nog_nodig_van_het_ministerie():
    r = _csv("--cyclus", "2", "--niveau", "provincie")
    assert r["Zuid-Holland"]["nog_nodig_gerapporteerd"] == "11400" and r["Groningen"]["nog_nodig_gerapporteerd"] == "0"
    assert r["Utrecht"]["nog_nodig_gerapporteerd"] == ""
    assert sum(1 for x in r.values() if x["nog_nodig_gerapporteerd"] != "") == 6


def test_kaart_zet_het_gerapporteerde_getal_naast_het_eigen_en_zegt_waarom():
    at = open_pagina("kaart", provincie="Gelderland")
    tekst = alle_tekst(at)
    assert "Volgens het ministerie heeft Gelderland nog 4.900 plekken nodig" in tekst
    assert "dit dashboard komt op 4.928" in tekst and "meerjarig beschikbaar" in tekst
