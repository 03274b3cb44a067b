"""Bronregels en labels op het scherm, gemaakt uit spreiding/parameters/*.toml (niet met de hand overgetypt).

Elke bron linkt naar haar plek op de pagina 'Bronnen' (/bronnen#bron-…), waar ook de externe link staat.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from spreiding.notatie import enkele_haakjes
from spreiding.parameters import PARAMETERS, STATUSSEN, Bron, Citaat, Gegeven
from spreiding.uitvoer.bronnenlijst import anker

#: Gegevensbronnen die onder elke rekenpagina staan.
GEGEVENS = ("cbs-kwb-2024", "cbs-03759ned", "cbs-pdok-2024", "cbs-indeling-2025")
STATUSKLEUR = {"C": "green", "R": "blue", "U": "orange"}


def bron_link(b: Bron) -> str:
    return f"[{b.uitgever}, {b.datum}](/bronnen#{anker(b.sleutel)})"


def status_label(status: str) -> str:
    """':orange-badge[aanname]' enz. voor naast een waarde."""
    return f":{STATUSKLEUR[status]}-badge[{STATUSSEN[status]}]"


def systeem_label(s) -> str:
    """Het label naast een systeem: 'voorstel' voor een systeem dat nooit wet werd (VNG/IPO), anders zijn status."""
    return f":violet-badge[{s.soort}]" if s.soort else status_label(s.status)


def gegeven(g: Gegeven) -> str:
    """'[officieel] toelichting (bron met link)' als Markdown."""
    return f"{status_label(g.status)} {g.toelichting} ({bron_link(g.bron)})"


def citaat(sleutel: str) -> None:
    """Een kort citaat uit een brondocument, met de naam van het document."""
    c: Citaat = PARAMETERS.citaten[sleutel]
    st.markdown(f"> “{c.tekst}”\n>\n> — {c.bron.uitgever}, *{c.bron.titel}* ({c.bron.datum})")


def bronregel(bronnen: Iterable[Bron], extra: str = "") -> None:
    """De bronnen van wat op de pagina staat, onderaan, met datum en link."""
    uniek = list(dict.fromkeys(list(bronnen) + [PARAMETERS.bronnen[s] for s in GEGEVENS]))
    st.divider()
    st.caption(
        "**Bronnen.** "
        + "; ".join(bron_link(b) for b in uniek)
        + ". "
        + extra
        + " Gegevens van CBS en CBS/PDOK (Kadaster): CC BY 4.0. Alle bronnen en aannames: [Bronnen](/bronnen)."
    )


def opdracht(tekst: str) -> None:
    """De command line die dezelfde getallen geeft (zonder codehighlighter: gewone, selecteerbare tekst)."""
    st.caption("Zelfde getallen op de command line:")
    st.markdown(f"`{tekst.replace('`', '')}`")


def citeerbaar(zin: str) -> None:
    """Eén zin om te citeren, met de getallen van het gekozen scenario; selecteer en kopieer. Zonder haakjes in
    haakjes (issue 32)."""
    zin = enkele_haakjes(zin)
    st.text_area(
        "Citeerbare samenvatting",
        zin,
        height=90,
        key=f"citeer_{hash(zin) % 10_000}",
        disabled=False,
        help="Selecteer de tekst (Ctrl+A) en kopieer hem (Ctrl+C). De zin verandert met de instellingen.",
    )


def verschil(waarde: float, tekst: str, kleur: str = "normal") -> dict:
    """Argumenten voor de delta van st.metric met een Nederlands minteken (−): Streamlit ziet alleen '-' als
    negatief en zette er dan een groene pijl omhoog bij. Pijl en kleur worden hier uit `waarde` bepaald.
    kleur: 'normal' (meer is groen), 'inverse' (meer is rood) of 'off' (grijs)."""
    if waarde == 0:
        return {"delta": tekst, "delta_arrow": "off", "delta_color": "gray"}
    meer = waarde > 0
    kleurnaam = "gray" if kleur == "off" else ("green" if meer == (kleur == "normal") else "red")
    return {"delta": tekst, "delta_arrow": "up" if meer else "down", "delta_color": kleurnaam}
