"""Eén beschrijving per kolom: Nederlandse kop, soort en decimalen. Gebruikt door CSV, Excel, de tabel op de
command line en de tabellen in de app, zodat een getal overal hetzelfde staat."""

from __future__ import annotations

from dataclasses import dataclass

from ..notatie import euro, getal, procent


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: str = "geheel"  # geheel, getal, euro, procent, tekst, janee
    decimalen: int = 0
    uitleg: str = ""

    def tekst(self, waarde) -> str:
        """De waarde in Nederlandse notatie (voor tabellen op het scherm, in PDF en op de command line)."""
        if self.soort == "tekst":
            return "" if waarde is None else str(waarde)
        if self.soort == "janee":
            return "ja" if bool(waarde) else "nee"
        if self.soort == "euro":
            return euro(waarde, self.decimalen)
        if self.soort == "procent":
            return procent(waarde, self.decimalen)
        return getal(waarde, self.decimalen if self.soort == "getal" else 0)


KOLOMMEN: dict[str, Kolom] = {
    "gemeentecode": Kolom("Gemeentecode", "tekst"),
    "gemeentenaam": Kolom("Gemeente", "tekst"),
    "plaats": Kolom("Plaats"),
    "provincie": Kolom("Provincie", "tekst"),
    "gemeenten": Kolom("Gemeenten"),
    "inwoners": Kolom("Inwoners"),
    "correctiefactor": Kolom(
        "Correctiefactor (SES)", "getal", 3, "Afgeleid uit de gepubliceerde verdeling van cyclus 2"
    ),
    "opgave": Kolom("Opgave"),
    "opgave_amv": Kolom("waarvan amv (aanname)"),
    "per_1000": Kolom("Per 1.000 inwoners", "getal", 2),
    "regulier": Kolom("Regulier (nu)"),
    "nood": Kolom("Nood (nu)"),
    "huidig": Kolom("Huidig (regulier + nood)"),
    "verschil": Kolom("Verschil (regulier + nood − opgave)"),
    "verschil_regulier": Kolom("Verschil (regulier − opgave)"),
    "te_realiseren": Kolom("Nog te realiseren (opgave − regulier)"),
    "huidig_per_1000": Kolom("Huidig per 1.000 inwoners", "getal", 2),
    "gepubliceerd": Kolom("Gepubliceerd"),
    "model": Kolom("Dit model"),
    "verschil_pct": Kolom("Verschil (%)", "procent", 1),
    # prikkel
    "systeem": Kolom("Systeem", "tekst"),
    "eerlijk_aandeel": Kolom("Eerlijk aandeel"),
    "aanbod": Kolom("Aanbod fase 1"),
    "taak": Kolom("Taak fase 2"),
    "last": Kolom("Totale last"),
    "last_wachten": Kolom("Last bij wachten"),
    "last_vroeg": Kolom("Last bij vroeg aanbieden"),
    "gat_wachter": Kolom("Wachter t.o.v. aandeel"),
    "gat_vroeg": Kolom("Vroege aanbieder t.o.v. aandeel"),
    "wachten_loont": Kolom("Wachter onder aandeel?", "janee"),
    "wachter": Kolom("Wachtende gemeenten"),
    "onder": Kolom("Gemeenten onder aandeel"),
    "ontlopen": Kolom("Plekken ontlopen"),
    "extra_taak_vroeg": Kolom("Extra taak vroege aanbieders"),
    "boven": Kolom("Boven aandeel"),
    # bonus
    "gerealiseerd": Kolom("Gerealiseerd"),
    "boven_aantal": Kolom("Boven het aantal"),
    "groot": Kolom("In locaties ≥ drempel"),
    "klein": Kolom("Kleinschalig"),
    "bonus_concept": Kolom("Concept 2023 (zou betalen)", "euro"),
    "bonus_regeling": Kolom("Regeling 2024", "euro"),
    "bonus_vng": Kolom("VNG/IPO (zou betalen)", "euro"),
    "totaal_euro": Kolom("Totaal", "euro"),
    "gemeenten_met_bonus": Kolom("Gemeenten met bonus"),
    "kleine_gemeenten_euro": Kolom("Naar gemeenten < 20.000 inw.", "euro"),
    "label": Kolom("Systeem", "tekst"),
    "moment": Kolom("Betaalmoment", "tekst"),
    # regietafel
    "afspraak": Kolom("Afspraak"),
    "opgelegd": Kolom("Opgelegd (verdeelbesluit)"),
    "na_besluit": Kolom("Na verdeelbesluit"),
    "toelichting": Kolom("Toelichting", "tekst"),
    "afgesproken": Kolom("Afgesproken"),
    "tekort": Kolom("Tekort"),
    "ingevuld": Kolom("Tabel ingevuld?", "janee"),
}


def kolom(naam: str) -> Kolom:
    return KOLOMMEN.get(naam, Kolom(naam.replace("_", " ").capitalize(), "tekst"))
