"""Toestand in de URL en de sessie: elke weergave is een link, en een link geeft de weergave terug.

- Widgets zijn met `bind="query-params"` aan een URL-parameter gekoppeld (Streamlit 1.67): een wijziging door de
  gebruiker vervangt de URL (geen nieuwe stap in de geschiedenis), Terug/Vooruit zetten de widgets terug, en de
  URL volgt altijd de widget: een waarde uit de URL overschrijft nooit een wijziging die de gebruiker net deed.
- Een ongeldige waarde in de link (tekst, oneindig, buiten het bereik, een onbekende gemeente) geeft naast de
  widget een Nederlandse melding met de waarde als code (nooit als Markdown of HTML, ingekort), en de widget
  toont de waarde die gebruikt wordt.
- Een link in een andere notatie (gemeente=GM0917, cyclus=2) wordt vertaald naar de optie van de widget; de
  URL wordt daarna in de notatie van de widget herschreven (`herstel_url`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from spreiding.lezen import kort, lees_aantal
from spreiding.notatie import getal

from .intern import adresbalk, widgetstaat

HERSTEL = "_herstel_url"
OMLEIDEN = "_omleiden"
MELDINGEN = "_meldingen"


def veilig(tekst: Any, n: int = 40) -> str:
    """Tekst van een bezoeker veilig in Markdown: ingekort, op één regel, als code (geen link, kop of plaatje)."""
    t = kort("" if tekst is None else str(tekst), n).replace("`", "'").replace("\\", "/")
    return f"`{t}`" if t.strip() else "`(leeg)`"


def ruwe_url(param: str) -> str | None:
    """De waarde van een URL-parameter zoals de link haar gaf (of None)."""
    try:
        waarde = st.query_params.get(param)
    except Exception:  # noqa: BLE001 - een kapotte query string mag de pagina niet stoppen
        return None
    return None if waarde is None else str(waarde)


# ----------------------------------------------------------------------------------------- meldingen


def _meldingen() -> dict[str, tuple[str, Any]]:
    return st.session_state.setdefault(MELDINGEN, {})


def noteer_melding(key: str, tekst: str, gebruikt: Any) -> None:
    """Bewaar een melding bij widget `key`; zij blijft staan zolang de widget de genoemde waarde heeft."""
    _meldingen()[key] = (tekst, gebruikt)


def toon_melding(key: str, houder=None) -> None:
    """Toon de melding van `key` als de widget nog de gebruikte waarde heeft; anders weg ermee."""
    melding = _meldingen().get(key)
    if melding is None:
        return
    tekst, gebruikt = melding
    if st.session_state.get(key, gebruikt) != gebruikt:
        _meldingen().pop(key, None)
        return
    (houder or st).warning(tekst)


def _controleer_link(key: str, wat: str, geldig: Callable[[str], bool], gebruikt: Any, uitleg: str) -> None:
    """Bij de eerste run van de widget: is de waarde uit de link geldig? Zo niet: melding bewaren."""
    if key in st.session_state:
        return
    ruw = ruwe_url(key)
    if ruw is not None and not geldig(ruw):
        noteer_melding(
            key, f"De link bevat {veilig(ruw)} voor {wat}; dat kan niet ({uitleg}). Gebruikt: {gebruikt}.", None
        )


# ------------------------------------------------------------------------------------------ vertalen


def vertaal_link(key: str, optie: Any) -> None:
    """Zet widget `key` op `optie` (de link gaf een ongeldige waarde; de widget toont zo wat gebruikt wordt)."""
    st.session_state[key] = optie
    st.session_state.setdefault(HERSTEL, {})[key] = optie


def canoniek(key: str, optie: Any, label: str) -> None:
    """Een link in een andere notatie (gemeente=GM0917, kleur=per_1000): de widget krijgt de optie meteen, en de
    adresbalk krijgt daarna de notatie van de widget (gemeente=Heerlen), zonder de pagina opnieuw te laden, zodat
    de adresbalk de weergave weer teruggeeft."""
    st.session_state[key] = optie
    st.session_state.setdefault(OMLEIDEN, {})[key] = label


def omleiden() -> None:
    """Aan het eind van de eerste run: vertaalde linkwaarden in de adresbalk zetten (zonder herladen)."""
    vertalingen = st.session_state.pop(OMLEIDEN, None)
    if not vertalingen:
        return
    st.html(adresbalk.script(vertalingen), unsafe_allow_javascript=True)


def versie(naam: str) -> int:
    """Een teller in de sessie (bijv. om een widget met een nieuwe key opnieuw op te bouwen)."""
    return int(st.session_state.get(naam, 0))


def volgende_versie(naam: str) -> None:
    st.session_state[naam] = versie(naam) + 1


def oude_namen(namen: dict[str, str]) -> None:
    """Een link met een oude parameternaam (context=1 van de pagina Wachten) werkt als de nieuwe (cyclus=1): bij de
    eerste run, vóór de widgets, en alleen als de nieuwe naam er niet al staat."""
    for oud, nieuw in namen.items():
        waarde = ruwe_url(oud)
        if waarde is None:
            continue
        if ruwe_url(nieuw) is not None:  # beide namen: de nieuwe telt; de oude waarde gaat niet stil verloren
            if waarde != ruwe_url(nieuw):
                st.warning(
                    f"De link bevat {oud}={veilig(waarde)} (een oude naam) naast {nieuw}={veilig(ruwe_url(nieuw))}; "
                    f"gebruikt: {nieuw}."
                )
            continue
        adresbalk.hernoem(oud, nieuw, waarde)


def herstel_begin() -> None:
    """Aan het begin van een run (vóór de widgets): vertaalde links opnieuw zetten (zie intern/adresbalk.py)."""
    adresbalk.herstel_begin(HERSTEL)


def herstel_eind() -> None:
    """Aan het eind van een run: één extra run als er vertaalde links waren (zie intern/adresbalk.py)."""
    adresbalk.herstel_eind(HERSTEL)


def opnieuw(scope: str = "app") -> None:
    """De pagina opnieuw laten lopen na een wijziging die bovenaan de pagina terug moet komen."""
    adresbalk.opnieuw(scope)


# ------------------------------------------------------------------------------------------- widgets
#
# Eén mechanisme voor elke widget: gebonden aan zijn URL-parameter (bind="query-params"), altijd met de standaard van
# de app als `value=`/`index=`/`default=` (`_standaard`), en nooit verborgen of teruggezet door een andere widget: een
# instelling die bij de huidige keuze niet meetelt, blijft staan, uitgeschakeld, met de reden eronder (`uit=`).


def _standaard(parameter: str, waarde: Any) -> dict:
    """De standaardwaarde van de app, altijd meegegeven, ook als de sessie de widget al kent.

    Waarom altijd: `bind="query-params"` laat een waarde die gelijk is aan de standaard van de widget weg uit de URL,
    en een link zonder die parameter opent de widget weer op zijn standaard. Kreeg de widget geen `value=` (omdat
    zijn key al in de sessie stond), dan was zijn standaard voor Streamlit het minimum (of de eerste optie): de
    schuif op 0 verdween uit de link, en de link opende op de standaard van de app (1). Met de standaard van de app
    altijd als `value=` betekent 'niet in de URL' overal 'de standaard van de app'. De waarschuwing die Streamlit
    logt als een widget ook een waarde uit de sessie heeft, staat uit (.streamlit/config.toml,
    global.disableWidgetStateDuplicationWarning); de waarde uit de sessie wint, zoals bedoeld. `value=` hoort niet bij
    de identiteit van een widget met een key (key_as_main_identity in Streamlit 1.67), dus de widget blijft dezelfde.
    """
    return {parameter: waarde}


def _uit(houder, uit: str | None, opties: dict) -> None:
    """`uit`: waarom deze instelling bij de huidige keuze niet meetelt; de widget wordt dan uitgeschakeld."""
    if uit:
        opties["disabled"] = True


def _reden(houder, uit: str | None) -> None:
    """De reden van een uitgeschakelde instelling, zichtbaar onder de widget."""
    if uit:
        houder.caption(uit)


def _getal_geldig(
    minimum: float, maximum: float, stap: float | None = None, geheel: bool = False
) -> Callable[[str], bool]:
    def geldig(tekst: str) -> bool:
        try:
            waarde = float(tekst)
        except ValueError:
            return False
        if not math.isfinite(waarde) or not minimum <= waarde <= maximum:
            return False
        if geheel and waarde != int(waarde):
            return False
        if stap:
            n = (waarde - minimum) / stap
            return abs(n - round(n)) < 1e-6
        return True

    return geldig


def schuif(
    label: str,
    key: str,
    minimum: float,
    maximum: float,
    standaard: float,
    stap: float,
    *,
    eenheid: str = "",
    help: str | None = None,
    houder=None,
    opmaak: str | None = None,
    decimalen: int = 0,
    uit: str | None = None,
    **opties,
) -> float:
    """Schuifregelaar gekoppeld aan URL-parameter `key`, met een Nederlandse melding bij een foute link."""
    houder = houder or st
    geheel = all(float(x).is_integer() for x in (minimum, maximum, standaard, stap))
    _controleer_link(
        key,
        f"'{label}'",
        _getal_geldig(minimum, maximum, stap, geheel),
        f"{getal(standaard, decimalen)}{eenheid}",
        f"toegestaan: {getal(minimum, decimalen)} tot {getal(maximum, decimalen)}{eenheid} in stappen van "
        f"{getal(stap, decimalen)}",
    )
    _meldingen_gebruikt(key, standaard)
    toon_melding(key, houder)
    soort = int if geheel else float
    _uit(houder, uit, opties)
    waarde = houder.slider(
        label,
        soort(minimum),
        soort(maximum),
        step=soort(stap),
        key=key,
        bind="query-params",
        help=help,
        format=opmaak,
        **_standaard("value", soort(standaard)),
        **opties,
    )
    _reden(houder, uit)
    return waarde


def _meldingen_gebruikt(key: str, gebruikt: Any) -> None:
    melding = _meldingen().get(key)
    if melding is not None and melding[1] is None:
        _meldingen()[key] = (melding[0], gebruikt)


def _terug_als_kwijt(key: str, namen: dict[Any, str]) -> None:
    """Stuurde de frontend deze keuze leeg mee terwijl de link van deze run haar nog draagt (zie
    intern/widgetstaat.py), dan komt de waarde van de vorige run terug, met een regel in het log."""
    vorige = widgetstaat.kwijtgeraakt(key)
    if vorige is not None and vorige in namen and namen[vorige] in widgetstaat.in_link(key):
        logging.getLogger("spreiding").info("Keuze %s kwam leeg binnen; link en vorige run: %s", key, vorige)
        st.session_state[key] = vorige


def keuze(
    label: str,
    key: str,
    opties: Sequence[Any],
    standaard: Any,
    namen: dict[Any, str] | None = None,
    *,
    soort: str = "radio",
    vertaling: Callable[[str], Any | None] | None = None,
    melding: Callable[[str], str] | None = None,
    help: str | None = None,
    houder=None,
    uit: str | None = None,
    **extra,
) -> Any:
    """Keuze (radio, segmented of selectbox) gekoppeld aan URL-parameter `key`. De link bevat de getoonde naam
    van de optie; `vertaling` zet een andere notatie (bijv. een code) om naar een optie."""
    houder = houder or st
    namen = namen or {o: str(o) for o in opties}
    _terug_als_kwijt(key, namen)
    if key not in st.session_state:
        ruw = ruwe_url(key)
        if ruw is not None and ruw not in namen.values():
            optie = next(
                (o for o in opties if str(o) == ruw.strip()), None
            )  # de code van de optie (zoals op de command line)
            if optie is None and vertaling:
                optie = vertaling(ruw)
            if optie is not None and optie in opties:
                canoniek(key, optie, namen[optie])
            else:
                toegestaan = ", ".join(namen[o] for o in list(opties)[:6]) + (" …" if len(opties) > 6 else "")
                uitleg = melding(ruw) if melding else f"dat is geen keuze hier (kies uit: {toegestaan})"
                noteer_melding(
                    key,
                    f"De link bevat {veilig(ruw)} voor '{label}'; {uitleg}. "
                    f"Gebruikt: {namen.get(standaard, 'geen keuze') if standaard is not None else 'geen keuze'}.",
                    standaard,
                )
    toon_melding(key, houder)
    _uit(houder, uit, extra)
    index = list(opties).index(standaard) if standaard in opties else None
    if soort == "segmented":
        waarde = houder.segmented_control(
            label,
            list(opties),
            format_func=namen.get,
            key=key,
            bind="query-params",
            help=help,
            selection_mode="single",
            **_standaard("default", standaard),
            **extra,
        )
    elif soort == "selectbox":
        extra.setdefault("placeholder", "Kies een optie")
        waarde = houder.selectbox(
            label,
            list(opties),
            format_func=namen.get,
            key=key,
            bind="query-params",
            help=help,
            **_standaard("index", index),
            **extra,
        )
    else:
        waarde = houder.radio(
            label,
            list(opties),
            format_func=namen.get,
            key=key,
            bind="query-params",
            help=help,
            **_standaard("index", index),
            **extra,
        )
    _reden(houder, uit)
    return waarde


def lees_getal(tekst: Any, minimum: int, maximum: int) -> int | None:
    """'12.345', '12345' of '12345.0' -> 12345 als het een geheel getal binnen het bereik is, anders None."""
    ruw = str(tekst).strip()
    try:
        waarde = lees_aantal(
            ruw, "," if ("." in ruw and len(ruw.rsplit(".", 1)[-1]) == 3) or "," in ruw else ".", maximum
        )
    except ValueError:
        return None
    return waarde if minimum <= waarde <= maximum else None


def getalveld(
    label: str,
    key: str,
    minimum: int,
    maximum: int,
    standaard: int | None,
    stap: int = 1,
    *,
    eenheid: str = "",
    help: str | None = None,
    houder=None,
    uit: str | None = None,
    leeg_mag: bool = False,
    **extra,
) -> int | None:
    """Veld voor een geheel getal in Nederlandse notatie (12.345), gekoppeld aan URL-parameter `key`. Met `leeg_mag`
    is een leeg veld 'niet ingevuld' (None; standaard leeg), zodat ook 0 een ingevuld getal kan zijn. Een ongeldige
    waarde (getypt of in de link: tekst, 0, 2.000.000, inf) geeft een melding naast het veld, en het veld springt terug
    naar de waarde die gebruikt wordt. (Een tekstveld, geen number_input: dat laatste loopt vast op 'inf' in een
    link.)"""
    houder = houder or st
    vorige = f"_vorige_{key}"
    bereik = f"kies {getal(minimum)} tot {getal(maximum)}{eenheid}"
    leeg = "" if leeg_mag else None  # de tekst van 'niet ingevuld'
    if key not in st.session_state:
        ruw = ruwe_url(key)
        if ruw is not None and leeg_mag and not ruw.strip():
            pass
        elif ruw is not None:
            waarde = lees_getal(ruw, minimum, maximum)
            if waarde is None:
                noteer_melding(
                    key,
                    f"De link bevat {veilig(ruw)} voor '{label}'; dat kan niet ({bereik}). Gebruikt: "
                    f"{getal(standaard)}{eenheid}.",
                    getal(standaard),
                )
                vertaal_link(key, getal(standaard))
            else:
                st.session_state[vorige] = waarde
                if ruw != getal(waarde):
                    canoniek(key, getal(waarde), getal(waarde))

    def controleer() -> None:
        tekst = st.session_state.get(key)
        if leeg_mag and not str(tekst or "").strip():
            st.session_state[vorige] = None
            st.session_state[key] = leeg
            return
        waarde = lees_getal(tekst, minimum, maximum)
        oud = st.session_state.get(vorige, standaard)
        if waarde is None:
            st.session_state[key] = leeg if oud is None else getal(oud)
            noteer_melding(
                key,
                f"{veilig(tekst)} kan niet voor '{label}': {bereik}. Gebruikt: "
                f"{'niets' if oud is None else getal(oud) + eenheid}.",
                st.session_state[key],
            )
        else:
            st.session_state[vorige] = waarde
            st.session_state[key] = getal(waarde)

    toon_melding(key, houder)
    _uit(houder, uit, extra)
    extra.setdefault("placeholder", f"{getal(minimum)} tot {getal(maximum)}")  # zichtbaar als het veld leeg is
    houder.text_input(
        label,
        key=key,
        bind="query-params",
        on_change=controleer,
        max_chars=20,
        help=(help + " " if help else "")
        + f"Toegestaan: {getal(minimum)} tot {getal(maximum)}{eenheid}. Bevestig met Enter.",
        **_standaard("value", leeg if standaard is None else getal(standaard)),
        **extra,
    )
    _reden(houder, uit)
    if leeg_mag and not str(st.session_state.get(key) or "").strip():
        return None
    waarde = lees_getal(st.session_state.get(key), minimum, maximum)
    if waarde is None:
        oud = st.session_state.get(vorige, standaard)
        return None if oud is None else int(oud)
    st.session_state[vorige] = waarde
    return waarde


def vinkje(
    label: str, key: str, standaard: bool, *, help: str | None = None, houder=None, uit: str | None = None
) -> bool:
    houder = houder or st
    _controleer_link(
        key, f"'{label}'", lambda t: t.lower() in ("true", "false"), "ja" if standaard else "nee", "ja of nee"
    )
    _meldingen_gebruikt(key, standaard)
    toon_melding(key, houder)
    opties: dict = {}
    _uit(houder, uit, opties)
    waarde = bool(
        houder.toggle(label, key=key, bind="query-params", help=help, **_standaard("value", standaard), **opties)
    )
    _reden(houder, uit)
    return waarde


def stappen(
    label: str,
    key: str,
    opties: Sequence[float],
    standaard: float,
    decimalen: int = 2,
    *,
    help: str | None = None,
    houder=None,
    uit: str | None = None,
    **extra,
) -> float:
    """Schuif over vaste stappen met Nederlandse notatie (0,05 in plaats van 0.05), gekoppeld aan URL-parameter `key`.
    Een link met 0.5 of 0,5 wordt naar de dichtstbijzijnde stap vertaald."""
    houder = houder or st
    namen = {o: getal(o, decimalen) for o in opties}

    def vertaal(tekst: str) -> float | None:
        try:
            waarde = float(str(tekst).replace(",", "."))
        except ValueError:
            return None
        if not math.isfinite(waarde) or not min(opties) <= waarde <= max(opties):
            return None
        return min(opties, key=lambda o: abs(o - waarde))

    if key not in st.session_state:
        ruw = ruwe_url(key)
        if ruw is not None and ruw not in namen.values():
            optie = vertaal(ruw)
            if optie is not None:
                canoniek(key, optie, namen[optie])
            else:
                noteer_melding(
                    key,
                    f"De link bevat {veilig(ruw)} voor '{label}'; dat kan niet (toegestaan: {namen[min(opties)]} tot "
                    f"{namen[max(opties)]}). Gebruikt: {namen[standaard]}.",
                    standaard,
                )
    toon_melding(key, houder)
    waarde = st.session_state.get(key, standaard)
    if waarde not in opties:
        st.session_state[key] = standaard
    _uit(houder, uit, extra)
    waarde = houder.select_slider(
        label,
        options=list(opties),
        format_func=namen.get,
        key=key,
        bind="query-params",
        help=help,
        **_standaard("value", standaard),
        **extra,
    )
    _reden(houder, uit)
    return waarde
