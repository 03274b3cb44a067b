"""De kaart van opgaven en plekken: keuzes, hoverteksten en de (gedeelde, gecachte) figuur per weergave.

Alleen opmaak: de getallen komen uit spreiding.verdeling (via laden.verdeling). Dezelfde weergave (uitgangspunt,
niveau, kleur, provincie, gekozen gemeente) geeft dezelfde figuur; die wordt één keer gemaakt en door alle
bezoekers gedeeld (niet veranderen).
"""

from __future__ import annotations

import streamlit as st

from spreiding import herkomst
from spreiding.kaartbeeld import Kaartbeeld
from spreiding.uitgangspunt import Uitgangspunt
from spreiding.verdeling import per_provincie
from spreiding.vergelijk import kort_label

from . import figuren, laden

#: kleur -> (korte naam voor de keuzelijst en de titel, uitleg bij de kleurenschaal, divergerend rond 0)
# Het saldo dat telt voor de opgave (regulier − opgave, de maat van 'nog te realiseren') staat vóór het saldo met
# noodplekken, en dat laatste zegt in zijn naam dat noodplekken niet meetellen (issue 31, punt 18).
KLEUREN = {
    "opgave": ("Opgave", "Opgave (plekken)", False),
    "per_1000": ("Per 1.000 inwoners", "Plekken per 1.000 inwoners", False),
    "saldo_regulier": (
        "Saldo regulier (telt voor de opgave)",
        "Regulier − opgave (rood: nog te realiseren, blauw: overschot)",
        True,
    ),
    "huidig": ("Huidige plekken", "Huidige plekken (regulier + nood)", False),
    "saldo": (
        "Saldo met noodplekken (telt niet voor de opgave)",
        "Regulier + nood − opgave; noodplekken tellen niet voor de opgave",
        True,
    ),
}
#: De korte naam van elke kleur, voor de keuzelijst.
KLEURNAMEN = {k: v[0] for k, v in KLEUREN.items()}
NIVEAUS = {"gemeente": "Gemeenten", "provincie": "Provincies"}
HOVER = [
    ("opgave", "Opgave", ",.0f"),
    ("per_1000", "Per 1.000 inwoners", ",.2f"),
    ("regulier", "Regulier nu", ",.0f"),
    ("nood", "Nood nu", ",.0f"),
    ("saldo_regulier", "Saldo regulier (regulier − opgave)", "+,.0f"),
    ("saldo", "Saldo met noodplekken", "+,.0f"),
    ("inwoners", "Inwoners", ",.0f"),
]


def bestandsnaam(beeld: Kaartbeeld, niveau: str, kleur: str, provincie: str | None) -> str:
    return figuren.bestandsnaam(
        kleur, beeld.bestandsdeel, niveau, f"provincie {provincie}" if provincie else "nederland"
    )


@st.cache_resource(show_spinner=False, max_entries=256)
def _figuur(
    u: Uitgangspunt,
    niveau: str,
    kleur: str,
    provincie: str | None,
    gemeente: str | None,
    bron: str | None,
    _beeld: Kaartbeeld,
) -> str | None:
    """Gecachet op de weergave (u, niveau, kleur, provincie, gemeente, bron); `_beeld` hoort bij (u, niveau,
    provincie) en telt daarom niet mee in de sleutel."""
    verdeling = _beeld.verdeling
    label_kort, label_lang, divergerend = KLEUREN[kleur]
    if niveau == "gemeente":
        # met een provincie: alleen haar gemeenten (de kaart past zich daaraan aan, de kleuren ook)
        data = verdeling[verdeling["provincie"] == provincie] if provincie else verdeling
        code_kolom, naam_kolom, markeer = "gemeentecode", "gemeentenaam", gemeente
    else:
        data, code_kolom, naam_kolom, markeer = per_provincie(verdeling), "provincie", "provincie", provincie
    geo = laden.grenzen(niveau)
    if geo is None:
        return None
    bronregel = herkomst.bronregel_plekken("; CBS: inwoners; CBS/PDOK: grenzen")
    return figuren.als_json(
        figuren.kaart(
            data,
            bron or geo,
            code_kolom,
            kleur,
            label_lang,
            naam_kolom,
            HOVER,
            f"{label_kort} per {niveau}, {'provincie ' + provincie if provincie else 'Nederland'}",
            _beeld.label,
            bronregel,
            geselecteerd=markeer,
            divergerend=divergerend,
        )
    )


def figuur(
    u: Uitgangspunt, beeld: Kaartbeeld, niveau: str, kleur: str, provincie: str | None, gemeente: str | None
) -> str | None:
    """De kaart voor deze weergave (Plotly-JSON, gecachet), of None (met een melding) als de grenzen ontbreken.
    `beeld` is laden.kaartbeeld(u, niveau, provincie)."""
    bron = laden.kaartbron(niveau)
    if bron is None:
        return None
    return _figuur(
        u,
        niveau,
        kleur,
        provincie,
        gemeente if niveau == "gemeente" else None,
        bron if isinstance(bron, str) else None,
        beeld,
    )


HOVER_VERSCHIL = [
    ("opgave_a", "Opgave A", ",.0f"),
    ("opgave_b", "Opgave B", ",.0f"),
    ("verschil_ab", "B − A", "+,.0f"),
]


@st.cache_resource(show_spinner=False, max_entries=64)
def _verschilfiguur(
    a: Uitgangspunt, b: Uitgangspunt, niveau: str, provincie: str | None, gemeente: str | None, bron: str | None
) -> str | None:
    v = laden.vergelijking(a, b)
    if niveau == "gemeente":
        data = v.gemeenten[v.gemeenten["provincie"] == provincie] if provincie else v.gemeenten
        code_kolom, naam_kolom, markeer = "gemeentecode", "gemeentenaam", gemeente
    else:
        data, code_kolom, naam_kolom, markeer = v.provincies, "provincie", "provincie", provincie
    geo = laden.grenzen(niveau)
    if geo is None:
        return None
    return figuren.als_json(
        figuren.kaart(
            data,
            bron or geo,
            code_kolom,
            "verschil_ab",
            "B − A in plekken (rood: minder in B, blauw: meer in B)",
            naam_kolom,
            HOVER_VERSCHIL,
            f"Verschil B − A per {niveau}, {'provincie ' + provincie if provincie else 'Nederland'}",
            f"A: {kort_label(a)}; B: {kort_label(b)}",
            herkomst.bronregel_plekken("; CBS: inwoners; CBS/PDOK: grenzen"),
            geselecteerd=markeer,
            divergerend=True,
        )
    )


def verschilfiguur(
    a: Uitgangspunt, b: Uitgangspunt, niveau: str, provincie: str | None, gemeente: str | None
) -> str | None:
    """De kaart van B − A (Plotly-JSON, gecachet, divergerend rond 0), of None als de grenzen ontbreken."""
    bron = laden.kaartbron(niveau)
    if bron is None:
        return None
    return _verschilfiguur(
        a, b, niveau, provincie, gemeente if niveau == "gemeente" else None, bron if isinstance(bron, str) else None
    )
