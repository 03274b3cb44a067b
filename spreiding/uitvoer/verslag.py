"""Het provinciale verslag van een regietafel, in één vast format (PDF en Excel), zodat de verslagen van alle
provincies onderling vergelijkbaar zijn (Provincie Utrecht, invoeringstoets, 26 januari 2026: "rijksregie op
formats en definities, zodat de provinciale verslagen uniform van opzet en onderling vergelijkbaar zijn").

Vaste onderdelen, in deze volgorde: provincie, vergadering (datum, aanwezigen, status) en stand; opgave,
afgesproken, ontbreekt; per gemeente (alfabetisch) opgave, huidige plekken, afspraak, afspraak − opgave, uitruil,
wat een verdeelbesluit zou opleggen en of de regel aan de tafel is ingevoerd of de beginwaarde is; de uitruil in een
paar regels; de extra prestaties (Oekraïense ontheemden, statushouders); de bronnen en de regel voor het
verdeelbesluit. Kolomkoppen uit de begrippenlijst.
"""

from __future__ import annotations

from .. import herkomst
from ..notatie import datum, getal, plekken
from ..parameters import PARAMETERS
from ..regietafel import EXPORTKOLOMMEN, OPLEGGING_UITLEG, OPLEGGINGEN, STANDAARDEN, VERGADERSTATUSSEN, Toets
from ..uitgangspunt import Uitgangspunt
from .briefing import bestandsnaam
from .kolommen import kolom
from .pdf import Document, vandaag
from .tabellen import xlsx as maak_xlsx

#: Het verslag toont de afspraken en hun uitkomst; de twee lezingen apart en het resterende tekort staan in de
#: command line (--format json/csv).
KOLOMMEN = [k for k in EXPORTKOLOMMEN if k not in ("rest_tekort", "opgelegd_tekort", "opgelegd_opgave")]
ONDERDELEN = (
    "1. Vergadering en stand",
    "2. Afspraken per gemeente",
    "3. Uitruil",
    "4. Wat een verdeelbesluit zou opleggen",
    "5. Extra prestaties (niet meegeteld)",
    "6. Bronnen",
)


def _bronnen(u: Uitgangspunt):
    return u.bronnen() + [
        PARAMETERS.bronnen["vng-ledenbrief-2024-01"],
        PARAMETERS.bronnen["utrecht-2026-01"],
    ]


def _vergadering(t: Toets) -> str:
    v = t.vergadering
    return (
        f"Vergadering: {datum(v.datum) if v.datum else 'datum niet ingevuld'}. "
        f"Aanwezig: {v.aanwezig or 'niet ingevuld'}. Status van dit verslag: {VERGADERSTATUSSEN[v.status]}."
    )


def _herkomst(t: Toets, begin: str) -> str:
    n, van = t.ingevoerd, len(t.gemeenten)
    beginwaarde = STANDAARDEN.get(begin, begin)
    if n == 0:
        return f"geen afspraken ingevoerd; alle {van} regels zijn de beginwaarde ({beginwaarde})"
    return f"{n} van de {van} regels aan de tafel ingevoerd; de andere {van - n} zijn de beginwaarde ({beginwaarde})"


