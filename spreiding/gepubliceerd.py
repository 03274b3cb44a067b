"""Gepubliceerde gemeentelijke aantallen van cyclus 1 (31 januari 2024), zoals in het nieuws
geciteerd (NOS, RTL, Omroep Brabant, RTV Noord, Binnenlands Bestuur; zie ../shared/DOMAIN.md). [R]

Gebruikt om de SES-factor k te fitten en de verdeling te toetsen. Gemeentecodes: CBS-indeling 2024.
"""

#: Het landelijke totaal waarbij deze aantallen horen (Stcrt. 2024, 3320). [C]
TOTAAL_CYCLUS_1 = 96_000

GEPUBLICEERD_CYCLUS_1: dict[str, tuple[str, int]] = {
    "GM0363": ("Amsterdam", 4_479),
    "GM0599": ("Rotterdam", 2_667),
    "GM0518": ("'s-Gravenhage", 2_513),
    "GM0344": ("Utrecht", 1_988),
    "GM0917": ("Heerlen", 326),
    "GM0377": ("Bloemendaal", 169),
    "GM1696": ("Wijdemeren", 163),
    "GM1950": ("Westerwolde", 131),
    "GM0088": ("Schiermonnikoog", 5),
}


def aantallen() -> dict[str, int]:
    """gemeentecode -> gepubliceerd aantal."""
    return {code: aantal for code, (_, aantal) in GEPUBLICEERD_CYCLUS_1.items()}


def vergelijking(verdeling, totaal: int):
    """Gepubliceerd (cyclus 1) naast het model (zie verdeling.vergelijk_met). Leeg als het landelijke
    totaal niet dat van cyclus 1 is: dan zijn de getallen niet vergelijkbaar."""
    from .verdeling import vergelijk_met

    return vergelijk_met(verdeling, aantallen() if totaal == TOTAAL_CYCLUS_1 else {})
