"""De regietafel als document: uitruil met een partner, twee lezingen van het verdeelbesluit, het verslag (PDF en
Excel) met de vergadering, en de weg terug (upload, link)."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from spreiding import regietafel
from spreiding.invoer import lees_afspraken, lees_vergadering
from spreiding.uitgangspunt import maak
from spreiding.uitvoer import verslag
from spreiding.verdeling import verdeel
from tests.conftest import cli

#: Het voorbeeld uit het issue: de stad Utrecht neemt 2.400 (557 boven haar opgave van 1.843) in ruil voor Houten.
AFSPRAKEN = (
    "gemeentecode;afspraak;toelichting;uitruil_met\n"
    "GM0344;2400;neemt 557 meer voor Houten;GM0321\n"
    "GM0321;0;ruilt met Utrecht;GM0344\n"
)


@pytest.fixture()
def afspraken(tmp_path):
    pad = tmp_path / "afspraken.csv"
    pad.write_text(AFSPRAKEN, encoding="utf-8")
    return pad


@pytest.mark.parametrize("lezing", ["tekort", "opgave"])
def test_uitruil_met_partner_legt_houten_niets_op(afspraken, lezing):
    uit = cli(
        "regietafel", "--provincie", "Utrecht", "--cyclus", "2", "--afspraken", str(afspraken),
        "--oplegging", lezing, "--format", "json",
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    d = json.loads(uit.stdout)
    assert d["oplegging"]["lezing"] == lezing and d["oplegging"]["status"] == "U"
    per = {g["gemeentecode"]: g for g in d["gemeenten"]}
    # Houten: opgave 312, helemaal gedekt door de 557 die Utrecht boven haar opgave neemt
    assert per["GM0321"]["opgelegd"] == 0 and per["GM0321"]["gedekt"] == 312
    assert per["GM0344"]["afspraak_saldo"] == 557 and per["GM0344"]["opgelegd"] == 0
    # wat ontbreekt, wordt precies opgelegd, alleen aan gemeenten met een resterend tekort, nooit daarboven
    assert sum(g["opgelegd"] for g in d["gemeenten"]) == d["ontbreekt"] == d["opgave"] - d["afgesproken"]
    assert all(g["opgelegd"] <= g["rest_tekort"] for g in d["gemeenten"])
    assert d["ingevoerd"] == 2 and sum(g["ingevoerd"] for g in d["gemeenten"]) == 2


def test_zonder_partner_krijgt_houten_wel_een_deel(tmp_path):
    pad = tmp_path / "zonder.csv"
    pad.write_text("gemeentecode;afspraak\nGM0344;2400\nGM0321;0\n", encoding="utf-8")
    d = json.loads(cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(pad), "--format", "json").stdout)
    houten = next(g for g in d["gemeenten"] if g["gemeentecode"] == "GM0321")
    assert houten["opgelegd"] > 0  # de partner maakt het verschil, niet het overschot alleen


def test_verslag_excel_getallen_en_totaalregel(afspraken, tmp_path):
    pad = tmp_path / "verslag.xlsx"
    assert (
        cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(afspraken), "--verslag", str(pad)).returncode
        == 0
    )
    blad = openpyxl.load_workbook(pad)["Verslag"]
    rijen = list(blad.iter_rows(values_only=True))
    kop, gemeenten, totaal = rijen[0], rijen[1:-1], rijen[-1]
    assert len(gemeenten) == 26 and totaal[kop.index("Gemeente")] == "Totaal"
    namen = [r[kop.index("Gemeente")] for r in gemeenten]
    assert namen == sorted(namen)  # alfabetisch, zoals op het scherm en in de PDF
    for naam in ("Opgave", "Afspraak", "Opgelegd (verdeelbesluit)", "Regulier (nov. 2025)"):
        j = kop.index(naam)
        assert all(isinstance(r[j], int) for r in gemeenten), naam  # getallen, geen tekst
        assert totaal[j] == sum(r[j] for r in gemeenten), naam
    assert totaal[kop.index("Opgave")] == 7_542  # provincie Utrecht, cyclus 2 (SOURCES.md)
    scenario = {r[0]: r[1] for r in openpyxl.load_workbook(pad)["Scenario en bronnen"].iter_rows(values_only=True)}
    assert scenario["Opgave"] == 7_542 and isinstance(scenario["Ontbreekt"], int)


def test_verslag_pdf_draagt_de_vergadering(afspraken, tmp_path):
    pad = tmp_path / "verslag.pdf"
    uit = cli(
        "regietafel", "--provincie", "Utrecht", "--afspraken", str(afspraken), "--verslag", str(pad),
        "--datum", "2026-11-20", "--aanwezig", "CdK Utrecht, 26 burgemeesters", "--status", "vastgesteld",
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    tekst = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pad).pages))
    assert "20 november 2026" in tekst and "CdK Utrecht, 26 burgemeesters" in tekst and "vastgesteld" in tekst
    assert "2 van de 26 regels aan de tafel ingevoerd" in tekst and "de andere 24 zijn de beginwaarde" in tekst


def test_datum_die_geen_datum_is():
    uit = cli("regietafel", "--provincie", "Utrecht", "--datum", "20-11", "--format", "json")
    assert uit.returncode == 2 and "geen datum" in uit.stderr and "Traceback" not in uit.stderr


def test_grammatica_van_de_stand(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    tabel = regietafel.tafel(v, "Utrecht", "opgave", pd.DataFrame({"gemeentecode": ["GM0321"], "afspraak": [0]}))
    t = regietafel.toets(v, "Utrecht", tabel)
    assert t.stand_zin() == "1 van de 26 gemeenten spreekt minder af dan haar opgave."


def test_extra_prestaties_tellen_alleen_als_aanname(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    invoer = pd.DataFrame({"gemeentecode": ["GM0321"], "afspraak": [0], "oekraine": [200], "statushouders": [50]})
    tabel = regietafel.tafel(v, "Utrecht", "opgave", invoer)
    zonder = regietafel.toets(v, "Utrecht", tabel)
    met = regietafel.toets(v, "Utrecht", tabel, extra_telt=True)
    # Houten: opgave 312; zonder aanname ontbreken 312, met aanname 312 − 200 − 50 = 62
    assert zonder.ontbreekt == 312 and met.ontbreekt == 62


def test_verslag_excel_terug_uploaden(gemeenten, afspraken, tmp_path):
    v = verdeel(gemeenten, maak("2").parameters())
    gelezen, _ = lees_afspraken(afspraken.read_bytes(), "afspraken.csv", v, "Utrecht", 88_000)
    vergadering = regietafel.Vergadering(date(2026, 11, 20), "CdK", "vastgesteld")
    t = regietafel.toets(v, "Utrecht", regietafel.tafel(v, "Utrecht", "regulier", gelezen), vergadering=vergadering)
    inhoud = verslag.xlsx(t, maak("2"))
    terug, meldingen = lees_afspraken(inhoud, "verslag.xlsx", v, "Utrecht", 88_000)
    # alleen de twee ingevoerde regels komen terug (de beginwaarden en de totaalregel niet), met hun partner
    assert dict(zip(terug["gemeentecode"], terug["uitruil_met"])) == {"GM0321": "GM0344", "GM0344": "GM0321"}
    assert meldingen and lees_vergadering(inhoud) == vergadering


def test_link_heen_en_terug():
    codes = {"GM0344", "GM0321", "GM0307"}
    invoer = pd.DataFrame(
        {"gemeentecode": ["GM0344", "GM0321"], "afspraak": [2400, 0], "uitruil_met": ["GM0321", ""],
         "oekraine": [0, 30], "statushouders": [0, 5]}
    )  # fmt: skip
    tekst = regietafel.naar_link(invoer)
    assert tekst == "GM0321:0::30:5,GM0344:2400:GM0321"
    terug, fouten = regietafel.uit_link(tekst + ",GM9999:5,GM0307:-3", codes, 88_000)
    assert len(fouten) == 2 and set(terug["gemeentecode"]) == {"GM0344", "GM0321"}
    assert regietafel.naar_link(terug) == tekst
    v = regietafel.Vergadering(date(2026, 11, 20), "CdK & 26", "vastgesteld")
    vergadering, notities, fouten = regietafel.vergadering_uit_link(
        regietafel.vergadering_naar_link(v, {"GM0321": "gedekt", "GM0307": ""}), codes
    )
    assert (vergadering, notities, fouten) == (v, {"GM0321": "gedekt"}, [])
    assert regietafel.vergadering_uit_link("{kapot", codes)[2]


def test_pdf_van_een_provincie_zonder_invoer(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    t = regietafel.toets(v, "Groningen", regietafel.tafel(v, "Groningen", "regulier", None))
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(verslag.pdf(t, maak("2")))).pages)
    tekst = re.sub(r"\s+", " ", tekst)
    assert "geen afspraken ingevoerd" in tekst and "legt niets op" in tekst  # Groningen haalt haar opgave


def test_link_met_alleen_een_toelichting(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    invoer, vergadering, fouten = regietafel.uit_de_link(
        v, "Utrecht", "", '{"datum":"20-11","notities":{"GM0307":"gesprek loopt"}}', 88_000
    )
    # Amersfoort wordt een ingevoerde regel met haar 583 reguliere plekken (SOURCES.md) en de toelichting
    assert invoer.set_index("gemeentecode").loc["GM0307", ["afspraak", "toelichting"]].tolist() == [
        583,
        "gesprek loopt",
    ]
    assert vergadering.datum is None and fouten == ["de datum van de vergadering in de link is geen datum"]
