"""python -m spreiding.data build [--bron bronnen/ruw] [--doel data]
python -m spreiding.data uittreksel --van PAD/gemeenten.json   (eenmalig: het uittreksel van cyclus 2 opnieuw maken)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..fouten import BouwFout
from ..parameters import PARAMETERS
from . import PROJECTMAP, STATISCH, datamap
from .bouw import bouw
from .bronbestanden import BRONNEN, STANDAARD_BRON
from .lezers import uittreksel_nos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spreiding.data", description="Bouw de verwerkte gegevens in data/."
    )
    sub = parser.add_subparsers(dest="opdracht", required=True)
    b = sub.add_parser("build", help="bouw data/ uit de ruwe bronbestanden")
    b.add_argument(
        "--bron", type=Path, default=STANDAARD_BRON, help=f"map met de ruwe bestanden (standaard {STANDAARD_BRON})"
    )
    b.add_argument("--doel", type=Path, default=None, help="doelmap (standaard: data/ of $SPREIDING_DATA)")
    u = sub.add_parser("uittreksel", help="maak bronnen/ruw/nos_cyclus2/cyclus2.csv uit de kopie van de NOS-grafiek")
    u.add_argument("--van", type=Path, required=True, help="grenzendicht data/gemeenten.json (commit a058780f)")
    u.add_argument("--bron", type=Path, default=STANDAARD_BRON, help="map met de CBS-inwoners 2024 en de uitvoer")
    args = parser.parse_args(argv)
    try:
        if args.opdracht == "uittreksel":
            paden = {b.sleutel: args.bron / b.pad for b in BRONNEN}
            aantal = uittreksel_nos(
                args.van, paden["cyclus2"], paden["inwoners2024"], int(PARAMETERS.gepubliceerde_cyclus.totaal.waarde)
            )
            print(f"Klaar: {aantal} gemeenten in {paden['cyclus2']}.")
            return 0
        # de kopie voor de browser alleen bij de eigen data/ (niet bij --doel of $SPREIDING_DATA)
        eigen = args.doel is None and datamap() == PROJECTMAP / "data"
        manifest = bouw(args.bron, args.doel or datamap(), statisch=STATISCH if eigen else None)
    except BouwFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(
        f"Klaar: {manifest['gemeenten']} gemeenten in {manifest['provincies']} provincies, uit "
        f"{len(manifest['bronnen'])} bronbestanden."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
