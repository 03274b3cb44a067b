"""Command line: python -m spreiding {verdeling,vergelijk,prikkel,bonus,regietafel,briefing,bronnen} ...

Dezelfde functies en parameterobjecten als de app, dus dezelfde getallen: elke pagina toont de opdracht die zij uit
haar eigen parameterobjecten maakt (spreiding.opdracht). Elke opdracht staat in haar eigen module in deze map, met
haar opties (`opdracht(sub)`) en haar uitvoering (`cmd_...`); wat ze delen staat in gemeen.py. Fouten geven een
Nederlandse melding op stderr en exitcode 2, nooit een traceback.
"""

from __future__ import annotations

import sys

from ..fouten import SpreidingFout
from ..opdracht import PROGRAMMA
from . import bonus, briefing, bronnen, prikkel, regietafel, verdeling, vergelijk
from .bonus import bonus_uit
from .gemeen import Parser, uitgangspunt_uit
from .prikkel import scenario_uit

OPDRACHTEN = (verdeling, vergelijk, prikkel, bonus, regietafel, briefing, bronnen)


def maak_parser() -> Parser:
    parser = Parser(
        prog=PROGRAMMA,
        description="Spreidingswet in cijfers: verdeling, vergelijk, prikkel, bonus, regietafel, briefing en bronnen.",
    )
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=Parser, metavar="OPDRACHT")
    for module in OPDRACHTEN:
        module.opdracht(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = maak_parser().parse_args(argv)
    try:
        return args.functie(args)
    except SpreidingFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # bijv. `| head`
        return 0
    except OSError as fout:
        print(f"Fout: bestand kan niet worden geschreven of gelezen ({fout.strerror}).", file=sys.stderr)
        return 2


__all__ = ["OPDRACHTEN", "bonus_uit", "maak_parser", "main", "scenario_uit", "uitgangspunt_uit"]
