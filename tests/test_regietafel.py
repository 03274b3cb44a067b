"""De regietafel als document: uitruil met een partner, twee lezingen van het verdeelbesluit, het verslag (PDF en
Excel) met de vergadering, en de weg terug (upload, link)."""

from __future__ import annotations

import io
import json
import os
import re
from datetime import date

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from spreiding import regietafel, tafellink
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


def _som_formule(blad, formule: str) -> int:
    """Reken '=SUM(C2:C27)' uit op de cellen van het blad (zonder LibreOffice: dezelfde som, cel voor cel)."""
    m = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formule)
    assert m and m.group(1) == m.group(3), formule
    return sum(blad[f"{m.group(1)}{r}"].value or 0 for r in range(int(m.group(2)), int(m.group(4)) + 1))


def test_verslag_excel_om_mee_door_te_werken(afspraken, tmp_path):
    """Issue 33: het eerste blad leest als een document; de tabel heeft naam en code in eigen kolommen, namen onder
    'Uitruil met', totalen als SUM-formule die de kolomsom geeft, vaste kopregel, autofilter en getallen als getal."""
    pad = tmp_path / "verslag.xlsx"
    uit = cli(
        "regietafel", "--provincie", "Utrecht", "--afspraken", str(afspraken), "--verslag", str(pad),
        "--datum", "2026-11-20", "--aanwezig", "CdK en 26 burgemeesters", "--status", "vastgesteld",
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    boek = openpyxl.load_workbook(pad)
    eerste = {r[0]: r[1] for r in boek.worksheets[0].iter_rows(max_row=8, values_only=True) if r[0]}
    assert eerste["Provincie"] == "Utrecht" and eerste["Cyclus"].startswith("Cyclus 2")
    assert eerste["Datum vergadering"] == "20 november 2026" and eerste["Aanwezig"] == "CdK en 26 burgemeesters"
    assert eerste["Status verslag"] == "vastgesteld"
    blad = boek["Afspraken"]
    rijen = list(blad.iter_rows(values_only=True))
    kop, gemeenten, totaal = rijen[0], rijen[1:-1], rijen[-1]
    assert len(gemeenten) == 26 and totaal[kop.index("Gemeente")] == "Totaal"
    per_naam = {r[kop.index("Gemeente")]: r for r in gemeenten}
    assert per_naam["Utrecht"][kop.index("Gemeentecode")] == "GM0344"
    assert per_naam["Utrecht"][kop.index("Uitruil met (gemeente)")] == "Houten"  # de naam, niet GM0321
    assert per_naam["Houten"][kop.index("Uitruil met (gemeente)")] == "Utrecht"
    for naam in ("Opgave", "Afspraak", "Opgelegd, naar rato van het tekort", "Opgelegd, naar rato van de opgave"):
        j = kop.index(naam)
        assert all(isinstance(r[j], int) for r in gemeenten), naam  # getallen, geen tekst
        assert str(totaal[j]).startswith("=SUM("), naam  # een formule: een gecorrigeerde cel telt mee
        assert _som_formule(blad, totaal[j]) == sum(r[j] for r in gemeenten), naam
    assert _som_formule(blad, totaal[kop.index("Opgave")]) == 7_542  # provincie Utrecht, cyclus 2 (SOURCES.md)
    assert blad.freeze_panes == "A2" and blad.auto_filter.ref.startswith("A1:")
    langste = max(len(n) for n in per_naam)
    assert blad.column_dimensions["A"].width >= langste  # de naamkolom is breed genoeg voor de langste naam
    assert blad["C2"].number_format == "#,##0"  # Nederlandse weergave van duizendtallen in Excel
    scenario = {r[0]: r[1] for r in boek["Scenario en bronnen"].iter_rows(values_only=True)}
    assert scenario["Opgave"] == 7_542 and isinstance(scenario["Ontbreekt"], int)


def test_verslag_pdf_toelichting_heel_en_alles_op_de_pagina(gemeenten, tmp_path):
    """Issue 33: een toelichting van 300 tekens staat er helemaal in, en geen woord valt buiten de pagina (posities
    uit pdftotext -bbox); beide lezingen van het verdeelbesluit staan in de tabel."""
    import shutil
    import subprocess

    note = (
        "Heumensoord-opvolger: de gemeente zet de noodopvang om naar een duurzame locatie van 400 plekken; het "
        "college neemt het besluit in maart, na een informatieavond in de wijk en overleg met het COA over de "
        "exploitatie, de beveiliging en de begeleiding van minderjarigen. Tot die tijd blijft de opvang open."
    )
    assert len(note) >= 300
    f = tmp_path / "f.csv"
    f.write_text(f'gemeentecode;afspraak;toelichting\nGM0268;2500;"{note}"\n', encoding="utf-8")
    pad = tmp_path / "v.pdf"
    uit = cli("regietafel", "--provincie", "Gelderland", "--afspraken", str(f), "--verslag", str(pad))
    assert uit.returncode == 0, uit.stderr
    tekst = " ".join(p.extract_text() for p in PdfReader(pad).pages)
    assert re.sub(r"\s+", "", note) in re.sub(r"\s+", "", tekst)
    vlak = re.sub(r"\s+", " ", tekst)
    assert "naar rato tekort" in vlak and "naar rato opgave" in vlak
    assert "python -m spreiding regietafel" in vlak  # de opdracht, in het slotonderdeel
    if not shutil.which("pdftotext") and not os.environ.get("CI"):  # in CI een fout: .ci/run installeert het
        pytest.skip("pdftotext (poppler-utils) ontbreekt")
    xml = subprocess.run(["pdftotext", "-bbox", str(pad), "-"], capture_output=True, text=True, check=True).stdout
    paginas = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S)
    assert paginas
    for breedte, hoogte, inhoud in paginas:
        for x0, y0, x1, y1, woord in re.findall(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', inhoud
        ):
            assert float(x0) >= 0 and float(x1) <= float(breedte), woord
            assert float(y0) >= 0 and float(y1) <= float(hoogte), woord


