"""Briefing van één pagina (PDF) voor een gemeente, en een briefing voor een provincie.

Inhoud gemeente: naam en provincie; aantal cyclus 1 (gereconstrueerd, met het gepubliceerde aantal waar bekend) en
cyclus 2 (zoals gepubliceerd); hoe het getal ontstaat in drie regels; huidige plekken en wat nog te realiseren is;
rang in de provincie (plekken per 1.000 inwoners); kaartje van de provincie; de belangrijke data van de huidige
cyclus; de bronnen. Dezelfde getallen als `python -m spreiding verdeling`, in Nederlandse notatie.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from .. import herkomst
from ..data import laad_grenzen
from ..notatie import getal, peildatum, plekken, procent
from ..parameters import PARAMETERS
from ..samenvatting import aanvraag_kort
from ..uitgangspunt import Uitgangspunt, maak
from ..verdeling import per_provincie, rang_in_provincie, uitleg, verdeel
from .kolommen import kolom
from .pdf import GRIJS, Document, kaartje, kleur_tussen, kleur_verschil, vandaag


def _stappen(cyclus: str) -> list[tuple[str, str]]:
    """(datum als tekst, stap) van een cyclus."""
    return [
        (s.wanneer, s.stap + {"C": "", "R": " (gerapporteerd)", "U": " (aanname)"}[s.status])
        for s in PARAMETERS.tijdlijn
        if s.cyclus == cyclus
    ]


def _cyclus_van(u: Uitgangspunt) -> str:
    """De cyclus waarvan de tijdlijn bij dit uitgangspunt hoort: die van het uitgangspunt, anders cyclus 2."""
    return u.cyclus if u.cyclus in PARAMETERS.cycli else "2"


def bestandsnaam(naam: str) -> str:
    """'Súdwest-Fryslân' -> 'sudwest-fryslan'."""
    import re
    import unicodedata

    tekst = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", tekst).strip("-") or "gebied"


def gemeente_pdf(gemeenten: pd.DataFrame, code: str, u: Uitgangspunt, grenzen: dict | None = None) -> bytes:
    """Briefing (één A4) voor gemeente `code` bij uitgangspunt `u`."""
    verdeling = verdeel(gemeenten, u.parameters())
    stap = uitleg(verdeling, code, u.parameters())
    rij = verdeling.set_index("gemeentecode").loc[code]
    naam, provincie = stap["gemeentenaam"], stap["provincie"]
    c1 = maak("1")
    v1 = verdeel(gemeenten, c1.parameters()).set_index("gemeentecode")
    gepubliceerd1 = PARAMETERS.gepubliceerd_cyclus1_aantallen().get(code)
    v2 = verdeel(gemeenten, maak("2").parameters()).set_index("gemeentecode")
    rang, van = rang_in_provincie(verdeling, code)
    opdracht = f"python -m spreiding briefing --gemeente {code} {' '.join(u.argumenten())} -o briefing.pdf"
    pdf = Document(f"Briefing {naam}", opdracht)
    pdf.kop(
        f"{naam}: {plekken(stap['opgave'])}",
        f"Indicatieve opgave asielopvang (Spreidingswet) · gemeente in {provincie} · {u.label} · "
        f"gemaakt op {vandaag()}",
    )

    # Kerngetallen
    y = pdf.get_y()
    breedte = (pdf.w - pdf.l_margin - pdf.r_margin - 6) / 3
    tekst_c1 = (
        f"gereconstrueerd; gepubliceerd: {getal(gepubliceerd1)}"
        if gepubliceerd1
        else "gereconstrueerd (officiële tabel niet beschikbaar)"
    )
    pdf.kerngetal("Cyclus 1 (2024–2026)", plekken(int(v1.loc[code, "opgave"])), tekst_c1, pdf.l_margin, y, breedte)
    pdf.kerngetal(
        "Cyclus 2 (2026–2028)",
        plekken(int(v2.loc[code, "opgave_cyclus2"])),
        f"zoals gepubliceerd ({herkomst.cijfers_bron()})",
        pdf.l_margin + breedte + 3,
        y,
        breedte,
    )
    pdf.kerngetal(
        "Per 1.000 inwoners",
        getal(stap["per_1000"], 2),
        f"plaats {rang} van {van} in {provincie} (1 = de meeste plekken per 1.000 inwoners)",
        pdf.l_margin + 2 * (breedte + 3),
        y,
        breedte,
    )
    pdf.set_y(y + 25)

    links = 104
    y0 = pdf.get_y()
    pdf.tussenkop("Hoe het getal ontstaat", links)
    pdf.alinea(
        f"1. Inwoners: {getal(stap['inwoners'])} op {peildatum(stap['peildatum'])}, "
        f"{procent(100 * stap['aandeel_inwoners'], 3)} van Nederland. "
        f"Alleen naar inwoners: {getal(stap['quotum_inwoners'], 1)} van de {getal(u.totaal)} plekken.\n"
        f"2. SES-correctie: factor {getal(stap['correctiefactor'], 3)}"
        + (
            f" (sterkte {getal(stap['alpha'], 2)}: × {getal(stap['effectieve_factor'], 3)})"
            if stap["alpha"] != 1
            else ""
        )
        + f", afgeleid uit de gepubliceerde verdeling van cyclus 2. Na herschaling: {getal(stap['quotum'], 1)} "
        "plekken.\n"
        f"3. Afronding op hele plekken (grootste overschot, landelijk precies {getal(u.totaal)}): "
        f"{getal(stap['quotum'], 1)} → {getal(stap['opgave'])}.",
        breedte=links,
    )
    pdf.ln(1.5)
    pdf.tussenkop("Huidige plekken en wat nog te realiseren is", links)
    saldo = int(rij["saldo"])
    pdf.alinea(
        f"Nu ({herkomst.plekken_bron()}): {getal(int(rij['regulier']))} reguliere en {getal(int(rij['nood']))} "
        "noodplekken. "
        f"{kolom('saldo').kop}: {getal(saldo, teken=True)} "
        f"({'overschot' if saldo > 0 else 'tekort' if saldo < 0 else 'precies'}). "
        f"{kolom('te_realiseren').kop} (opgave − regulier, niet onder 0): {plekken(int(rij['te_realiseren']))}.\n"
        f"Of een plek meetelt, hangt af van de locatie (minstens {PARAMETERS.plekken['min_locatie'].waarde} plekken, "
        f"minstens {PARAMETERS.plekken['min_jaren'].waarde} jaar); regulier is de beste benadering (aanname).",
        breedte=links,
    )
    pdf.ln(1.5)
    pdf.tussenkop("Bonus: aanvragen (regeling 2024)", links)
    pdf.alinea(aanvraag_kort(date.today()), breedte=links)
    pdf.ln(1.5)
    cyclus = _cyclus_van(u)
    pdf.tussenkop(f"Belangrijke data, cyclus {cyclus}", links)
    for wanneer, wat in _stappen(cyclus):
        pdf.set_x(pdf.l_margin)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.multi_cell(links, 3.6, f"**{wanneer}:** {wat}", new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        pdf.ln(0.6)
    y_tekst = pdf.get_y()

    # Kaartje van de provincie
    grenzen = grenzen or laad_grenzen("gemeente")
    in_prov = verdeling[verdeling["provincie"] == provincie].set_index("gemeentecode")
    laag, hoog = float(in_prov["per_1000"].min()), float(in_prov["per_1000"].max())
    gebieden, omlijnd = [], set()
    for f in grenzen["features"]:
        c = f["properties"]["code"]
        if c in in_prov.index:
            if c == code:
                omlijnd.add(len(gebieden))
            gebieden.append((f, kleur_tussen(float(in_prov.loc[c, "per_1000"]), laag, hoog)))
    kx = pdf.l_margin + links + 6
    kb = pdf.w - pdf.r_margin - kx
    pdf.set_xy(kx, y0)
    pdf.tussenkop(f"{provincie}: plekken per 1.000 inwoners", kb)
    kaartje(pdf, gebieden, kx, y0 + 7, kb, 70, omlijnd)
    pdf.set_xy(kx, y0 + 79)
    pdf.alinea(
        f"Licht {getal(laag, 2)} – donker {getal(hoog, 2)} per 1.000 inwoners; {naam} dik omlijnd. Grenzen: CBS/PDOK "
        "2024.",
        grootte=6.5,
        breedte=kb,
        hoogte=3.2,
        kleur=GRIJS,
    )
    pdf.set_y(max(y_tekst, y0 + 90) + 2)

    # Rangorde in de provincie: de gemeente met haar buren in de lijst
    pdf.tussenkop(f"{naam} tussen de gemeenten van {provincie} (naar plekken per 1.000 inwoners)")
    lijst = (
        verdeling[verdeling["provincie"] == provincie]
        .sort_values(["per_1000", "gemeentecode"], ascending=[False, True])
        .reset_index(drop=True)
    )
    i = int(lijst.index[lijst["gemeentecode"] == code][0])
    lo, hi = max(0, i - 3), min(len(lijst), i + 4)
    rijen = [
        [
            str(j + 1),
            r.gemeentenaam,
            getal(r.opgave),
            getal(r.per_1000, 2),
            getal(r.regulier),
            getal(r.nood),
            getal(r.saldo, teken=True),
        ]
        for j, r in zip(range(lo, hi), lijst.iloc[lo:hi].itertuples())
    ]
    pdf.tabel(
        ["Rang", "Gemeente", "Opgave", "Per 1.000", "Regulier", "Nood", "Saldo"],
        rijen,
        [12, 58, 22, 22, 22, 20, 24],
        [True, False, True, True, True, True, True],
        nadruk={i - lo},
    )
    pdf.ln(2)
    pdf.bronnen(
        u.bronnen() + [PARAMETERS.bronnen["cbs-pdok-2024"]],
        [
            "Saldo = regulier + nood − opgave. Cyclus 1 is gereconstrueerd met dezelfde SES-correctie en inwoners "
            "op 1 januari 2023."
        ],
    )
    return pdf.bytes()


def provincie_pdf(gemeenten: pd.DataFrame, provincie: str, u: Uitgangspunt, grenzen: dict | None = None) -> bytes:
    """Briefing voor een provincie: opgave, tabel van haar gemeenten, kaartje, bronnen."""
    verdeling = verdeel(gemeenten, u.parameters())
    prov = per_provincie(verdeling).set_index("provincie").loc[provincie]
    deel = verdeling[verdeling["provincie"] == provincie].sort_values("gemeentenaam")
    opdracht = f'python -m spreiding briefing --provincie "{provincie}" {" ".join(u.argumenten())} -o briefing.pdf'
    pdf = Document(f"Briefing provincie {provincie}", opdracht)
    pdf.kop(
        f"Provincie {provincie}: {plekken(int(prov['opgave']))}",
        f"Provinciale opgave asielopvang = som van {int(prov['gemeenten'])} gemeenten · {u.label} · gemaakt op "
        f"{vandaag()}",
    )
    y = pdf.get_y()
    breedte = (pdf.w - pdf.l_margin - pdf.r_margin - 6) / 3
    pdf.kerngetal(
        "Opgave",
        plekken(int(prov["opgave"])),
        f"{getal(prov['per_1000'], 2)} per 1.000 inwoners",
        pdf.l_margin,
        y,
        breedte,
    )
    pdf.kerngetal(
        "Nu: regulier + nood",
        f"{getal(int(prov['regulier']))} + {getal(int(prov['nood']))}",
        herkomst.plekken_bron(),
        pdf.l_margin + breedte + 3,
        y,
        breedte,
    )
    pdf.kerngetal(
        kolom("te_realiseren").kop,
        getal(int(prov["te_realiseren"])),
        f"opgave − regulier voor de provincie als geheel (uitruil mag); {kolom('som_tekorten').kop.lower()}: "
        f"{getal(int(prov['som_tekorten']))}",
        pdf.l_margin + 2 * (breedte + 3),
        y,
        breedte,
    )
    pdf.set_y(y + 26)
    grenzen = grenzen or laad_grenzen("gemeente")
    codes = set(deel["gemeentecode"])
    grens = max(1.0, float(deel["saldo"].abs().max()))
    waarden = deel.set_index("gemeentecode")["saldo"]
    gebieden = [
        (f, kleur_verschil(float(waarden[f["properties"]["code"]]), grens))
        for f in grenzen["features"]
        if f["properties"]["code"] in codes
    ]
    kx, kb = pdf.w - pdf.r_margin - 62, 62
    y0 = pdf.get_y()
    kaartje(pdf, gebieden, kx, y0, kb, 62)
    pdf.set_xy(kx, y0 + 63)
    pdf.alinea(
        "Rood: tekort, blauw: overschot (regulier + nood − opgave); wit: precies. Grenzen: CBS/PDOK 2024.",
        grootte=6.5,
        breedte=kb,
        hoogte=3.2,
        kleur=GRIJS,
    )
    pdf.set_xy(pdf.l_margin, y0)
    rijen = [
        [r.gemeentenaam, getal(r.opgave), getal(r.regulier), getal(r.nood), getal(r.saldo, teken=True)]
        for r in deel.itertuples()
    ]
    rijen.append(
        [
            "Totaal",
            getal(int(prov["opgave"])),
            getal(int(prov["regulier"])),
            getal(int(prov["nood"])),
            getal(int(prov["saldo"]), teken=True),
        ]
    )
    grootte = 7 if len(rijen) <= 40 else 6.2
    pdf.tabel(
        ["Gemeente", "Opgave", "Regulier", "Nood", "Saldo"],
        rijen,
        [48, 16, 16, 14, 17],
        [False, True, True, True, True],
        grootte=grootte,
        nadruk={len(rijen) - 1},
    )
    pdf.set_y(max(pdf.get_y(), y0 + 72) + 3)
    pdf.bronnen(u.bronnen() + [PARAMETERS.bronnen["cbs-pdok-2024"]])
    return pdf.bytes()
