"""Spreidingswet in cijfers: start met `streamlit run app.py`.

Opbouw: spreiding/ (regels, gegevens, command line) -> weergave/ (notatie, laden, URL-toestand, figuren,
downloads) -> paginas/ (alleen opmaak en widgets; elke pagina een functie toon(keuze)), via st.navigation.

De pagina's staan in paginas/ en niet in pages/: Streamlit 1.67 opent bij een directe link (bijv. /kaart) anders
het bestand uit pages/ buiten st.navigation om, zonder menu. De gedeelde balk (gemeente, provincie, uitgangspunt)
wordt hier gemaakt, vóór de pagina draait, zodat hij op elke pagina dezelfde is en zijn keuze meeneemt.
"""

import logging

import streamlit as st

from paginas import (
    bonus,
    bronnen,
    gemeente,
    hoe_werkt_het,
    kaart,
    regietafel,
    start,
    toegankelijkheid,
    vergelijk,
    wachten,
)
from spreiding.fouten import SpreidingFout
from weergave import bediening, grafiek, laden, navigatie, opmaak, toestand

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

#: Elke pagina is een functie `toon(keuze)` in paginas/<naam>.py; hier krijgt ze de keuze van deze run mee. `keuze`
#: is een naam van dit script: elke run (per bezoeker) voert app.py opnieuw uit, dus de functie leest die van haar run.
TOON = {
    m.__name__.removeprefix("paginas."): m.toon
    for m in (start, gemeente, kaart, wachten, vergelijk, bonus, regietafel, hoe_werkt_het, bronnen, toegankelijkheid)
}


def _toon(naam: str):
    def toon() -> None:
        TOON[naam](keuze)

    return toon


pagina = st.navigation([navigatie.page(naam, _toon(naam)) for naam in navigatie.PAGINAS], position="top")
hier = navigatie.van_adres(pagina.url_path or navigatie.PAGINAS[navigatie.STARTPAGINA].adres)
if hier.grafieken:
    grafiek.voorladen()
st.title(hier.titel)
bediening.zet_antwoordvak(st.container(key="antwoord"))  # het antwoord van de pagina, direct onder de titel

gemeenten, _ = laden.gemeenten_of_fout() if hier.balk else (None, None)
keuze = bediening.balk(hier.balk, gemeenten)  # de weergave van deze run, als één object

try:
    pagina.run()
except SpreidingFout as fout:  # een Nederlandse melding uit de rekenkern: tonen, geen foutvenster
    st.warning(str(fout))
except Exception:
    logging.getLogger("spreiding").exception("Onverwachte fout op pagina %s", hier.naam)
    st.warning(
        "Er ging iets mis bij het maken van deze pagina. Probeer een andere instelling of laad de pagina opnieuw; "
        "de fout is vastgelegd voor de beheerder.",
    )
toestand.omleiden()
toestand.herstel_eind()
