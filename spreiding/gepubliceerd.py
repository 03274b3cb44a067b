"""Gepubliceerde gemeentelijke aantallen van cyclus 1 (31 januari 2024), zoals in het nieuws
geciteerd (NOS, RTL, Omroep Brabant, RTV Noord, Binnenlands Bestuur; zie ../shared/DOMAIN.md). [R]

Gebruikt om de SES-factor k te fitten en de verdeling te toetsen. Gemeentecodes: CBS-indeling 2024.
"""

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


def vergelijkingstabel(verdeling):
    """Gepubliceerd (cyclus 1) naast het model, voor de gemeenten die in `verdeling` voorkomen.
    `verdeling` moet met totaal 96.000 gemaakt zijn."""
    import pandas as pd

    rijen = verdeling.set_index("gemeentecode")
    codes = [c for c in GEPUBLICEERD_CYCLUS_1 if c in rijen.index]
    tabel = pd.DataFrame(
        {
            "gemeentecode": codes,
            "gemeentenaam": [rijen.loc[c, "gemeentenaam"] for c in codes],
            "inwoners": [int(rijen.loc[c, "inwoners"]) for c in codes],
            "gepubliceerd": [GEPUBLICEERD_CYCLUS_1[c][1] for c in codes],
            "model": [int(rijen.loc[c, "opgave"]) for c in codes],
        }
    )
    tabel["verschil_pct"] = (100 * (tabel["model"] / tabel["gepubliceerd"] - 1)).round(1)
    return tabel


def vergelijk(verdeling, totaal: int) -> dict[str, int]:
    """gemeentecode -> gepubliceerd aantal, alleen als het landelijke totaal dat van cyclus 1 is
    (anders zijn de getallen niet vergelijkbaar)."""
    if totaal != 96_000:
        return {}
    codes = set(verdeling["gemeentecode"])
    return {code: aantal for code, aantal in aantallen().items() if code in codes}
