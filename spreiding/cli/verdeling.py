"""python -m spreiding verdeling ..."""

from __future__ import annotations

import pandas as pd

from ..data import laad_gemeenten
from ..verdeling import landelijk, per_provincie, verdeel
from .gemeen import (
    GEMEENTE_KOLOMMEN,
    PROVINCIE_KOLOMMEN,
    formaat_opties,
    gemeentecode,
    provincienaam,
    schrijf,
    uitgangspunt_opties,
    uitgangspunt_uit,
)


def cmd_verdeling(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    tabel = verdeel(gemeenten, u.parameters())
    amv = ["opgave_amv"] if u.amv else []
    if args.niveau == "land":
        uit = pd.DataFrame([landelijk(tabel)])
        kolommen = PROVINCIE_KOLOMMEN + amv
    elif args.niveau == "provincie":
        uit = u.met_herkomst(per_provincie(tabel), "provincie", "provincie")
        kolommen = PROVINCIE_KOLOMMEN + amv
        if args.provincie:
            uit = uit[uit["provincie"] == provincienaam(args.provincie, gemeenten)]
    else:
        uit = u.met_herkomst(tabel)
        kolommen = GEMEENTE_KOLOMMEN + amv
        if args.provincie:
            uit = uit[uit["provincie"] == provincienaam(args.provincie, gemeenten)]
        if args.gemeente:
            uit = uit[uit["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
    uit = uit.assign(cijfers=u.cijfers)
    niveau = "gemeente" if args.niveau == "gemeente" else "provincie"
    schrijf(uit.reset_index(drop=True), kolommen + u.herkomstkolommen(niveau), args.format)
    return 0


def opdracht(sub) -> None:
    """De subopdracht `verdeling` met haar opties."""
    p = sub.add_parser(
        "verdeling",
        help="opgave per gemeente of provincie",
        description="Opgave per gemeente of provincie, met de huidige plekken.",
    )
    uitgangspunt_opties(p)
    p.add_argument(
        "--niveau",
        choices=("gemeente", "provincie", "land"),
        default="gemeente",
        help="gemeente, provincie of land (nog te realiseren telt op het niveau zelf; uitruil binnen het niveau mag)",
    )
    p.add_argument("--provincie", help="alleen deze provincie")
    p.add_argument("--gemeente", help="alleen deze gemeente (code of naam)")
    formaat_opties(p)
    p.set_defaults(functie=cmd_verdeling)
