"""python -m spreiding bronnen ..."""

from __future__ import annotations

import sys
from pathlib import Path

from ..parameters import PARAMETERS


def cmd_bronnen(args) -> int:
    from ..uitvoer.bronnenlijst import markdown  # lui: alleen voor deze opdracht (snelle --help)

    tekst = markdown(PARAMETERS)
    if args.o:
        Path(args.o).write_text(tekst, encoding="utf-8")
    else:
        sys.stdout.write(tekst)
    return 0


def opdracht(sub) -> None:
    """De subopdracht `bronnen` met haar opties."""
    p = sub.add_parser(
        "bronnen",
        help="de bronnenlijst (docs/bronnen.md) uit spreiding/parameters/*.toml",
        description="Schrijf de bronnenlijst als Markdown.",
    )
    p.add_argument("-o", help="uitvoerbestand (standaard: scherm)")
    p.set_defaults(functie=cmd_bronnen)
