"""python -m spreiding prikkel ..."""

from __future__ import annotations

import json
import sys

from .. import prikkel as prikkel_regels
from ..data import laad_gemeenten
from ..fouten import VerdeelFout
from ..uitvoer.tabellen import json_records
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


def scenario_uit(args) -> prikkel_regels.Scenario:
    return uit_opties(prikkel_regels.Scenario, args)


def cmd_prikkel(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    verdeling = verdeel(gemeenten, u.parameters())
    scenario = scenario_uit(args)
    systemen = [args.systeem] if args.systeem else list(prikkel_regels.SYSTEMEN)
    if args.niveau == "land":
        aanbod = scenario.aanbod(verdeling)
        per_prov, samen = prikkel_regels.heel_land(verdeling, aanbod, args.systeem or prikkel_regels.STANDAARD_SYSTEEM)
        if args.format == "json":
            # per systeem: hoeveel gemeenten in dit scenario onder hun aandeel eindigen (issue 31)
            per_systeem = {
                code: {k: prikkel_regels.heel_land(verdeling, aanbod, code)[1][k] for k in ("onder", "plekken_onder")}
                | {"label": s.label, "gemeenten": samen["gemeenten"]}
                for code, s in prikkel_regels.SYSTEMEN.items()
            }
            json.dump(
                {
                    "totaal": samen.als_dict(),
                    "per_systeem": per_systeem,
                    "provincies": json_records(per_prov, list(per_prov.columns)),
                },
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            kolommen = ["provincie", "wachter", "onder", "plekken_onder", "extra_taak_vroeg", "boven"]
            schrijf(per_prov, kolommen, args.format)
        return 0
    if not args.gemeente:
        raise VerdeelFout("Geef --gemeente (of --niveau land voor heel Nederland).")
    code = gemeentecode(args.gemeente, gemeenten)
    uitkomst = prikkel_regels.wachten_of_vroeg(verdeling, code, scenario.aanbod(verdeling, behalve=code), systemen)
    uitkomst.insert(0, "gemeentecode", code)
    schrijf(
        uitkomst,
        [
            "gemeentecode",
            "systeem",
            "eerlijk_aandeel",
            "last_wachten",
            "last_vroeg",
            "gat_wachter",
            "gat_vroeg",
            "wachten_loont",
        ],
        args.format,
    )
    return 0


def opdracht(sub) -> None:
    """De subopdracht `prikkel` met haar opties."""
    p = sub.add_parser(
        "prikkel",
        help="wachten in fase 1: last bij wachten en bij vroeg aanbieden, per systeem",
        description="Wachten loont? De last van een gemeente als zij wacht en als zij vroeg aanbiedt, per systeem.",
    )
    uitgangspunt_opties(p, "wetsvoorstel")
    p.add_argument("--gemeente", help="gemeentecode of naam")
    p.add_argument(
        "--systeem",
        choices=tuple(prikkel_regels.SYSTEMEN),
        default=None,
        help="P (wetsvoorstel, rest per provincie), N (rest landelijk; P en N zijn twee lezingen, geen van beide "
        "is de wet), VNG (VNG/IPO) of wet (zoals toegepast); zonder: alle",
    )
    p.add_argument(
        "--niveau",
        choices=("gemeente", "land"),
        default="gemeente",
        help="land: per provincie wie onder en boven het eerlijk aandeel eindigt",
    )
    opties_toevoegen(p, prikkel_regels.Scenario, "wat de andere gemeenten in fase 1 aanbieden")
    formaat_opties(p)
    p.set_defaults(functie=cmd_prikkel)
