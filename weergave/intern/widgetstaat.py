"""Een keuze die de frontend kwijtraakt, terugzetten.

Wat er misgaat (Streamlit 1.67, nagegaan op NAGEGAAN_OP): na een wissel van pagina stuurt de frontend soms bij de
volgende wijziging de gedeelde gemeentekeuze leeg mee (een widgetstaat zonder waarde), terwijl de adresbalk van
diezelfde run nog gemeente=Heerlen heeft en de vorige run Heerlen liet zien. Onder belasting gebeurde dat bij
ongeveer 1 op 10 keer 'Cyclus 1' kiezen na 'Heerlen op de kaart' (gemeten met de toetsenbordtest naast een tweede
testproces; CI faalde er twee keer op). De gebruiker ziet dan zijn gemeente stil verdwijnen, en de link zegt iets
anders dan het scherm.

Wist de gebruiker zelf het zoekvak, dan haalt de frontend de parameter eerst uit de adresbalk (maybeSyncValueToUrl,
vóór de nieuwe run); een callback die de keuze leegt (een provincie gekozen), wijzigt de sessie, niet wat de frontend
stuurt. Alleen als de frontend leeg stuurt, de vorige run een waarde had én de link van deze run die waarde nog in
de notatie van de widget draagt, is de waarde dus kwijtgeraakt en niet gewist.

tests/test_intern.py::test_kwijtgeraakte_keuze_komt_terug toetst het in AppTest (daar gaat de link niet mee met de
widget, dus daar ziet wissen er zo uit); de browsertest test_zoekvak_wissen_blijft_leeg laat zien dat wissen in een
echte browser leeg blijft."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.state.session_state_proxy import get_session_state


def kwijtgeraakt(key: str) -> Any | None:
    """De waarde van widget `key` in de vorige run, als de frontend hem in deze run leeg meestuurde; anders None."""
    try:
        staat = get_session_state()._state
        widget_id = staat._key_id_mapper.get_id_from_key(key, None)
        if widget_id is None:
            return None
        ontvangen = staat._new_widget_state.get_serialized(widget_id)
        if ontvangen is None or ontvangen.WhichOneof("value") is not None:
            return None
        return staat._old_state.get(widget_id)
    except AttributeError:  # een andere Streamlit: niets terugzetten (de test in tests/test_intern.py faalt dan)
        return None


def in_link(key: str) -> list[str]:
    """De waarden van parameter `key` in de link waarmee de frontend deze run vroeg."""
    ctx = get_script_run_ctx()
    return parse_qs(ctx.query_string if ctx else "").get(key, [])
