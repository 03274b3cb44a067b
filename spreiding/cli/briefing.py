"""python -m spreiding briefing ..."""

from __future__ import annotations

import sys
from pathlib import Path

from ..data import laad_gemeenten
from ..fouten import VerdeelFout
from ..uitgangspunt import MAX_TOTAAL
from .gemeen import (
    gemeentecode,
    lees_geheel,
    provincienaam,
    uitgangspunt_opties,
    uitgangspunt_uit,
)


def cmd_briefing(args) -> int:
    from ..uitvoer import briefing  # lui: fpdf en de lettertypen alleen voor deze opdracht (snelle --help)

    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    if bool(args.gemeente) == bool(args.provincie):
        raise VerdeelFout("Geef --gemeente of --provincie (één van de twee).")
    if args.gemeente:
        inhoud = briefing.gemeente_pdf(
            gemeenten, gemeentecode(args.gemeente, gemeenten), u, verdeelbesluit=args.verdeelbesluit
        )
    else:
        inhoud = briefing.provincie_pdf(gemeenten, provincienaam(args.provincie, gemeenten), u)
    pad = Path(args.o)
    pad.write_bytes(inhoud)
    print(f"Briefing geschreven: {pad} ({len(inhoud) // 1024} KB)", file=sys.stderr)
    return 0


def opdracht(sub) -> None:
    """De subopdracht `briefing` met haar opties."""
    p = sub.add_parser(
        "briefing",
        help="briefing van één pagina (PDF) voor een gemeente of provincie",
        description="Maak een briefing (PDF) voor een gemeente of provincie.",
    )
    uitgangspunt_opties(p)
    p.add_argument("--gemeente", help="gemeentecode of naam")
    p.add_argument("--provincie", help="provincienaam")
    p.add_argument(
        "--verdeelbesluit",
        type=lees_geheel(0, MAX_TOTAAL, "het aantal uit het verdeelbesluit"),
        help="het aantal uit het verdeelbesluit (december 2024) van de gemeente, waar het niet gerapporteerd is",
    )
    p.add_argument("-o", required=True, help="uitvoerbestand (.pdf)")
    p.set_defaults(functie=cmd_briefing)
