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


# ------------------------------------------------------------------ issue 29: waar, wie en waarom (met de hand)


def _utrecht(v) -> list[tuple[str, str]]:
    """(code, naam) van de gemeenten in Utrecht, alfabetisch."""
    deel = v[v["provincie"] == "Utrecht"].sort_values("gemeentenaam")
    return list(zip(deel["gemeentecode"], deel["gemeentenaam"]))


def _bestand_met_fout_op_regel_53(v) -> tuple[bytes, str, str]:
    """Kopregel, een lege regel, dan 26 gemeenten met een toelichting over twee regels (tussen aanhalingstekens):
    gemeente k (vanaf 0) begint op regel 3 + 2k. De 26e (k = 25) begint op regel 53 en heeft 'veel' als afspraak.
    Een teller van gegevensregels (2, 3, …) zou 'Regel 27' zeggen."""
    regels = ["gemeentecode;afspraak;toelichting", ""]
    gemeenten = _utrecht(v)
    assert len(gemeenten) == 26
    for k, (code, _) in enumerate(gemeenten):
        regels.append(f'{code};{"veel" if k == 25 else 100};"eerste regel\ntweede regel"')
    code, naam = gemeenten[25]
    return ("\n".join(regels) + "\n").encode(), code, naam


def test_upload_fout_noemt_de_echte_regel_en_de_gemeente(v):
    inhoud, code, naam = _bestand_met_fout_op_regel_53(v)
    with pytest.raises(UploadFout) as fout:
        lees_afspraken(inhoud, "f.csv", v, "Utrecht", 88_000)
    assert f"Regel 53 ({naam}, {code}), kolom afspraak" in str(fout.value)
    assert "Regel 27" not in str(fout.value)


def test_cli_noemt_regel_53_en_de_gemeente(v, tmp_path):
    from tests.conftest import cli

    inhoud, code, naam = _bestand_met_fout_op_regel_53(v)
    (tmp_path / "f.csv").write_bytes(inhoud)
    uit = cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(tmp_path / "f.csv"))
    assert uit.returncode != 0
    assert f"Regel 53 ({naam}, {code})" in uit.stderr + uit.stdout


def test_namen_in_plaats_van_codes_geven_dezelfde_tabel(v, tmp_path):
    """Hoofdletters, accenten en "'s-" maken niet uit; dezelfde afspraken als met codes (ook via de CLI)."""
    from tests.conftest import cli

    gemeenten = _utrecht(v)
    met_codes = "gemeentecode;afspraak;uitruil_met\n" + "".join(
        f"{c};{100 + i};{gemeenten[0][0] if i == 1 else ''}\n" for i, (c, _) in enumerate(gemeenten)
    )
    met_namen = "gemeentenaam;afspraak;uitruil_met\n" + "".join(
        f"{n.upper() if i % 2 else n};{100 + i};{gemeenten[0][1].lower() if i == 1 else ''}\n"
        for i, (_, n) in enumerate(gemeenten)
    )
    a, _ = lees_afspraken(met_codes.encode(), "c.csv", v, "Utrecht", 88_000)
    b, _ = lees_afspraken(met_namen.encode(), "n.csv", v, "Utrecht", 88_000)
    assert a.equals(b)
    (tmp_path / "c.csv").write_text(met_codes, encoding="utf-8")
    (tmp_path / "n.csv").write_text(met_namen, encoding="utf-8")
    uit_c = cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(tmp_path / "c.csv"), "--format", "csv")
    uit_n = cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(tmp_path / "n.csv"), "--format", "csv")
    assert uit_c.returncode == 0 and uit_c.stdout == uit_n.stdout


def test_naam_met_cbs_toevoeging_en_zonder_accent(v):
    """'Bergen (NH.)' en 'bergen (nh.)' zijn één gemeente; 'Bergen' alleen is dubbelzinnig: geweigerd met de naam."""
    from spreiding.zoeken import code_bij_naam

    nh = v.loc[v["gemeentenaam"] == "Bergen (NH.)", "gemeentecode"].iloc[0]
    assert code_bij_naam("bergen (nh.)", v) == nh
    assert code_bij_naam("Bergen", v) is None
    assert code_bij_naam("sudwest-fryslan", v) == v.loc[v["gemeentenaam"] == "Súdwest-Fryslân", "gemeentecode"].iloc[0]
    assert code_bij_naam("S-Hertogenbosch", v) == v.loc[v["gemeentenaam"] == "'s-Hertogenbosch", "gemeentecode"].iloc[0]
    inhoud = b"gemeentenaam;afspraak\nBergen;10\nNergenshuizen;5\n"
    with pytest.raises(UploadFout) as fout:
        lees_afspraken(inhoud, "n.csv", v, "Noord-Holland", 88_000)
    assert "'Bergen' (regel 2)" in str(fout.value) and "'Nergenshuizen' (regel 3)" in str(fout.value)


def test_puntkomma_in_een_toelichting_zonder_aanhalingstekens(v):
    """Een ';' in een toelichting verschuift de kolommen; de melding noemt die oorzaak en de regel, niet een
    'onbekende gemeentecode' of 'geen getal' uit de verschoven kolommen."""
    code = _utrecht(v)[3][0]
    inhoud = (
        f"gemeentecode;afspraak;toelichting;uitruil_met\n{code};2000;Heumensoord omzetten; besluit in maart;\n"
    ).encode()
    with pytest.raises(UploadFout) as fout:
        lees_afspraken(inhoud, "f.csv", v, "Utrecht", 88_000)
    tekst = str(fout.value)
    assert "Regel 2 heeft 5 velden, de kopregel 4" in tekst and "aanhalingstekens" in tekst
    assert "onbekende gemeentecode" not in tekst and "geen getal" not in tekst
