"""Spreidingswet in cijfers: start met `streamlit run app.py`.

Opbouw: spreiding/ (regels, gegevens, command line) -> weergave/ (notatie, laden, URL-toestand, figuren,
downloads) -> paginas/ (alleen opmaak en widgets), via st.navigation.

De pagina's staan in paginas/ en niet in pages/: Streamlit 1.67 opent bij een directe link (bijv. /kaart) anders
het bestand uit pages/ buiten st.navigation om, zonder menu. De gedeelde balk (gemeente, provincie, uitgangspunt)
wordt hier gemaakt, vóór de pagina draait, zodat hij op elke pagina dezelfde is en zijn keuze meeneemt.
"""

import logging

import streamlit as st

from spreiding.fouten import SpreidingFout
from weergave import bediening, grafiek, laden, opmaak, toestand

st.set_page_config(
    page_title="Spreidingswet in cijfers",
    page_icon="🏘️",
    layout="wide",
    menu_items={
        "About": "Spreidingswet in cijfers: opgaven, prikkels, bonussen en regietafels. Bronnen: zie de pagina Bronnen."
    },
)
opmaak.pagina_opmaak()
toestand.herstel_begin()
toestand.oude_namen({"context": "cyclus", "totaal_w": "totaal"})  # links van vóór december 2026

PAGINAS = {
    "start": st.Page("paginas/start.py", title="Start", default=True),
    "gemeente": st.Page("paginas/gemeente.py", title="Mijn gemeente", url_path="gemeente"),
    "kaart": st.Page("paginas/kaart.py", title="Kaart", url_path="kaart"),
    "wachten": st.Page("paginas/wachten.py", title="Wachten loont?", url_path="wachten"),
    "vergelijk": st.Page("paginas/vergelijk.py", title="Vergelijken", url_path="vergelijk"),
    "bonus": st.Page("paginas/bonus.py", title="Bonus", url_path="bonus"),
    "regietafel": st.Page("paginas/regietafel.py", title="Regietafel", url_path="regietafel"),
    "hoe": st.Page("paginas/hoe_werkt_het.py", title="Hoe werkt het", url_path="hoe-werkt-het"),
    "bronnen": st.Page("paginas/bronnen.py", title="Bronnen", url_path="bronnen"),
    "toegankelijkheid": st.Page("paginas/toegankelijkheid.py", title="Toegankelijkheid", url_path="toegankelijkheid"),
}
#: Wat de gedeelde balk op elke pagina toont.
BALK = {
    "gemeente": ("gemeente",),
    "kaart": ("zoek", "uitgangspunt"),
    "bonus": ("zoek", "uitgangspunt"),
    "regietafel": ("provincie", "uitgangspunt"),
    "wachten": ("gemeente", "uitgangspunt"),
    "vergelijk": ("zoek",),  # A en B hebben elk hun eigen uitgangspunt, op de pagina
}

#: Pagina's met Plotly-grafieken: daar begint plotly.js al te laden voordat de pagina getekend is.
MET_GRAFIEKEN = {"kaart", "wachten", "bonus", "regietafel", "hoe", "gemeente", "vergelijk"}

#: Titel van elke pagina (hier, zodat de gedeelde balk onder de titel staat).
TITELS = {
    "start": "De Spreidingswet in cijfers",
    "gemeente": "Mijn gemeente",
    "kaart": "Kaart: de opgave per gemeente en provincie",
    "wachten": "Wachten loont? De prikkel in fase 1",
    "vergelijk": "Vergelijken: twee scenario's naast elkaar",
    "bonus": "Bonus: wat krijgen gemeenten uitgekeerd?",
    "regietafel": "Regietafel: wie realiseert wat in de provincie?",
    "hoe": "Hoe werkt het: de cyclus en de stand van de wet",
    "bronnen": "Bronnen",
    "toegankelijkheid": "Toegankelijkheidsverklaring",
}

pagina = st.navigation(list(PAGINAS.values()), position="top")
naam = next(k for k, p in PAGINAS.items() if p.url_path == pagina.url_path)
if naam in MET_GRAFIEKEN:
    grafiek.voorladen()
st.title(TITELS[naam])
bediening.zet_antwoordvak(st.container(key="antwoord"))  # het antwoord van de pagina, direct onder de titel

gemeenten, _ = laden.gemeenten_of_fout() if naam in BALK else (None, None)
keuze = bediening.balk(BALK.get(naam, ()), gemeenten)  # de weergave van deze run, als één object

try:
    with bediening.voor_pagina(keuze):
        pagina.run()
except SpreidingFout as fout:  # een Nederlandse melding uit de rekenkern: tonen, geen foutvenster
    st.warning(str(fout))
except Exception:
    logging.getLogger("spreiding").exception("Onverwachte fout op pagina %s", naam)
    st.warning(
        "Er ging iets mis bij het maken van deze pagina. Probeer een andere instelling of laad de pagina opnieuw; "
        "de fout is vastgelegd voor de beheerder.",
    )
toestand.omleiden()
toestand.herstel_eind()
