"""Spreidingswet-dashboard: start met `streamlit run app.py`.

De pagina's staan in paginas/ (niet pages/): Streamlit 1.67 laadt bij een directe link als /kaart
anders het bestand uit pages/ zonder deze navigatie, met ruwe bestandsnamen in het menu.
"""

import streamlit as st

st.set_page_config(page_title="Spreidingswet in cijfers", page_icon="🏘️", layout="wide")

PAGINAS = [
    st.Page("paginas/start.py", title="Start", icon=":material/home:", default=True),
    st.Page("paginas/kaart.py", title="Kaart", icon=":material/map:", url_path="kaart"),
    st.Page("paginas/prikkel.py", title="Wachten loont?", icon=":material/hourglass_top:", url_path="wachten"),
    st.Page("paginas/bonus.py", title="Bonus", icon=":material/euro:", url_path="bonus"),
]

st.navigation(PAGINAS).run()
