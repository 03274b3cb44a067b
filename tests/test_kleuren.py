"""Kleurschalen van de kaart die bij kleurenblindheid te onderscheiden blijven (WCAG 1.4.1, 1.4.11)."""

from __future__ import annotations

import numpy as np
import pytest

from weergave.figuren import DIVERGEREND, OPLOPEND


def _hex(c: str) -> np.ndarray:
    c = c.lstrip("#")
    return np.array([int(c[i : i + 2], 16) for i in (0, 2, 4)]) / 255


@pytest.mark.parametrize("cvd", ["deuteranomaly", "protanomaly"])
@pytest.mark.parametrize("schaal", [OPLOPEND, DIVERGEREND], ids=["oplopend", "divergerend"])
def test_kleurschalen_bij_kleurenblindheid(schaal, cvd):
    """Maat: de kleurafstand ΔE' in CAM02-UCS tussen naburige klassen van de schaal, na simulatie van volledige
    deuteranopie of protanopie (colorspacious, severity 100). Drempel: 10 (ruim zichtbaar verschil; 1 is net
    merkbaar). Bij de divergerende schaal moeten ook de twee uiteinden (tekort, overschot) minstens 20 verschillen."""
    from colorspacious import cspace_convert

    kleuren = np.array([_hex(c) for _, c in schaal])
    gezien = np.clip(cspace_convert(kleuren, {"name": "sRGB1+CVD", "cvd_type": cvd, "severity": 100}, "sRGB1"), 0, 1)
    jab = cspace_convert(gezien, "sRGB1", "CAM02-UCS")
    naburig = np.linalg.norm(np.diff(jab, axis=0), axis=1)
    assert naburig.min() >= 10, naburig
    if schaal is DIVERGEREND:
        assert np.linalg.norm(jab[0] - jab[-1]) >= 20
