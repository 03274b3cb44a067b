"""Streamlit-plumbing die alle pagina's delen: gegevens laden (gecachet), foutmeldingen,
de zijbalk met totaal en k, URL-parameters en Nederlandse getalnotatie. Geen regels: die staan
in spreiding/.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

import figuren
from spreiding import data as gegevens
from spreiding.verdeling import CYCLI, STANDAARD_SES_FACTOR, VerdeelFout, VerdeelParameters, ses_beschikbaar, verdeel

EIGEN = "Eigen getal"
BRONNEN_TEKST = (
    "Bronnen: CBS (bevolking, SES-WOA) en CBS/PDOK, Kadaster (gebiedsindelingen), licentie CC BY 4.0. "
    "Regels: Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Stb. 2024, 12), "
    "Stcrt. 2024, 3320 en 3349; VNG/G40-positionpaper (mei 2023)."
)


# ------------------------------------------------------------------ getallen


def nl(getal: float, decimalen: int = 0) -> str:
    """96000 -> '96.000'; 1234.5 (1 decimaal) -> '1.234,5'."""
    tekst = f"{getal:,.{decimalen}f}"
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def euro(bedrag: float) -> str:
    return "€ " + nl(bedrag)


# ------------------------------------------------------------------ gegevens


@st.cache_data(show_spinner=False)
def _laad(map_: str) -> tuple[pd.DataFrame, dict]:
    return gegevens.laad_gemeenten(Path(map_)), gegevens.laad_manifest(Path(map_))


@st.cache_resource(show_spinner=False)  # gedeeld en niet gekopieerd: alleen lezen
def _grenzen(niveau: str, map_: str) -> dict:
    return gegevens.laad_grenzen(niveau, Path(map_))


def gemeenten() -> tuple[pd.DataFrame, dict]:
    """Gemeententabel en manifest; bij een fout een Nederlandse melding en stop van de pagina."""
    try:
        return _laad(str(gegevens.datamap()))
    except gegevens.DataFout as fout:
        st.error(f"De gegevens kunnen niet worden geladen. {fout}")
        st.stop()


def grenzen(niveau: str) -> dict:
    try:
        return _grenzen(niveau, str(gegevens.datamap()))
    except gegevens.DataFout as fout:
        st.error(f"De kaart kan niet worden getekend. {fout}")
        st.stop()


STATISCH = Path(__file__).resolve().parent / "static"


@st.cache_resource(show_spinner=False)
def _grenzen_url(niveau: str, map_: str) -> str | None:
    """Zet de grenzen als bestand in static/ (naam met inhoudshash) en geef de relatieve URL.

    Dan gaan de ~170 KB geometrie één keer naar de browser (en in diens cache) in plaats van bij
    elke herberekening in de figuur. None als statisch serveren uit staat of static/ niet schrijfbaar is.
    """
    if not st.get_option("server.enableStaticServing"):
        return None
    try:
        inhoud = gegevens.grensbestand(niveau, Path(map_)).read_bytes()
        doel = STATISCH / f"{niveau}-{hashlib.sha256(inhoud).hexdigest()[:16]}.geojson"
        if not doel.exists():
            STATISCH.mkdir(exist_ok=True)
            tijdelijk = doel.with_suffix(".tmp")
            tijdelijk.write_bytes(inhoud)
            tijdelijk.replace(doel)
    except (OSError, gegevens.DataFout):
        return None
    return f"app/static/{doel.name}"


@st.cache_resource(show_spinner=False)
def _kaders(niveau: str, map_: str) -> dict:
    return figuren.kaders(_grenzen(niveau, map_))


def kaartlaag(niveau: str) -> tuple[str | dict, dict]:
    """(bron, kaders) voor figuren.kaart: de URL van het statische grensbestand (of anders de
    GeoJSON zelf) en het kader per gebied."""
    geo = grenzen(niveau)  # meldt een ontbrekend of kapot bestand
    map_ = str(gegevens.datamap())
    return _grenzen_url(niveau, map_) or geo, _kaders(niveau, map_)


@st.cache_data(show_spinner=False, max_entries=32)
def verdeling(totaal: int, ses_factor: float, _tabel: pd.DataFrame, sleutel: str) -> pd.DataFrame:
    """Gecachete verdeling; `sleutel` identificeert de gegevens (de tabel zelf wordt niet gehasht)."""
    return verdeel(_tabel, VerdeelParameters(totaal=totaal, ses_factor=ses_factor))


def pagina_begin() -> tuple[pd.DataFrame, dict, int, float, pd.DataFrame]:
    """Wat elke rekenpagina eerst doet: gegevens laden, zijbalk (totaal en k), verdeling.
    Geeft (tabel, manifest, totaal, k, verdeling); bij een fout een melding en stop."""
    tabel, manifest = gemeenten()
    totaal, k = totaal_en_k(tabel)
    return tabel, manifest, totaal, k, verdeling_of_stop(tabel, manifest, totaal, k)


def verdeling_of_stop(tabel: pd.DataFrame, manifest: dict, totaal: int, k: float) -> pd.DataFrame:
    sleutel = str(manifest.get("bronnen", ""))
    try:
        return verdeling(totaal, k, tabel, sleutel)
    except VerdeelFout as fout:
        st.error(str(fout))
        st.stop()


# ------------------------------------------------------------------ URL en widgets


def _lees_url(naam: str, lezer: Callable[[str], Any], standaard: Any, omschrijving: str) -> Any:
    ruw = st.query_params.get(naam)
    if ruw is None:
        return standaard
    try:
        return lezer(ruw)
    except (ValueError, TypeError):
        st.warning(f"De waarde '{ruw}' voor {omschrijving} in de link is ongeldig; de standaardwaarde wordt gebruikt.")
        return standaard


def begin(key: str, naam: str, lezer: Callable[[str], Any], standaard: Any, omschrijving: str) -> None:
    """Zet de beginwaarde van widget `key` uit de URL-parameter `naam` (alleen bij de eerste run)."""
    if key not in st.session_state:
        st.session_state[key] = _lees_url(naam, lezer, standaard, omschrijving)
    else:
        # Opnieuw toewijzen voorkomt dat Streamlit de widgetwaarde bij een paginawissel opruimt.
        st.session_state[key] = st.session_state[key]


def geheel_tussen(minimum: int, maximum: int) -> Callable[[str], int]:
    def lees(tekst: str) -> int:
        waarde = float(tekst)
        if waarde != int(waarde) or not minimum <= waarde <= maximum:
            raise ValueError(tekst)
        return int(waarde)

    return lees


def getal_tussen(minimum: float, maximum: float) -> Callable[[str], float]:
    def lees(tekst: str) -> float:
        waarde = float(tekst)
        if not minimum <= waarde <= maximum:
            raise ValueError(tekst)
        return waarde

    return lees


def keuze_uit(opties: dict[str, Any]) -> Callable[[str], Any]:
    def lees(tekst: str) -> Any:
        if tekst not in opties:
            raise ValueError(tekst)
        return opties[tekst]

    return lees


def zet_url(**waarden: Any) -> None:
    """Schrijf de huidige toestand naar de URL, zodat een link het beeld reproduceert."""
    nieuw = {k: str(v) for k, v in waarden.items() if v is not None and v != ""}
    for k in list(st.query_params):
        if k not in nieuw:
            del st.query_params[k]
    for k, v in nieuw.items():
        if st.query_params.get(k) != v:
            st.query_params[k] = v


# ------------------------------------------------------------------ zijbalk


ZONDER_SES = (
    "De gegevens bevatten **geen SES-WOA-scores**: CBS-cijfers per gemeente waren niet beschikbaar. "
    "Alle aantallen zijn daarom **alleen naar inwonertal** verdeeld (k = 0), zoals vóór het amendement "
    "Van Dijk. Ze wijken af van de gepubliceerde cijfers (zie 'Over de cijfers' op de startpagina)."
)


def totaal_en_k(tabel: pd.DataFrame) -> tuple[int, float]:
    """Zijbalk: landelijk totaal (cyclus of eigen getal) en de SES-factor k (aanname).
    Zonder SES-WOA-scores in de gegevens is k vast 0 en zegt de zijbalk dat."""
    presets = {f"{naam.capitalize()}: {nl(v)}": v for naam, v in CYCLI.items()}
    begin("totaal", "totaal", geheel_tussen(1, 1_000_000), CYCLI["cyclus 1 (2024-2026)"], "het landelijke totaal (moet groter dan 0 zijn)")
    if "cyclus" not in st.session_state:
        st.session_state["cyclus"] = next((k for k, v in presets.items() if v == st.session_state["totaal"]), EIGEN)
    else:
        st.session_state["cyclus"] = st.session_state["cyclus"]
    with st.sidebar:
        st.subheader("Landelijke opgave")
        cyclus = st.radio("Cyclus", [*presets, EIGEN], key="cyclus", help="Capaciteitsraming: cyclus 1 (Stcrt. 2024, 3320) of cyclus 2 (Kamerbrief 2026).")
        if cyclus == EIGEN:
            totaal = int(st.number_input("Landelijk totaal (plekken)", min_value=1, max_value=1_000_000, step=1000, key="totaal"))
        else:
            totaal = presets[cyclus]
            st.session_state["totaal"] = totaal
        if not ses_beschikbaar(tabel):
            if st.query_params.get("k") not in (None, "0"):
                st.warning("De link vraagt een SES-factor k, maar de gegevens bevatten geen SES-WOA-scores; k = 0 wordt gebruikt.")
            st.warning(ZONDER_SES, icon="⚠️")
            return totaal, 0.0
        begin("k", "k", getal_tussen(0.0, 3.0), STANDAARD_SES_FACTOR, "de SES-factor k (0 tot 3)")
        k = st.slider(
            "SES-factor k (aanname)",
            min_value=0.0,
            max_value=3.0,
            step=0.05,
            key="k",
            help="Gewicht = inwoners × (1 + k × SES-WOA). De exacte formule is niet gepubliceerd; k is een aanname.",
        )
        st.caption("⚠️ De SES-correctie is een **aanname**: de precieze formule is niet openbaar (zie 'Over de cijfers').")
    return totaal, float(k)


def bronvermelding(manifest: dict | None) -> None:
    st.divider()
    tekst = BRONNEN_TEKST
    if manifest:
        if not manifest.get("ses_woa_beschikbaar", True):
            tekst = tekst.replace("CBS (bevolking, SES-WOA)", "CBS (bevolking)")
        tekst += f" {gegevensregel(manifest)}"
        if manifest.get("herkomst"):
            tekst += " Herkomst van de bronbestanden: zie data/bronnen.json en de README."
    st.caption(tekst)


def gegevensregel(manifest: dict) -> str:
    """'Inwoners per 2023-01-01; SES-WOA 2022.' of '...; geen SES-WOA.'"""
    ses = f"SES-WOA {manifest['ses_woa_jaar']}" if manifest.get("ses_woa_jaar") else "geen SES-WOA-scores"
    return f"Inwoners per {manifest.get('inwoners_peildatum', '?')}; {ses}."


def opdracht(*delen: str) -> None:
    """Toon de command-line-opdracht die dezelfde getallen geeft."""
    st.caption("Zelfde getallen op de command line:")
    st.code("python -m spreiding " + " ".join(delen), language="bash")


def schuif(label: str, key: str, minimum: float, maximum: float, standaard: float, stap: float, help: str | None = None, houder=st) -> float:
    """Schuifregelaar waarvan de beginwaarde uit de URL-parameter `key` komt."""
    geheel = all(float(x).is_integer() for x in (minimum, maximum, standaard, stap))
    lezer = geheel_tussen(int(minimum), int(maximum)) if geheel else getal_tussen(minimum, maximum)
    begin(key, key, lezer, int(standaard) if geheel else standaard, f"'{label}' ({nl(minimum)} tot {nl(maximum)})")
    if geheel:
        return houder.slider(label, int(minimum), int(maximum), step=int(stap), key=key, help=help)
    return houder.slider(label, float(minimum), float(maximum), step=float(stap), key=key, help=help)


def kies_gemeente(verdeling: pd.DataFrame, standaard: str = "GM0363", key: str = "gemeente") -> str:
    """Keuzelijst van gemeenten; beginwaarde uit de URL (code of naam, ook met typefout)."""
    from spreiding.zoeken import suggesties, zoek_gemeente

    codes = verdeling.sort_values("gemeentenaam")["gemeentecode"].tolist()
    namen = dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))
    if key not in st.session_state:
        ruw = st.query_params.get(key)
        code = zoek_gemeente(ruw, verdeling) if ruw else None
        if ruw and code is None:
            hint = suggesties(ruw, verdeling)
            st.warning(f"Gemeente '{ruw}' uit de link is niet gevonden." + (f" Bedoelde u: {', '.join(hint)}?" if hint else "") + " Er is een andere gemeente gekozen.")
        st.session_state[key] = code or (standaard if standaard in namen else codes[0])
    else:
        st.session_state[key] = st.session_state[key]
    return st.selectbox("Gemeente", codes, format_func=namen.get, key=key)


def getalveld(label: str, key: str, minimum: int, maximum: int, standaard: int, stap: int, help: str | None = None, houder=st) -> int:
    """Geheel-getalveld waarvan de beginwaarde uit de URL-parameter `key` komt."""
    begin(key, key, geheel_tussen(minimum, maximum), standaard, f"'{label}' ({nl(minimum)} tot {nl(maximum)})")
    return int(houder.number_input(label, minimum, maximum, step=stap, key=key, help=help))


def vinkje(label: str, key: str, standaard: bool, help: str | None = None, houder=st) -> bool:
    """Vinkje waarvan de beginwaarde uit de URL-parameter `key` komt (0 of 1)."""
    begin(key, key, keuze_uit({"0": False, "1": True}), standaard, f"'{label}' (0 of 1)")
    return bool(houder.checkbox(label, key=key, help=help))
