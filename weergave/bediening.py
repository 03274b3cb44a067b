"""De gedeelde balk bovenaan de rekenpagina's: gemeente of provincie zoeken en het uitgangspunt kiezen.

Deze widgets worden in app.py gemaakt, vóór de pagina draait, zodat ze op elke pagina dezelfde zijn: de gekozen
gemeente, provincie en cyclus gaan mee van pagina naar pagina en staan in elke link (gemeente=…, provincie=…,
cyclus=…). Op een telefoon staan ze in de pagina, niet in de ingeklapte zijbalk.

Eén weergave: `balk()` geeft wat de widgets teruggeven als één getypt object (`Keuze`); app.py geeft dat als
argument aan de pagina (`toon(keuze)`), die het nooit uit st.session_state leest. Een fragment dat opnieuw draait
zonder de rest van de pagina, neemt de keuze mee uit de run van de pagina (in zijn closure).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from spreiding import herkomst, opties
from spreiding import uitgangspunt as up
from spreiding.zoeken import (
    PLAATS,
    PROVINCIE_BIJNAMEN,
    plaats_gemeente,
    suggesties,
    zoek_gemeente,
    zoek_provincie,
    zoeklabel,
)

from . import laden, toestand

PROVINCIE_VOORVOEGSEL = "Provincie "
#: De velden van het uitgangspunt, elk één keer beschreven (spreiding/uitgangspunt.py): label, sleutel, bereik.
CYCLUS, TOTAAL, PEILDATUM, ALPHA = (
    opties.beschrijving(up.Uitgangspunt, n) for n in ("cyclus", "totaal", "peildatum", "alpha")
)
#: Per cyclus de SES-correctie die vastligt (het wetsvoorstel: 0), of None; één keer bij het laden, niet per run.
VASTE_ALPHA = {c: up.vaste_alpha(c) for c in up.CYCLI}
#: De standen van de schuif voor de SES-correctie (0, 0,05, …, 1).
ALPHAS = tuple(
    round(ALPHA.laagste + i * ALPHA.stap, 2) for i in range(round((ALPHA.hoogste - ALPHA.laagste) / ALPHA.stap) + 1)
)


@dataclass(frozen=True)
class Keuze:
    """Wat de bezoeker in de gedeelde balk koos (of de link zei): de weergave van deze run."""

    u: up.Uitgangspunt
    gemeente: str | None = None  # gemeentecode
    provincie: str | None = None


def standaard() -> Keuze:
    """Zonder keuze: de cyclus die vandaag loopt, geen gemeente of provincie (zoals elke pagina begint)."""
    return Keuze(up.maak(up.huidige()))


def _gemeente_uit_link(gemeenten: pd.DataFrame, provincies: list[str]):
    def vertaal(tekst: str):
        code = zoek_gemeente(tekst, gemeenten, laden.woonplaatsen())
        if code:
            return code
        provincie = zoek_provincie(tekst, provincies)
        return PROVINCIE_VOORVOEGSEL + provincie if provincie else None

    return vertaal


def _na_gemeente(gemeenten: pd.DataFrame) -> None:
    """Callback: een provincie gekozen in het zoekvak -> provinciefilter; een gemeente buiten het filter -> filter
    naar haar provincie."""
    waarde = st.session_state.get("gemeente")
    if isinstance(waarde, str) and PLAATS in waarde:  # een woonplaats gekozen: haar gemeente wordt de keuze
        waarde = st.session_state["gemeente"] = plaats_gemeente(waarde)
    if isinstance(waarde, str) and waarde.startswith(PROVINCIE_VOORVOEGSEL):
        st.session_state["provincie"] = waarde.removeprefix(PROVINCIE_VOORVOEGSEL)
        st.session_state["gemeente"] = None
    elif waarde:
        provincie = gemeenten.loc[gemeenten["gemeentecode"] == waarde, "provincie"]
        if not provincie.empty and st.session_state.get("provincie") not in (None, provincie.iloc[0]):
            st.session_state["provincie"] = provincie.iloc[0]


def _na_provincie() -> None:
    """Callback: een ander provinciefilter laat een gemeente buiten die provincie los."""
    gemeente = st.session_state.get("gemeente")
    tabel = st.session_state.get("_gemeente_provincie", {})
    if gemeente and st.session_state.get("provincie") and tabel.get(gemeente) != st.session_state["provincie"]:
        st.session_state["gemeente"] = None


@st.cache_resource(show_spinner=False, max_entries=4)
def _zoekbalk(_gemeenten: pd.DataFrame, _namen: dict[str, str], versie: tuple[str, str]):
    """Wat het zoekvak nodig heeft, één keer per gegevensversie (issue 34: elke run bouwde 2.600 opties opnieuw):
    provincies, opties met en zonder provincies, de getoonde namen en gemeentecode -> provincie. Gedeeld: niet
    veranderen."""
    provincies = sorted(set(_gemeenten["provincie"]))
    namen_provincies = {
        PROVINCIE_VOORVOEGSEL + p: zoeklabel(PROVINCIE_VOORVOEGSEL + p, PROVINCIE_BIJNAMEN.get(p)) for p in provincies
    }
    return (
        provincies,
        list(namen_provincies) + list(_namen),
        list(_namen),
        {**namen_provincies, **_namen},
        dict(zip(_gemeenten["gemeentecode"], _gemeenten["provincie"])),
    )


def zoekvakken(gemeenten: pd.DataFrame, met_provincie: bool = True, kolommen=None) -> tuple[str | None, str | None]:
    """Gemeente (met de provincies als extra keuze) en, als gevraagd, het provinciefilter; geeft (gemeentecode,
    provincie) zoals de widgets ze na hun callbacks hebben."""
    # gemeenten en woonplaatsen ('Sneek — Súdwest-Fryslân'), zonder accenten vindbaar
    provincies, met_provincies, zonder, alle_namen, gemeente_provincie = _zoekbalk(
        gemeenten, laden.zoekopties(), laden.versie()
    )
    st.session_state["_gemeente_provincie"] = gemeente_provincie
    opties = met_provincies if met_provincie else zonder
    if met_provincie:
        links, rechts = kolommen or st.columns([3, 2])
    else:
        links, rechts = st.container(), None
    with links:
        gemeente = toestand.keuze(
            "Gemeente",
            "gemeente",
            opties,
            None,
            alle_namen,
            soort="selectbox",
            vertaling=_gemeente_uit_link(gemeenten, provincies),
            melding=lambda t: (
                f"die gemeente is niet gevonden of niet eenduidig; bedoelde u: {', '.join(suggesties(t, gemeenten))}?"
                if suggesties(t, gemeenten)
                else "die gemeente is niet gevonden"
            ),
            placeholder="Gemeente, woonplaats of provincie",
            on_change=_na_gemeente,
            args=(gemeenten,),
            persist_state="session",
            help="Typ een deel van de naam, met of zonder accenten. Een woonplaats (CBS, 2026) geeft haar gemeente; "
            "Den Haag en Den Bosch vindt u ook onder hun gangbare naam.",
        )
    provincie = None
    if met_provincie and rechts is not None:
        with rechts:
            provincie = provinciekeuze(
                provincies, "Heel Nederland", on_change=_na_provincie, help="Beperk kaart en tabel tot één provincie."
            )
    if isinstance(gemeente, str) and gemeente.startswith(PROVINCIE_VOORVOEGSEL):
        gemeente = None
    return plaats_gemeente(gemeente), provincie


def provinciekeuze(provincies: list[str], placeholder: str, on_change=None, help: str | None = None) -> str | None:
    """Keuzelijst van de provincies (URL-parameter 'provincie'; namen mogen ook zonder hoofdletters of als code)."""
    return toestand.keuze(
        "Provincie",
        "provincie",
        provincies,
        None,
        {p: p for p in provincies},
        soort="selectbox",
        vertaling=lambda t: zoek_provincie(t, provincies),
        placeholder=placeholder,
        on_change=on_change,
        persist_state="session",
        help=help,
    )


def kies_op_kaart(plek: str | None, niveau: str) -> None:
    """Callback van de kaart: een aangeklikte gemeente of provincie wordt de keuze in de gedeelde balk."""
    if not plek:
        return
    if niveau == "gemeente":
        st.session_state["gemeente"] = plek
    else:
        st.session_state["provincie"] = plek
        st.session_state["gemeente"] = None
    st.session_state["_kaartklik"] = True


def kaartklik_verwerkt() -> bool:
    """Was er in deze run een klik op de kaart (dan moet de hele pagina opnieuw, niet alleen het kaartfragment)?"""
    return bool(st.session_state.pop("_kaartklik", False))


def uitgangspunt_bediening(
    houder=None, voorvoegsel: str = "", standaard_alpha: float = 1.0, label: str = "Uitgangspunt"
) -> up.Uitgangspunt:
    """Cyclus, SES-correctie, eigen totaal en peildatum; geeft het Uitgangspunt dat de widgets samen beschrijven.
    Elke widget controleert zijn eigen waarde (ook uit een link), dus dit lukt altijd.

    Geen widget zet een andere terug: een andere cyclus laat de SES-correctie staan (vroeger zette hij haar op de
    standaard van de cyclus, en 'Eigen totaal' zette een schuif op 0 stil terug op 1). Wat bij de gekozen cyclus niet
    meetelt, blijft staan, met zijn waarde in de link, maar uitgeschakeld met de reden eronder: de SES-correctie bij
    het wetsvoorstel (dat verdeelde alleen naar inwoners), het eigen totaal en de peildatum bij een cyclus."""
    houder = houder or st
    k = voorvoegsel  # de pagina Vergelijken heeft twee van deze balken: a_cyclus, b_cyclus, …
    erbij = f" ({k[:1].upper()})" if k else ""  # elk label eenmaal op de pagina (ook voor schermlezers)
    # twee balken naast elkaar (Vergelijken): cyclus en SES-correctie onder elkaar, anders vallen knoppen weg
    a, b = (houder.container(), houder.container()) if k else houder.columns([3, 2])
    with a:
        cyclus = (
            toestand.keuze(
                label,
                f"{k}{CYCLUS.url}",
                list(up.CYCLI),
                up.huidige(),
                CYCLUS.keuzes,
                soort="segmented",
                vertaling=up.cyclus_sleutel,
                persist_state="session",
                help=herkomst.cycli_in_het_kort(),
            )
            or up.huidige()
        )  # een segmentknop kan leeg: dan de standaard
    vast_alpha = VASTE_ALPHA.get(cyclus)
    with b:
        alpha = toestand.stappen(
            f"{ALPHA.label}{erbij}",
            f"{k}{ALPHA.url}",
            ALPHAS,
            standaard_alpha,
            persist_state="session",
            help="1 = zoals in de gepubliceerde verdeling (amendement Van Dijk); 0 = alleen naar inwoners, zoals het "
            "wetsvoorstel "
            "vóór het amendement. De correctie per gemeente is afgeleid uit de gepubliceerde verdeling van cyclus 2.",
            uit=(
                f"Niet bij het {up.KORT[cyclus].lower()}: dat verdeelde alleen naar inwoners (vóór het amendement "
                "Van Dijk)."
                if vast_alpha is not None
                else None
            ),
        )
    eigen = cyclus == "eigen"
    reden = None if eigen else "Alleen bij 'Eigen totaal'."
    eigen_sleutels = (f"{k}{TOTAAL.url}", f"{k}{PEILDATUM.url}")
    open_ = eigen or any(s in st.session_state.get(toestand.MELDINGEN, {}) for s in eigen_sleutels)
    with houder.expander(f"Eigen totaal en peildatum{erbij}{'' if eigen else ', bij Eigen totaal'}", expanded=open_):
        c, d = (st.container(), st.container()) if k else st.columns([3, 2])
        with c:
            totaal = toestand.getalveld(
                f"{TOTAAL.label}{erbij}",
                f"{k}{TOTAAL.url}",
                int(TOTAAL.laagste),
                int(TOTAAL.hoogste),
                standaard().u.totaal,
                int(TOTAAL.stap),
                eenheid=TOTAAL.eenheid,
                persist_state="session",
                uit=reden,
            )
        with d:
            peildatum = toestand.keuze(
                f"{PEILDATUM.label}{erbij}",
                f"{k}{PEILDATUM.url}",
                list(PEILDATUM.keuzes),
                max(PEILDATUM.keuzes),
                PEILDATUM.keuzes,
                soort="radio",
                horizontal=True,
                persist_state="session",
                vertaling=lambda t: int(t) if t.strip() in {str(j) for j in PEILDATUM.keuzes} else None,
                uit=reden,
            )
    if not eigen:
        return up.maak(cyclus, alpha=alpha if vast_alpha is None else vast_alpha)
    return up.maak("eigen", totaal, peildatum or max(PEILDATUM.keuzes), alpha)


def balk(onderdelen: tuple[str, ...], gemeenten: pd.DataFrame | None) -> Keuze:
    """De gedeelde balk van een pagina ('zoek', 'gemeente', 'provincie', 'uitgangspunt'); geeft de keuze."""
    gemeente = provincie = None
    u = standaard().u
    if gemeenten is None or not onderdelen:
        return Keuze(u)
    with st.container(key="gedeelde_balk", border=True):
        if "zoek" in onderdelen:
            gemeente, provincie = zoekvakken(gemeenten, met_provincie=True)
        elif "gemeente" in onderdelen:
            gemeente, _ = zoekvakken(gemeenten, met_provincie=False)
        elif "provincie" in onderdelen:
            provincie = provinciekeuze(sorted(set(gemeenten["provincie"])), "Kies een provincie")
        if "uitgangspunt" in onderdelen:
            u = uitgangspunt_bediening()
    return Keuze(u, gemeente, provincie)


ANTWOORDVAK = "_antwoordvak"


def zet_antwoordvak(vak) -> None:
    """app.py maakt direct onder de titel een leeg vak; de pagina zet daar haar antwoord in (de gekozen gemeente
    eerst, de instellingen erna)."""
    st.session_state[ANTWOORDVAK] = vak


def antwoordvak():
    """Het vak onder de titel van deze run (of, buiten app.py, gewoon de pagina)."""
    return st.session_state.get(ANTWOORDVAK) or st.container()


# ------------------------------------------------------------------- opties van een parameterobject


def _optieveld(f, o: opties.Optie, houder, uit: str | None):
    """Eén widget uit de beschrijving van een optie; geeft de waarde in de eenheid van het model."""
    hulp = o.hulp or None
    standaard = opties.naar_scherm(f, o, f.default)
    soort = opties.soort_widget(f, o)
    if soort == "vinkje":
        return toestand.vinkje(o.label, o.url, f.default, help=hulp, houder=houder, uit=uit)
    if soort == "keuze":
        namen = dict(o.keuzes or {})
        gekozen = toestand.keuze(o.label, o.url, list(namen), f.default, namen, help=hulp, houder=houder, uit=uit)
        return f.default if gekozen is None else gekozen
    laagste, hoogste = opties.schermbereik(o)
    if soort == "getal":
        waarde = toestand.getalveld(
            o.label,
            o.url,
            int(laagste),
            int(hoogste),
            standaard,
            int(o.stap),
            eenheid=o.eenheid,
            help=hulp,
            houder=houder,
            uit=uit,
        )
    else:
        waarde = toestand.schuif(
            o.label,
            o.url,
            laagste,
            hoogste,
            standaard,
            o.stap,
            eenheid=o.eenheid,
            help=hulp,
            houder=houder,
            opmaak="%d" + o.eenheid.replace("%", "%%"),
            uit=uit,
        )
    return opties.uit_scherm(f, o, waarde)


def parameterobject(soort: type, plaatsen: dict):
    """De widgets van een parameterobject (BonusScenario, prikkel.Scenario, ...), elk uit de beschrijving op zijn
    veld (spreiding/opties.py: label, sleutel in de link, bereik, stap, eenheid); `plaatsen`: veld -> kolom, in de
    volgorde waarin ze komen. Een optie die bij de gekozen soort niet meetelt, staat er uitgeschakeld (met de reden)
    en houdt haar waarde, ook in de link; het object krijgt daar de standaard. Oudere sleutels (b1, br, ...) in een
    link werken nog."""
    beschrijving = {f.name: (f, o) for f, o in opties.velden(soort)}
    toestand.oude_namen({oud: o.url for _, o in beschrijving.values() for oud in o.oud})
    waarden = opties.standaarden(soort)
    for naam, houder in plaatsen.items():
        f, o = beschrijving[naam]
        waarden[naam] = _optieveld(f, o, houder, opties.waarom_niet(soort, o, waarden))
    return opties.genormaliseerd(soort(**waarden))


def heeft_melding(soort: type) -> bool:
    """Staat er een melding bij een van de opties van `soort` (om een ingeklapt blok dan open te zetten)?"""
    meldingen = st.session_state.get(toestand.MELDINGEN, {})
    return any(o.url in meldingen for _, o in opties.velden(soort))
