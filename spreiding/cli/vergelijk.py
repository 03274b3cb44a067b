"""python -m spreiding vergelijk ... : twee scenario's naast elkaar (A en B), per gemeente of provincie.

Scenario A heeft de opties --a-cyclus, --a-totaal, --a-peildatum en --a-alpha (standaard cyclus 2 zoals
gepubliceerd); scenario B heeft dezelfde met --b-; wat voor B niet gegeven is, neemt B over van A. Zo is
`vergelijk --b-alpha 0` cyclus 2 met en zonder SES-correctie, en `vergelijk --a-cyclus 1 --b-cyclus 2` cyclus 1 naast
cyclus 2. `--paar ses|cyclus1_2|wetsvoorstel_2` kiest een kant-en-klaar paar, zoals de knoppen op de pagina.
"""

from __future__ import annotations

import argparse

import pandas as pd

from ..data import laad_gemeenten
from ..fouten import VerdeelFout
from ..uitgangspunt import ALPHA_BEREIK, CYCLI, MAX_TOTAAL, PEILJAREN, Uitgangspunt, huidige, maak
from ..verdeling import verdeel
from ..vergelijk import (
    GEMEENTEKOLOMMEN,
    PAARNAMEN,
    PROVINCIEKOLOMMEN,
    VERDEELBESLUIT,
    VERDEELBESLUIT_NAAM,
    VERDEELBESLUITKOLOMMEN,
    met_verdeelbesluit,
    paar,
    vergelijk,
)
from .gemeen import formaat_opties, gemeentecode, lees_geheel, lees_getal, provincienaam, schrijf


def _opties(p: argparse.ArgumentParser, letter: str) -> None:
    g = p.add_argument_group(f"scenario {letter.upper()}")
    g.add_argument(f"--{letter}-cyclus", choices=tuple(k for k in CYCLI if k != "eigen"), default=None, help="cyclus")
    g.add_argument(
        f"--{letter}-totaal",
        type=lees_geheel(1, MAX_TOTAAL, "een landelijk totaal in plekken"),
        default=None,
        help="eigen landelijk totaal (in plaats van een cyclus)",
    )
    g.add_argument(f"--{letter}-peildatum", type=int, choices=PEILJAREN, default=None, help="bij een eigen totaal")
    g.add_argument(
        f"--{letter}-alpha",
        type=lees_getal(*ALPHA_BEREIK, "de sterkte van de SES-correctie"),
        default=None,
        help="sterkte van de SES-correctie: 1 = zoals gepubliceerd, 0 = alleen inwoners",
    )


def _scenario(args, letter: str, basis: Uitgangspunt | None) -> Uitgangspunt:
    cyclus, totaal = getattr(args, f"{letter}_cyclus"), getattr(args, f"{letter}_totaal")
    peildatum, alpha = getattr(args, f"{letter}_peildatum"), getattr(args, f"{letter}_alpha")
    if cyclus is not None and totaal is not None:
        raise VerdeelFout(f"Geef voor scenario {letter.upper()} een cyclus of een totaal, niet allebei.")
    if totaal is not None:
        return maak("eigen", totaal, peildatum, alpha)
    if peildatum is not None:
        raise VerdeelFout(f"--{letter}-peildatum hoort bij een eigen --{letter}-totaal.")
    if cyclus is not None:
        return maak(cyclus, alpha=alpha)
    if basis is None:
        return maak(huidige(), alpha=alpha)
    return maak(basis.cyclus, basis.totaal, basis.peildatum, basis.alpha if alpha is None else alpha)


def scenarios_uit(args) -> tuple[Uitgangspunt, Uitgangspunt]:
    if args.paar:
        return paar(args.paar)
    a = _scenario(args, "a", None)
    return a, _scenario(args, "b", a)


def cmd_vergelijk(args) -> int:
    gemeenten = laad_gemeenten()
    if args.paar == VERDEELBESLUIT:
        ingevoerd = {}
        if args.verdeelbesluit is not None:
            if not args.gemeente:
                raise VerdeelFout("Geef bij --verdeelbesluit ook --gemeente: het aantal hoort bij één gemeente.")
            ingevoerd = {gemeentecode(args.gemeente, gemeenten): args.verdeelbesluit}
        uit = met_verdeelbesluit(verdeel(gemeenten, maak(huidige()).parameters()), ingevoerd)
        if args.gemeente:
            uit = uit[uit["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
        schrijf(uit.reset_index(drop=True), VERDEELBESLUITKOLOMMEN, args.format)
        return 0
    if args.verdeelbesluit is not None:
        raise VerdeelFout(f"--verdeelbesluit hoort bij --paar {VERDEELBESLUIT}.")
    a, b = scenarios_uit(args)
    v = vergelijk(gemeenten, a, b)
    if args.niveau == "provincie":
        uit, kolommen = v.provincies, PROVINCIEKOLOMMEN
    else:
        uit, kolommen = v.gemeenten, GEMEENTEKOLOMMEN
        if args.provincie:
            uit = uit[uit["provincie"] == provincienaam(args.provincie, gemeenten)]
        if args.gemeente:
            uit = uit[uit["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
    schrijf(pd.DataFrame(uit).reset_index(drop=True), kolommen, args.format)
    return 0


def opdracht(sub) -> None:
    """De subopdracht `vergelijk` met haar opties."""
    p = sub.add_parser(
        "vergelijk",
        help="twee scenario's naast elkaar: wie krijgt er plekken bij, wie minder",
        description=(
            "Scenario A en B per gemeente of provincie, met B − A. A is standaard cyclus 2 zoals gepubliceerd; wat "
            "voor B niet gegeven is, neemt B over van A (vergelijk --b-alpha 0: zonder SES-correctie)."
        ),
    )
    p.add_argument(
        "--paar",
        choices=(*PAARNAMEN, VERDEELBESLUIT),
        help="kant-en-klaar paar: "
        + "; ".join(f"{k} = {v}" for k, v in {**PAARNAMEN, VERDEELBESLUIT: VERDEELBESLUIT_NAAM}.items()),
    )
    p.add_argument(
        "--verdeelbesluit",
        type=lees_geheel(0, MAX_TOTAAL, "het aantal uit het verdeelbesluit"),
        default=None,
        help=f"bij --paar {VERDEELBESLUIT} en --gemeente: het aantal uit het eigen verdeelbesluit (ingevoerd)",
    )
    _opties(p, "a")
    _opties(p, "b")
    p.add_argument("--niveau", choices=("gemeente", "provincie"), default="gemeente", help="gemeente of provincie")
    p.add_argument("--provincie", help="alleen deze provincie")
    p.add_argument("--gemeente", help="alleen deze gemeente (code of naam)")
    formaat_opties(p)
    p.set_defaults(functie=cmd_vergelijk)
