"""python -m spreiding ... (zie spreiding/cli.py)."""

import sys

from .cli import main

sys.exit(main())