def test_csv_met_namen_en_codes_leest_terug_naar_dezelfde_tabel(gemeenten):
    """Issue 33: de CSV van de pagina heeft codes én namen, en de upload geeft dezelfde ingevoerde regels terug."""
    from spreiding.uitvoer.tabellen import csv_nl

    v = verdeel(gemeenten, maak("2").parameters())
    invoer, _ = lees_afspraken(AFSPRAKEN.encode(), "a.csv", v, "Utrecht", 88_000)
    tabel = regietafel.tafel(v, "Utrecht", "regulier", invoer)
    t = regietafel.toets(v, "Utrecht", tabel)
    codes, namen = regietafel.namen_in(v, "Utrecht")
    inhoud = csv_nl(t.voor_scherm(namen, ""), regietafel.CSV_KOLOMMEN, nederlandse_koppen=False)
    kop = inhoud.decode("utf-8-sig").splitlines()[0].split(";")
    assert "gemeentenaam" in kop and "uitruil_naam" in kop
    assert "Houten" in inhoud.decode("utf-8-sig")
    terug, _ = lees_afspraken(inhoud, "afspraken.csv", v, "Utrecht", 88_000)
    basis = regietafel.standaard_afspraken(v, "Utrecht", "regulier")
    opnieuw = regietafel.tafel(v, "Utrecht", "regulier", regietafel.invoer_uit(terug, basis))
    assert regietafel.schoon(opnieuw).equals(regietafel.schoon(tabel))


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
    # één regel ingevoerd, de rest beginwaarden: geen 'afspreken' (issue 31, punt 14)
    assert t.stand_zin() == "1 van de 26 gemeenten zit onder haar opgave (afspraken en beginwaarden)."
    codes = sorted(v.loc[v["provincie"] == "Utrecht", "gemeentecode"])
    alles = pd.DataFrame({"gemeentecode": codes, "afspraak": [0 if c == "GM0321" else 5_000 for c in codes]})
    t = regietafel.toets(v, "Utrecht", regietafel.tafel(v, "Utrecht", "opgave", alles))
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
    tekst = tafellink.naar_link(invoer)
    assert tekst == "GM0321:0::30:5,GM0344:2400:GM0321"
    terug, fouten = tafellink.uit_link(tekst + ",GM9999:5,GM0307:-3", codes, 88_000)
    assert len(fouten) == 2 and set(terug["gemeentecode"]) == {"GM0344", "GM0321"}
    assert tafellink.naar_link(terug) == tekst
    v = regietafel.Vergadering(date(2026, 11, 20), "CdK & 26", "vastgesteld")
    vergadering, notities, fouten = tafellink.vergadering_uit_link(
        tafellink.vergadering_naar_link(v, {"GM0321": "gedekt", "GM0307": ""}), codes
    )
    assert (vergadering, notities, fouten) == (v, {"GM0321": "gedekt"}, [])
    assert tafellink.vergadering_uit_link("{kapot", codes)[2]


def test_pdf_van_een_provincie_zonder_invoer(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    t = regietafel.toets(v, "Groningen", regietafel.tafel(v, "Groningen", "regulier", None))
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(verslag.pdf(t, maak("2")))).pages)
    tekst = re.sub(r"\s+", " ", tekst)
    assert "geen afspraken ingevoerd" in tekst.lower() and "legt niets op" in tekst  # Groningen haalt haar opgave


def test_link_met_alleen_een_toelichting(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters())
    invoer, vergadering, fouten = tafellink.uit_de_link(
        v, "Utrecht", "", '{"datum":"20-11","notities":{"GM0307":"gesprek loopt"}}', 88_000
    )
    # Amersfoort wordt een ingevoerde regel met haar 583 reguliere plekken (SOURCES.md) en de toelichting
    assert invoer.set_index("gemeentecode").loc["GM0307", ["afspraak", "toelichting"]].tolist() == [
        583,
        "gesprek loopt",
    ]
    assert vergadering.datum is None and fouten == ["de datum van de vergadering in de link is geen datum"]
