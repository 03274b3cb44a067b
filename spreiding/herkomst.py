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
    return PARAMETERS.gepubliceerde_cyclus.bron.vermelding()


def bronregel_plekken(extra: str = "") -> str:
    """'Bron: <bron> (verdeling cyclus 2 en huidige plekken)<extra>', voor onder een figuur."""
    return (
        f"Bron: {cijfers_bron()} (verdeling {PARAMETERS.gepubliceerde_cyclus.kort.lower()} en huidige plekken){extra}"
    )


def cycli_in_het_kort() -> str:
    """De cycli met hun totaal en de herkomst van hun cijfers, een zin per cyclus (voor een helptekst)."""
    w = PARAMETERS.wetsvoorstel
    zinnen = [
        f"{c.kort}: {getal(c.totaal.waarde)} plekken zoals gepubliceerd ({cijfers_bron()})."
        if c.is_gepubliceerd
        else f"{c.kort}: {getal(c.totaal.waarde)}, gereconstrueerd."
        for c in PARAMETERS.cycli_nieuwste_eerst
    ]
    return " ".join(zinnen) + f" {w.kort}: {getal(w.totaal.waarde)}, alleen naar inwoners. Eigen totaal: een model."
