"""Het beeld van de kaartpagina bij één uitgangspunt, niveau en provincie: de verdeling, de tabel met de herkomst van
de cijfers en elke tekst die van het uitgangspunt afhangt, in één keer gemaakt (issue 30).

De pagina en de kaart lezen alleen dit object; zo reist een andere cyclus één keer omlaag naar spreiding/ in plaats
van voor elk label, elke bronregel en elke command line apart. weergave/laden.py bewaart één beeld per keuze, gedeeld
tussen bezoekers (niet veranderen).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from .parameters import Bron, Gegeven
from .samenvatting import land_vergelijking, land_zin
from .uitgangspunt import Uitgangspunt
from .verdeling import VerdeelParameters, in_provincie, landelijk, per_provincie


@dataclass(frozen=True, eq=False)
class Kaartbeeld:
    """Wat de kaartpagina over één uitgangspunt zegt (`maak`). `tabel` is de tabel van de pagina: per provincie, of
    de gemeenten van de provincie (of van heel Nederland), met de kolommen over de herkomst; `extra_kolommen` zijn
    de kolommen die het uitgangspunt daaraan toevoegt (amv waar bekend, cijfers, gepubliceerd, verdeelbesluit)."""

    verdeling: pd.DataFrame
    tabel: pd.DataFrame
    label: str
    toelichting: str
    bestandsdeel: str
    parameters: VerdeelParameters
    bronnen: tuple[Bron, ...]
    argumenten: tuple[str, ...]
    extra_kolommen: tuple[str, ...]
    gepubliceerd: Mapping[str, int]  # gemeentecode -> gepubliceerde opgave [R] (cyclus 1), anders leeg
    nog_nodig: Mapping[str, Gegeven]  # provincie -> 'nog nodig' volgens het ministerie [R], anders leeg
    land_zin: str
    land_vergelijking: str


def maak(
    u: Uitgangspunt,
    verdeel: Callable[[VerdeelParameters], pd.DataFrame],
    niveau: str,
    provincie: str | None = None,
) -> Kaartbeeld:
    """Het beeld bij `u`; `verdeel` geeft de verdeling bij de parameters (de app geeft haar gedeelde, gecachete
    verdeling, zodat die niet per beeld opnieuw wordt berekend). `provincie` beperkt de gemeentetabel."""
    parameters = u.parameters()
    verdeling = verdeel(parameters)
    if niveau == "provincie":
        tabel = u.met_herkomst(per_provincie(verdeling), "provincie", "provincie")
    else:
        tabel = u.met_herkomst(in_provincie(verdeling, provincie))
    land = landelijk(verdeling)
    return Kaartbeeld(
        verdeling=verdeling,
        tabel=tabel,
        label=u.label,
        toelichting=u.toelichting(),
        bestandsdeel=u.bestandsdeel,
        parameters=parameters,
        bronnen=tuple(u.bronnen()),
        argumenten=tuple(u.argumenten()),
        extra_kolommen=(("opgave_amv",) if u.amv else ()) + tuple(u.herkomstkolommen(niveau)),
        gepubliceerd=u.gepubliceerd(),
        nog_nodig=u.nog_nodig(),
        land_zin=land_zin(u, verdeling, land),
        land_vergelijking=land_vergelijking(land, u.parameters_cyclus),
    )
