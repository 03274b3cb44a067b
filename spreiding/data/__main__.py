"""python -m spreiding.data build [--bron ../shared/data/raw] [--doel data]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..fouten import BouwFout
from . import datamap
from .bouw import STANDAARD_BRON, bouw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spreiding.data", description="Bouw de verwerkte gegevens in data/.")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    b = sub.add_parser("build", help="bouw data/ uit de ruwe bronbestanden")
    b.add_argument("--bron", type=Path, default=STANDAARD_BRON, help=f"map met de ruwe bestanden (standaard {STANDAARD_BRON})")
    b.add_argument("--doel", type=Path, default=None, help="doelmap (standaard: data/ of $SPREIDING_DATA)")
    args = parser.parse_args(argv)
    try:
        manifest = bouw(args.bron, args.doel or datamap())
    except BouwFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    print(f"Klaar: {manifest['gemeenten']} gemeenten in {manifest['provincies']} provincies, uit {len(manifest['bronnen'])} bronbestanden.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
