"""Wat het scherm, de command line en de PDF over een getal zeggen, tegen de bronnen gelegd (issue: bronnen bewaard).

Verwachte waarden komen uit de bronnen (SOURCES.md, de regeling, de brondocumenten) of zijn in de test zelf uit
andere kolommen uitgerekend; nooit uit de code die getest wordt.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pandas as pd
import pytest

from spreiding import prikkel, samenvatting
from spreiding.uitgangspunt import maak
from spreiding.uitvoer.kolommen import KOLOMMEN
from spreiding.verdeling import verdeel
from tests.conftest import alle_tekst, cli, open_pagina


def _csv(uitvoer: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(uitvoer), sep=";", decimal=",")


# ------------------------------------------------------------------ nog te realiseren: provincie en land


def test_provincie_realiseert_over_haar_eigen_totaal():
    uit = cli("verdeling", "--cyclus", "2", "--niveau", "provincie", "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    prov = _csv(uit.stdout).set_index("provincie")
    # uitruil binnen de provincie mag: max(0, opgave − regulier) over het totaal van de provincie
    assert (prov["te_realiseren_na_uitruil"] == (prov["opgave"] - prov["regulier"]).clip(lower=0)).all()
    # officieel gerapporteerd (ANP, 27 februari 2026; grenzendicht_sw2026/SOURCES.md): 0 extra plekken nodig
    assert prov.loc["Groningen", "te_realiseren_na_uitruil"] == 0
    assert prov.loc["Flevoland", "te_realiseren_na_uitruil"] == 0
    # de som van de gemeentelijke tekorten, uit de gemeentetabel uitgerekend, staat ernaast
    gem = _csv(cli("verdeling", "--cyclus", "2", "--format", "csv").stdout)
    tekorten = (gem["opgave"] - gem["regulier"]).clip(lower=0).groupby(gem["provincie"]).sum()
    assert (prov["som_tekorten"] == tekorten.loc[prov.index]).all()
    assert prov.loc["Groningen", "som_tekorten"] > 0  # de gemeenten onder hun opgave missen wel plekken


def test_landelijk_nog_te_realiseren():
    land = _csv(cli("verdeling", "--cyclus", "2", "--niveau", "land", "--format", "csv").stdout).iloc[0]
    # SOURCES.md: som verdeling 88.000, som regulier 47.293 -> 88.000 − 47.293 = 40.707
    assert land["opgave"] == 88_000 and land["regulier"] == 47_293 and land["te_realiseren_na_uitruil"] == 40_707


# ----------------------------------------------------------------------- cyclus 1: gereconstrueerd


def test_cyclus1_draagt_haar_status_en_de_gepubliceerde_opgave():
    tabel = _csv(cli("verdeling", "--cyclus", "1", "--format", "csv").stdout).set_index("gemeentecode")
    assert (tabel["cijfers"] == "gereconstrueerd").all()
    assert tabel.loc["GM0917", "gepubliceerd"] == 326  # Heerlen, zoals in het nieuws geciteerd (DOMAIN)
    assert tabel["gepubliceerd"].notna().sum() == 9  # alleen waar een gepubliceerde opgave bekend is
    records = json.loads(cli("verdeling", "--cyclus", "1", "--gemeente", "Heerlen", "--format", "json").stdout)
    assert records[0]["cijfers"] == "gereconstrueerd" and records[0]["gepubliceerd"] == 326
    scherm = cli("verdeling", "--cyclus", "1", "--gemeente", "Heerlen").stdout
    assert "gereconstrueerd" in scherm and "326" in scherm


# --------------------------------------------------------------------- bonus: aanvragen, met termijn


def test_aanvraagtermijn_op_een_datum():
    voor = samenvatting.aanvraag_zin(date(2025, 6, 1))
    na = samenvatting.aanvraag_zin(date(2026, 12, 2))
    for zin in (voor, na):
        assert "aanvraagt" in zin and "art. 3, tweede tot en met vierde lid" in zin
    assert "vóór 1 februari 2026" in voor and "verstreken" not in voor
    # de termijn zelf, niet de datum van vandaag als 'verstreken op' (issue 32); de datum is afgeleid (issue 31)
    assert "cyclus 1 is verstreken: aanvragen kon tot 1 februari 2026 (datum afgeleid)" in na
    assert "2 december 2026" not in na
    assert "Nu geldt de termijn voor cyclus 2: aanvragen vóór 1 februari 2028" in na


def test_bonuspagina_zegt_wie_aanvraagt_en_tot_wanneer():
    at = open_pagina("bonus", gemeente="GM1950")
    tekst = alle_tekst(at).replace("\xa0", " ")
    assert not re.search(r"hoeft\s+niets\s+aan\s+te\s+vragen", tekst)
    assert "op aanvraag van het college" in tekst and "art. 3, tweede tot en met vierde lid" in tekst
    # welke termijn open is, hangt af van vandaag: lees haar uit de parameters (cycli.toml, bonus_aanvraag), niet uit
    # de code die de zin maakt; zo faalt de test niet vanzelf na 1 februari 2028 (issue 30)
    from spreiding.notatie import datum
    from spreiding.parameters import PARAMETERS

    vandaag = date.today()
    open_ = [t for t in PARAMETERS.bonus_aanvraag if t.voor > vandaag]
    assert ("verstreken" in tekst) == any(t.voor <= vandaag for t in PARAMETERS.bonus_aanvraag)
    if open_:
        assert f"vóór {datum(min(t.voor for t in open_))}" in tekst
    # VNG/IPO: tel- en betaalmoment allebei, en dat het positionpaper er niet eenduidig over is
    assert "bij de start van fase 2" in tekst and "na afloop van fase 2" in tekst and "niet eenduidig" in tekst
    # de drempel: beide lezingen met hun bedrag (standaardinstellingen, huidige reguliere plekken)
    assert "€ 89.525.000" in tekst and "€ 114.312.500" in tekst


def test_briefing_noemt_de_aanvraag(gemeenten):
    from pypdf import PdfReader

    from spreiding.uitvoer import briefing

    pdf = PdfReader(io.BytesIO(briefing.gemeente_pdf(gemeenten, "GM0917", maak("2"))))
    tekst = " ".join(p.extract_text() for p in pdf.pages)
    tekst = re.sub(r"\s+", " ", tekst)
    assert len(pdf.pages) == 1
    assert "aanvragen" in tekst and "art. 3, tweede tot en met vierde lid" in tekst and "vóór 1 februari 2028" in tekst
    assert "hoeft niets" not in tekst and "ambtshalve" not in tekst


# ----------------------------------------------------------------------------------- begrippenlijst


@pytest.mark.parametrize(
    "argumenten",
    [
        ("verdeling", "--cyclus", "2"),
        ("verdeling", "--cyclus", "1", "--niveau", "provincie"),
        ("verdeling", "--niveau", "land"),
        ("prikkel", "--gemeente", "Heerlen"),
        ("prikkel", "--niveau", "land"),
        ("bonus", "--niveau", "gemeente"),
        ("bonus", "--niveau", "provincie"),
        ("bonus", "--niveau", "land"),
        ("regietafel", "--provincie", "Utrecht"),
    ],
    ids=lambda a: " ".join(a),
)
def test_elke_csv_kolom_staat_in_de_begrippenlijst(argumenten):
    uit = cli(*argumenten, "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    kop = uit.stdout.splitlines()[0].split(";")
    assert set(kop) <= set(KOLOMMEN), sorted(set(kop) - set(KOLOMMEN))


def test_excel_koppen_komen_uit_de_begrippenlijst(gemeenten, tmp_path):
    pad = tmp_path / "verslag.xlsx"
    assert cli("regietafel", "--provincie", "Utrecht", "--verslag", str(pad)).returncode == 0
    koppen = {k.kop for k in KOLOMMEN.values()}
    for naam, blad in pd.read_excel(pad, sheet_name=None).items():
        if naam.startswith("Scenario") or naam == "Verslag":  # 'Verslag' is het verslag als tekst, geen tabel
            continue
        assert set(blad.columns) <= koppen, (naam, sorted(set(blad.columns) - koppen))


@pytest.mark.parametrize("pagina", ["kaart", "bonus", "regietafel"])
def test_tabelkoppen_op_het_scherm_komen_uit_de_begrippenlijst(pagina):
    at = open_pagina(pagina, provincie="Groningen")
    koppen = {k.kop for k in KOLOMMEN.values()}
    tabellen = [df.value for df in at.dataframe]
    assert tabellen
    for tabel in tabellen:
        assert set(tabel.columns) <= koppen | set(KOLOMMEN), sorted(set(tabel.columns) - koppen)


def test_hoe_werkt_het_toont_de_begrippenlijst():
    at = open_pagina("hoe_werkt_het")
    tabel = next(df.value for df in at.dataframe if "Begrip" in df.value.columns)
    assert set(tabel["Sleutel"]) == set(KOLOMMEN)
    saldo = tabel.set_index("Sleutel").loc["saldo"]
    assert saldo["Formule"] == "regulier + nood − opgave"


# -------------------------------------------------------------------- neutrale, controleerbare zinnen


def test_zinnen_tellen_reguliere_plekken_en_zeggen_dat(gemeenten):
    u = maak("2")
    v = verdeel(gemeenten, u.parameters()).set_index("gemeentecode")
    zin = samenvatting.gemeente_zin(u, v.loc["GM0917"])
    # Heerlen: opgave 290, 464 regulier (SOURCES.md/NOS): 174 meer; de noodplekken worden apart genoemd
    assert "464 plekken in reguliere opvang: 174 plekken meer dan de opgave" in zin and "niet meetellen" in zin


def test_landelijk_totaal_boven_het_wetsvoorstel_wordt_uitgelegd(gemeenten):
    u = maak("wetsvoorstel")
    v = verdeel(gemeenten, u.parameters())
    aanbod = v["regulier"].to_numpy()
    _, samen = prikkel.heel_land(v, aanbod, "P")
    # met de hand: per provincie draagt men het grootste van opgave en aanbod (restant alleen waar iets ontbreekt)
    verwacht = int(v.groupby("provincie").apply(lambda p: max(p["opgave"].sum(), p["regulier"].sum())).sum())
    assert samen["last"] == verwacht > 77_100
    zin = samenvatting.heel_land_zin("P", samen, "elke gemeente haar reguliere plekken aanbiedt", wetsvoorstel=77_100)
    assert "meer dan de 77.100 van het wetsvoorstel" in zin and "ontlopen" not in zin and "wachtend" not in zin


def test_factor_van_schiermonnikoog_wordt_niet_als_ses_gelezen(gemeenten):
    v = verdeel(gemeenten, maak("2").parameters()).set_index("gemeentecode")
    nederland = samenvatting.nederland_gewogen(gemeenten)
    schier = samenvatting.kerncijfers_zin(v.loc["GM0088"], nederland)
    assert "afronding" in schier and "past bij" not in schier and "verklaart" not in schier
    heerlen = samenvatting.kerncijfers_zin(v.loc["GM0917"], nederland)
    assert "past bij" in heerlen or "verklaart" in heerlen


def test_kerncijfertabel_op_de_kaart_telt_als_de_zin_eronder():
    """De tabel 'Waarom is de factor laag of hoog?' (een Markdown-tabel, issue 34) heeft een regel per kerncijfer en
    wijst even vaak op een lagere SES als de zin eronder zegt; Heerlen (factor onder 1) heeft die kolom."""
    at = open_pagina("kaart", gemeente="GM0917")
    tabel = next(m.value for m in at.markdown if m.value.startswith("| Kenmerk |"))
    regels = [[c.strip() for c in r.strip("|").split("|")] for r in tabel.splitlines()[2:]]
    zin = re.search(r"Van de (\d+) kerncijfers wijzen er (\d+) op een hogere en (\d+) op een lagere", alle_tekst(at))
    assert zin, "de zin over de kerncijfers staat niet op de kaart"
    aantal, hoog, laag = map(int, zin.groups())
    assert len(regels) == aantal > 0
    assert [r[-1] for r in regels].count("lagere SES") == laag and [r[-1] for r in regels].count("hogere SES") == hoog


def _zoals_streamlit_toont(waarde: float, decimalen: int) -> str:
    """Wat st.dataframe (1.67) van een getal met step 10**-decimalen maakt: eerst afkappen op die decimalen (zijn
    functie in DataFrame-*.js, met een kleine marge tegen binaire ruis), dan Intl.NumberFormat('nl-NL')."""
    import math

    r = waarde * 10**decimalen
    afgekapt = math.trunc(r + math.copysign(2**-52 * abs(r) * 10, r)) / 10**decimalen
    return f"{afgekapt:.{decimalen}f}".replace(".", ",")


def test_interactieve_tabel_rondt_af_zoals_de_tekst_en_kapt_niet_af():
    """Beek (L.): 81 plekken op 16.215 inwoners is 4,9954 per 1.000, dus 5,00 (niet 4,99); Heerlen: 290 op 87.461
    is 3,3157, dus 3,32 zoals de ranglijst ernaast (niet 3,31). Uitgerekend met de hand."""
    from weergave import export

    tabel = pd.DataFrame(
        {"gemeentenaam": ["Beek (L.)", "Heerlen"], "per_1000": [81 / 16_215 * 1_000, 290 / 87_461 * 1_000]}
    )
    deel, _ = export.interactief(tabel, ["gemeentenaam", "per_1000"])
    assert [_zoals_streamlit_toont(w, 2) for w in deel["per_1000"]] == ["5,00", "3,32"]


def test_tijdlijn_toont_wettelijke_termijn_en_gerapporteerde_datum():
    tekst = alle_tekst(open_pagina("hoe_werkt_het"))
    assert "vóór 1 november 2026" in tekst and "december 2026" in tekst
    assert "Verdeelbesluit van de minister" in tekst and "eind 2026 (verwacht)" in tekst
    assert "tot 16 april 2026 reiken" in tekst.replace("**", "")


def test_utrecht_letterlijk_geciteerd_zonder_standpunt_dat_zij_niet_inneemt():
    """Issue 31, punten 1 en 13: de regietafel citeert de brief van Utrecht (brondocument 003) letterlijk, uit
    citaten.toml (die test_citaten_staan_in_de_brondocumenten tegen het document toetst), en zegt niet dat Utrecht een
    lezing 'afwijst' of dat zij 'drie knelpunten' noemde of dat het besluit 'leunde op' de opgave."""
    from spreiding.parameters import PARAMETERS
    from spreiding.regietafel import OPLEGGING_UITLEG

    citaat = PARAMETERS.citaten["indicatieve_opgave"].tekst
    assert citaat in OPLEGGING_UITLEG["opgave"] and "wijst" not in OPLEGGING_UITLEG["opgave"]
    at = open_pagina("regietafel")
    tekst = alle_tekst(at)
    for verboden in ("wijst deze lezing af", "drie knelpunten", "leunde op", "primair aan [sloot]"):
        assert verboden not in tekst, verboden
    for sleutel in ("formats", "uitruil", "indicatieve_opgave"):
        assert PARAMETERS.citaten[sleutel].tekst in tekst, sleutel


def test_woorden_van_de_bronnen_en_neutrale_sleutels():
    """Issue 31: punt 2 (de Kamerbrief zegt 'meerjarig beschikbaar', niet 'al jaren bestaan'), punt 12 (de opgave is
    indicatief tot een verdeelbesluit, geen 'moet bieden'), punt 16 ('duurzaam' uit het Besluit, Stb. 2024, 13,
    art. 1.1; geen beladen sleutel 'ontlopen' in de export)."""
    import json

    from spreiding.parameters import PARAMETERS
    from spreiding.uitvoer.kolommen import KOLOMMEN

    teksten_ = [w.toelichting for p in PARAMETERS.parameters.values() for w in p.waarden]
    teksten_ += [p.label for p in PARAMETERS.parameters.values()]
    assert not [t for t in teksten_ if "al jaren" in t]
    assert "meerjarig beschikbaar" in PARAMETERS.parameters["cyclus.meerjarig_bestaand"].label
    assert "moet bieden" not in KOLOMMEN["opgave"].definitie and "indicatief" in KOLOMMEN["opgave"].definitie
    duur = PARAMETERS.parameters["plekken.min_jaren"].referenties[0]
    assert duur.bron.zin == "Stb. 2024, 13" and "art. 1.1" in duur.artikel
    uit = cli("prikkel", "--niveau", "land", "--scenario", "huidig", "--format", "json")
    assert uit.returncode == 0 and "ontlopen" not in json.dumps(json.loads(uit.stdout))
    assert "ontlopen" not in KOLOMMEN


def test_stand_van_de_wet_en_de_tijdlijn_van_cyclus_2():
    """Issue 31, punt 3 van wat te bouwen en punt 3 van de uitspraken: de capaciteitsraming van 27 februari 2026 is
    niet aan de Kamerbrief van 5 februari 2026 toegeschreven; de tijdlijn noemt het verdeelbesluit 'eind 2026', de
    regietafel tot begin december 2026 en de realisatie medio 2027; de stand van de wet noemt het coalitieakkoord
    ('voorlopig in stand', 30 januari 2026)."""
    from spreiding.parameters import PARAMETERS

    stappen = {s.stap: s for s in PARAMETERS.tijdlijn if s.cyclus == "2"}
    raming = stappen["Capaciteitsraming, provinciale opgave en indicatieve verdeling gepubliceerd"]
    assert raming.bron.sleutel != "kamerbrief-2026D05614"
    at = open_pagina("hoe_werkt_het")
    tekst = alle_tekst(at) + " ".join(str(t.value) for t in at.table) + " ".join(str(d.value) for d in at.dataframe)
    for stuk in ("eind 2026", "begin december 2026", "medio 2027", "voorlopig in stand"):
        assert stuk in tekst, stuk


def test_hoe_werkt_het_legt_indicatief_en_bindend_en_160_van_342_uit():
    """Issue 31, punt 1: 'Hoe werkt het' legt uit wat indicatief is en wat bindt, en tegen welke basis '160 van de
    342' (ANP, 27 februari 2026) vergelijkt."""
    tekst = alle_tekst(open_pagina("hoe_werkt_het"))
    assert "Indicatief en bindend" in tekst and "Wat een gemeente bindt, is het verdeelbesluit" in tekst
    assert "160 van de 342" in tekst and "vergelijkt cyclus 2 met het verdeelbesluit van december 2024" in tekst
