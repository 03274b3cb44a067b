"""De adresbalk bijwerken zonder de widgets: een script dat de link in de notatie van de widgets in de adresbalk zet
(history.replaceState, zonder de pagina opnieuw te laden: issue 34, geen tweede run na het herschrijven), één keer
per doel-URL (sessionStorage voorkomt een lus).

Waarom niet de openbare API: een URL-parameter die aan een widget gebonden is (bind="query-params"), mag in
Streamlit 1.67 niet via st.query_params gezet worden ("query-param-bound-cannot-set",
streamlit/runtime/state/query_params.py), en de frontend schrijft de gebonden parameter pas bij een wijziging van de
widget. Nagegaan op de versie in NAGEGAAN_OP; de browsertest test_link_in_een_andere_notatie_wordt_herschreven laat zien
of het gedrag nog klopt."""

from __future__ import annotations

import json

import streamlit as st
from streamlit.runtime.state.session_state_proxy import get_session_state

#: De sleutel in sessionStorage: het doel dat al eens geladen is.
SLEUTEL = "spreiding-omgeleid"


def script(vertalingen: dict[str, str]) -> str:
    """<script> dat de parameters in `vertalingen` (naam -> waarde) in de adresbalk zet, zonder te herladen.
    De waarden zijn labels van deze app (nooit ruwe invoer); '<' wordt toch ge-escaped."""
    data = json.dumps(vertalingen, ensure_ascii=True).replace("<", "\\u003c")
    return (
        "<script>(function(){var v=" + data + ";var p=new URLSearchParams(location.search);"
        "for(var k in v){p.set(k,v[k]);}var doel=location.pathname+'?'+p.toString();"
        f"if(sessionStorage.getItem('{SLEUTEL}')===doel)return;sessionStorage.setItem('{SLEUTEL}',doel);"
        "history.replaceState(history.state,'',doel);})();</script>"
    )


# Een gewijzigde widgetwaarde in een látere run laat de frontend de gebonden URL-parameter herschrijven; in dezelfde
# run doet hij dat niet (nagegaan op Streamlit 1.67; browsertest test_link_in_een_andere_notatie_wordt_herschreven).
def herstel_begin(sleutel: str) -> None:
    """Aan het begin van een run (vóór de widgets): zet vertaalde links opnieuw, nu als wijziging in een latere run,
    zodat Streamlit de URL in de notatie van de widget herschrijft."""
    open_ = st.session_state.get(sleutel)
    if open_ and st.session_state.get("_herstel_ronde"):
        for key, optie in open_.items():
            st.session_state[key] = optie
        st.session_state[sleutel] = {}
        st.session_state["_herstel_ronde"] = False


def herstel_eind(sleutel: str) -> None:
    """Aan het eind van een run: waren er vertaalde links, dan één extra run om de URL bij te werken."""
    if st.session_state.get(sleutel) and not st.session_state.get("_herstel_ronde"):
        st.session_state["_herstel_ronde"] = True
        st.rerun()


def opnieuw(scope: str = "app") -> None:
    """st.rerun achter de omheining: elke geforceerde herstart staat zo op één plek (issue 30)."""
    st.rerun(scope=scope)


# Een widget met bind="query-params" krijgt zijn beginwaarde uit een momentopname van de link die Streamlit aan het
# begin van de sessie maakt (QueryParams._initial_query_params, streamlit/runtime/state/query_params.py), niet uit
# st.query_params. Een oude naam (br=1.500) die we in deze run hernoemen (regeling=1.500), zou de widget dus niet
# bereiken. Na het hernoemen vernieuwen we die momentopname zoals Streamlit zelf doet na een wissel van pagina
# (set_initial_query_params_from_current). Nagegaan op NAGEGAAN_OP; tests/test_opties.py::test_oude_namen_in_een_link
# faalt als het niet meer werkt.
def hernoem(oud: str, nieuw: str, waarde: str) -> bool:
    """Zet parameter `oud` in de link om naar `nieuw` (met `waarde`), zodat ook de widget `nieuw` hem leest."""
    try:
        del st.query_params[oud]
        st.query_params[nieuw] = waarde
    except Exception:  # noqa: BLE001 - al aan een widget gebonden: de link blijft zoals hij is
        return False
    with get_session_state().query_params() as qp:
        qp.set_initial_query_params_from_current()
    return True
