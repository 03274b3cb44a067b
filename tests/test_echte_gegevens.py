"""De meegeleverde gegevens in data/ (CBS-bevolking 1-1-2023, CBS/PDOK-grenzen 2024, geen SES-WOA).

De verwachte waarden zijn openbare feiten die los van deze code te controleren zijn: het CBS-landtotaal,
het aantal gemeenten per provincie in de indeling 2023/2024, en met de hand uitgerekende quota.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pandas as pd
import pytest

from spreiding.data import PROJECTMAP, laad_gemeenten, laad_grenzen, laad_manifest
from spreiding.gepubliceerd import aantallen, vergelijking
from spreiding.verdeling import VerdeelFout, VerdeelParameters, fit_k, verdeel
from tests.conftest import PROJECT, open_pagina

DATA = PROJECTMAP / "data"

#: CBS: 342 gemeenten (indeling 2023 = 2024), zo verdeeld over de provincies.
GEMEENTEN_PER_PROVINCIE = {
    "Drenthe": 12, "Flevoland": 6, "Fryslân": 18, "Gelderland": 51, "Groningen": 10, "Limburg": 31,
    "Noord-Brabant": 56, "Noord-Holland": 44, "Overijssel": 25, "Utrecht": 26, "Zeeland": 13, "Zuid-Holland": 50,
}
INWONERS_NL_2023 = 17_811_291  # CBS, bevolking op 1 januari 2023


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SPREIDING_DATA"}  # de meegeleverde data/
    return subprocess.run([sys.executable, "-m", "spreiding", *args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def gemeenten() -> pd.DataFrame:
    return laad_gemeenten(DATA)


def test_gemeenten_provincies_en_bevolking(gemeenten):
    assert len(gemeenten) == 342 and gemeenten["gemeentecode"].is_unique
    assert gemeenten.groupby("provincie").size().to_dict() == GEMEENTEN_PER_PROVINCIE
    assert gemeenten["inwoners"].sum() == INWONERS_NL_2023
    inwoners = gemeenten.set_index("gemeentecode")["inwoners"]
    assert inwoners["GM0363"] == 918_117 and inwoners["GM0088"] == 982  # Amsterdam, Schiermonnikoog
    assert set(gemeenten["inwoners_peildatum"]) == {"2023-01-01"}
    assert gemeenten["ses_woa"].isna().all()


def test_grenzen_horen_bij_de_tabel(gemeenten):
    codes = {f["properties"]["code"] for f in laad_grenzen("gemeente", DATA)["features"]}
    assert codes == set(gemeenten["gemeentecode"])
    assert {f["properties"]["code"] for f in laad_grenzen("provincie", DATA)["features"]} == set(GEMEENTEN_PER_PROVINCIE)
    manifest = laad_manifest(DATA)
    assert manifest["ses_woa_beschikbaar"] is False
    assert all(b["licentie"] == "CC BY 4.0" for b in manifest["bronnen"])


@pytest.mark.parametrize("totaal", ["96000", "88000", "12345"])
def test_command_line_342_gemeenten_en_12_provincies_tellen_op(totaal):
    uit = cli("verdeling", "--totaal", totaal, "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    assert "geen SES-WOA" in uit.stderr  # de gebruiker hoort dat k = 0 is gebruikt
    tabel = pd.read_csv(io.StringIO(uit.stdout))
    assert len(tabel) == 342 and tabel["opgave"].sum() == int(totaal)
    prov = pd.read_csv(io.StringIO(cli("verdeling", "--totaal", totaal, "--niveau", "provincie", "--format", "csv").stdout))
    assert len(prov) == 12 and prov["opgave"].sum() == int(totaal)
    # provinciale opgave = som van haar gemeenten
    assert prov.set_index("provincie")["opgave"].to_dict() == tabel.groupby("provincie")["opgave"].sum().to_dict()


def test_zonder_ses_is_een_ses_factor_een_duidelijke_fout():
    uit = cli("verdeling", "--ses-factor", "1")
    assert uit.returncode == 2 and "geen SES-WOA-scores" in uit.stderr and "Traceback" not in uit.stderr


def test_met_de_hand_naar_inwonertal(gemeenten):
    tabel = verdeel(gemeenten, VerdeelParameters(totaal=96_000, ses_factor=0)).set_index("gemeentecode")
    # 96.000 x 918.117 / 17.811.291 = 4.948,5; 96.000 x 367.947 / 17.811.291 = 1.983,2; 96.000 x 982 / 17.811.291 = 5,29
    assert abs(tabel.loc["GM0363", "opgave"] - 4948.5) <= 0.5
    assert tabel.loc["GM0344", "opgave"] == 1983
    assert tabel.loc["GM0088", "opgave"] == 5


def test_fit_tegen_de_gepubliceerde_aantallen(gemeenten):
    """Zonder SES-WOA kan k niet worden gefit (alleen k = 0 is geldig). Het verschil met de gepubliceerde
    aantallen volgt dan de richting van de SES-correctie: lage SES (Heerlen) krijgt in werkelijkheid
    minder dan naar inwonertal, hoge SES (Bloemendaal, Wijdemeren) meer."""
    k, fit = fit_k(gemeenten, aantallen())
    assert k == 0.0 and len(fit) == 9
    tabel = vergelijking(verdeel(gemeenten, VerdeelParameters(ses_factor=0)), 96_000).set_index("gemeentenaam")
    assert tabel.loc["Heerlen", "model"] > tabel.loc["Heerlen", "gepubliceerd"]
    assert tabel.loc["Bloemendaal", "model"] < tabel.loc["Bloemendaal", "gepubliceerd"]
    assert tabel.loc["Wijdemeren", "model"] < tabel.loc["Wijdemeren", "gepubliceerd"]
    assert tabel.loc["Schiermonnikoog", "model"] == tabel.loc["Schiermonnikoog", "gepubliceerd"] == 5
    with pytest.raises(VerdeelFout, match="geen SES-WOA"):
        verdeel(gemeenten, VerdeelParameters(ses_factor=0.5))


# ------------------------------------------------------------------ de app op de echte gegevens


@pytest.fixture()
def echte_data(monkeypatch):
    monkeypatch.delenv("SPREIDING_DATA", raising=False)


def test_kaart_zoekt_den_bosch_en_waarschuwt_voor_ontbrekende_ses(echte_data):
    at = open_pagina("kaart", k="1")
    waarschuwingen = " ".join(w.value for w in at.warning)
    assert "geen SES-WOA-scores" in waarschuwingen and "k = 0 wordt gebruikt" in waarschuwingen
    assert not at.sidebar.slider  # geen k-regelaar zonder scores
    at.text_input(key="zoek").set_value("den bosch").run()
    assert at.query_params["gemeente"] == "GM0796"
    kern = verdeel(laad_gemeenten(DATA), VerdeelParameters(ses_factor=0)).set_index("gemeentecode")
    assert at.subheader[0].value == f"'s-Hertogenbosch: {kern.loc['GM0796', 'opgave']} plekken"
    assert "Niet toegepast" in " ".join(m.value for m in at.markdown)
    at.radio(key="niveau").set_value("provincie").run()
    assert not at.exception


def test_kaart_gepubliceerd_aantal_naast_model(echte_data):
    at = open_pagina("kaart", gemeente="Heerlen")
    assert "326" in " ".join(i.value for i in at.info)


def test_startpagina_toont_toets_tegen_gepubliceerde_aantallen(echte_data):
    at = open_pagina()
    assert "342 gemeenten in 12 provincies" in " ".join(s.value for s in at.success)
    tabel = at.dataframe[0].value
    assert list(tabel["gemeentenaam"])[:2] == ["Amsterdam", "Rotterdam"] and len(tabel) == 9


@pytest.mark.parametrize("pagina", ["prikkel", "bonus"])
def test_andere_paginas_op_echte_gegevens(echte_data, pagina):
    at = open_pagina(pagina, gemeente="Utrecht")
    assert "geen SES-WOA-scores" in " ".join(w.value for w in at.warning)
