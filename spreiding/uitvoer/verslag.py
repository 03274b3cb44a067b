"""Het provinciale verslag van een regietafel, in één vast format (PDF en Excel), zodat de verslagen van alle
provincies onderling vergelijkbaar zijn (Provincie Utrecht, invoeringstoets, 26 januari 2026: "rijksregie op
formats en definities, zodat de provinciale verslagen uniform van opzet en onderling vergelijkbaar zijn").

Vaste onderdelen, in deze volgorde: provincie en datum; opgave, afgesproken, ontbreekt; per gemeente aantal,
huidige plekken, afspraak, verschil en wat een verdeelbesluit zou opleggen; de uitruil in een paar regels; de
bronnen en de regel voor het verdeelbesluit.
"""

from __future__ import annotations

from ..notatie import getal, plekken
from ..parameters import PARAMETERS
from ..regietafel import REGEL, STANDAARDEN, Toets
from ..uitgangspunt import Uitgangspunt
from .briefing import bestandsnaam
from .pdf import Document, vandaag
from .tabellen import xlsx as maak_xlsx

KOLOMMEN = [
    "gemeentecode",
    "gemeentenaam",
    "opgave",
    "regulier",
    "nood",
    "afspraak",
    "afspraak_saldo",
    "opgelegd",
    "na_besluit",
    "toelichting",
]
ONDERDELEN = (
    "1. Opgave en stand",
    "2. Afspraken per gemeente",
    "3. Uitruil",
    "4. Wat een verdeelbesluit zou opleggen",
    "5. Bronnen",
)


def _bronnen(u: Uitgangspunt):
    return u.bronnen() + [
        PARAMETERS.bronnen["vng-ledenbrief-2024-01"],
        PARAMETERS.bronnen["utrecht-2026-01"],
        REGEL.bron,
    ]


def pdf(t: Toets, u: Uitgangspunt, herkomst: str = "regulier") -> bytes:
    """Het verslag als PDF; `herkomst` zegt waar de afspraken vandaan komen (beginwaarde of 'bestand'/'tabel')."""
    opdracht = (
        f'python -m spreiding regietafel --provincie "{t.provincie}" {" ".join(u.argumenten())} '
        "--afspraken afspraken.csv --verslag verslag.pdf"
    )
    doc = Document(f"Verslag regietafel {t.provincie}", opdracht)
    oorsprong = STANDAARDEN.get(herkomst, "ingevuld aan de regietafel")
    doc.kop(
        f"Verslag provinciale regietafel {t.provincie}",
        f"Uniform format · {u.label} · stand op {vandaag()} · afspraken: {oorsprong}",
    )
    doc.tussenkop(ONDERDELEN[0])
    status = "haalt haar opgave" if t.haalt_opgave else f"komt {plekken(t.ontbreekt)} tekort"
    doc.alinea(
        f"Opgave {plekken(t.opgave)}; afgesproken {plekken(t.afgesproken)}; de provincie {status}. "
        f"{len(t.onder)} van de {len(t.gemeenten)} gemeenten spreken minder af dan hun opgave."
    )
    doc.ln(1)
    doc.tussenkop(ONDERDELEN[1])
    rijen = [
        [
            r.gemeentenaam,
            getal(r.opgave),
            getal(r.regulier),
            getal(r.nood),
            getal(r.afspraak),
            getal(r.afspraak_saldo, teken=True),
            getal(r.opgelegd),
            str(r.toelichting),
        ]
        for r in t.gemeenten.sort_values("gemeentenaam").itertuples()
    ]
    rijen.append(
        [
            "Totaal",
            getal(t.opgave),
            getal(int(t.gemeenten["regulier"].sum())),
            getal(int(t.gemeenten["nood"].sum())),
            getal(t.afgesproken),
            getal(t.afgesproken - t.opgave, teken=True),
            getal(t.opgelegd),
            "",
        ]
    )
    doc.tabel(
        ["Gemeente", "Opgave", "Regulier", "Nood", "Afspraak", "Verschil", "Opgelegd", "Toelichting"],
        rijen,
        [38, 15, 15, 13, 16, 16, 16, 51],
        [False, True, True, True, True, True, True, False],
        grootte=6.8 if len(rijen) <= 45 else 6.2,
        nadruk={len(rijen) - 1},
    )
    doc.ln(2)
    doc.tussenkop(ONDERDELEN[2])
    for regel in t.uitruil():
        doc.alinea("• " + regel)
    doc.ln(1)
    doc.tussenkop(ONDERDELEN[3])
    if t.haalt_opgave:
        doc.alinea("Niets: de afspraken halen de provinciale opgave.")
    else:
        opgelegd = t.gemeenten[t.gemeenten["opgelegd"] > 0].sort_values("opgelegd", ascending=False)
        doc.alinea(
            f"{plekken(t.opgelegd)} over {len(opgelegd)} gemeenten onder hun opgave: "
            + ", ".join(f"{r.gemeentenaam} {getal(r.opgelegd)}" for r in opgelegd.itertuples())
            + "."
        )
    doc.alinea(f"Regel ({REGEL.label}): {REGEL.uitleg} {REGEL.aanname}", grootte=7)
    doc.ln(1)
    doc.bronnen(_bronnen(u), kop=ONDERDELEN[4])
    return doc.bytes()


def xlsx(t: Toets, u: Uitgangspunt) -> bytes:
    """Het verslag als Excel: blad 'Verslag' (per gemeente), blad 'Scenario en bronnen' met de stand."""
    scenario = [
        ("Provincie", t.provincie),
        ("Uitgangspunt", u.label),
        ("Stand op", vandaag()),
        ("Opgave", getal(t.opgave)),
        ("Afgesproken", getal(t.afgesproken)),
        ("Ontbreekt", getal(t.ontbreekt)),
        ("Opgelegd bij verdeelbesluit (regel: wet zoals toegepast, aanname)", getal(t.opgelegd)),
        *[(f"Uitruil {i}", regel) for i, regel in enumerate(t.uitruil(), start=1)],
    ]
    return maak_xlsx([("Verslag", t.gemeenten.sort_values("gemeentenaam"), KOLOMMEN)], scenario, _bronnen(u))


__all__ = ["pdf", "xlsx", "bestandsnaam", "KOLOMMEN", "ONDERDELEN"]
