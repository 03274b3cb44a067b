"""Issue 30, punt 2: elke optie één keer beschreven (spreiding/opties.py). Een willekeurig object gaat heen en terug
door de command line (argumenten -> parser) en door de link (URL -> object; en URL -> pagina -> opdracht op het
scherm) en komt er gelijk uit.

Met de hand gecontroleerd dat deze tests kunnen falen: met `_tekst` die alleen f"{waarde:g}" gaf, faalde
test_door_de_command_line (een deel als 0.123456789 kwam terug als 0.123457); met een widget die de schermwaarde
teruggaf zonder `uit_scherm` (20 in plaats van 0,2) faalden beide paginatests; zonder de vernieuwde momentopname in
adresbalk.hernoem faalde test_oude_namen_in_een_link (de widget hield de standaard)."""

from __future__ import annotations

import shlex

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spreiding import bonus, opties, prikkel
from spreiding.cli import maak_parser
from spreiding.cli.gemeen import uit_opties, uitgangspunt_uit
from spreiding.uitgangspunt import CYCLI, PEILNAMEN, Uitgangspunt, maak

from .test_app import open_pagina, schoon

SOORTEN = (bonus.BonusScenario, bonus.BonusParameters, prikkel.Scenario)


def _waarde(f, o: opties.Optie, op_het_scherm: bool):
    """Een strategie voor één veld: binnen het bereik van het model, of (op_het_scherm) op de stappen van de widget."""
    soort = opties.soort_widget(f, o)
    if soort == "vinkje":
        return st.booleans()
    if soort == "keuze":
        return st.sampled_from(list(o.keuzes or ()))
    if soort == "getal" or (opties.geheel(f) and not op_het_scherm):
        return st.integers(int(o.laagste), int(o.hoogste))
    if not op_het_scherm:
        return st.floats(o.laagste, o.hoogste, allow_nan=False)
    laagste, hoogste = opties.schermbereik(o)
    stappen = st.integers(0, int((hoogste - laagste) // o.stap))
    return stappen.map(lambda k: opties.uit_scherm(f, o, laagste + k * o.stap))


def naar_url(obj) -> dict[str, str]:
    """De link-parameters van een object (alleen wat afwijkt van de standaard), in de notatie van het scherm: zo
    schrijft de widget ze (een keuze als haar getoonde naam, een deel als procent)."""
    uit: dict[str, str] = {}
    for f, o in opties.velden(type(obj)):
        waarde = getattr(obj, f.name)
        if waarde == f.default:
            continue
        scherm = opties.naar_scherm(f, o, waarde)
        if o.keuzes is not None:
            uit[o.url] = o.keuzes[waarde]  # de link bevat de getoonde naam, zoals de widget hem schrijft
        else:
            uit[o.url] = str(scherm).lower() if isinstance(scherm, bool) else opties._tekst(scherm)
    return uit


def objecten(soort: type, op_het_scherm: bool = False):
    velden = {f.name: _waarde(f, o, op_het_scherm) for f, o in opties.velden(soort)}
    return st.fixed_dictionaries(velden).map(lambda w: opties.genormaliseerd(soort(**w)))


SUBOPDRACHT = {bonus.BonusScenario: "bonus", bonus.BonusParameters: "bonus", prikkel.Scenario: "prikkel"}


@pytest.mark.parametrize("soort", SOORTEN, ids=lambda s: s.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_door_de_command_line(soort, data):
    obj = data.draw(objecten(soort))
    args = maak_parser().parse_args([SUBOPDRACHT[soort], *obj.argumenten()])
    assert uit_opties(soort, args) == obj


@pytest.mark.parametrize("soort", SOORTEN, ids=lambda s: s.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_door_de_link(soort, data):
    obj = data.draw(objecten(soort, op_het_scherm=True))
    # zoals de pagina: elke waarde naar de widget (schermeenheden) en terug naar het model
    terug = {
        f.name: opties.uit_scherm(f, o, opties.naar_scherm(f, o, getattr(obj, f.name))) for f, o in opties.velden(soort)
    }
    assert soort(**terug) == obj


def _opdracht(at) -> list[str]:
    tekst = next(m.value for m in at.markdown if "python -m spreiding" in m.value)
    return shlex.split(tekst.strip("`"))[3:]


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(scenario=objecten(bonus.BonusScenario, True), parameters=objecten(bonus.BonusParameters, True))
def test_door_de_pagina_bonus(scenario, parameters):
    """URL -> widgets -> object -> de opdracht onder 'Naberekenen' -> parser: hetzelfde object."""
    at = open_pagina("bonus", **naar_url(scenario), **naar_url(parameters))
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    assert uit_opties(bonus.BonusScenario, args) == scenario
    assert uit_opties(bonus.BonusParameters, args) == parameters


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(scenario=objecten(prikkel.Scenario, True))
def test_door_de_pagina_wachten(scenario):
    at = open_pagina("wachten", gemeente="Utrecht", **naar_url(scenario))
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    assert uit_opties(prikkel.Scenario, args) == scenario


def test_oude_namen_in_een_link():
    """Links van vóór december 2026 (b1, br, bv, minjaren, rdrempel, scenario_b, nood_b, seed) geven dezelfde
    weergave als de nieuwe namen."""
    at = open_pagina("bonus", b1="3.000", br="1.500", bv="0", minjaren="8", rdrempel="true", scenario_b="huidig")
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    assert uit_opties(bonus.BonusParameters, args) == bonus.BonusParameters(
        concept_fase1=3000, regeling_bedrag=1500, vng_bedrag=0, min_jaren=8, regeling_drempel=True
    )
    at = open_pagina("wachten", gemeente="Utrecht", seed="7")
    schoon(at)
    assert maak_parser().parse_args(_opdracht(at)).seed == 7


#: De sleutels van de gedeelde balk en van de andere widgets op dezelfde pagina (app.py, weergave/bediening.py).
GEDEELD = {"gemeente", "provincie", "systeem", "verdeelbesluit"} | {o.url for _, o in opties.velden(Uitgangspunt)}


@pytest.mark.parametrize(
    "soorten", [(bonus.BonusScenario, bonus.BonusParameters), (prikkel.Scenario,)], ids=["bonus", "wachten"]
)
def test_elke_sleutel_in_de_link_is_van_een_optie(soorten):
    """Twee opties op één pagina, of een optie en de gedeelde balk, delen nooit een sleutel in de link (ook niet een
    oude naam): dan zou de ene link-waarde twee widgets zetten. Met de hand: met url='cyclus' voor de drempel faalt
    deze test."""
    sleutels = [k for soort in soorten for _, o in opties.velden(soort) for k in (o.url, *o.oud)]
    assert len(sleutels) == len(set(sleutels)) and not set(sleutels) & GEDEELD, sleutels


@st.composite
def uitgangspunten(draw):
    """Een willekeurig uitgangspunt: een cyclus, het wetsvoorstel of een eigen totaal en peildatum, met een sterkte."""
    cyclus = draw(st.sampled_from(CYCLI))
    alpha = draw(st.integers(0, 20)) / 20
    if cyclus == "eigen":
        return maak("eigen", draw(st.integers(1, 1_000_000)), draw(st.sampled_from(sorted(PEILNAMEN))), alpha)
    return maak(cyclus, alpha=alpha)


@settings(max_examples=150, deadline=None)
@given(uitgangspunten())
def test_uitgangspunt_door_de_command_line(u):
    """Het uitgangspunt heen en terug: argumenten() (vlaggen uit de beschrijving van zijn velden) -> de parser van
    elke opdracht die een verdeling maakt -> uitgangspunt_uit -> hetzelfde uitgangspunt."""
    for opdracht in ("verdeling", "prikkel", "bonus"):
        assert uitgangspunt_uit(maak_parser().parse_args([opdracht, *u.argumenten()])) == u
