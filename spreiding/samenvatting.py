"""Zinnen om te citeren en de uitleg bij een getal, in het Nederlands, met de getallen van het gekozen scenario.

Pure functies: dezelfde zin op de pagina, in tests en (waar nuttig) op de command line.
"""

from __future__ import annotations

import pandas as pd

from .notatie import euro, getal, plekken, procent
from .parameters import PARAMETERS
from .uitgangspunt import Uitgangspunt

#: Kerncijfers 2021 (CBS) die bij de SES-WOA-score horen, met de richting: +1 = hoger betekent een hogere SES.
KENMERKEN = (
    ("inkomen_per_inwoner", "Inkomen per inwoner", lambda v: euro(round(float(v) * 1000, -2)), +1),
    ("laag_inkomen_pct", "Huishoudens met een laag inkomen", lambda v: procent(v, 1), -1),
    ("opleiding_hoog_pct", "Hoog opgeleid (15–75 jaar)", lambda v: procent(v, 0), +1),
    ("opleiding_laag_pct", "Laag opgeleid (15–75 jaar)", lambda v: procent(v, 0), -1),
    ("arbeidsparticipatie_pct", "Netto arbeidsparticipatie", lambda v: procent(v, 0), +1),
)


def _bron_cijfers(u: Uitgangspunt) -> str:
    if u.is_gepubliceerd:
        return "zoals gepubliceerd door NOS Nieuwsuur (november 2025)"
    if u.cijfers == "gereconstrueerd":
        return "gereconstrueerd; de officiële tabel per gemeente is niet openbaar beschikbaar"
    return f"{u.cijfers}, {u.label}"


def gemeente_zin(u: Uitgangspunt, rij: pd.Series) -> str:
    """Eén citeerbare zin over de opgave van een gemeente en haar huidige plekken."""
    wanneer = {"2": "in de tweede cyclus (2026–2028)", "1": "in de eerste cyclus (2024–2026)"}.get(
        u.code, f"bij {getal(u.totaal)} plekken landelijk"
    )
    zin = (
        f"{rij['gemeentenaam']} ({rij['provincie']}) moet {wanneer} indicatief {plekken(int(rij['opgave']))} voor "
        "asielopvang bieden, "
        f"{getal(rij['per_1000'], 2)} per 1.000 inwoners ({_bron_cijfers(u)})."
    )
    if "regulier" in rij:
        verschil = int(rij["verschil"])
        stand = (
            f"{plekken(abs(verschil))} {'meer dan' if verschil > 0 else 'minder dan'} het aantal"
            if verschil
            else "precies het aantal"
        )
        zin += (
            f" In november 2025 waren er {getal(int(rij['regulier']))} reguliere en {getal(int(rij['nood']))} "
            f"noodplekken: {stand} "
            f"(NOS Nieuwsuur)."
        )
    return zin


def provincie_zin(u: Uitgangspunt, rij: pd.Series) -> str:
    zin = (
        f"De provincie {rij['provincie']} moet samen {plekken(int(rij['opgave']))} bieden, de som van haar "
        f"{int(rij['gemeenten'])} gemeenten "
        f"({_bron_cijfers(u)})."
    )
    if "regulier" in rij:
        zin += (
            f" In november 2025 waren er {getal(int(rij['regulier']))} reguliere en {getal(int(rij['nood']))} "
            "noodplekken: "
            f"{getal(int(rij['verschil']), teken=True)} ten opzichte van de opgave (NOS Nieuwsuur)."
        )
    return zin


def land_zin(u: Uitgangspunt, verdeling: pd.DataFrame) -> str:
    tekort = int((verdeling["verschil"] < 0).sum()) if "verschil" in verdeling else 0
    return (
        f"Landelijk gaat het om {plekken(u.totaal)} ({u.label}). In november 2025 hadden {tekort} van de "
        f"{len(verdeling)} gemeenten "
        f"minder plekken (regulier + nood) dan hun aantal (NOS Nieuwsuur)."
    )


def factor_zin(rij: pd.Series, alpha: float) -> str:
    """Wat de correctiefactor met het getal doet."""
    f = float(rij["correctiefactor"])
    richting = "minder" if f < 1 else "meer"
    effect = "" if alpha == 1 else f" Met sterkte {getal(alpha, 2)} wordt dat × {getal(f**alpha, 3)}."
    return (
        f"De SES-correctie van {rij['gemeentenaam']} is {getal(f, 3)}: de gemeente krijgt "
        f"{getal(abs(f - 1) * 100, 0)} % {richting} plekken "
        f"dan haar inwonertal alleen zou geven (1 = precies naar inwoners).{effect}"
    )


