"""Controle van geüploade CSV-bestanden (aanbod in fase 1, gerealiseerde plekken).

Elke fout wordt een InvoerFout met een Nederlandse melding die zegt wat er mis is en hoe het goed moet.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from .bonus import PLEKKOLOMMEN


class InvoerFout(ValueError):
    """Een geüpload bestand klopt niet; de tekst is voor de gebruiker."""


def _lees(bron, verwacht: list[str]) -> pd.DataFrame:
    try:
        if isinstance(bron, (bytes, bytearray)):
            bron = io.BytesIO(bron)
        tabel = pd.read_csv(bron, sep=None, engine="python", dtype=str, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as fout:
        raise InvoerFout(f"Het bestand is geen leesbare CSV. Verwacht de kolommen: {', '.join(verwacht)}.") from fout
    tabel.columns = [str(k).strip().lower() for k in tabel.columns]
    ontbreekt = [k for k in verwacht if k not in tabel.columns]
    extra = [k for k in tabel.columns if k not in verwacht]
    if ontbreekt or extra:
        delen = []
        if ontbreekt:
            delen.append("ontbrekende kolom(men): " + ", ".join(ontbreekt))
        if extra:
            delen.append("onverwachte kolom(men): " + ", ".join(extra))
        raise InvoerFout(f"Verkeerde kolommen ({'; '.join(delen)}). Verwacht precies: {', '.join(verwacht)}.")
    if tabel.empty:
        raise InvoerFout("Het bestand bevat geen rijen.")
    return tabel.apply(lambda k: k.str.strip())


def _codes(tabel: pd.DataFrame, gemeenten: pd.DataFrame) -> pd.Series:
    codes = tabel["gemeentecode"].str.upper()
    onbekend = sorted(set(codes) - set(gemeenten["gemeentecode"]))
    if onbekend:
        raise InvoerFout(f"Onbekende gemeentecode(s): {', '.join(onbekend[:10])}. Gebruik CBS-codes zoals GM0363.")
    return codes


def _hele_aantallen(tabel: pd.DataFrame, kolom: str) -> np.ndarray:
    waarden = pd.to_numeric(tabel[kolom].str.replace(",", ".", regex=False), errors="coerce")
    if waarden.isna().any():
        rij = int(np.flatnonzero(waarden.isna())[0]) + 2
        raise InvoerFout(f"Kolom {kolom}: regel {rij} is geen getal.")
    if (waarden < 0).any():
        rij = int(np.flatnonzero(waarden < 0)[0]) + 2
        raise InvoerFout(f"Kolom {kolom}: regel {rij} is negatief; aantallen plekken zijn 0 of meer.")
    if (waarden != np.floor(waarden)).any():
        rij = int(np.flatnonzero(waarden != np.floor(waarden))[0]) + 2
        raise InvoerFout(f"Kolom {kolom}: regel {rij} is geen geheel aantal plekken.")
    return waarden.to_numpy(dtype=np.int64)


def lees_aanbod(bron, verdeling: pd.DataFrame) -> np.ndarray:
    """CSV `gemeentecode, aanbod` -> aanbod per gemeente in de volgorde van `verdeling` (niet genoemd = 0)."""
    tabel = _lees(bron, ["gemeentecode", "aanbod"])
    codes = _codes(tabel, verdeling)
    if codes.duplicated().any():
        raise InvoerFout(f"Gemeentecode {codes[codes.duplicated()].iloc[0]} staat er meer dan eens in.")
    aanbod = pd.Series(_hele_aantallen(tabel, "aanbod"), index=codes.to_numpy())
    return aanbod.reindex(verdeling["gemeentecode"]).fillna(0).to_numpy(dtype=np.int64)


def lees_plekken(bron, verdeling: pd.DataFrame) -> pd.DataFrame:
    """CSV `gemeentecode, plekken_groot, plekken_klein, fase` -> plekken per gemeente naar grootte en fase."""
    tabel = _lees(bron, ["gemeentecode", "plekken_groot", "plekken_klein", "fase"])
    codes = _codes(tabel, verdeling)
    fase = tabel["fase"]
    if not fase.isin(["1", "2"]).all():
        rij = int(np.flatnonzero(~fase.isin(["1", "2"]).to_numpy())[0]) + 2
        raise InvoerFout(f"Kolom fase: regel {rij} moet 1 of 2 zijn.")
    lang = pd.DataFrame(
        {
            "gemeentecode": codes.to_numpy(),
            "groot": _hele_aantallen(tabel, "plekken_groot"),
            "klein": _hele_aantallen(tabel, "plekken_klein"),
            "fase": fase.to_numpy(),
        }
    )
    breed = lang.pivot_table(index="gemeentecode", columns="fase", values=["groot", "klein"], aggfunc="sum", fill_value=0)
    uit = pd.DataFrame({"gemeentecode": verdeling["gemeentecode"].to_numpy()})
    for kolom in PLEKKOLOMMEN:
        soort, f = kolom.split("_fase")
        waarden = breed[(soort, f)] if (soort, f) in breed.columns else pd.Series(dtype="int64")
        uit[kolom] = uit["gemeentecode"].map(waarden).fillna(0).astype(np.int64)
    uit.attrs["duurzaam"] = True
    return uit
