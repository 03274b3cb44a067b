"""De pagina's van de app: één lijst met naam, adres, titel, wat de gedeelde balk toont en of er grafieken zijn.

app.py registreert ze bij st.navigation met hun functie (`paginas/<naam>.py`, `toon(keuze)`); een pagina die naar een
andere linkt, vraagt hier haar `link(naam)`. Streamlit herkent een pagina aan haar adres (url_path): een st.Page met
hetzelfde adres als een geregistreerde pagina linkt naar die pagina (st.page_link en st.switch_page nemen een
st.Page). Zo importeert geen pagina een andere, en app.py importeert ze allemaal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class Pagina:
    naam: str  # = de module paginas/<naam>.py
    menu: str  # in het menu bovenaan
    adres: str  # het pad in de URL: /kaart
    titel: str  # de kop op de pagina zelf
    balk: tuple[str, ...] = ()  # wat de gedeelde balk toont (bediening.balk)
    grafieken: bool = False  # plotly.js begint al te laden voordat de pagina getekend is


PAGINAS: dict[str, Pagina] = {
    p.naam: p
    for p in (
        Pagina("start", "Start", "start", "De Spreidingswet in cijfers"),
        Pagina("gemeente", "Mijn gemeente", "gemeente", "Mijn gemeente", ("gemeente",), True),
        Pagina("kaart", "Kaart", "kaart", "Kaart: de opgave per gemeente en provincie", ("zoek", "uitgangspunt"), True),
        Pagina(
            "wachten",
            "Wachten loont?",
            "wachten",
            "Wachten loont? De prikkel in fase 1",
            ("gemeente", "uitgangspunt"),
            True,
        ),
        # A en B hebben elk hun eigen uitgangspunt, op de pagina
        Pagina("vergelijk", "Vergelijken", "vergelijk", "Vergelijken: twee scenario's naast elkaar", ("zoek",), True),
        Pagina("bonus", "Bonus", "bonus", "Bonus: wat krijgen gemeenten uitgekeerd?", ("zoek", "uitgangspunt"), True),
        Pagina(
            "regietafel",
            "Regietafel",
            "regietafel",
            "Regietafel: wie realiseert wat in de provincie?",
            ("provincie", "uitgangspunt"),
            True,
        ),
        Pagina(
            "hoe_werkt_het",
            "Hoe werkt het",
            "hoe-werkt-het",
            "Hoe werkt het: de cyclus en de stand van de wet",
            grafieken=True,
        ),
        Pagina("bronnen", "Bronnen", "bronnen", "Bronnen"),
        Pagina("toegankelijkheid", "Toegankelijkheid", "toegankelijkheid", "Toegankelijkheidsverklaring"),
    )
}
STARTPAGINA = "start"


def _alleen_link() -> None:
    raise RuntimeError("Deze st.Page is alleen een link; app.py registreert de pagina zelf met haar functie.")


def page(naam: str, toon: Callable[[], None] = _alleen_link) -> st.Page:
    """De st.Page van deze pagina: met `toon` om te registreren (app.py); zonder is zij het doel van
    st.page_link/st.switch_page (`link`)."""
    p = PAGINAS[naam]
    return st.Page(toon, title=p.menu, url_path=p.adres, default=naam == STARTPAGINA)


link = page


def van_adres(adres: str) -> Pagina:
    """De pagina bij het adres dat st.navigation teruggeeft."""
    return next(p for p in PAGINAS.values() if p.adres == adres)
