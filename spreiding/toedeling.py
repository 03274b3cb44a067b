"""Bouwstenen om een aantal plekken toe te delen: naar rato per groep, en naar rato met een plafond.

Gedeeld door de prikkel (fase 2 van het wetsvoorstel, VNG/IPO, de wet zoals toegepast) en de regietafel
(wat een verdeelbesluit zou opleggen). Alles per groep (meestal de provincie) en in hele plekken met de
grootste-overschotmethode, zodat sommen exact kloppen.
"""

from __future__ import annotations

import numpy as np

from .verdeling import grootste_overschot_per_groep


def naar_rato_per_groep(w: np.ndarray, rest: np.ndarray, groep: np.ndarray) -> np.ndarray:
    """Per groep g het aantal rest[g] naar gewicht w over de leden van g (onafgerond). Een groep zonder
    gewicht krijgt niets."""
    w = np.asarray(w, dtype=float)
    rest = np.asarray(rest, dtype=float)
    som = np.bincount(groep, weights=w, minlength=rest.size)
    veilig = np.where(som > 0, som, 1.0)
    return np.where(som[groep] > 0, rest[groep] * w / veilig[groep], 0.0)


def begrensd(totaal: float, w: np.ndarray, plafond: np.ndarray) -> np.ndarray:
    """Verdeel `totaal` naar gewicht w, maar niemand boven zijn plafond; wat niet past gaat naar de anderen
    (waterpeil). Het resultaat telt op tot min(totaal, som plafond)."""
    w = np.asarray(w, dtype=float)
    plafond = np.asarray(plafond, dtype=float)
    uit = np.zeros(plafond.size)
    actief = (plafond > 0) & (w > 0)
    rest = min(float(totaal), float(plafond[actief].sum()))
    while rest > 1e-9 and actief.any():
        deel = np.zeros(plafond.size)
        deel[actief] = rest * w[actief] / w[actief].sum()
        ruimte = plafond - uit
        vol = actief & (deel >= ruimte - 1e-12)
        if not vol.any():
            uit += deel
            break
        rest -= float(ruimte[vol].sum())
        uit[vol] = plafond[vol]
        actief &= ~vol
    if rest > 1e-9 and not actief.any():  # alleen gemeenten met plafond maar zonder gewicht over: naar plafond
        over = plafond - uit
        uit += np.where(over > 0, rest * over / max(over.sum(), 1e-12), 0.0)
    return np.minimum(uit, plafond)


def begrensd_per_groep(totalen: np.ndarray, w: np.ndarray, plafond: np.ndarray, groep: np.ndarray) -> np.ndarray:
    """`begrensd` binnen elke groep g met totalen[g]."""
    uit = np.zeros(np.asarray(plafond).size)
    for g in np.flatnonzero(np.asarray(totalen) > 0):
        leden = np.flatnonzero(groep == g)
        uit[leden] = begrensd(float(totalen[g]), np.asarray(w)[leden], np.asarray(plafond)[leden])
    return uit


def heel_per_groep(quota: np.ndarray, groep: np.ndarray, groepen: int) -> np.ndarray:
    """Rond quota per groep af op hele plekken; elke groep krijgt samen de afgeronde som van haar quota."""
    totalen = np.rint(np.bincount(groep, weights=quota, minlength=groepen)).astype(np.int64)
    return grootste_overschot_per_groep(np.maximum(quota, 0.0), totalen, groep)
