"""Eén basisklasse voor de Nederlandse foutmeldingen van het pakket.

Elke fout die de gebruiker kan zien (verkeerde invoer, ontbrekende gegevens, een bron die niet klopt) is een
SpreidingFout met een tekst die zegt wat er mis is en wat te doen. App en command line vangen alleen deze
klasse af en tonen de tekst; al het andere is een programmeerfout.
"""

from __future__ import annotations


class SpreidingFout(ValueError):
    """Basis van alle fouten met een Nederlandse melding voor de gebruiker."""


class VerdeelFout(SpreidingFout):
    """Ongeldige parameters of tabel voor een berekening (verdeling, prikkel, bonus, regietafel)."""


class InvoerFout(SpreidingFout):
    """Een geüpload of opgegeven bestand klopt niet."""


class DataFout(SpreidingFout):
    """De verwerkte gegevens in data/ ontbreken of zijn onbruikbaar."""


class BouwFout(SpreidingFout):
    """De bronbestanden voor de databouw zijn niet bruikbaar."""
