"""Briefing van één pagina (PDF) voor een gemeente, en een briefing voor een provincie.

Inhoud gemeente: naam en provincie; aantal cyclus 1 (gereconstrueerd, met het gepubliceerde aantal waar bekend) en
cyclus 2 (zoals gepubliceerd); hoe het getal ontstaat in drie regels; huidige plekken en wat nog te realiseren is;
rang in de provincie (plekken per 1.000 inwoners); kaartje van de provincie; de belangrijke data van de huidige
cyclus; de bronnen. Dezelfde getallen als `python -m spreiding verdeling`, in Nederlandse notatie.
"""

from __future__ import annotations

import os
from datetime import date
from urllib.parse import urlencode

import pandas as pd

from .. import herkomst
from ..bonus import SYSTEMEN as BONUSSYSTEMEN
from ..data import laad_grenzen
from ..gemeente import overzicht
from ..notatie import euro, getal, peildatum, plekken, procent, slug
from ..parameters import PARAMETERS
from ..samenvatting import aanvraag_kort, bonus_aannames, nog_nodig_zin
from ..uitgangspunt import Uitgangspunt, huidige, maak
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
    return u.cyclus if u.cyclus in PARAMETERS.cycli else PARAMETERS.huidige_cyclus().code


def bestandsnaam(naam: str) -> str:
    """'Súdwest-Fryslân' -> 'sudwest-fryslan'."""
    return slug(naam) or "gebied"


ADRES_STANDAARD = "http://localhost:8501"


def adres() -> str:
    """Het adres van de app voor de link in een briefing van de command line: $SPREIDING_ADRES (het publieke adres
    van de installatie), anders dat van `streamlit run app.py` op deze computer. De app zelf geeft de link door
    die de gebruiker in de adresbalk heeft."""
    return (os.environ.get("SPREIDING_ADRES") or ADRES_STANDAARD).rstrip("/")


def gemeente_link(code: str, u: Uitgangspunt, verdeelbesluit: int | None = None) -> str:
    """De live pagina bij een briefing: Mijn gemeente bij cyclus 2 zoals gepubliceerd, anders de kaart met hetzelfde
    uitgangspunt; een ingevoerd verdeelbesluit gaat mee (de pagina's lezen dezelfde parameters)."""
    mijn_gemeente = u == maak(huidige())
    parameters = {"gemeente": code} | ({} if mijn_gemeente else u.link_parameters())
    if verdeelbesluit is not None and mijn_gemeente:
        parameters["verdeelbesluit"] = str(verdeelbesluit)
    pagina = "gemeente" if mijn_gemeente else "kaart"
    return f"{adres()}/{pagina}?{urlencode(parameters)}"


