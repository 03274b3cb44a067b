"""python -m spreiding.data build --bron MAP [--doel data] [--bevolkingsjaar 2023] [--ses-jaar JAAR] [--zonder-ses]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import datamap
from .bouw import BouwFout, BouwInstellingen, bouw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spreiding.data", description="Bouw de verwerkte gegevens in data/.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    b = sub.add_parser("build", help="bouw data/ uit de bronbestanden")
    b.add_argument("--bron", required=True, type=Path, help="map met de bronbestanden (CBS/PDOK)")
    b.add_argument("--doel", type=Path, default=None, help="doelmap (standaard: data/ of $SPREIDING_DATA)")
    b.add_argument("--bevolkingsjaar", type=int, default=BouwInstellingen.bevolkingsjaar, help="peildatum 1 januari van dit jaar (standaard 2023)")
    b.add_argument("--ses-jaar", type=int, default=None, help="SES-WOA-jaar (standaard het meest recente)")
    b.add_argument("--zonder-ses", action="store_true", help="bouw zonder ses_woa.csv (SES-WOA blijft leeg; verdeling alleen naar inwonertal)")
    args = parser.parse_args(argv)
    instellingen = BouwInstellingen(bevolkingsjaar=args.bevolkingsjaar, ses_jaar=args.ses_jaar, zonder_ses=args.zonder_ses)
    try:
        manifest = bouw(args.bron, args.doel or datamap(), instellingen)
    except BouwFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(f"Klaar: {manifest['gemeenten']} gemeenten in {manifest['provincies']} provincies; "
          f"inwoners per {manifest['inwoners_peildatum']}, "
          + (f"SES-WOA {manifest['ses_woa_jaar']}." if manifest["ses_woa_beschikbaar"] else "zonder SES-WOA."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
