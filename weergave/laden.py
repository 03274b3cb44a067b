"""Gegevens laden, één keer per server (gedeeld door alle bezoekers, alleen lezen), en een nette Nederlandse
pagina als de gegevens ontbreken of kapot zijn.

De tabellen worden met st.cache_resource gedeeld in plaats van per sessie gekopieerd (st.cache_data maakt bij
elke oproep een kopie); pagina's veranderen ze nooit (ze gebruiken .assign of kopieën).
"""

from __future__ import annotations

import functools
import hashlib
import logging

import pandas as pd
import streamlit as st

from spreiding import data as gegevens
from spreiding.fouten import DataFout
from spreiding.kaartbeeld import Kaartbeeld
from spreiding.kaartbeeld import maak as maak_kaartbeeld
from spreiding.prikkel import SYSTEMEN, Scenario, curve, heel_land, wachten_of_vroeg
from spreiding.resultaten import Gegevensbouw
from spreiding.samenvatting import nederland_gewogen
from spreiding.uitgangspunt import Uitgangspunt
from spreiding.verdeling import VerdeelParameters, verdeel
from spreiding.vergelijk import Vergelijking, vergelijk
from spreiding.zoeken import zoekopties as maak_zoekopties

LOG = logging.getLogger("spreiding")


def _vingerafdruk(naam: str) -> str:
    """Naam, grootte en wijzigtijd van een gegevensbestand: een herbouwde data/ wordt zo opnieuw gelezen."""
    pad = gegevens.datamap() / naam
    try:
        s = pad.stat()
        return f"{pad}:{s.st_size}:{s.st_mtime_ns}"
    except OSError:
        return f"{pad}:ontbreekt"


@st.cache_resource(show_spinner=False, max_entries=4)
def _gemeenten(vingerafdruk: str) -> pd.DataFrame:
    return gegevens.laad_gemeenten()


@st.cache_resource(show_spinner=False, max_entries=4)
def _manifest(vingerafdruk: str) -> Gegevensbouw:
    return Gegevensbouw.uit_manifest(gegevens.laad_manifest())


@st.cache_resource(show_spinner=False, max_entries=8)
def _grenzen(niveau: str, vingerafdruk: str) -> dict:
    return gegevens.laad_grenzen(niveau)


@st.cache_resource(show_spinner=False, max_entries=4)
def _woonplaatsen(vingerafdruk: str) -> pd.DataFrame:
    return gegevens.laad_woonplaatsen()


def woonplaatsen() -> pd.DataFrame | None:
    """De woonplaatsen (voor het zoeken), of None als het bestand ontbreekt: dan zoekt het vak alleen op gemeente."""
    try:
        return _woonplaatsen(_vingerafdruk(gegevens.WOONPLAATSEN))
    except DataFout as fout:
        LOG.warning("Zoeken zonder woonplaatsen: %s", fout)
        return None


@st.cache_resource(show_spinner=False, max_entries=4)
def _zoekopties(vingerafdruk_gemeenten: str, vingerafdruk_plaatsen: str) -> dict[str, str]:
    return maak_zoekopties(_gemeenten(vingerafdruk_gemeenten), woonplaatsen())


def zoekopties() -> dict[str, str]:
    """De opties van het zoekvak (gemeenten en woonplaatsen), één keer per gegevensversie gebouwd."""
    return _zoekopties(_vingerafdruk(gegevens.GEMEENTEN), _vingerafdruk(gegevens.WOONPLAATSEN))


def versie() -> tuple[str, str]:
    """De versie van de gegevens (gemeenten, woonplaatsen): een sleutel voor wat daaruit één keer gebouwd wordt."""
    return _vingerafdruk(gegevens.GEMEENTEN), _vingerafdruk(gegevens.WOONPLAATSEN)


def gemeenten_of_fout() -> tuple[pd.DataFrame | None, str | None]:
    """(tabel, None) of (None, Nederlandse melding)."""
    try:
        return _gemeenten(_vingerafdruk(gegevens.GEMEENTEN)), None
    except DataFout as fout:
        return None, str(fout)


