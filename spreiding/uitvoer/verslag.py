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
from ..notatie import datum, getal, lijst, plekken
from ..parameters import PARAMETERS
from ..regietafel import EXPORTKOLOMMEN, OPLEGGING_UITLEG, OPLEGGINGEN, STANDAARDEN, VERGADERSTATUSSEN, Toets
from ..uitgangspunt import Uitgangspunt
from .briefing import bestandsnaam
from .kolommen import kolom
from .pdf import GRIJS, Document, vandaag
from .tabellen import xlsx as maak_xlsx

#: Het verslag toont de afspraken en hun uitkomst; de twee lezingen apart en het resterende tekort staan in de
#: command line (--format json/csv).
KOLOMMEN = ["gemeentenaam", "gemeentecode"] + [
    "uitruil_naam" if k == "uitruil_met" else k
    for k in EXPORTKOLOMMEN
    if k not in ("gemeentenaam", "gemeentecode", "rest_tekort", "opgelegd")
]
ONDERDELEN = (
    "1. Samenvatting en vergadering",
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


def _opgelegd_zin(t: Toets, kolom_: str, hoogstens: int = 10) -> str:
    """'Amersfoort 120, Baarn 30 en 3 andere' voor één lezing, grootste eerst; 'niemand' als er niets is."""
    deel = t.gemeenten[t.gemeenten[kolom_] > 0].sort_values([kolom_, "gemeentenaam"], ascending=[False, True])
    if deel.empty:
        return "niemand"
    namen = [f"{r.gemeentenaam} {getal(int(getattr(r, kolom_)))}" for r in deel.head(hoogstens).itertuples()]
    rest = len(deel) - hoogstens
    return lijst(namen) + (f" en {rest} andere" if rest > 0 else "")


def samenvatting(t: Toets, u: Uitgangspunt, begin: str = "regulier") -> list[str]:
    """De stand in zinnen die een commissaris van de Koning kan voorlezen: de opgave, wat is afgesproken, wat
    ontbreekt, en wie een verdeelbesluit een deel zou opleggen (in beide lezingen, beide aanname)."""
    zinnen = [
        f"De opgave van {t.provincie} is {plekken(t.opgave)} ({u.label}).",
        f"Aan de tafel is {plekken(t.afgesproken)} afgesproken; "
        + ("daarmee haalt de provincie haar opgave." if t.haalt_opgave else f"er ontbreken {plekken(t.ontbreekt)}."),
        _herkomst(t, begin)[0].upper() + _herkomst(t, begin)[1:] + ".",
    ]
    if t.haalt_opgave:
        zinnen.append("Een verdeelbesluit zou niets opleggen.")
    else:
        n_tekort = int((t.gemeenten["opgelegd_tekort"] > 0).sum())
        n_opgave = int((t.gemeenten["opgelegd_opgave"] > 0).sum())
        zinnen.append(
            f"Een verdeelbesluit zou het ontbrekende opleggen aan gemeenten onder hun opgave zonder dekkende uitruil. "
            f"Naar rato van het resterende tekort: {n_tekort} gemeenten, {_opgelegd_zin(t, 'opgelegd_tekort')}. "
            f"Naar rato van de opgave: {n_opgave} gemeenten, {_opgelegd_zin(t, 'opgelegd_opgave')}. "
            "Hoe een verdeelbesluit verdeelt, zeggen de bronnen niet: beide lezingen zijn een aanname."
        )
    if t.extra_telt:
        zinnen.append("Plekken voor Oekraïners en woningen voor statushouders tellen hier mee (aanname).")
    return zinnen


def opdracht_voor(t: Toets, u: Uitgangspunt, begin: str) -> str:
    """De command line die dit verslag opnieuw maakt."""
    return (
        f'python -m spreiding regietafel --provincie "{t.provincie}" {" ".join(u.argumenten())} --standaard {begin} '
        f"--oplegging {t.oplegging}" + (" --extra-telt" if t.extra_telt else "") + " --afspraken afspraken.csv"
    )


def pdf(t: Toets, u: Uitgangspunt, begin: str = "regulier") -> bytes:
    """Het verslag als PDF, A4 liggend: titel (provincie, cyclus, status), samenvatting, vergadering, de tabel met
    beide lezingen van een verdeelbesluit en de toelichtingen in hun geheel, uitruil, extra prestaties, en tot slot
    bronnen en de opdracht om het na te rekenen. `begin` is de beginwaarde van de regels die niet aan de tafel zijn
    ingevoerd."""
    doc = Document(f"Verslag regietafel {t.provincie}", None, liggend=True)
    v = t.vergadering
    doc.kop(
        f"Verslag provinciale regietafel {t.provincie}",
        f"{u.label} · status: {VERGADERSTATUSSEN[v.status]} · vergadering "
        f"{datum(v.datum) if v.datum else '(datum niet ingevuld)'} · stand op {vandaag()}",
    )
    doc.tussenkop(ONDERDELEN[0])
    doc.alinea(_vergadering(t))
    for zin in samenvatting(t, u, begin):
        doc.alinea(zin)
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
            getal(r.opgelegd_tekort),
            getal(r.opgelegd_opgave),
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
            getal(int(t.gemeenten["opgelegd_tekort"].sum())),
            getal(int(t.gemeenten["opgelegd_opgave"].sum())),
            "",
        ]
    )
    gekozen = {"tekort": 6, "opgave": 7}.get(t.oplegging)
    koppen = [
        "Gemeente",
        "Opgave",
        "Regulier",
        "Afspraak",
        "Afspraak − opgave",
        "Uitruil met",
        "Opgelegd, naar rato tekort [U]",
        "Opgelegd, naar rato opgave [U]",
        "Toelichting",
    ]
    if gekozen is not None:
        koppen[gekozen] += " (gekozen)"
    doc.tabel_omloop(
        koppen,
        rijen,
        [40, 16, 16, 16, 19, 32, 24, 24, 80],
        [False, True, True, True, True, False, True, True, False],
        grootte=7,
        nadruk={len(rijen) - 1},
    )
    doc.alinea(
        f"° beginwaarde ({STANDAARDEN.get(begin, begin)}), niet aan de tafel ingevoerd. Regulier: "
        f"{herkomst.plekken_bron()}. Alfabetisch op gemeentenaam. [U] aanname: "
        f"{OPLEGGING_UITLEG['tekort']} {OPLEGGING_UITLEG['opgave']}",
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
        doc.alinea(f"Naar rato van het resterende tekort: {_opgelegd_zin(t, 'opgelegd_tekort', 50)}.")
        doc.alinea(f"Naar rato van de opgave: {_opgelegd_zin(t, 'opgelegd_opgave', 50)}.")
    doc.alinea(
        f"Gekozen lezing: {OPLEGGINGEN[t.oplegging]} (aanname). De bronnen zeggen niet hoe een verdeelbesluit "
        "verdeelt.",
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
    doc.ln(1)
    doc.alinea("Naberekenen met de command line van Spreidingswet in cijfers:", grootte=7, kleur=GRIJS)
    doc.alinea(opdracht_voor(t, u, begin), grootte=7, kleur=GRIJS)
    return doc.bytes()


def xlsx(t: Toets, u: Uitgangspunt, begin: str = "regulier") -> bytes:
    """Het verslag als Excel om mee door te werken: blad 'Verslag' leest als een document (titel, provincie, cyclus,
    datum, aanwezigen, status, bron, samenvatting), blad 'Afspraken' is de tabel (naam en code in eigen kolommen,
    namen onder 'Uitruil met', totalen als SUM-formule, vaste kopregel, autofilter, Nederlandse getalnotatie), en
    blad 'Scenario en bronnen' met de vergadering en de bronnen (zoals de upload het terugleest)."""
    v = t.vergadering
    namen = dict(zip(t.gemeenten["gemeentecode"], t.gemeenten["gemeentenaam"]))
    document = [
        ("Provincie", t.provincie),
        ("Cyclus", u.label),
        ("Datum vergadering", datum(v.datum) if v.datum else "niet ingevuld"),
        ("Aanwezig", v.aanwezig or "niet ingevuld"),
        ("Status verslag", VERGADERSTATUSSEN[v.status]),
        ("Stand op", vandaag()),
        (
            "Bron",
            "Spreidingswet in cijfers, met: "
            + "; ".join(f"{b.uitgever}, {b.titel} ({b.datum})" for b in u.bronnen())
            + f"; huidige plekken: {herkomst.plekken_bron()}.",
        ),
    ]
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
        ("Naberekenen", opdracht_voor(t, u, begin)),
    ]
    tabel = t.gemeenten.assign(uitruil_naam=t.gemeenten["uitruil_met"].map(namen).fillna(""))
    return maak_xlsx(
        [("Afspraken", tabel, KOLOMMEN)],
        scenario,
        _bronnen(u),
        totaalrij=True,
        document=(f"Verslag provinciale regietafel {t.provincie}", document, samenvatting(t, u, begin)),
    )


__all__ = ["pdf", "xlsx", "samenvatting", "bestandsnaam", "KOLOMMEN", "ONDERDELEN"]
