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


# ------------------------------------------------- issue 31, punten 15, 17 en 18 en de briefing van een gemeente


def _pdf_tekst(inhoud: bytes) -> tuple[str, list[str]]:
    import re

    from pypdf import PdfReader

    paginas = [p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages]
    return re.sub(r"\s+", " ", " ".join(paginas)), paginas


def test_kaart_noemt_elk_getal_met_een_eigen_naam():
    """Punt 17: de kop van Gelderland (4.928) en de kolom van haar gemeenten (som 7.112) heetten allebei 'Nog te
    realiseren'. SOURCES.md (NOS): Gelderland opgave 10.749, regulier 5.821 -> 4.928; de gemeentelijke tekorten
    tellen op tot 7.112 (de som van max(0, opgave − regulier) over de 51 gemeenten)."""
    at = open_pagina("kaart", provincie="Gelderland")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics.get("Nog te realiseren na uitruil") == "4.928"
    assert "Nog te realiseren" not in metrics  # die naam hoort bij de gemeentelijke kolom
    assert "Som van de gemeentelijke tekorten: 7.112, de som van de kolom 'Nog te realiseren'" in alle_tekst(at)


def test_provinciebriefing_kleurt_en_telt_met_de_maat_van_de_kop(gemeenten):
    """Punten 15 en 18: Baarn (bronnen/ruw/nos_cyclus2/cyclus2.csv: opgave 140, regulier 0, nood 153) leek met de
    noodplekken een overschot (+13); voor de opgave telt alleen regulier: 0 − 140 = −140, en 140 nog te realiseren."""
    from spreiding.uitgangspunt import maak
    from spreiding.uitvoer import briefing

    tekst, _ = _pdf_tekst(briefing.provincie_pdf(gemeenten, "Utrecht", maak("2")))
    assert "Baarn 140 0 153 −140 140" in tekst and "+13" not in tekst
    assert "noodplekken tellen niet" in tekst and "Nog te realiseren na uitruil" in tekst


def test_provinciebriefing_zet_het_gerapporteerde_nog_nodig_ernaast(gemeenten):
    from spreiding.uitgangspunt import maak
    from spreiding.uitvoer import briefing

    tekst, _ = _pdf_tekst(briefing.provincie_pdf(gemeenten, "Gelderland", maak("2")))
    assert "Volgens het ministerie heeft Gelderland nog 4.900 plekken nodig" in tekst and "4.928" in tekst


def test_kaartkleur_met_noodplekken_zegt_dat_die_niet_tellen():
    """Punt 18: het saldo dat voor de opgave telt komt eerst; het saldo met noodplekken zegt dat in zijn naam."""
    from weergave.kaart import KLEUREN

    volgorde = list(KLEUREN)
    assert volgorde.index("saldo_regulier") < volgorde.index("saldo")
    assert "telt niet voor de opgave" in KLEUREN["saldo"][0] and "telt voor de opgave" in KLEUREN["saldo_regulier"][0]


def test_briefing_van_een_gemeente_zegt_wat_nu_gevraagd_wordt(gemeenten):
    """Utrecht: verdeelbesluit 1.946 (gerapporteerd, SOURCES.md), cyclus 2 1.843: −103 t.o.v. het verdeelbesluit.
    Súdwest-Fryslân: niets gerapporteerd; met 420 ingevoerd 440 − 420 = +20; zonder: 'hier onbekend'."""
    from spreiding.uitgangspunt import maak
    from spreiding.uitvoer import briefing

    tekst, _ = _pdf_tekst(briefing.gemeente_pdf(gemeenten, "GM0344", maak("2")))
    assert "Wat nu gevraagd wordt (bindend) 1.946 plekken" in tekst and "gerapporteerd" in tekst
    assert "t.o.v. het verdeelbesluit van december 2024: −103" in tekst
    tekst, _ = _pdf_tekst(briefing.gemeente_pdf(gemeenten, "GM1900", maak("2"), verdeelbesluit=420))
    assert "420 plekken verdeelbesluit december 2024 (ingevoerd)" in tekst
    assert "verdeelbesluit van december 2024: +20" in tekst
    tekst, _ = _pdf_tekst(briefing.gemeente_pdf(gemeenten, "GM1900", maak("2")))
    assert "hier onbekend" in tekst and "t.o.v. de indicatieve opgave van januari 2024" in tekst