def pdf(t: Toets, u: Uitgangspunt, begin: str = "regulier") -> bytes:
    """Het verslag als PDF; `begin` is de beginwaarde van de regels die niet aan de tafel zijn ingevoerd."""
    opdracht = (
        f'python -m spreiding regietafel --provincie "{t.provincie}" {" ".join(u.argumenten())} --standaard {begin} '
        f"--oplegging {t.oplegging} --afspraken afspraken.csv"
    )
    doc = Document(f"Verslag regietafel {t.provincie}", opdracht)
    doc.kop(
        f"Verslag provinciale regietafel {t.provincie} ({VERGADERSTATUSSEN[t.vergadering.status]})",
        f"Uniform format · {u.label} · stand op {vandaag()} · {_herkomst(t, begin)}",
    )
    doc.tussenkop(ONDERDELEN[0])
    status = "haalt haar opgave" if t.haalt_opgave else f"komt {plekken(t.ontbreekt)} tekort"
    doc.alinea(_vergadering(t))
    doc.alinea(
        f"Opgave {plekken(t.opgave)}; afgesproken {plekken(t.afgesproken)}; de provincie {status}. {t.stand_zin()}"
        + (" Plekken voor Oekraïners en statushouders tellen mee (aanname)." if t.extra_telt else "")
    )
    doc.ln(1)
    doc.tussenkop(ONDERDELEN[1])
    namen = dict(zip(t.gemeenten["gemeentecode"], t.gemeenten["gemeentenaam"]))
    rijen = [
        [
            r.gemeentenaam + ("" if r.ingevoerd else " °"),
            getal(r.opgave),
            getal(r.regulier),
            getal(r.afspraak),
            getal(r.afspraak_saldo, teken=True),
            namen.get(r.uitruil_met, ""),
            getal(r.opgelegd),
            str(r.toelichting),
        ]
        for r in t.gemeenten.itertuples()
    ]
    rijen.append(
        [
            "Totaal",
            getal(t.opgave),
            getal(int(t.gemeenten["regulier"].sum())),
            getal(int(t.gemeenten["afspraak"].sum())),
            getal(t.afgesproken - t.opgave, teken=True),
            "",
            getal(t.opgelegd),
            "",
        ]
    )
    doc.tabel(
        ["Gemeente", "Opgave", "Regulier", "Afspraak", "Afspr. − opg.", "Uitruil met", "Opgelegd", "Toelichting"],
        rijen,
        [34, 13, 14, 15, 20, 24, 15, 45],
        [False, True, True, True, True, False, True, False],
        grootte=6.8 if len(rijen) <= 45 else 6.2,
        nadruk={len(rijen) - 1},
    )
    doc.alinea(
        f"° beginwaarde ({STANDAARDEN.get(begin, begin)}), niet aan de tafel ingevoerd. Regulier: "
        f"{herkomst.plekken_bron()}. Alfabetisch op gemeentenaam.",
        grootte=7,
    )
    doc.ln(2)
    doc.tussenkop(ONDERDELEN[2])
    for regel in t.uitruil():
        doc.alinea("• " + regel)
    doc.ln(1)
    doc.tussenkop(ONDERDELEN[3])
    if t.haalt_opgave:
        doc.alinea("Niets: de afspraken halen samen de provinciale opgave, dus een verdeelbesluit legt niets op.")
    else:
        opgelegd = t.gemeenten[t.gemeenten["opgelegd"] > 0]
        doc.alinea(
            f"{plekken(t.opgelegd)} over {len(opgelegd)} gemeenten onder hun opgave zonder dekkende uitruil: "
            + ", ".join(f"{r.gemeentenaam} {getal(r.opgelegd)}" for r in opgelegd.itertuples())
            + "."
        )
    doc.alinea(
        f"Aanname: het ontbrekende wordt verdeeld {OPLEGGINGEN[t.oplegging]}. {OPLEGGING_UITLEG[t.oplegging]}",
        grootte=7,
    )
    doc.ln(1)
    doc.tussenkop(ONDERDELEN[4])
    extra = t.gemeenten[(t.gemeenten["oekraine"] > 0) | (t.gemeenten["statushouders"] > 0)]
    if extra.empty:
        doc.alinea("Geen plekken voor Oekraïense ontheemden of woningen voor statushouders vastgelegd.")
    else:
        doc.alinea(
            "; ".join(
                f"{r.gemeentenaam}: {getal(r.oekraine)} plekken Oekraïense ontheemden, {getal(r.statushouders)} "
                "woningen statushouders"
                for r in extra.itertuples()
            )
            + ". "
            + (
                "Ze tellen mee voor de asielopgave (aanname)."
                if t.extra_telt
                else "Ze tellen niet mee voor de asielopgave."
            )
        )
    doc.ln(1)
    doc.bronnen(_bronnen(u), kop=ONDERDELEN[5])
    return doc.bytes()


def xlsx(t: Toets, u: Uitgangspunt, begin: str = "regulier") -> bytes:
    """Het verslag als Excel: blad 'Verslag' (per gemeente, alfabetisch, met een totaalregel; koppen uit de
    begrippenlijst) en blad 'Scenario en bronnen' met de vergadering en de stand (getallen als getal)."""
    v = t.vergadering
    scenario = [
        ("Provincie", t.provincie),
        ("Datum vergadering", datum(v.datum) if v.datum else ""),
        ("Aanwezig", v.aanwezig),
        ("Status verslag", VERGADERSTATUSSEN[v.status]),
        ("Uitgangspunt", u.label),
        ("Stand op", vandaag()),
        ("Regels", _herkomst(t, begin)),
        (kolom("opgave").kop, t.opgave),
        (kolom("afgesproken").kop, t.afgesproken),
        ("Ontbreekt", t.ontbreekt),
        (f"{kolom('opgelegd').kop}, {OPLEGGINGEN[t.oplegging]} (aanname)", t.opgelegd),
        ("Extra prestaties tellen mee (aanname)", "ja" if t.extra_telt else "nee"),
        *[(f"Uitruil {i}", regel) for i, regel in enumerate(t.uitruil(), start=1)],
    ]
    return maak_xlsx([("Verslag", t.gemeenten, KOLOMMEN)], scenario, _bronnen(u), totaalrij=True)


__all__ = ["pdf", "xlsx", "bestandsnaam", "KOLOMMEN", "ONDERDELEN"]
