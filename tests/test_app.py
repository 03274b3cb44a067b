"""AppTest van elke pagina en elk bedieningselement, op fictieve gegevens."""

from __future__ import annotations

import json

import pytest

from spreiding.data import laad_gemeenten, laad_grenzen
from spreiding.verdeling import VerdeelParameters, verdeel
from tests.conftest import open_pagina

def grafieken(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def teksten(elementen) -> str:
    return " ".join(str(e.value) for e in elementen)


# ------------------------------------------------------------------ start


def test_start_met_gegevens(met_data):
    at = open_pagina()
    assert at.title[0].value == "De Spreidingswet in cijfers"
    assert "12 gemeenten in 3 provincies" in teksten(at.success)
    assert [m.value for m in at.metric] == ["96.000 plekken", "8.140 plekken", "88.000 plekken"]


def test_start_zonder_gegevens_geeft_melding(tmp_path, monkeypatch):
    monkeypatch.setenv("SPREIDING_DATA", str(tmp_path))
    at = open_pagina()
    assert "nog niet beschikbaar" in teksten(at.warning)


@pytest.mark.parametrize("pagina", ["kaart", "prikkel", "bonus"])
def test_pagina_zonder_of_met_kapotte_gegevens(tmp_path, monkeypatch, pagina):
    monkeypatch.setenv("SPREIDING_DATA", str(tmp_path))
    at = open_pagina(pagina)
    assert "ontbreekt" in teksten(at.error)
    (tmp_path / "gemeenten.parquet").write_bytes(b"kapot")
    (tmp_path / "bronnen.json").write_text("{}")
    at = open_pagina(pagina)
    assert "beschadigd" in teksten(at.error)


# ------------------------------------------------------------------ kaart


def test_kaart_standaard_en_som(met_data):
    at = open_pagina("kaart")
    assert len(grafieken(at)) == 1
    assert at.metric[0].value == "96.000 plekken"
    assert at.query_params["niveau"] == "gemeente" and at.query_params["totaal"] == "96000"
    assert len(at.dataframe[0].value) == 12


def test_kaart_alle_bedieningselementen(met_data):
    at = open_pagina("kaart")
    voor = grafieken(at)[0]
    at.radio(key="niveau").set_value("provincie").run()
    assert len(at.dataframe[0].value) == 3 and at.query_params["niveau"] == "provincie"
    at.radio(key="kleur").set_value("per1000").run()
    assert at.query_params["kleur"] == "per1000" and grafieken(at)[0] != voor
    at.radio(key="cyclus").set_value(at.radio(key="cyclus").options[1]).run()
    assert at.metric[0].value == "88.000 plekken" and at.query_params["totaal"] == "88000"
    at.radio(key="cyclus").set_value("Eigen getal").run()
    at.number_input(key="totaal").set_value(12345).run()
    assert at.metric[0].value == "12.345 plekken"
    at.slider(key="k").set_value(0.5).run()
    assert at.query_params["k"] == "0.5"
    assert not at.exception
    assert at.get("download_button")


def test_kaart_zoeken_met_typefout_zoomt_en_legt_uit(met_data):
    at = open_pagina("kaart")
    heel_land = grafieken(at)[0]["layout"]["map"]["zoom"]
    at.text_input(key="zoek").set_value("testgemente 3").run()
    assert at.query_params["gemeente"] == "GM9003"
    assert "Testgemeente 3" in at.subheader[0].value
    uitleg = teksten(at.markdown)
    assert "Inwoners." in uitleg and "SES-correctie" in uitleg and "Afronding." in uitleg
    # het getal in de kop is dat van de rekenkern
    kern = verdeel(laad_gemeenten(met_data), VerdeelParameters()).set_index("gemeentecode")
    assert f"{kern.loc['GM9003', 'opgave']:,}".replace(",", ".") in at.subheader[0].value
    # de kaart zoomt in op de gemeente: dichterbij, en het middelpunt ligt in haar vak
    kaartlaag = grafieken(at)[0]["layout"]["map"]
    assert kaartlaag["zoom"] > heel_land
    vak = next(f for f in laad_grenzen("gemeente", met_data)["features"] if f["properties"]["code"] == "GM9003")
    lons, lats = zip(*vak["geometry"]["coordinates"][0])
    assert min(lons) < kaartlaag["center"]["lon"] < max(lons) and min(lats) < kaartlaag["center"]["lat"] < max(lats)


def test_kaart_link_reproduceert_beeld(met_data):
    at = open_pagina("kaart", totaal="50000", niveau="provincie", kleur="per1000", gemeente="GM9005", k="0.25")
    assert at.radio(key="niveau").value == "provincie"
    assert at.radio(key="kleur").value == "per1000"
    assert at.slider(key="k").value == 0.25
    assert at.metric[0].value == "50.000 plekken"
    assert "Testgemeente 5" in at.subheader[0].value


@pytest.mark.parametrize(
    "params, melding",
    [
        ({"gemeente": "Atlantis"}, "niet gevonden"),
        ({"niveau": "wijk"}, "het niveau"),
        ({"totaal": "-5"}, "groter dan 0"),
        ({"totaal": "veel"}, "groter dan 0"),
        ({"k": "99"}, "SES-factor"),
    ],
)
def test_kaart_slechte_link_geeft_nederlandse_melding(met_data, params, melding):
    at = open_pagina("kaart", **params)
    assert melding in teksten(at.warning)
    assert at.metric[0].value.endswith("plekken")


# ------------------------------------------------------------------ wachten loont?


def test_prikkel_pagina_en_bedieningselementen(met_data):
    at = open_pagina("prikkel", gemeente="GM9002")
    assert at.selectbox(key="gemeente").value == "GM9002"
    assert len(at.dataframe[0].value) == 4  # één rij per systeem
    curve_voor = grafieken(at)[0]
    at.slider(key="deelname").set_value(90).run()
    assert grafieken(at)[0] != curve_voor and at.query_params["deelname"] == "90"
    at.slider(key="omvang").set_value(50).run()
    at.radio(key="keuze").set_value("grootste").run()
    at.number_input(key="seed")  # uitgeschakeld bij 'grootste', maar aanwezig
    at.radio(key="keuze").set_value("willekeurig").run()
    at.number_input(key="seed").set_value(7).run()
    kaart_voor = grafieken(at)[1]
    at.selectbox(key="systeem").set_value("vng").run()
    assert grafieken(at)[1] != kaart_voor and at.query_params["systeem"] == "vng"
    at.selectbox(key="gemeente").set_value("GM9007").run()
    assert at.query_params["gemeente"] == "GM9007"
    assert not at.exception


def test_prikkel_vng_nooit_wachtvoordeel(met_data):
    at = open_pagina("prikkel", gemeente="GM9004", deelname="70")
    tabel = at.dataframe[0].value.set_index("systeem")
    vng = tabel.loc["VNG/IPO-alternatief (vaste opgave)"]
    assert vng["voordeel_van_wachten"] == 0 and vng["wachten_loont"] == "nee"
    assert tabel.loc["Wetsvoorstel 2023, rest landelijk verdeeld (N)", "wachten_loont"] == "ja"


def test_prikkel_onzinnige_combinatie_en_slechte_link(met_data):
    at = open_pagina("prikkel", deelname="100", omvang="200", gemeente="Nergenshuizen")
    assert "geen restant" in teksten(at.info)
    assert "niet gevonden" in teksten(at.warning)
    at = open_pagina("prikkel", deelname="150", keuze="alle")
    assert "ongeldig" in teksten(at.warning)


# ------------------------------------------------------------------ bonus


def test_bonus_pagina_en_bedieningselementen(met_data):
    at = open_pagina("bonus")
    totalen_voor = [m.value for m in at.metric[:3]]
    at.slider(key="realisatie").set_value(130).run()
    totalen_na = [m.value for m in at.metric[:3]]
    assert totalen_na != totalen_voor and totalen_na[2] != "€ 0"
    for key, waarde in (("klein", 60), ("fase1", 80), ("duur", 10)):
        at.slider(key=key).set_value(waarde).run()
        assert at.query_params[key] == str(waarde)
    for key, waarde in (("b1", 3000), ("b2", 1000), ("br", 1500), ("bv", 2500), ("drempel", 50), ("minduur", 3)):
        at.number_input(key=key).set_value(waarde).run()
        assert at.query_params[key] == str(waarde)
    at.checkbox(key="rdrempel").check().run()
    assert at.query_params["rdrempel"] == "1"
    at.selectbox(key="gemeente").set_value("GM9005").run()
    verschil_voor = grafieken(at)[0]
    at.radio(key="vergelijk").set_value("verschil_vng_min_regeling").run()
    assert grafieken(at)[0] != verschil_voor
    assert not at.exception and at.get("download_button")


def test_bonus_niet_duurzaam_en_link(met_data):
    at = open_pagina("bonus", duur="2", realisatie="150")
    assert "niet duurzaam" in teksten(at.info)
    assert [m.value for m in at.metric[:3]] == ["€ 0", "€ 0", "€ 0"]
    at = open_pagina("bonus", realisatie="abc")
    assert "ongeldig" in teksten(at.warning)


def test_k_blijft_bij_paginawissel(met_data):
    at = open_pagina("kaart")
    at.slider(key="k").set_value(0.5).run()
    at.switch_page("paginas/bonus.py")
    at.run()
    assert at.slider(key="k").value == 0.5