def gemeente_pdf(
    gemeenten: pd.DataFrame,
    code: str,
    u: Uitgangspunt,
    grenzen: dict | None = None,
    *,
    link: str | None = None,
    verdeelbesluit: int | None = None,
) -> bytes:
    """Briefing (één A4) voor gemeente `code` bij uitgangspunt `u`: wat nu gevraagd wordt (het verdeelbesluit,
    gerapporteerd of `verdeelbesluit` ingevoerd), de indicatieve opgave met haar basis, de plekken, de bonus per
    systeem met de aannames, de data, een kaartje, de rangorde, de live link met QR-code, de bronnen en (klein) hoe
    het na te rekenen is. `link`: de link van de pagina waar de briefing vandaan komt (anders `gemeente_link`)."""
    verdeling = verdeel(gemeenten, u.parameters())
    stap = uitleg(verdeling, code, u.parameters())
    rij = verdeling.set_index("gemeentecode").loc[code]
    naam, provincie = stap["gemeentenaam"], stap["provincie"]
    o = overzicht(gemeenten, code)
    rang, van = rang_in_provincie(verdeling, code)
    link = link or gemeente_link(code, u, verdeelbesluit)
    pdf = Document(f"Briefing {naam}", None)
    pdf.kop(
        f"{naam}: {plekken(stap['opgave'])}",
        f"Indicatieve opgave asielopvang (Spreidingswet) · gemeente in {provincie} · {u.label} · "
        f"gemaakt op {vandaag()}",
    )

    # Kerngetallen: wat nu bindt, de indicatieve opgave met haar basis, wat nog te realiseren is
    y = pdf.get_y()
    breedte = (pdf.w - pdf.l_margin - pdf.r_margin - 6) / 3
    nu = o.nu_gevraagd(verdeelbesluit)
    if nu is not None:
        pdf.kerngetal(
            "Wat nu gevraagd wordt (bindend)",
            plekken(nu.aantal),
            f"verdeelbesluit december 2024 ({nu.status}"
            + (f", {PARAMETERS.verdeelbesluit[code].bron.zin})" if nu.status == "gerapporteerd" else ")"),
            pdf.l_margin,
            y,
            breedte,
        )
    else:
        pdf.kerngetal(
            "Wat nu gevraagd wordt (bindend)",
            "hier onbekend",
            "zie het verdeelbesluit van december 2024 voor deze gemeente (hier niet gerapporteerd of ingevoerd)",
            pdf.l_margin,
            y,
            breedte,
        )
    if u == maak(huidige()):
        basis, verschil = o.vergeleken(verdeelbesluit)
        onder = f"indicatief; {basis[len(o.cyclus.kort) + 1 :]}: {getal(verschil, teken=True)}"
    else:
        onder = f"indicatief; {o.cyclus.kort.lower()} zoals gepubliceerd: {getal(o.opgave)}"
    pdf.kerngetal(f"Opgave {u.naam}", plekken(stap["opgave"]), onder, pdf.l_margin + breedte + 3, y, breedte)
    pdf.kerngetal(
        kolom("te_realiseren").kop,
        plekken(int(rij["te_realiseren"])),
        f"opgave − regulier: {getal(int(rij['opgave']))} − {getal(int(rij['regulier']))}"
        + (f", overschot {getal(int(rij['saldo_regulier']))}" if rij["saldo_regulier"] > 0 else "")
        + f"; daarnaast {getal(int(rij['nood']))} nood ({herkomst.plekken_peil()})",
        pdf.l_margin + 2 * (breedte + 3),
        y,
        breedte,
    )
    pdf.set_y(y + 23.5)
    pdf.alinea(
        f"{o.vorige_zin}. {o.cyclus.kort} is indicatief tot het volgende verdeelbesluit.", grootte=7.5, kleur=GRIJS
    )
    pdf.ln(1)

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
        f"{getal(stap['quotum'], 1)} → {getal(stap['opgave'])}. Plaats {rang} van {van} in {provincie} naar "
        f"plekken per 1.000 inwoners ({getal(stap['per_1000'], 2)}).",
        grootte=8,
        breedte=links,
        hoogte=3.9,
    )
    pdf.ln(1)
    pdf.tussenkop("Bonus bij de huidige reguliere plekken, per systeem", links)
    pdf.alinea(
        "\n".join(
            f"{systeem.legenda}: {systeem.werkwoord} {euro(int(o.bonus[systeem.kolom]))}"
            for systeem in BONUSSYSTEMEN.values()
        ),
        grootte=8,
        breedte=links,
        hoogte=3.9,
    )
    pdf.alinea(bonus_aannames(int(o.rij["regulier"])), grootte=6.8, breedte=links, hoogte=3.1, kleur=GRIJS)
    pdf.alinea(aanvraag_kort(date.today()), grootte=6.8, breedte=links, hoogte=3.1, kleur=GRIJS)
    pdf.ln(1)
    cyclus = _cyclus_van(u)
    pdf.tussenkop(f"Belangrijke data, cyclus {cyclus}", links)
    for wanneer, wat in _stappen(cyclus):
        pdf.set_x(pdf.l_margin)
        pdf.set_font("DejaVu", "", 7.3)
        pdf.multi_cell(links, 3.4, f"**{wanneer}:** {wat}", new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        pdf.ln(0.4)
    y_tekst = pdf.get_y()

    # Kaartje van de provincie, en daaronder de live link met QR-code
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
    kaartje(pdf, gebieden, kx, y0 + 7, kb, 62, omlijnd)
    pdf.set_xy(kx, y0 + 70)
    pdf.alinea(
        f"Licht {getal(laag, 2)} – donker {getal(hoog, 2)} per 1.000 inwoners; {naam} dik omlijnd. Grenzen: CBS/PDOK "
        "2024.",
        grootte=6.5,
        breedte=kb,
        hoogte=3.2,
        kleur=GRIJS,
    )
    yq = pdf.get_y() + 3
    pdf.set_xy(kx, yq)
    pdf.tussenkop("Deze cijfers live, met de uitleg", kb)
    pdf.qr(link, kx, yq + 7, 30)
    pdf.set_xy(kx + 33, yq + 8)
    pdf.link_regel(link, link, grootte=6.5, breedte=kb - 33)
    pdf.set_y(max(y_tekst, yq + 40) + 2)

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
            getal(r.te_realiseren),
        ]
        for j, r in zip(range(lo, hi), lijst.iloc[lo:hi].itertuples())
    ]
    pdf.tabel(
        ["Rang", "Gemeente", "Opgave", "Per 1.000", "Regulier", "Nood", kolom("te_realiseren").kop],
        rijen,
        [12, 54, 20, 20, 20, 18, 36],
        [True, False, True, True, True, True, True],
        nadruk={i - lo},
        grootte=7,
    )
    pdf.ln(1.5)
    pdf.bronnen(
        u.bronnen() + [PARAMETERS.bronnen["cbs-pdok-2024"]],
        ["Cyclus 1 is gereconstrueerd met dezelfde SES-correctie en inwoners op 1 januari 2023."],
    )
    pdf.ln(1)
    pdf.alinea(  # voor wie het narekent; een raadslid heeft de link hierboven
        f"Naberekenen: python -m spreiding briefing --gemeente {code} {' '.join(u.argumenten())}"
        + (f" --verdeelbesluit {verdeelbesluit}" if verdeelbesluit is not None else "")
        + " -o briefing.pdf",
        grootte=6,
        hoogte=2.8,
        kleur=GRIJS,
    )
    return pdf.bytes()


