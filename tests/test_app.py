"""AppTest van elke pagina op de meegeleverde gegevens: de getallen van de rekenkern, links die een weergave
teruggeven, Nederlandse meldingen bij foute links, uploads en kapotte gegevens, en de opdracht op de pagina."""

from __future__ import annotations

import json
import re
import shlex

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto

from spreiding import bonus, opties, prikkel
from spreiding.cli import bonus_uit, maak_parser, scenario_uit, uitgangspunt_uit
from spreiding.notatie import getal
from spreiding.uitgangspunt import maak
from spreiding.verdeling import VerdeelParameters, verdeel
from tests.conftest import PROJECT, alle_tekst, cli, open_pagina, teksten

PAGINAS = [
    "start",
    "gemeente",
    "kaart",
    "wachten",
    "vergelijk",
    "bonus",
    "regietafel",
    "hoe_werkt_het",
    "bronnen",
    "toegankelijkheid",
]


def schoon(at) -> None:
    """Geen uitzondering en geen foutvenster op de pagina."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def grafieken(at) -> list[dict]:
    """De Plotly-figuren op de pagina (weergave/grafiek.py: een component die de figuur als JSON meekrijgt)."""
    return [
        json.loads(json.loads(el.proto.json)["figuur"])
        for el in at.get("bidi_component")
        if el.proto.component_name == "spreiding_grafiek"
    ]


def metriek(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label))


# ------------------------------------------------------------------------------------- alle pagina's


@pytest.mark.parametrize("pagina", PAGINAS)
def test_elke_pagina_zonder_fouten(pagina):
    at = open_pagina(None if pagina == "start" else pagina)
    schoon(at)
    assert at.title and at.title[0].value
    tekst = alle_tekst(at)
    assert "SES-WOA-scores" not in tekst and "geen SES-WOA" not in tekst  # de gegevens missen geen SES-correctie meer
    assert not re.search(r"\b1 plekken\b", tekst) and not re.search(
        r"\b\d{4}-\d{2}-\d{2}\b", tekst
    )  # geen ISO-datums in tekst


def test_start_toont_de_cycli_en_de_toets():
    at = open_pagina()
    assert [m.value for m in at.metric] == ["88.000 plekken", "96.000 plekken", "77.100 plekken"]
    tabel = next(m.value for m in at.markdown if m.value.startswith("| Gemeente |"))
    assert len(tabel.splitlines()) == 2 + 9
    assert "| [Heerlen](gemeente?gemeente=GM0917) | 326 | 317 | −9 | −2,8 % |" in tabel


# --------------------------------------------------------------------------------------------- kaart


def test_kaart_heerlen_cyclus2_zoals_gepubliceerd(gemeenten):
    at = open_pagina("kaart", gemeente="Heerlen")
    schoon(at)
    assert metriek(at, "Opgave") == "290" and metriek(at, "Regulier (nov. 2025)") == "464"
    tekst = alle_tekst(at)
    assert "Heerlen: 290 plekken" in tekst and "NOS Nieuwsuur" in tekst and "Hoe het getal ontstaat" in tekst
    assert "Cyclus 2 (2026–2028), zoals gepubliceerd" in tekst
    # de rangorde: Heerlen is de laagste van 31 in Limburg (3,32 per 1.000), dus vet onderaan met zes erboven
    assert "plaats 31 van 31" in tekst
    buren = next(m.value for m in at.markdown if m.value.startswith("| Plaats | Gemeente |"))
    regels = buren.splitlines()[2:]
    assert [r.split(" | ")[0].strip("|* ") for r in regels] == [str(n) for n in range(25, 32)]
    assert regels[-1] == "| **31** | **[Heerlen](gemeente?gemeente=GM0917)** | **290** | **3,32** |"


def test_kaart_cyclus1_met_gepubliceerd_aantal():
    at = open_pagina("kaart", gemeente="GM0917", cyclus="1")
    schoon(at)
    assert metriek(at, "Opgave") == "317"
    assert "326" in teksten(at.info) and "gereconstrueerd" in alle_tekst(at)


def test_kaart_ses_correctie_naar_nul(gemeenten):
    at = open_pagina("kaart", gemeente="Heerlen")
    at.select_slider(key="alpha").set_value(0.0).run()
    schoon(at)
    alleen_inwoners = (
        verdeel(gemeenten, VerdeelParameters(88_000, 2024, 0.0)).set_index("gemeentecode").loc["GM0917", "opgave"]
    )
    assert (
        metriek(at, "Opgave") == getal(alleen_inwoners) and alleen_inwoners > 400
    )  # Heerlen krijgt zonder correctie veel meer


def test_kaart_verschil_divergerend_rond_nul_en_provinciefilter():
    at = open_pagina("kaart", provincie="Groningen")
    at.selectbox(key="kleur").set_value("saldo").run()
    schoon(at)
    trace = grafieken(at)[0]["data"][0]
    assert trace.get("zmid") == 0 and trace["zmin"] == -trace["zmax"]
    assert len(at.dataframe[-1].value) == 10  # de tabel toont de 10 gemeenten van Groningen (zonder knop)
    at.segmented_control(key="niveau").set_value("provincie").run()
    schoon(at)
    tabel = next(m.value for m in at.markdown if m.value.startswith("| Provincie"))
    assert len(tabel.splitlines()) == 2 + 12 and "| **Groningen** |" in tabel  # 12 provincies, de gekozen vet


def test_kaart_link_geeft_de_weergave_terug():
    at = open_pagina("kaart", gemeente="Zwolle", cyclus="Cyclus 1", kleur="Per 1.000 inwoners", niveau="Provincies")
    schoon(at)
    assert (
        at.session_state["cyclus"] == "1"
        and at.session_state["kleur"] == "per_1000"
        and at.session_state["niveau"] == "provincie"
    )
    assert "Zwolle" in alle_tekst(at)


@pytest.mark.parametrize(
    "params, melding",
    [
        ({"gemeente": "Atlantis"}, "niet gevonden"),
        ({"gemeente": "Bergen"}, "Bergen (NH.), Bergen (L.)"),
        ({"cyclus": "7"}, "geen keuze"),
        ({"cyclus": "eigen", "totaal": "5000000"}, "1 tot 1.000.000"),
        ({"cyclus": "eigen", "totaal": "inf"}, "1 tot 1.000.000"),
        ({"alpha": "99"}, "0,00 tot 1,00"),
        ({"kleur": "paars"}, "geen keuze"),
    ],
)
def test_kaart_foute_link_geeft_nederlandse_melding(params, melding):
    at = open_pagina("kaart", **params)
    schoon(at)
    assert melding in teksten(at.warning)


def test_melding_toont_de_linkwaarde_als_code_en_ingekort():
    """Defect: een afgewezen linkwaarde werd als Markdown in de melding gezet (kop, link, plaatje)."""
    kwaad = "x'\n\n## Let op [Klik](https://e.nl) ![p](http://e.nl/p.png)" + "a" * 10_000
    at = open_pagina("wachten", gemeente=kwaad)
    schoon(at)
    melding = next(w.value for w in at.warning if "Gemeente" in w.value)
    code = re.search(r"`([^`]*)`", melding).group(1)
    assert code.startswith("x' ## Let op [Klik]") and len(code) <= 40 and "\n" not in code
    assert len(melding) < 400


# ------------------------------------------------------------------------------------ wachten loont?


def test_wachten_begint_bij_cyclus_2_zoals_elke_pagina():
    at = open_pagina("wachten", gemeente="Amsterdam")
    schoon(at)
    assert at.session_state["cyclus"] == "2" and at.session_state["systeem"] == "P"
    tekst = alle_tekst(at)
    assert "over *alle* gemeenten" not in tekst and "aanname" in tekst
    assert "standaard)" not in tekst  # P en N zijn twee lezingen, geen van beide de standaard
    assert "Conclusie van dit dashboard, geen citaat" in tekst and "ook die beloont wachten dan" in tekst


def test_wachten_gaten_bewegen_met_de_schuif():
    at = open_pagina("wachten", gemeente="Amsterdam")
    waarden = []
    for deelname in (0, 50, 90):
        at.slider(key="deelname").set_value(deelname).run()
        schoon(at)
        waarden.append((metriek(at, "Wachten"), metriek(at, "Vroeg aanbieden")))
        wachten = next(m for m in at.metric if m.label.startswith("Wachten"))
        if wachten.delta.startswith("−"):  # onder het aandeel: pijl omlaag (was een pijl omhoog bij '−')
            assert wachten.proto.direction == MetricProto.MetricDirection.DOWN
    assert len(set(waarden)) == 3


def test_wachten_heel_nederland_zonder_gemeente():
    at = open_pagina("wachten")
    schoon(at)
    tekst = alle_tekst(at)
    # vier systemen naast elkaar; VNG/IPO en de wet zoals toegepast: niemand onder zijn aandeel, dus geen grafiek
    assert tekst.count("gemeenten eindigen onder hun aandeel") == 2 and tekst.count("wachten loont hier niet") == 2
    assert len(grafieken(at)) == 2


def test_wachten_volledige_upload_crasht_niet(gemeenten):
    """Defect: een upload met alle 342 codes gaf een alleen-lezen array en de pagina viel om."""
    inhoud = ("gemeentecode;aanbod\n" + "\n".join(f"{c};10" for c in gemeenten["gemeentecode"])).encode()
    at = open_pagina("wachten", gemeente="Utrecht")
    at.file_uploader(key="upload_aanbod").upload("alle.csv", inhoud, "text/csv").run()
    schoon(at)
    assert "Aanbod uit het bestand gebruikt" in teksten(at.success)


@pytest.mark.parametrize(
    "inhoud, melding",
    [
        (b"", "leeg"),
        (b"gemeentecode;aanbod\nGM0363;inf\n", "eindig"),
        (b"gemeentecode;aanbod\nGM0363;1e30\n", "groter dan"),
        (b"\x89PNG\r\n", "geen tekstbestand"),
    ],
)
def test_wachten_foute_upload(inhoud, melding):
    at = open_pagina("wachten", gemeente="Utrecht")
    voor = metriek(at, "Wachten")
    at.file_uploader(key="upload_aanbod").upload("f.csv", inhoud, "text/csv").run()
    schoon(at)
    assert melding in teksten(at.warning) and metriek(at, "Wachten") == voor


# --------------------------------------------------------------------------------------------- bonus


def test_bonus_standaard_huidige_plekken():
    at = open_pagina("bonus", gemeente="Westerwolde")
    schoon(at)
    assert metriek(at, "Regeling 2024: betaalt") == "€\u00a04.310.000"  # 2.155 plekken boven het aantal x € 2.000
    tekst = alle_tekst(at)
    assert "zou betalen" in tekst and "ambtshalve" in tekst and "geen voorstander" in tekst and "woordvoerder" in tekst


def test_bonus_vng_met_het_deel_bij_de_start_van_fase2():
    at = open_pagina("bonus", scenario_b="Zelfde realisatie voor iedereen", realisatie="130")
    schoon(at)
    voor = metriek(at, "VNG/IPO-alternatief")
    at.slider(key="fase1").set_value(0).run()
    assert metriek(at, "VNG/IPO-alternatief") == "€\u00a00" != voor


def test_bonus_foute_bedragen_zichtbaar_buiten_ingeklapt_paneel():
    at = open_pagina("bonus", br="1e30", drempel="abc")
    schoon(at)
    assert "Regeling 2024" in teksten(at.warning) and "Drempel" in teksten(at.warning)
    paneel = next(e for e in at.expander if e.label.startswith("Bedragen"))
    assert paneel.proto.expanded  # het paneel met de meldingen staat open


# ---------------------------------------------------------------------------------------- regietafel


def test_regietafel_uitruil_verandert_de_stand():
    at = open_pagina("regietafel", provincie="Utrecht")
    schoon(at)
    assert metriek(at, "Ontbreekt") == "4.192"
    tabel = at.data_editor[0].value
    rij = {c: i for i, c in enumerate(tabel["gemeentecode"])}
    key = "editor_Utrecht_0"  # sleutel van de bewerkbare tabel (versie 0: nog niet opnieuw begonnen)
    # uitruil: Utrecht (stad) neemt 2.500 (657 meer dan haar aantal), Zeist 431 -> 500
    at.session_state[key] = {
        "edited_rows": {rij["GM0344"]: {"afspraak": 2500}, rij["GM0355"]: {"afspraak": 500}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    schoon(at)
    assert metriek(at, "Afgesproken en beginwaarden") == getal(3_350 - 962 + 2_500 - 431 + 500)
    # 4.957 afgesproken tegen 7.542: een tekort, dus rood en omlaag (Nederlands minteken, niet '-')
    afgesproken = next(m for m in at.metric if m.label == "Afgesproken en beginwaarden")
    assert afgesproken.delta == "−2.585 t.o.v. opgave"
    assert afgesproken.proto.color == MetricProto.MetricColor.RED
    assert afgesproken.proto.direction == MetricProto.MetricDirection.DOWN
    assert metriek(at, "Ontbreekt") == getal(7_542 - (3_350 - 962 + 2_500 - 431 + 500))
    assert "Meer dan de eigen opgave" in alle_tekst(at) and "Utrecht (+657)" in alle_tekst(at)


@pytest.mark.parametrize(
    "pagina,params",
    [("regietafel", {"provincie": "Utrecht"}), ("kaart", {"gemeente": "GM0363"}), ("bonus", {"provincie": "Utrecht"})],
)
def test_getallen_in_interactieve_tabellen_in_nederlandse_notatie(pagina, params):
    """Elke getalkolom van st.dataframe en st.data_editor laat de browser opmaken in Nederlandse notatie ('localized'
    of 'euro' met de taal op nl, weergave/intern/getalnotatie.py): een printf-opmaak als '%d' toont 4089 in plaats van
    4.089, de standaard van Streamlit 4,089 in een Engelstalige browser."""
    at = open_pagina(pagina, **params)
    configs = [json.loads(d.proto.columns) for d in at.dataframe if d.proto.columns]
    getalkolommen = {
        f"{naam} ({instelling.get('label')})": instelling.get("type_config", {}).get("format")
        for config in configs
        for naam, instelling in config.items()
        if instelling.get("type_config", {}).get("type") == "number"
    }
    assert getalkolommen, f"geen getalkolommen gevonden op {pagina}"
    assert {k: f for k, f in getalkolommen.items() if f not in ("localized", "euro")} == {}


def test_regietafel_foute_upload_laat_de_tabel_staan():
    at = open_pagina("regietafel", provincie="Utrecht")
    voor = at.data_editor[0].value.copy()
    at.file_uploader(key="upload_afspraken_Utrecht").upload(
        "f.csv", b"gemeentecode;afspraak\nGM0363;5\nGM0344;-1\nGM0344;1,5\n", "text/csv"
    ).run()
    schoon(at)
    waarschuwing = teksten(at.warning)
    assert "Regel 2" in waarschuwing and "Regel 3" in waarschuwing and "Regel 4" in waarschuwing
    assert at.data_editor[0].value.equals(voor)


def test_regietafel_link_met_afspraken():
    at = open_pagina("regietafel", provincie="Utrecht", afspraken="GM0344:2000,GM9999:5")
    schoon(at)
    assert metriek(at, "Afgesproken en beginwaarden") == getal(3_350 - 962 + 2_000) and "GM9999" in teksten(at.warning)


# -------------------------------------------------------------------------- de opdracht op de pagina


def _opdracht(at) -> list[str]:
    tekst = next(m.value for m in at.markdown if "python -m spreiding" in m.value)
    return shlex.split(tekst.strip("`"))[3:]


def test_opdracht_op_de_kaart_is_de_pagina():
    at = open_pagina("kaart", gemeente="Heerlen", cyclus="Cyclus 1", alpha="0,50")
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    assert uitgangspunt_uit(args) == maak("1", alpha=0.5)
    uit = cli(*_opdracht(at), "--format", "json")
    assert json.loads(uit.stdout)[0]["opgave"] == int(metriek(at, "Opgave").replace(".", ""))


def test_opdracht_op_wachten_is_de_pagina():
    at = open_pagina("wachten", gemeente="Utrecht", deelname="70", keuze="de grootste gemeenten")
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    assert uitgangspunt_uit(args) == maak("2") and scenario_uit(args) == prikkel.Scenario(
        deelname=0.7, keuze="grootste"
    )
    uit = json.loads(cli(*_opdracht(at), "--systeem", "P", "--format", "json").stdout)[0]
    assert getal(uit["last_wachten"]) == metriek(at, "Wachten")


def test_opdracht_op_bonus_is_de_pagina():
    at = open_pagina("bonus", br="1.500", klein="40")
    schoon(at)
    args = maak_parser().parse_args(_opdracht(at))
    scenario, parameters = bonus_uit(args)
    assert parameters == bonus.BonusParameters(regeling_bedrag=1500) and scenario == bonus.BonusScenario(
        aandeel_klein=0.4
    )
    uit = json.loads(cli(*_opdracht(at), "--format", "json").stdout)
    regeling = next(r for r in uit if r["systeem"] == "regeling")
    assert "€\u00a0" + getal(regeling["totaal_euro"]) == metriek(at, "Regeling 2024")


# ----------------------------------------------------------------------------------------- storingen


@pytest.mark.parametrize("pagina", ["start", "kaart", "wachten", "bonus", "regietafel"])
def test_ontbrekende_gegevens_geven_een_nederlandse_pagina(tmp_path, monkeypatch, pagina):
    monkeypatch.setenv("SPREIDING_DATA", str(tmp_path))
    at = open_pagina(None if pagina == "start" else pagina)
    schoon(at)
    assert "kunnen niet worden geladen" in teksten(at.warning) and "python -m spreiding.data build" in teksten(
        at.warning
    )
    assert str(tmp_path) not in teksten(at.warning)
    assert not at.success  # niet ook nog "342 gemeenten" in het groen


def test_kapotte_tabel_en_ontbrekende_grenzen(tmp_path, monkeypatch):
    import shutil

    shutil.copytree(PROJECT / "data", tmp_path / "data")
    monkeypatch.setenv("SPREIDING_DATA", str(tmp_path / "data"))
    (tmp_path / "data" / "gemeenten.geojson").unlink()
    at = open_pagina("kaart", gemeente="Heerlen")
    schoon(at)
    assert "kaart kan niet worden getekend" in teksten(at.warning) and metriek(at, "Opgave") == "290"  # de rest blijft
    (tmp_path / "data" / "gemeenten.parquet").write_bytes(b"PAR1 kapot")
    at = open_pagina()
    assert "beschadigd" in teksten(at.warning) and not at.success


# -------------------------------------------------------------------------------- willekeurige links


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PARAMETERS_PER_PAGINA = {
    "kaart": ["gemeente", "provincie", "cyclus", "alpha", "totaal", "peildatum", "niveau", "kleur"],
    "wachten": [
        "gemeente",
        "cyclus",
        "totaal",
        "systeem",
        *(o.url for _, o in opties.velden(prikkel.Scenario)),
        "seed",  # de oude naam van toevalsstart
    ],
    "bonus": [
        "gemeente",
        "provincie",
        "cyclus",
        "alpha",
        *(o.url for _, o in opties.velden(bonus.BonusScenario)),
        *(o.url for _, o in opties.velden(bonus.BonusParameters)),
        *("scenario_b", "b1", "br", "bv", "minjaren", "rdrempel", "nood_b"),  # oude namen (vóór december 2026)
    ],
    "regietafel": ["provincie", "cyclus", "alpha", "begin", "afspraken"],
}
WAARDEN = st.one_of(
    st.sampled_from(
        [
            "inf",
            "-inf",
            "nan",
            "1e309",
            "-1e309",
            "-5",
            "0",
            "",
            " ",
            "9" * 25,
            "1.000",
            "0,5",
            "GM0363",
            "Cyclus 2",
            "eigen",
            "True",
            "💥",
            "<script>alert(1)</script>",
            "[x](http://e.nl)",
            "## kop",
            "%00",
            "\u202e",
        ]
    ),
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-(10**20), 10**20).map(str),
)


@settings(
    max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_geen_link_laat_een_pagina_omvallen(data):
    """Elke parameter van elke pagina met een willekeurige waarde: geen uitzondering, geen foutvenster; en een van
    de parameters krijgt een waarde die altijd wordt afgewezen ('💥' en willekeurige tekst): die geeft een zichtbare
    Nederlandse melding met de waarde erin."""
    pagina = data.draw(st.sampled_from(list(PARAMETERS_PER_PAGINA)))
    namen = data.draw(st.lists(st.sampled_from(PARAMETERS_PER_PAGINA[pagina]), min_size=1, max_size=3, unique=True))
    params = {n: data.draw(WAARDEN).replace("\x00", "") for n in namen}
    altijd_zichtbaar = [n for n in namen if n not in ALLEEN_IN_EEN_WEERGAVE and n != "totaal"]
    fout = data.draw(st.sampled_from(altijd_zichtbaar)) if altijd_zichtbaar else None
    if fout:
        params[fout] = "💥" + data.draw(
            st.text(alphabet=st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=20)
        )
    at = open_pagina(pagina, **params)
    schoon(at)
    assert at.title
    if fout:
        assert any("💥" in w for w in teksten(at.warning)), (fout, params)


#: Parameters waarvan de widget er alleen in een bepaalde weergave staat, met die weergave.
ALLEEN_IN_EEN_WEERGAVE = {
    "peildatum": {"cyclus": "eigen"},
    "nood": {"scenario": "huidig"},
    "realisatie": {"gerealiseerd": "uniform"},
    "begin": {"provincie": "Utrecht"},
    "afspraken": {"provincie": "Utrecht"},
}


@pytest.mark.parametrize(
    "pagina, naam",
    [(p, n) for p, namen in PARAMETERS_PER_PAGINA.items() for n in namen if n != "totaal"],
)
def test_afgewezen_linkwaarde_geeft_zichtbare_melding(pagina, naam):
    # sommige widgets staan er alleen in een bepaalde weergave: die weergave erbij
    nodig = ALLEEN_IN_EEN_WEERGAVE.get(naam, {})
    at = open_pagina(pagina, **{**nodig, naam: "💥"})
    schoon(at)
    assert "💥" in teksten(at.warning), naam


@pytest.mark.parametrize(
    "pagina, params",
    [("kaart", {"cyclus": "eigen", "totaal": "💥"}), ("wachten", {"cyclus": "eigen", "totaal": "💥"})],
)
def test_afgewezen_totaal_geeft_zichtbare_melding(pagina, params):
    at = open_pagina(pagina, **params)
    schoon(at)
    assert "💥" in teksten(at.warning)


# ------------------------------------------------------ issue 31: wat nu gevraagd wordt, met de basis erbij


@pytest.mark.parametrize(
    ("params", "label", "waarde", "nu"),
    [
        # Utrecht: verdeelbesluit 1.946 gerapporteerd (DUIC, december 2024), cyclus 2 1.843 (NOS): −103
        ({"gemeente": "GM0344"}, "Cyclus 2 t.o.v. het verdeelbesluit van december 2024", "−103", "1.946 plekken"),
        # Heerlen met een ingevoerd besluit van 300: 290 − 300 = −10, en het heet 'ingevoerd'
        (
            {"gemeente": "GM0917", "verdeelbesluit": "300"},
            "Cyclus 2 t.o.v. het verdeelbesluit van december 2024",
            "−10",
            "300 plekken",
        ),
        # zonder verdeelbesluit: de basis is de gereconstrueerde indicatieve opgave van januari 2024 (317): −27
        (
            {"gemeente": "GM0917"},
            "Cyclus 2 t.o.v. de indicatieve opgave van januari 2024 (gereconstrueerd)",
            "−27",
            None,
        ),
    ],
)
def test_mijn_gemeente_noemt_wat_nu_gevraagd_wordt_en_de_basis(params, label, waarde, nu):
    at = open_pagina("gemeente", **params)
    schoon(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics.get(label) == waarde, metrics
    assert "Cyclus 2 t.o.v. cyclus 1" not in metrics  # een vergelijking zonder basis
    tekst = alle_tekst(at)
    if nu:
        assert f"Wat nu gevraagd wordt: {nu}" in tekst
        assert ("(ingevoerd)" in tekst) == ("verdeelbesluit" in params)
    else:
        assert "Wat nu gevraagd wordt:" not in tekst.replace("Wat nu gevraagd wordt: het aantal", "")


def test_kaart_noemt_het_verdeelbesluit_naast_de_indicatieve_opgave():
    # Wassenaar: verdeelbesluit 930 (gerapporteerd, RD begin 2025) tegen een indicatieve opgave van 150 in cyclus 2
    at = open_pagina("kaart", gemeente="GM0629")
    schoon(at)
    tekst = alle_tekst(at)
    assert "Wat nu gevraagd wordt: 930 plekken" in tekst and "Wassenaar: 150 plekken" in tekst


def test_regietafel_noemt_beginwaarden_geen_afspraken_en_de_aanname_van_de_extra_plekken():
    """Issue 31, punten 14 en 10: zonder ingevoerde regels zijn de plekken van november 2025 beginwaarden, geen
    afspraken; met 'tellen mee' staat de aanname (1:1) waar het totaal verandert."""
    at = open_pagina("regietafel", provincie="Utrecht")
    schoon(at)
    labels = [m.label for m in at.metric]
    assert "Beginwaarden (nog niets afgesproken)" in labels and "Afgesproken" not in labels
    assert "spreken minder af" not in alle_tekst(at) and "onder hun opgave (beginwaarden)" in alle_tekst(at)
    met = open_pagina("regietafel", provincie="Utrecht", extra="true")
    assert "één op één mee als asielopvangplek" in alle_tekst(met)
    assert "één op één" not in alle_tekst(at)


def test_mijn_gemeente_bonus_met_aannames_en_afgeleide_data():
    """Issue 31, punten 5 en 6 (en 32: geen 'verstreken op' met de datum van vandaag): de termijnen zeggen dat hun
    datum is afgeleid, de bedragen staan naast hun aannames, en nooit ingevoerde systemen 'zouden' betalen."""
    at = open_pagina("gemeente", gemeente="GM0917")
    schoon(at)
    tekst = alle_tekst(at)
    assert "(datum afgeleid)" in tekst and "verstreken op" not in tekst
    assert "20 % in kleinschalige locaties" in tekst and "het bedrag is een aanname" in tekst
    assert "VNG/IPO, voorstel, nooit ingevoerd: zou betalen" in [m.label for m in at.metric]
    assert "zou tellen" in tekst and "telt bij de start van fase 2, betaalt" not in tekst


def test_wachten_noemt_vng_ipo_een_voorstel():
    """Issue 31, punt 7: het VNG/IPO-alternatief is een voorstel (brondocument 000), geen gerapporteerd feit."""
    at = open_pagina("wachten")
    schoon(at)
    regels = [str(m.value) for m in at.markdown if "VNG/IPO" in str(m.value) and "badge[" in str(m.value)]
    assert regels and all("badge[voorstel]" in r for r in regels), regels
    assert not any("VNG/IPO" in r and "badge[gerapporteerd]" in r for r in regels)


def test_wachten_zegt_waarom_p_de_standaard_is():
    """Issue 31, punt 8: geen 'zonder voorkeur' terwijl P de standaard is; de passage van de Rijksoverheid
    (24 maart 2023) staat erbij als reden."""
    at = open_pagina("wachten")
    schoon(at)
    tekst = alle_tekst(at)
    assert "zonder voorkeur" not in tekst
    assert "in provincieverband onder wettelijke taak verdelen" in tekst and "de standaard" in tekst


def test_bonus_drempel_standaard_per_gemeente_met_de_passages():
    """Issue 31, punt 9: de passages neigen naar 'per gemeente'; dat is de standaard, met de passages erbij, en de
    lezing per locatie staat ernaast."""
    at = open_pagina("bonus")
    schoon(at)
    lezing = next(r for r in at.radio if r.label.startswith("De drempel van"))
    assert lezing.value == "gemeente"
    tekst = alle_tekst(at)
    assert "minimaal 100 plekken in een gemeente" in tekst and "meerdere locaties binnen een gemeente" in tekst


def _onder_per_systeem(*args: str) -> dict[str, int]:
    import json

    uit = cli("prikkel", "--niveau", "land", "--cyclus", "2", *args, "--format", "json")
    assert uit.returncode == 0, uit.stderr
    return {k: v["onder"] for k, v in json.loads(uit.stdout)["per_systeem"].items()}


@pytest.mark.parametrize(
    ("link", "argumenten"),
    [
        ({"scenario": "huidig"}, ("--scenario", "huidig")),
        ({"deelname": "90", "omvang": "150"}, ("--deelname", "0.9", "--omvang", "1.5")),
    ],
)
def test_wachten_telt_voor_het_scenario_op_het_scherm(link, argumenten):
    """Issue 31, punt 4: de conclusie per systeem is voor het scenario op het scherm berekend; de command line geeft
    per systeem hetzelfde aantal gemeenten onder hun aandeel (twee scenario's)."""
    import re as _re

    verwacht = _onder_per_systeem(*argumenten)
    at = open_pagina("wachten", **link)
    schoon(at)
    tekst = alle_tekst(at)
    gezien = {int(n) for n in _re.findall(r"(\d+) van de 342 gemeenten eindigen onder hun aandeel", tekst)}
    assert gezien and gezien <= set(verwacht.values()), (gezien, verwacht)