def kerncijfers(rij: pd.Series, nederland: dict) -> list[dict]:
    """De kerncijfers 2021 van de gemeente naast die van Nederland, en of ze op een hogere of lagere SES wijzen
    (verschil van meer dan 3 % van de landelijke waarde)."""
    uit = []
    for kolom, naam, opmaak, teken in KENMERKEN:
        waarde, nl = rij.get(kolom), nederland.get(kolom)
        if waarde is None or nl is None or pd.isna(waarde):
            continue
        relatief = (float(waarde) - float(nl)) / float(nl) * teken
        uit.append(
            {
                "kenmerk": naam,
                "gemeente": opmaak(waarde),
                "nederland": opmaak(nl),
                "wijst_op": "hogere SES" if relatief > 0.03 else "lagere SES" if relatief < -0.03 else "gemiddeld",
            }
        )
    return uit


def kerncijfers_zin(rij: pd.Series, nederland: dict) -> str:
    cijfers = kerncijfers(rij, nederland)
    hoog = sum(c["wijst_op"] == "hogere SES" for c in cijfers)
    laag = sum(c["wijst_op"] == "lagere SES" for c in cijfers)
    f = float(rij["correctiefactor"])
    if not cijfers:
        return "Voor deze gemeente zijn geen kerncijfers beschikbaar."
    past = (f < 1 and laag > hoog) or (f > 1 and hoog > laag)
    return (
        f"Van de {len(cijfers)} kerncijfers wijzen er {hoog} op een hogere en {laag} op een lagere "
        "sociaal-economische status dan "
        f"landelijk; dat {'past bij' if past else 'verklaart niet helemaal'} een factor "
        f"{'onder' if f < 1 else 'boven'} 1. "
        "Het zijn ingrediënten van de SES-WOA-score (CBS, 2021), niet de score zelf."
    )


def wachten_zin(u: Uitgangspunt, naam: str, systeem_label: str, rij: dict, scenario_tekst: str) -> str:
    """Zin over de wachter en de vroege aanbieder onder één systeem."""
    q = int(rij["eerlijk_aandeel"])
    return (
        f"Onder {systeem_label} draagt {naam} bij wachten {plekken(int(rij['last_wachten']))} in plaats van haar "
        "eerlijke aandeel van "
        f"{getal(q)} ({getal(int(rij['gat_wachter']), teken=True)}); biedt zij vroeg haar aandeel aan, dan wordt het "
        f"{plekken(int(rij['last_vroeg']))} ({getal(int(rij['gat_vroeg']), teken=True)}), als {scenario_tekst} "
        f"({u.label}; berekening van dit dashboard)."
    )


def heel_land_zin(systeem_label: str, samen: dict, scenario_tekst: str) -> str:
    return (
        f"Onder {systeem_label} eindigen {samen['onder']} van de {samen['gemeenten']} gemeenten onder hun eerlijke "
        f"aandeel als {scenario_tekst}; "
        f"samen ontlopen zij {plekken(samen['ontlopen'])}, en {samen['vroeg_met_extra_taak']} gemeenten die al vroeg "
        "hun aandeel aanboden, "
        f"krijgen er samen {plekken(samen['extra_taak_vroeg'])} bij (berekening van dit dashboard)."
    )


def bonus_zin(totalen: pd.DataFrame, systemen: dict, grootste: pd.Series | None, scenario_tekst: str) -> str:
    t = totalen.set_index("systeem")
    delen = [
        f"{s.label.split(' (')[0]} {s.werkwoord} {euro(int(t.loc[code, 'totaal_euro']))}"
        for code, s in systemen.items()
    ]
    zin = f"Met {scenario_tekst}: " + "; ".join(delen) + "."
    if grootste is not None:
        bedrag = euro(int(grootste["bonus_regeling"]))
        zin += f" De grootste ontvanger onder de regeling 2024 is {grootste['gemeentenaam']} met {bedrag}."
    return zin + " (Bedragen: gerapporteerd of aanname; berekening van dit dashboard.)"


def regietafel_zin(t) -> str:
    if t.haalt_opgave:
        return (
            f"De gemeenten in {t.provincie} spreken samen {plekken(t.afgesproken)} af, minstens de provinciale opgave "
            f"van {getal(t.opgave)}: "
            "een verdeelbesluit zou niets opleggen."
        )
    return (
        f"De gemeenten in {t.provincie} spreken samen {plekken(t.afgesproken)} af, {getal(t.ontbreekt)} minder dan de "
        f"opgave van {getal(t.opgave)}; "
        f"een verdeelbesluit zou die plekken opleggen aan {int((t.gemeenten['opgelegd'] > 0).sum())} gemeenten onder "
        "hun aantal "
        "(regel zoals in december 2024 toegepast, aanname)."
    )


def plekken_toelichting() -> str:
    p = PARAMETERS.plekken
    return (
        f"Of bestaande plekken meetellen, wordt per locatie bepaald: minstens {p['min_locatie'].waarde} plekken en "
        "minstens "
        f"{p['min_jaren'].waarde} jaar beschikbaar (wet). De gegevens zeggen dat niet; reguliere COA-plekken zijn de "
        "beste benadering "
        "(aanname), noodplekken tellen in de regel niet mee."
    )
