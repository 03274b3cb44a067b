"""Eén beschrijving per kolom, uit de begrippenlijst (spreiding/begrippen.toml): Nederlandse kop, soort, decimalen,
definitie en formule. Gebruikt door CSV, Excel, de tabel op de command line, de tabellen in de app en de pagina
"Hoe werkt het", zodat een getal overal hetzelfde heet en hetzelfde staat. Een kolom die niet in de lijst staat,
kan niet worden getoond of geëxporteerd."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..fouten import DataFout
from ..notatie import euro, getal, procent

BESTAND = Path(__file__).resolve().parents[1] / "begrippen.toml"
SOORTEN = ("geheel", "getal", "euro", "procent", "tekst", "janee")


@dataclass(frozen=True)
class Kolom:
    sleutel: str
    kop: str
    definitie: str
    soort: str = "geheel"
    decimalen: int = 0
    formule: str = ""
    kort: str = ""  # korte kop voor een smalle kolom op het scherm (de volledige kop staat dan in de hulptekst)
    #: mag in een totaalregel opgeteld worden? Niet: rangnummers, dichtheden, getallen die maar voor een deel van de
    #: rijen bekend zijn (gerapporteerd), en 'na uitruil' (de som over provincies is niet dat van Nederland)
    optelbaar: bool = True

    @property
    def kop_kort(self) -> str:
        return self.kort or self.kop

    @property
    def uitleg(self) -> str:
        """Definitie en (waar er een is) formule, voor een hulptekst op het scherm."""
        return self.definitie + (f" Formule: {self.formule}." if self.formule else "")

    def tekst(self, waarde) -> str:
        """De waarde in Nederlandse notatie (voor tabellen op het scherm, in PDF en op de command line)."""
        if self.soort == "tekst":
            return "" if waarde is None else str(waarde)
        if self.soort == "janee":
            return "ja" if bool(waarde) else "nee"
        if waarde is None or waarde != waarde:  # None of NaN: leeg
            return ""
        if self.soort == "euro":
            return euro(waarde, self.decimalen)
        if self.soort == "procent":
            return procent(waarde, self.decimalen)
        return getal(waarde, self.decimalen if self.soort == "getal" else 0)


def lees(pad: Path = BESTAND) -> dict[str, Kolom]:
    try:
        ruw = tomllib.loads(pad.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as fout:
        raise DataFout(f"De begrippenlijst {pad.name} is onleesbaar: {fout}") from fout
    uit = {}
    for sleutel, v in ruw.items():
        if v.get("soort", "geheel") not in SOORTEN or not v.get("kop") or not v.get("definitie"):
            raise DataFout(f"begrippen.toml: {sleutel} mist een kop of definitie, of heeft een onbekende soort.")
        uit[sleutel] = Kolom(sleutel=sleutel, **v)
    koppen = [k.kop for k in uit.values()]
    if len(set(koppen)) != len(koppen):
        dubbel = sorted({k for k in koppen if koppen.count(k) > 1})
        raise DataFout(f"begrippen.toml: dezelfde kop voor twee begrippen: {', '.join(dubbel)}.")
    return uit


KOLOMMEN: dict[str, Kolom] = lees()


def kolom(naam: str) -> Kolom:
    """De kolom `naam` uit de begrippenlijst; een onbekende naam is een fout van het programma, geen invoer."""
    try:
        return KOLOMMEN[naam]
    except KeyError:
        raise DataFout(f"De kolom {naam!r} staat niet in de begrippenlijst (spreiding/begrippen.toml).") from None
