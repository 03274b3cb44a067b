"""Toegankelijkheidsverklaring, in de vorm die Nederlandse overheden gebruiken: status, wat is getest, bekende
beperkingen en contact."""

from datetime import date

import streamlit as st

from spreiding.notatie import datum
from weergave.bediening import Keuze


def toon(keuze: Keuze) -> None:
    st.markdown(
        f"""
**Status: voldoet gedeeltelijk** aan de WCAG 2.1 op niveau AA (de norm van het Besluit digitale toegankelijkheid
overheid, via EN 301 549). Deze verklaring beschrijft de stand van deze versie van het dashboard op
{datum(date.today())}.

**Wat is getest**
- Elke pagina (Start, Mijn gemeente, Kaart, Wachten loont?, Bonus, Regietafel, Hoe werkt het, Bronnen) op een laptop
  (1366 × 900) en een telefoon (390 × 844) met axe-core 4 in Chromium, regels van WCAG 2.0 en 2.1, niveau A en AA.
  Uitslag: geen overtredingen. Dezelfde controle draait bij elke wijziging in de tests
  (`tests/test_toegankelijkheid.py`); opnieuw meten: `python -m bench.toegankelijkheid`.
- De pagina is als Nederlands gemarkeerd (`lang="nl"`), ook na het wisselen van pagina.
- Elke grafiek heeft een tekstalternatief met de getallen uit de grafiek (bijvoorbeeld de hoogste en laagste
  gemeente), en de getallen staan ook in een tabel op dezelfde pagina.
- De kleurschalen van de kaart (oplopend blauw, divergerend rood–blauw) blijven van klasse tot klasse te
  onderscheiden bij gesimuleerde deuteranopie en protanopie (colorspacious, CAM02-UCS); tekort en overschot staan
  ook als getal met teken in de tabellen en in de hoverteksten.
- Het menu en de knoppen hebben namen zonder pictogramtekst.

**Bekende beperkingen**
- Het toetsenbord: alle keuzes zijn met Tab, Enter en pijltjestoetsen te bedienen, maar een volledige doorloop van
  elke taak met alleen het toetsenbord is nog niet geautomatiseerd getest.
- De bewerkbare tabel van de regietafel is een canvas (Streamlit); schermlezers lezen de toegankelijke tabel die
  ernaast wordt bijgehouden. Invoeren kan ook met een CSV- of Excel-bestand.
- Streamlit 1.67 heeft geen instelling voor de taal van zijn eigen teksten. Het uploadvak, de werkbalk van tabellen
  en grafieken, de hulpknopjes en een leeg zoekresultaat vertaalt deze app zelf in de pagina. Het venster bij een
  verbroken verbinding kan Engels blijven.
- Kaarten zijn plaatjes met een tekstalternatief; een gemeente kiezen kan ook met het zoekvak.

**Contact**
Loopt u tegen een probleem aan, meld het dan bij de organisatie die dit dashboard publiceert; voor de broncode: in
het issueoverzicht van het project. Wij streven ernaar binnen vijf werkdagen te antwoorden.
"""
    )