def provincie_pdf(gemeenten: pd.DataFrame, provincie: str, u: Uitgangspunt, grenzen: dict | None = None) -> bytes:
    """Briefing voor een provincie: opgave, tabel van haar gemeenten, kaartje, bronnen."""
    verdeling = verdeel(gemeenten, u.parameters())
    prov = per_provincie(verdeling).set_index("provincie").loc[provincie]
    deel = verdeling[verdeling["provincie"] == provincie].sort_values("gemeentenaam")
    opdracht = f'python -m spreiding briefing --provincie "{provincie}" {" ".join(u.argumenten())} -o briefing.pdf'
    pdf = Document(f"Briefing provincie {provincie}", None)
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
        kolom("te_realiseren_na_uitruil").kop,
        getal(int(prov["te_realiseren_na_uitruil"])),
        f"opgave − regulier voor de provincie als geheel; {kolom('som_tekorten').kop.lower()}: "
        f"{getal(int(prov['som_tekorten']))}",
        pdf.l_margin + 2 * (breedte + 3),
        y,
        breedte,
    )
    pdf.set_y(y + 26)
    nodig = u.nog_nodig().get(provincie)
    if nodig is not None:  # het gerapporteerde getal naast het eigen (issue 31)
        pdf.alinea(nog_nodig_zin(provincie, int(prov["te_realiseren_na_uitruil"]), nodig), grootte=8)
        pdf.ln(1)
    grenzen = grenzen or laad_grenzen("gemeente")
    codes = set(deel["gemeentecode"])
    # de kleur is de maat van de kerngetallen: reguliere plekken; noodplekken tellen niet (issue 31, punten 15 en 18)
    grens = max(1.0, float(deel["saldo_regulier"].abs().max()))
    waarden = deel.set_index("gemeentecode")["saldo_regulier"]
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
        "Rood: nog te realiseren, blauw: overschot (regulier − opgave; noodplekken tellen niet); wit: precies. "
        "Grenzen: CBS/PDOK 2024.",
        grootte=6.5,
        breedte=kb,
        hoogte=3.2,
        kleur=GRIJS,
    )
    # bronnen en naberekenen rechts onder het kaartje: de tabel houdt zo de hele hoogte (één A4, issue 32)
    pdf.set_xy(kx, pdf.get_y() + 3)
    pdf.bronnen(u.bronnen() + [PARAMETERS.bronnen["cbs-pdok-2024"]], breedte=kb)
    pdf.set_x(kx)
    pdf.alinea(f"Naberekenen: {opdracht}", grootte=6, breedte=kb, hoogte=2.8, kleur=GRIJS)
    pdf.set_xy(pdf.l_margin, y0)
    rijen = [
        [
            r.gemeentenaam,
            getal(r.opgave),
            getal(r.regulier),
            getal(r.nood),
            getal(r.saldo_regulier, teken=True),
            getal(r.te_realiseren),
        ]
        for r in deel.itertuples()
    ]
    rijen.append(
        [
            "Totaal",
            getal(int(prov["opgave"])),
            getal(int(prov["regulier"])),
            getal(int(prov["nood"])),
            getal(int(prov["saldo_regulier"]), teken=True),
            getal(int(prov["som_tekorten"])),
        ]
    )
    grootte = 7 if len(rijen) <= 40 else 6.2
    pdf.tabel(
        ["Gemeente", "Opgave", "Regulier", "Nood", "Saldo regulier", kolom("te_realiseren").kop],
        rijen,
        [28, 13, 14, 11, 23, 26],
        [False, True, True, True, True, True],
        grootte=grootte,
        nadruk={len(rijen) - 1},
    )
    return pdf.bytes()
