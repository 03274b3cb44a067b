"""Wat de app verlaat: Nederlandse CSV, Excel dat terugleest naar dezelfde getallen, en de PDF-briefings en verslagen
met de getallen zoals de command line ze drukt."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from pypdf import PdfReader

from spreiding import regietafel
from spreiding.notatie import euro, getal, plekken, procent
from spreiding.uitgangspunt import maak
from spreiding.uitvoer import briefing, verslag
from spreiding.uitvoer.tabellen import csv_nl, xlsx
from spreiding.verdeling import verdeel
from tests.conftest import cli


@pytest.mark.parametrize("waarde, tekst", [(1234, "1.234"), (5.391, "5,39"), (-5, "−5"), (0.0, "0"), (96000, "96.000")])
def test_getal(waarde, tekst):
    assert getal(waarde, 2 if isinstance(waarde, float) and waarde % 1 else 0) == tekst


def test_notatie():
    assert (
        euro(2_054_500) == "€\u00a02.054.500"  # vaste spatie: geen regelbreuk na €
        and procent(12.5) == "12,5 %"
        and plekken(1) == "1 plek"
        and plekken(2) == "2 plekken"
    )
    assert getal(10, teken=True) == "+10" and getal(float("nan")) == "–"


def test_csv_voor_nederlandse_excel():
    tabel = pd.DataFrame({"gemeentenaam": ['=HYPERLINK("x")', "Aa"], "opgave": [1234, 5], "per_1000": [5.391, 0.1]})
    inhoud = csv_nl(tabel, ["gemeentenaam", "opgave", "per_1000"])
    assert inhoud.startswith("\ufeff".encode())
    tekst = inhoud.decode("utf-8-sig")
    assert tekst.splitlines()[0] == "Gemeente;Opgave;Opgave per 1.000 inwoners"
    assert "'=HYPERLINK" in tekst and ";1234;5,39" in tekst  # geen formule; decimale komma, afgerond op 2
    terug = pd.read_csv(io.BytesIO(inhoud), sep=";", decimal=",", encoding="utf-8-sig")
    assert terug["Opgave per 1.000 inwoners"].tolist() == [5.39, 0.1] and terug["Opgave"].tolist() == [1234, 5]


def test_xlsx_leest_terug_naar_dezelfde_getallen(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    kolommen = ["gemeentecode", "gemeentenaam", "opgave", "per_1000", "regulier", "saldo"]
    inhoud = xlsx([("Opgave", v, kolommen)], [("Uitgangspunt", "Cyclus 2")], maak("2").bronnen())
    terug = pd.read_excel(io.BytesIO(inhoud), sheet_name=None)
    blad = terug["Opgave"]
    assert list(blad.columns)[:3] == ["Gemeentecode", "Gemeente", "Opgave"]
    assert (
        blad["Opgave"].tolist() == v["opgave"].tolist()
        and blad["Saldo (regulier + nood − opgave)"].tolist() == v["saldo"].tolist()
    )
    assert abs(blad["Opgave per 1.000 inwoners"] - v["per_1000"].round(2)).max() < 1e-9
    assert "Scenario en bronnen" in terug


def test_xlsx_schrijft_geen_formules():
    from openpyxl import load_workbook

    tabel = pd.DataFrame({"toelichting": ["=1+1", "@SUM(A1)"], "afspraak": [1, 2]})
    boek = load_workbook(io.BytesIO(xlsx([("T", tabel, ["toelichting", "afspraak"])], [], [])))
    cellen = [c for c in boek["T"]["A"]][1:]
    assert [c.data_type for c in cellen] == ["s", "s"] and cellen[0].value == "=1+1"


def _pdf_tekst(inhoud: bytes) -> tuple[int, str]:
    lezer = PdfReader(io.BytesIO(inhoud))
    return len(lezer.pages), " ".join(p.extract_text() for p in lezer.pages)


def test_briefing_heerlen_via_command_line(tmp_path, gemeenten):
    uit = cli("briefing", "--gemeente", "GM0917", "--cyclus", "2", "-o", str(tmp_path / "heerlen.pdf"))
    assert uit.returncode == 0, uit.stderr
    pagina, tekst = _pdf_tekst((tmp_path / "heerlen.pdf").read_bytes())
    assert pagina == 1
    regel = cli("verdeling", "--cyclus", "2", "--gemeente", "Heerlen").stdout.splitlines()[1]
    # de getallen zoals de command line ze drukt (Nederlandse notatie) staan in de PDF
    for getal_ in [w for w in regel.split() if any(ch.isdigit() for ch in w) and not w.startswith("GM")]:
        assert getal_ in tekst, getal_
    assert "Heerlen" in tekst and "290 plekken" in tekst and "87.461" in tekst and "0,676" in tekst
    assert "317" in tekst and "326" in tekst  # cyclus 1: gereconstrueerd en gepubliceerd
    assert "NOS Nieuwsuur" in tekst and "1 januari 2024" in tekst


def test_briefing_provincie_utrecht(gemeenten, tmp_path):
    inhoud = briefing.provincie_pdf(gemeenten, "Utrecht", maak("2"))
    _, tekst = _pdf_tekst(inhoud)
    assert "7.542" in tekst and "Amersfoort" in tekst and "Zeist" in tekst
    uit = cli("briefing", "--provincie", "utrecht", "-o", str(tmp_path / "u.pdf"))
    assert uit.returncode == 0 and _pdf_tekst((tmp_path / "u.pdf").read_bytes())[1].count("Utrecht") >= 3


def test_verslag_elke_provincie_hetzelfde_format(gemeenten, tmp_path):
    uit = cli("regietafel", "--provincie", "alle", "--verslag", str(tmp_path))
    assert uit.returncode == 0, uit.stderr
    pdfs = sorted(tmp_path.glob("verslag_*.pdf"))
    assert len(pdfs) == 12
    for pad in pdfs:
        _, tekst = _pdf_tekst(pad.read_bytes())
        posities = [tekst.find(kop) for kop in verslag.ONDERDELEN]
        assert all(p >= 0 for p in posities) and posities == sorted(posities), pad.name


def test_verslag_xlsx_leest_terug_als_afspraken(gemeenten):
    from spreiding.invoer import lees_afspraken

    v = verdeel(gemeenten, maak("2").parameters())
    afspraken = regietafel.standaard_afspraken(v, "Utrecht").assign(
        afspraak=lambda d: d["afspraak"] + 7, toelichting="uitruil"
    )
    t = regietafel.toets(v, "Utrecht", afspraken)
    terug, _ = lees_afspraken(verslag.xlsx(t, maak("2")), "verslag.xlsx", v, "Utrecht", 88_000)
    samen = terug.set_index("gemeentecode").loc[afspraken["gemeentecode"]]
    assert (samen["afspraak"].to_numpy() == afspraken["afspraak"].to_numpy()).all() and set(samen["toelichting"]) == {
        "uitruil"
    }
