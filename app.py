"""Spreidingswet-dashboard: start met `streamlit run app.py`."""

import streamlit as st

st.set_page_config(page_title="Spreidingswet in cijfers", page_icon="🏘️", layout="wide")

PAGINAS = [
    st.Page("pages/start.py", title="Start", icon=":material/home:", default=True),
    st.Page("pages/kaart.py", title="Kaart", icon=":material/map:", url_path="kaart"),
    st.Page("pages/prikkel.py", title="Wachten loont?", icon=":material/hourglass_top:", url_path="wachten"),
    st.Page("pages/bonus.py", title="Bonus", icon=":material/euro:", url_path="bonus"),
]

st.navigation(PAGINAS).run()
