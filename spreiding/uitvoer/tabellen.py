"""Tabellen zoals Nederlandse gebruikers ze openen: CSV met ';' en decimale komma (UTF-8 met BOM), Excel met
Nederlandse koppen, getallen als getal en een tweede blad met scenario en bronnen, en een leesbare tekst-tabel.

Tekstvelden die met =, +, -, @ of een tab beginnen, worden nooit als formule teruggeschreven (CSV: een apostrof
ervoor; Excel: als tekst opgeslagen).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..parameters import Bron
from .kolommen import kolom

FORMULETEKENS = ("=", "+", "-", "@", "\t", "\r")


def neutraliseer(tekst: str) -> str:
    """Zet een apostrof voor tekst die een spreadsheet als formule zou lezen."""
    tekst = "" if tekst is None else str(tekst)
    return "'" + tekst if tekst.startswith(FORMULETEKENS) else tekst


def _csv_waarde(naam: str, waarde) -> str:
    k = kolom(naam)
    if k.soort == "tekst":
        return neutraliseer(waarde)
    if k.soort == "janee":
        return "ja" if bool(waarde) else "nee"
    if waarde is None or (isinstance(waarde, float) and not math.isfinite(waarde)):
        return ""
    decimalen = k.decimalen if k.soort in ("getal", "procent") else 0
    tekst = f"{float(waarde):.{decimalen}f}" if decimalen else str(int(round(float(waarde))))
    return tekst.replace(".", ",")


def _csv_veld(tekst: str) -> str:
    if any(t in tekst for t in (";", '"', "\n", "\r")):
        return '"' + tekst.replace('"', '""') + '"'
    return tekst


def met_totaalrij(tabel: pd.DataFrame, kolommen: Sequence[str]) -> pd.DataFrame:
    """`tabel` met onderaan een regel 'Totaal': de som van elke kolom met hele aantallen of euro's die optelbaar is
    (begrippenlijst), de rest leeg (een percentage, factor, rang of gedeeltelijk gerapporteerd getal optellen zegt
    niets)."""
    eerste_tekst = next((k for k in kolommen if kolom(k).soort == "tekst" and k != "gemeentecode"), None)
    totaal = {
        k: (
            "Totaal"
            if k == eerste_tekst
            else int(tabel[k].sum())
            if kolom(k).soort in ("geheel", "euro") and kolom(k).optelbaar
            else ("" if kolom(k).soort == "tekst" else None)
        )
        for k in kolommen
    }
    return pd.concat([tabel[list(kolommen)], pd.DataFrame([totaal])], ignore_index=True)


def csv_nl(tabel: pd.DataFrame, kolommen: Sequence[str], nederlandse_koppen: bool = True, bom: bool = True) -> bytes:
    """CSV voor Nederlandse Excel: ';' als scheiding, decimale komma, afgerond per kolom, UTF-8 (met BOM)."""
    regels = [";".join(_csv_veld(kolom(k).kop if nederlandse_koppen else k) for k in kolommen)]
    for rij in tabel[list(kolommen)].itertuples(index=False):
        regels.append(";".join(_csv_veld(_csv_waarde(k, v)) for k, v in zip(kolommen, rij)))
    tekst = "\r\n".join(regels) + "\r\n"
    return (("\ufeff" if bom else "") + tekst).encode("utf-8")


_EXCELFORMAAT = {"geheel": "#,##0", "euro": '"€" #,##0', "procent": '0.0" %"'}


def xlsx(
    bladen: Sequence[tuple[str, pd.DataFrame, Sequence[str]]],
    scenario: Sequence[tuple[str, str | int | float]],
    bronnen: Sequence[Bron],
    totaalrij: bool = False,
    document: tuple[str, Sequence[tuple[str, str]], Sequence[str]] | None = None,
) -> bytes:
    """Excel-bestand: één blad per tabel (Nederlandse koppen, getallen als getal; met `totaalrij` een vetgedrukte
    regel 'Totaal' met een SUM-formule onder elke kolom met hele aantallen of euro's, zodat een gecorrigeerde cel het
    totaal meeneemt) en een blad 'Scenario en bronnen' (getallen als getal, tekst als tekst). Elk tabelblad heeft
    een vaste kopregel, een autofilter en kolommen zo breed als hun langste waarde. `document` = (titel, velden,
    zinnen): een eerste blad 'Verslag' dat leest als een document."""
    from openpyxl import Workbook  # lui: ~0,1 s, alleen bij een Excel-export (niet bij elke CSV of tabel)
    from openpyxl.styles import Alignment, Font  # lui: zie hierboven
    from openpyxl.utils import get_column_letter  # lui: zie hierboven

    boek = Workbook()
    boek.remove(boek.active)
    if document is not None:
        titel, velden, zinnen = document
        blad = boek.create_sheet("Verslag")
        blad.append([titel])
        blad["A1"].font = Font(bold=True, size=14)
        for kop, waarde in velden:
            blad.append([kop, str(waarde)])
            blad.cell(row=blad.max_row, column=1).font = Font(bold=True)
        blad.append([])
        blad.append(["Samenvatting"])
        blad.cell(row=blad.max_row, column=1).font = Font(bold=True)
        for zin in zinnen:
            blad.append([zin])
            blad.merge_cells(start_row=blad.max_row, start_column=1, end_row=blad.max_row, end_column=2)
            cel = blad.cell(row=blad.max_row, column=1)
            cel.alignment = Alignment(wrap_text=True, vertical="top")
            blad.row_dimensions[blad.max_row].height = 15 * (1 + len(zin) // 110)
        for rij in blad.iter_rows():
            for cel in rij:
                if isinstance(cel.value, str):
                    cel.data_type = "s"  # nooit een formule
                    if cel.column == 2:
                        cel.alignment = Alignment(wrap_text=True, vertical="top")
        blad.column_dimensions["A"].width = 22
        blad.column_dimensions["B"].width = 100
    for naam, tabel, kolommen in bladen:
        blad = boek.create_sheet(naam[:31])
        blad.append([kolom(k).kop for k in kolommen])
        for cel in blad[1]:
            cel.font = Font(bold=True)
        for rij in tabel[list(kolommen)].itertuples(index=False):
            waarden = []
            for k, v in zip(kolommen, rij):
                soort = kolom(k).soort
                if soort == "tekst":
                    waarden.append("" if v is None else str(v))
                elif soort == "janee":
                    waarden.append("ja" if bool(v) else "nee")
                elif v is None or (isinstance(v, float) and not math.isfinite(v)):
                    waarden.append(None)
                else:
                    waarden.append(int(v) if soort in ("geheel", "euro") else round(float(v), kolom(k).decimalen))
            blad.append(waarden)
        laatste = blad.max_row
        if totaalrij:
            eerste_tekst = next((k for k in kolommen if kolom(k).soort == "tekst" and k != "gemeentecode"), None)
            blad.append(
                [
                    "Totaal"
                    if k == eerste_tekst
                    else f"=SUM({get_column_letter(j)}2:{get_column_letter(j)}{laatste})"
                    if kolom(k).soort in ("geheel", "euro") and kolom(k).optelbaar
                    else None
                    for j, k in enumerate(kolommen, start=1)
                ]
            )
            for cel in blad[blad.max_row]:
                cel.font = Font(bold=True)
        blad.auto_filter.ref = f"A1:{get_column_letter(len(kolommen))}{laatste}"
        for j, k in enumerate(kolommen, start=1):
            soort = kolom(k).soort
            letter = get_column_letter(j)
            langste = max([len(kolom(k).kop)] + [len(str(c.value)) for c in blad[letter][1:laatste] if c.value])
            blad.column_dimensions[letter].width = max(10, min(60, langste + 3))
            if langste + 3 > 60:  # lange tekst (een toelichting) loopt binnen de kolom om, niet over de pagina
                for cel in blad[letter][1:laatste]:
                    cel.alignment = Alignment(wrap_text=True, vertical="top")
            for cel in blad[letter][1:]:
                if soort == "tekst" or soort == "janee":
                    cel.data_type = "s"  # nooit een formule, ook niet bij '=HYPERLINK(...)'
                elif soort in _EXCELFORMAAT:
                    cel.number_format = _EXCELFORMAAT[soort]
                elif soort == "getal":
                    cel.number_format = "0." + "0" * kolom(k).decimalen if kolom(k).decimalen else "0"
        blad.freeze_panes = "A2"
    info = boek.create_sheet("Scenario en bronnen")
    info.append(["Scenario"])
    info["A1"].font = Font(bold=True)
    for kop, waarde in scenario:
        getal_ = isinstance(waarde, (int, float, np.integer, np.floating)) and not isinstance(waarde, bool)
        info.append([kop, waarde if getal_ else str(waarde)])
        if getal_:
            info.cell(row=info.max_row, column=2).number_format = "#,##0"
    info.append([])
    info.append(["Bronnen"])
    info.cell(row=info.max_row, column=1).font = Font(bold=True)
    for b in bronnen:
        info.append([b.uitgever, b.titel, b.datum, b.url or ""])
    for rij in info.iter_rows():
        for cel in rij:
            if isinstance(cel.value, str):
                cel.data_type = "s"  # nooit een formule
    info.column_dimensions["A"].width = 40
    info.column_dimensions["B"].width = 70
    for blad in boek.worksheets:  # afdrukken: liggend, op paginabreedte (een tabel van 16 kolommen blijft heel)
        blad.page_setup.orientation = "landscape"
        blad.page_setup.paperSize = blad.PAPERSIZE_A4
        blad.sheet_properties.pageSetUpPr.fitToPage = True
        blad.page_setup.fitToWidth = 1
        blad.page_setup.fitToHeight = 0
        blad.print_title_rows = "1:1" if blad.title not in ("Verslag", "Scenario en bronnen") else None
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def tekst_tabel(tabel: pd.DataFrame, kolommen: Sequence[str]) -> str:
    """Leesbare tabel in Nederlandse notatie (voor de command line): getallen rechts uitgelijnd."""
    koppen = [kolom(k).kop for k in kolommen]
    cellen = [
        [kolom(k).tekst(v) for k, v in zip(kolommen, rij)] for rij in tabel[list(kolommen)].itertuples(index=False)
    ]
    breedtes = [max([len(h)] + [len(r[j]) for r in cellen]) for j, h in enumerate(koppen)]
    rechts = [kolom(k).soort not in ("tekst", "janee") for k in kolommen]

    def regel(waarden: list[str]) -> str:
        return "  ".join(w.rjust(b) if r else w.ljust(b) for w, b, r in zip(waarden, breedtes, rechts)).rstrip()

    return "\n".join([regel(koppen)] + [regel(r) for r in cellen]) + "\n"


def json_records(tabel: pd.DataFrame, kolommen: Sequence[str]) -> list[dict]:
    """Records met gewone Python-getallen (int waar het kan) voor JSON."""
    uit = []
    for rij in tabel[list(kolommen)].itertuples(index=False):
        record = {}
        for k, v in zip(kolommen, rij):
            if isinstance(v, (np.integer,)):
                v = int(v)
            elif isinstance(v, (np.floating, float)):
                if not math.isfinite(float(v)):
                    v = None
                elif kolom(k).soort in ("geheel", "euro") and float(v).is_integer():
                    v = int(v)
                else:
                    v = round(float(v), 6)
            elif isinstance(v, np.bool_):
                v = bool(v)
            record[k] = v
        uit.append(record)
    return uit
