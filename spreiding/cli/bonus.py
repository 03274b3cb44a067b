"""python -m spreiding bonus ..."""

from __future__ import annotations

from .. import bonus as bonus_regels
from ..data import laad_gemeenten
from ..verdeling import verdeel
from .gemeen import (
    formaat_opties,
    gemeentecode,
    opties_toevoegen,
    schrijf,
    uit_opties,
    uitgangspunt_opties,
    uitgangspunt_uit,
)


def bonus_uit(args) -> tuple[bonus_regels.BonusScenario, bonus_regels.BonusParameters]:
    return uit_opties(bonus_regels.BonusScenario, args), uit_opties(bonus_regels.BonusParameters, args)


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
    opties_toevoegen(p, bonus_regels.BonusScenario, "welke plekken gerealiseerd zijn (scenario)")
    opties_toevoegen(p, bonus_regels.BonusParameters, "bedragen en drempels (standaard volgens de bronnen)")
    formaat_opties(p)
    p.set_defaults(functie=cmd_bonus)
