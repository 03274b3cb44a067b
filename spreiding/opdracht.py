"""De opdracht die een pagina laat zien: dezelfde getallen met `python -m spreiding ...`, gebouwd uit de
argumenten die de parameterobjecten zelf geven (Uitgangspunt.argumenten(), BonusParameters.argumenten(), ...).
Pagina's gebruiken deze module, niet de command line zelf."""

from __future__ import annotations

import shlex
from collections.abc import Sequence

PROGRAMMA = "python -m spreiding"


def opdracht(subopdracht: str, *delen: str | Sequence[str]) -> str:
    """De command line als tekst: 'python -m spreiding verdeling --cyclus 2 --gemeente GM0917'."""
    argumenten: list[str] = [subopdracht]
    for deel in delen:
        argumenten.extend([deel] if isinstance(deel, str) else list(deel))
    return f"{PROGRAMMA} {shlex.join(argumenten)}"
