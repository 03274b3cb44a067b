"""python -m spreiding bonus ..."""

from __future__ import annotations

import argparse

from .. import bonus as bonus_regels
from ..data import laad_gemeenten
from ..verdeling import verdeel
from .gemeen import (
    formaat_opties,
    gemeentecode,
    lees_geheel,
    lees_getal,
    schrijf,
    uitgangspunt_opties,
    uitgangspunt_uit,
)


def _bonus_opties(p: argparse.ArgumentParser) -> None:
    d = bonus_regels.BonusParameters()
    s = bonus_regels.BonusScenario()
    g = p.add_argument_group("welke plekken gerealiseerd zijn (scenario)")
    g.add_argument(
        "--scenario",
        choices=("huidig", "uniform"),
        default=s.soort,
        help="huidig: de huidige reguliere plekken (nov. 2025); uniform: --realisatie x de opgave",
    )
    g.add_argument(
        "--realisatie",
        type=lees_getal(0, bonus_regels.MAX_REALISATIE, "de realisatie"),
        default=s.realisatie,
        help="bij uniform: gerealiseerd als deel van de opgave",
    )
    g.add_argument(
        "--nood", action="store_true", help="bij huidig ook de noodplekken meetellen (niet duurzaam; aanname)"
    )
    g.add_argument(
        "--aandeel-klein",
        type=lees_getal(0, 1, "het aandeel kleinschalig"),
        default=s.aandeel_klein,
        help="deel in kleinschalige locaties (< drempel)",
    )
    g.add_argument(
        "--aandeel-fase1",
        type=lees_getal(0, 1, "het aandeel fase 1"),
        default=s.aandeel_fase1,
        help="deel dat er bij de start van fase 2 al is",
    )
    g.add_argument(
        "--locatieduur",
        type=lees_geheel(0, bonus_regels.MAX_JAREN, "een aantal jaren"),
        default=s.locatieduur,
        help="jaren dat locaties open blijven",
    )
    r = p.add_argument_group("bedragen en drempels (standaard volgens de bronnen)")
    for veld, uitleg in (
        ("concept_fase1", "conceptregeling 2023, euro per plek in fase 1"),
        ("concept_fase2", "conceptregeling 2023, euro per plek in fase 2"),
        ("regeling_bedrag", "regeling 2024, euro per plek boven de opgave"),
        ("vng_bedrag", "VNG/IPO, euro per plek boven de opgave (aanname)"),
    ):
        r.add_argument(
            "--" + veld.replace("_", "-"),
            type=lees_geheel(0, bonus_regels.MAX_BEDRAG, "een bedrag in euro"),
            default=getattr(d, veld),
            help=uitleg,
        )
    r.add_argument(
        "--drempel",
        type=lees_geheel(0, bonus_regels.MAX_DREMPEL, "een aantal plekken"),
        default=d.drempel,
        help="minimale locatiegrootte (plekken)",
    )
    r.add_argument(
        "--min-jaren",
        type=lees_geheel(0, bonus_regels.MAX_JAREN, "een aantal jaren"),
        default=d.min_jaren,
        help="minimale duur voor 'duurzaam' (jaren)",
    )
    r.add_argument(
        "--regeling-drempel", action="store_true", help="de drempel geldt ook voor de regeling 2024 (aanname)"
    )
    r.add_argument(
        "--drempel-lezing",
        choices=tuple(bonus_regels.DREMPEL_LEZINGEN),
        default=d.drempel_lezing,
        help="de drempel geldt per locatie of per gemeente (meerdere locaties samen); onduidelijk, aanname",
    )


def bonus_uit(args) -> tuple[bonus_regels.BonusScenario, bonus_regels.BonusParameters]:
    scenario = bonus_regels.BonusScenario(
        soort=args.scenario,
        realisatie=args.realisatie if args.scenario == "uniform" else bonus_regels.BonusScenario.realisatie,
        aandeel_klein=args.aandeel_klein,
        aandeel_fase1=args.aandeel_fase1,
        locatieduur=args.locatieduur,
        nood=args.nood and args.scenario == "huidig",
    )
    parameters = bonus_regels.BonusParameters(
        concept_fase1=args.concept_fase1,
        concept_fase2=args.concept_fase2,
        regeling_bedrag=args.regeling_bedrag,
        vng_bedrag=args.vng_bedrag,
        drempel=args.drempel,
        min_jaren=args.min_jaren,
        regeling_drempel=args.regeling_drempel,
        drempel_lezing=args.drempel_lezing,
    )
    return scenario, parameters


def cmd_bonus(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    verdeling = verdeel(gemeenten, u.parameters())
    scenario, parameters = bonus_uit(args)
    tabel = bonus_regels.uitbetaling(verdeling, bonus_regels.plekken(verdeling, scenario, parameters), parameters)
    if args.niveau == "land":
        schrijf(
            bonus_regels.totalen(tabel),
            ["systeem", "totaal_euro", "gemeenten_met_bonus", "kleine_gemeenten_euro", "moment"],
            args.format,
        )
    elif args.niveau == "provincie":
        schrijf(
            bonus_regels.per_provincie(tabel),
            ["provincie", "opgave", "gerealiseerd", "boven_aantal", *bonus_regels.KOLOMMEN],
            args.format,
        )
    else:
        if args.gemeente:
            tabel = tabel[tabel["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
        schrijf(
            tabel,
            [
                "gemeentecode",
                "gemeentenaam",
                "provincie",
                "inwoners",
                "opgave",
                "gerealiseerd",
                "boven_aantal",
                *bonus_regels.KOLOMMEN,
            ],
            args.format,
        )
    return 0


def opdracht(sub) -> None:
    """De subopdracht `bonus` met haar opties."""
    p = sub.add_parser(
        "bonus",
        help="bonus per gemeente onder elk systeem",
        description="Bonus per gemeente onder de conceptregeling 2023, de regeling 2024 en het VNG/IPO-alternatief.",
    )
    uitgangspunt_opties(p)
    p.add_argument("--niveau", choices=("gemeente", "provincie", "land"), default="gemeente")
    p.add_argument("--gemeente", help="alleen deze gemeente (code of naam)")
    _bonus_opties(p)
    formaat_opties(p)
    p.set_defaults(functie=cmd_bonus)
