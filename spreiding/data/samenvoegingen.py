"""Gemeentelijke herindelingen tussen de CBS-regio-indelingen 2021 en 2024.

Bron: CBS, "Gemeentelijke indeling op 1 januari 2022/2023" en de herindelingswetten. Gebruikt voor de
Kerncijfers wijken en buurten 2021 (indeling 2021, 352 gemeenten): de oude codes worden expliciet onder de
nieuwe gemeente gebracht, naar inwoners gewogen (zie lezers.kerncijfers_2021).
"""

#: oude gemeentecode -> (nieuwe gemeentecode, datum van de herindeling)
SAMENVOEGINGEN: dict[str, tuple[str, str]] = {
    # Beemster opgegaan in Purmerend (1 januari 2022)
    "GM0370": ("GM0439", "2022-01-01"),
    # Dijk en Waard (1 januari 2022): Heerhugowaard + Langedijk
    "GM0398": ("GM1980", "2022-01-01"),
    "GM0416": ("GM1980", "2022-01-01"),
    # Land van Cuijk (1 januari 2022): Boxmeer, Cuijk, Grave, Mill en Sint Hubert, Sint Anthonis
    "GM0756": ("GM1982", "2022-01-01"),
    "GM1684": ("GM1982", "2022-01-01"),
    "GM0786": ("GM1982", "2022-01-01"),
    "GM0815": ("GM1982", "2022-01-01"),
    "GM1702": ("GM1982", "2022-01-01"),
    # Maashorst (1 januari 2022): Landerd + Uden
    "GM1685": ("GM1991", "2022-01-01"),
    "GM0856": ("GM1991", "2022-01-01"),
    # Weesp opgegaan in Amsterdam (24 maart 2022)
    "GM0457": ("GM0363", "2022-03-24"),
    # Voorne aan Zee (1 januari 2023): Brielle, Hellevoetsluis, Westvoorne
    "GM0501": ("GM1992", "2023-01-01"),
    "GM0530": ("GM1992", "2023-01-01"),
    "GM0614": ("GM1992", "2023-01-01"),
}