def storingspagina(melding: str) -> None:
    """Wat een bezoeker ziet als de gegevens ontbreken of kapot zijn: wat er mis is en hoe het te herstellen."""
    st.warning(
        "De gegevens van dit dashboard kunnen niet worden geladen, dus er zijn nu geen cijfers te zien.\n\n"
        f"**Wat er mis is:** {melding}\n\n"
        "**Voor de beheerder:** bouw de gegevens opnieuw met `python -m spreiding.data build` (zie de README, "
        "'Gegevens') of zet de meegeleverde map `data/` terug, en laad de pagina opnieuw.",
    )


def gemeenten() -> pd.DataFrame:
    """De gemeententabel; bij een fout de storingspagina en stop."""
    tabel, fout = gemeenten_of_fout()
    if tabel is None:
        storingspagina(fout)
        st.stop()
    return tabel


def manifest() -> Gegevensbouw | None:
    """Wat er in de gegevens zit en uit welke bestanden (None als bronnen.json ontbreekt of kapot is)."""
    try:
        return _manifest(_vingerafdruk(gegevens.MANIFEST))
    except DataFout:
        return None


def grenzen(niveau: str) -> dict | None:
    """De grenzen als GeoJSON, of None met een melding op de plek van de kaart."""
    naam = gegevens.GEMEENTEGRENZEN if niveau == "gemeente" else gegevens.PROVINCIEGRENZEN
    try:
        return _grenzen(niveau, _vingerafdruk(naam))
    except DataFout as fout:
        st.warning(f"De kaart kan niet worden getekend. {fout} De cijfers hieronder kloppen wel.")
        return None


@st.cache_resource(show_spinner=False, max_entries=64)
def _verdeling(totaal: int, peildatum: int, alpha: float, amv: int | None, vingerafdruk: str) -> pd.DataFrame:
    return verdeel(_gemeenten(vingerafdruk), VerdeelParameters(totaal, peildatum, alpha, amv))


@st.cache_resource(show_spinner=False, max_entries=4)
def _nederland(vingerafdruk: str) -> dict:
    return nederland_gewogen(_gemeenten(vingerafdruk))


def nederland() -> dict:
    """De landelijke kerncijfers, naar inwoners gewogen (gedeeld tussen sessies)."""
    return _nederland(_vingerafdruk(gegevens.GEMEENTEN))


@st.cache_resource(show_spinner=False, max_entries=32)
def _vergelijking(a: Uitgangspunt, b: Uitgangspunt, vingerafdruk: str) -> Vergelijking:
    return vergelijk(_gemeenten(vingerafdruk), a, b)


def vergelijking(a: Uitgangspunt, b: Uitgangspunt) -> Vergelijking:
    """Scenario A en B naast elkaar (spreiding.vergelijk; gedeeld tussen sessies, niet veranderen)."""
    return _vergelijking(a, b, _vingerafdruk(gegevens.GEMEENTEN))


def _verdeling_bij(p: VerdeelParameters, vingerafdruk: str) -> pd.DataFrame:
    return _verdeling(p.totaal, p.peildatum, float(p.alpha), p.amv, vingerafdruk)


def _verdeling_van(u: Uitgangspunt, vingerafdruk: str) -> pd.DataFrame:
    return _verdeling_bij(u.parameters(), vingerafdruk)


def verdeling(u: Uitgangspunt) -> pd.DataFrame:
    """De verdeling bij dit uitgangspunt (gedeeld tussen sessies; niet veranderen)."""
    return _verdeling_van(u, _vingerafdruk(gegevens.GEMEENTEN))


