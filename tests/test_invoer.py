"""Uploads: elk soort fout geeft een Nederlandse melding per regel, en een goed bestand werkt in elke vorm
(Nederlandse Excel-CSV, Latin-1, .xlsx)."""

from __future__ import annotations

import io

import pytest

from spreiding.invoer import UploadFout, lees_aanbod, lees_aantal, lees_afspraken, lees_plekken
from spreiding.uitgangspunt import maak
from spreiding.verdeling import verdeel


@pytest.fixture(scope="module")
def v(gemeenten):
    return verdeel(gemeenten, maak("2").parameters())


def test_volledige_upload_geeft_een_beschrijfbare_array(v):
    """Defect: met alle 342 codes gaf pandas 3 (copy-on-write) een alleen-lezen array terug en crashte de pagina."""
    inhoud = ("gemeentecode,aanbod\n" + "\n".join(f"{c},{i}" for i, c in enumerate(v["gemeentecode"]))).encode()
    aanbod, _ = lees_aanbod(inhoud, "alle.csv", v, 88_000)
    assert len(aanbod) == 342 and aanbod.flags.writeable
    aanbod[0] = 0  # mag
    assert aanbod[1] == 1


def test_nederlandse_excel_csv(v):
    inhoud = "\ufeffgemeentecode;aanbod\r\nGM0363;1.000\r\nGM0344;250\r\n".encode("utf-8")
    aanbod, _ = lees_aanbod(inhoud, "excel.csv", v, 88_000)
    s = dict(zip(v["gemeentecode"], aanbod))
    assert s["GM0363"] == 1_000 and s["GM0344"] == 250  # '1.000' is duizend als de komma het decimaalteken is


def test_dubbelzinnige_duizend_in_een_kommabestand(v):
    with pytest.raises(UploadFout, match="dubbelzinnig"):
        lees_aanbod(b"gemeentecode,aanbod\nGM0363,1.000\n", "x.csv", v, 88_000)


def test_latin1_met_e_accent(v):
    inhoud = "gemeentecode;afspraak;toelichting\nGM0344;900;café en één locatie\n".encode("latin-1")
    tabel, meldingen = lees_afspraken(inhoud, "l1.csv", v, "Utrecht", 88_000)
    assert tabel.iloc[0]["toelichting"] == "café en één locatie" and "Windows-1252" in meldingen[0]


@pytest.mark.parametrize(
    "inhoud, melding",
    [
        (b"", "leeg"),
        (b"\x00\x01\x02PK", "geen tekstbestand"),
        (b"PK\x03\x04 rommel", "Excel-bestand is onleesbaar"),
        (b"code,aantal\nGM0363,5\n", "kolommen"),
        (b"gemeentecode,aanbod\n", "geen gegevens"),
        (b"gemeentecode,aanbod\nGM0363,-5\n", "negatief"),
        (b"gemeentecode,aanbod\nGM0363,2.5\n", "geen geheel"),
        (b"gemeentecode,aanbod\nGM0363,inf\n", "eindig"),
        (b"gemeentecode,aanbod\nGM0363,1e30\n", "groter dan"),
        (b"gemeentecode,aanbod\nGM0363,99999999999999999999\n", "groter dan"),
        (b"gemeentecode,aanbod\nGM9999,5\n", "onbekende gemeentecode"),
        (b"gemeentecode,aanbod\nGM0363,5\nGM0363,6\n", "al op regel 2"),
        (b"gemeentecode,aanbod\nGM0363,abc\n", "geen getal"),
        (b'gemeentecode,aanbod\n"GM0363,5\n', "leesbare CSV"),
    ],
)
def test_foute_bestanden(v, inhoud, melding):
    with pytest.raises(UploadFout) as fout:
        lees_aanbod(inhoud, "fout.csv", v, 88_000)
    assert melding in str(fout.value)


def test_te_groot_bestand(v):
    # 300 KB (ruim 30.000 regels; 342 gemeenten passen in een paar KB) wordt geweigerd, met een Nederlandse melding
    with pytest.raises(UploadFout, match="te groot"):
        lees_aanbod(b"gemeentecode,aanbod\n" + b"GM0363,1\n" * (300 * 1024 // 9), "groot.csv", v, 88_000)


def test_meldingen_per_regel(v):
    with pytest.raises(UploadFout) as fout:
        lees_afspraken(
            b"gemeentecode;afspraak\nGM0363;5\nGM0344;-1\nGM0344;2\nGM9999;1\n", "f.csv", v, "Utrecht", 88_000
        )
    regels = fout.value.regels
    assert any("Regel 2" in r and "niet in" in r for r in regels)  # Amsterdam ligt niet in Utrecht
    assert any("Regel 3" in r and "negatief" in r for r in regels)
    assert any("Regel 4" in r and "al op regel 3" in r for r in regels)
    assert any("Regel 5" in r and "onbekende" in r for r in regels)


def test_plekken_dubbel_wordt_opgeteld_en_gemeld(v):
    inhoud = b"gemeentecode,plekken_groot,plekken_klein,fase\nGM0363,100,0,1\nGM0363,50,10,1\nGM0344,0,5,2\n"
    plek, meldingen = lees_plekken(inhoud, "p.csv", v, 88_000)
    rij = plek.set_index("gemeentecode").loc["GM0363"]
    assert rij["groot_fase1"] == 150 and rij["klein_fase1"] == 10
    assert any("opgeteld" in m and "GM0363" in m for m in meldingen)


def test_xlsx_afspraken(v):
    from openpyxl import Workbook

    boek = Workbook()
    boek.active.append(["Gemeentecode", "Afspraak", "Toelichting", "Opgave"])
    boek.active.append(["GM0344", 1200, '=HYPERLINK("http://x")', 1843])
    uit = io.BytesIO()
    boek.save(uit)
    tabel, meldingen = lees_afspraken(uit.getvalue(), "a.xlsx", v, "Utrecht", 88_000)
    assert tabel.iloc[0]["afspraak"] == 1200 and tabel.iloc[0]["toelichting"].startswith("=HYPERLINK")
    assert any("genegeerd" in m for m in meldingen)


@pytest.mark.parametrize(
    "tekst, decimaal, waarde",
    [("1.000", ",", 1000), ("1000", ".", 1000), ("12.345.678", ",", 12_345_678), (" 7 ", ".", 7)],
)
def test_lees_aantal(tekst, decimaal, waarde):
    assert lees_aantal(tekst, decimaal, 10**9) == waarde
