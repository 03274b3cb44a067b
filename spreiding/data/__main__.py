"""python -m spreiding.data build --bron MAP [--doel data] [--bevolkingsjaar 2023] [--ses-jaar JAAR]"""

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
    args = parser.parse_args(argv)
    instellingen = BouwInstellingen(bevolkingsjaar=args.bevolkingsjaar, ses_jaar=args.ses_jaar)
    try:
        manifest = bouw(args.bron, args.doel or datamap(), instellingen)
    except BouwFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(f"Klaar: {manifest['gemeenten']} gemeenten in {manifest['provincies']} provincies; "
          f"inwoners per {manifest['inwoners_peildatum']}, SES-WOA {manifest['ses_woa_jaar']}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
