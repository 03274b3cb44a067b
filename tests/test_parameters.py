"""De wettelijke en gepubliceerde waarden: elke waarde heeft een bron en een status; citaten staan echt in de
brondocumenten; docs/bronnen.md is bij."""

from __future__ import annotations

import re

import pytest

from spreiding.parameters import PARAMETERS, STATUSSEN, lees
from spreiding.uitvoer.bronnenlijst import markdown
from tests.conftest import BRONDOCUMENTEN, PROJECT


def test_elke_waarde_heeft_bron_en_status():
    alle = PARAMETERS.alle_gegevens()
    assert len(alle) > 40
    for g in alle:
        assert g.status in STATUSSEN, g.sleutel
        assert g.bron.titel and g.bron.uitgever and g.bron.datum, g.sleutel
        assert g.toelichting, g.sleutel


def test_een_waarde_zonder_status_wordt_geweigerd(tmp_path):
    tekst = (PROJECT / "spreiding" / "parameters.toml").read_text(encoding="utf-8")
    kapot = tekst.replace('totaal = { waarde = 96000, status = "C",', 'totaal = { waarde = 96000, status = "X",', 1)
    assert kapot != tekst
    (tmp_path / "p.toml").write_text(kapot, encoding="utf-8")
    with pytest.raises(ValueError, match="status"):
        lees(tmp_path / "p.toml")


def test_bekende_waarden():
    assert PARAMETERS.cycli[1].totaal.waarde == 96_000 and PARAMETERS.cycli[1].amv.waarde == 8_140
    assert PARAMETERS.cycli[2].totaal.waarde == 88_000 and PARAMETERS.wetsvoorstel.totaal.waarde == 77_100
    assert PARAMETERS.gepubliceerd_cyclus1_aantallen()["GM0917"] == 326


def _normaal(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst.replace("\u2019", "'").replace("\u2018", "'").replace("-\n", "")).strip()


@pytest.mark.skipif(
    BRONDOCUMENTEN is None or not BRONDOCUMENTEN.is_dir(), reason="$SPREIDING_BRONDOCUMENTEN wijst geen map aan"
)
def test_citaten_staan_in_de_brondocumenten():
    documenten = {p.name[:3]: _normaal(p.read_text(encoding="utf-8")) for p in BRONDOCUMENTEN.glob("0*.txt")}
    for c in PARAMETERS.citaten.values():
        assert c.bron.bestand, c.sleutel
        assert _normaal(c.tekst) in documenten[c.bron.bestand], c.sleutel


def test_bronnenlijst_is_bij():
    assert (PROJECT / "docs" / "bronnen.md").read_text(encoding="utf-8") == markdown(PARAMETERS), (
        "docs/bronnen.md is niet bij: python -m spreiding bronnen -o docs/bronnen.md"
    )
