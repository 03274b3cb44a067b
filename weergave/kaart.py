"""De kaart van opgaven en plekken: keuzes, hoverteksten en de (gedeelde, gecachte) figuur per weergave.

Alleen opmaak: de getallen komen uit spreiding.verdeling (via laden.verdeling). Dezelfde weergave (uitgangspunt,
niveau, kleur, provincie, gekozen gemeente) geeft dezelfde figuur; die wordt één keer gemaakt en door alle
bezoekers gedeeld (niet veranderen).
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from spreiding.uitgangspunt import Uitgangspunt
from spreiding.verdeling import per_provincie

from . import figuren, laden

#: kleur -> (korte naam voor de keuzelijst en de titel, uitleg bij de kleurenschaal, divergerend rond 0)
KLEUREN = {
    "opgave": ("Opgave", "Opgave (plekken)", False),
    "per_1000": ("Per 1.000 inwoners", "Plekken per 1.000 inwoners", False),
    "huidig": ("Huidige plekken", "Huidige plekken (regulier + nood)", False),
    "verschil": ("Verschil (regulier + nood)", "Regulier + nood − opgave (rood: tekort, blauw: overschot)", True),
    "verschil_regulier": ("Verschil (alleen regulier)", "Regulier − opgave (rood: tekort, blauw: overschot)", True),
}
NIVEAUS = {"gemeente": "Gemeenten", "provincie": "Provincies"}
HOVER = [
    ("opgave", "Opgave", ",.0f"),
    ("per_1000", "Per 1.000 inwoners", ",.2f"),
    ("regulier", "Regulier nu", ",.0f"),
    ("nood", "Nood nu", ",.0f"),
    ("verschil", "Verschil", "+,.0f"),
    ("inwoners", "Inwoners", ",.0f"),
]


def bestandsnaam(u: Uitgangspunt, niveau: str, kleur: str, provincie: str | None) -> str:
    return figuren.bestandsnaam(kleur, u.bestandsdeel, niveau, f"provincie {provincie}" if provincie else "nederland")


@st.cache_resource(show_spinner=False, max_entries=256)
def _figuur(
    u: Uitgangspunt, niveau: str, kleur: str, provincie: str | None, gemeente: str | None, bron: str | None
) -> go.Figure | None:
    verdeling = laden.verdeling(u)
    label_kort, label_lang, divergerend = KLEUREN[kleur]
    if niveau == "gemeente":
        data, code_kolom, naam_kolom = verdeling, "gemeentecode", "gemeentenaam"
        zoom_op = set(verdeling.loc[verdeling["provincie"] == provincie, "gemeentecode"]) if provincie else None
        markeer = gemeente
    else:
        data, code_kolom, naam_kolom = per_provincie(verdeling), "provincie", "provincie"
        zoom_op, markeer = ({provincie} if provincie else None), provincie
    geo = laden.grenzen(niveau)
    if geo is None:
        return None
    bronregel = (
        "Bron: NOS Nieuwsuur (nov. 2025): verdeling cyclus 2 en huidige plekken; CBS: inwoners; CBS/PDOK: grenzen"
    )
    return figuren.kaart(
        data,
        bron or geo,
        _kaders(niveau),
        code_kolom,
        kleur,
        label_lang,
        naam_kolom,
        HOVER,
        f"{label_kort} per {niveau}, {'provincie ' + provincie if provincie else 'Nederland'}",
        u.label,
        bronregel,
        geselecteerd=markeer,
        zoom_op=zoom_op,
        divergerend=divergerend,
    )


@st.cache_resource(show_spinner=False, max_entries=4)
def _kaders(niveau: str) -> dict:
    return figuren.kaders(laden.grenzen(niveau))


def figuur(u: Uitgangspunt, niveau: str, kleur: str, provincie: str | None, gemeente: str | None) -> go.Figure | None:
    """De kaart voor deze weergave, of None (met een melding) als de grenzen ontbreken."""
    bron = laden.kaartbron(niveau)
    if bron is None:
        return None
    return _figuur(
        u, niveau, kleur, provincie, gemeente if niveau == "gemeente" else None, bron if isinstance(bron, str) else None
    )
