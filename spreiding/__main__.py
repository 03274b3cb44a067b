"""python -m spreiding ... (zie spreiding/cli/)."""

import sys

from .cli import main

sys.exit(main())