@st.cache_resource(show_spinner=False, max_entries=8)
def _grenzen_url(niveau: str, vingerafdruk: str) -> str | None:
    """De URL van de kopie van het grensbestand in static/grenzen/ (de databouw schrijft haar), met een stukje van
    haar inhoudshash erachter; de browser haalt de ~200 KB geometrie dan één keer op en bewaart haar, in plaats van
    bij elke herberekening in de figuur. None (dan gaat de GeoJSON in de figuur) als statische bestanden uit staan of
    de kopie ontbreekt of niet gelijk is aan het bestand in de gegevensmap. De app schrijft zelf niets."""
    if not st.get_option("server.enableStaticServing"):
        return None
    try:
        bron = gegevens.grensbestand(niveau)
        kopie = gegevens.STATISCH / bron.name
        inhoud = bron.read_bytes()
        if not kopie.is_file() or kopie.read_bytes() != inhoud:
            LOG.warning("%s staat niet (gelijk) in %s: de grenzen gaan in de figuur", bron.name, gegevens.STATISCH)
            return None
    except (OSError, DataFout) as fout:
        LOG.warning("Grenzen niet als statisch bestand: %s", fout)
        return None
    pad = kopie.relative_to(
        gegevens.PROJECTMAP
    ).as_posix()  # static/grenzen/…: Streamlit serveert static/ als app/static/
    return f"app/{pad}?v={hashlib.sha256(inhoud).hexdigest()[:16]}"


def kaartbron(niveau: str) -> str | dict | None:
    """Wat de kaart als geojson krijgt: de URL van het statische bestand, of de GeoJSON zelf; None bij een fout."""
    geo = grenzen(niveau)
    if geo is None:
        return None
    naam = gegevens.GEMEENTEGRENZEN if niveau == "gemeente" else gegevens.PROVINCIEGRENZEN
    return _grenzen_url(niveau, _vingerafdruk(naam)) or geo


@st.cache_resource(show_spinner=False, max_entries=64)
def _kaartbeeld(u: Uitgangspunt, niveau: str, provincie: str | None, vingerafdruk: str) -> Kaartbeeld:
    return maak_kaartbeeld(u, functools.partial(_verdeling_bij, vingerafdruk=vingerafdruk), niveau, provincie)


def kaartbeeld(u: Uitgangspunt, niveau: str, provincie: str | None = None) -> Kaartbeeld:
    """Alles wat de kaartpagina bij dit uitgangspunt, niveau en provincie toont (spreiding.kaartbeeld: verdeling,
    tabel met herkomst, label, toelichting, bronnen, command line): één keer per keuze, gedeeld tussen sessies
    (issues 30 en 34; niet veranderen)."""
    return _kaartbeeld(u, niveau, provincie if niveau == "gemeente" else None, _vingerafdruk(gegevens.GEMEENTEN))


@st.cache_resource(show_spinner=False, max_entries=256)
def _landbeeld(u: Uitgangspunt, scenario: Scenario, vingerafdruk: str) -> dict:
    v = _verdeling_van(u, vingerafdruk)
    aanbod = scenario.aanbod(v)
    return {code: heel_land(v, aanbod, code) for code in SYSTEMEN}


def landbeeld(u: Uitgangspunt, scenario: Scenario) -> dict:
    """Het beeld voor heel Nederland per systeem (prikkel.heel_land) bij dit uitgangspunt en scenario: één keer per
    keuze, gedeeld tussen sessies (issue 34; niet veranderen). Een geüpload aanbod rekent de pagina zelf."""
    return _landbeeld(u, scenario, _vingerafdruk(gegevens.GEMEENTEN))


@st.cache_resource(show_spinner=False, max_entries=256)
def _gemeentebeeld(u: Uitgangspunt, scenario: Scenario, gemeente: str, vingerafdruk: str):
    v = _verdeling_van(u, vingerafdruk)
    aanbod = scenario.aanbod(v, behalve=gemeente)
    return wachten_of_vroeg(v, gemeente, aanbod), curve(v, gemeente, aanbod)


def gemeentebeeld(u: Uitgangspunt, scenario: Scenario, gemeente: str):
    """(wachten of vroeg per systeem, de curve) van één gemeente bij dit uitgangspunt en scenario: één keer per
    keuze, gedeeld tussen sessies (issue 34; niet veranderen)."""
    return _gemeentebeeld(u, scenario, gemeente, _vingerafdruk(gegevens.GEMEENTEN))
