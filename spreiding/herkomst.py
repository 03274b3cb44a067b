"""Waar de cijfers vandaan komen, in woorden, uit de parameters: zo staat geen bronnaam, peilmoment of wettelijk
getal letterlijk in code of op een pagina (tests/test_parameters.py zoekt ernaar)."""

from __future__ import annotations

from .notatie import getal
from .parameters import PARAMETERS


def plekken_peil() -> str:
    """Wanneer de huidige plekken (regulier, nood) gemeten zijn: 'november 2025'."""
    return str(PARAMETERS.plekken["peilmoment"].waarde)


def plekken_bron() -> str:
    """De bron van de huidige plekken in een zin (de `zin` van haar bron in bronnen.toml)."""
    return PARAMETERS.plekken["peilmoment"].bron.vermelding()


def cijfers_bron() -> str:
    """De bron van de gepubliceerde aantallen per gemeente (cyclus 2) in een zin."""
    return PARAMETERS.cycli["2"].bron.vermelding()


def bronregel_plekken(extra: str = "") -> str:
    """'Bron: <bron> (verdeling cyclus 2 en huidige plekken)<extra>', voor onder een figuur."""
    return f"Bron: {cijfers_bron()} (verdeling cyclus 2 en huidige plekken){extra}"


def cycli_in_het_kort() -> str:
    """De drie cycli met hun totaal en de herkomst van hun cijfers, in drie zinnen (voor een helptekst)."""
    c1, c2, w = PARAMETERS.cycli["1"], PARAMETERS.cycli["2"], PARAMETERS.wetsvoorstel
    return (
        f"{c2.kort}: {getal(c2.totaal.waarde)} plekken zoals gepubliceerd ({cijfers_bron()}). "
        f"{c1.kort}: {getal(c1.totaal.waarde)}, gereconstrueerd. "
        f"{w.kort}: {getal(w.totaal.waarde)}, alleen naar inwoners. Eigen totaal: een model."
    )
