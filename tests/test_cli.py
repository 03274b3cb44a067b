"""De command line: dezelfde getallen als de pagina's, Nederlandse meldingen, nooit een traceback."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spreiding.cli import maak_parser, main
from tests.conftest import PROJECT, cli

GEMEENTE_KOLOMMEN = [
    "gemeentecode",
    "gemeentenaam",
    "provincie",
    "inwoners",
    "correctiefactor",
    "opgave",
    "regulier",
    "nood",
    "saldo",
]


def _csv(uitvoer: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(uitvoer), sep=";", decimal=",")


def test_cyclus2_csv_is_de_gepubliceerde_tabel(gemeenten):
    uit = cli("verdeling", "--cyclus", "2", "--format", "csv")
    assert uit.returncode == 0, uit.stderr
    tabel = _csv(uit.stdout)
    assert set(GEMEENTE_KOLOMMEN) <= set(tabel.columns) and len(tabel) == 342 and tabel["opgave"].sum() == 88_000
    gepubliceerd = gemeenten.set_index("gemeentecode")["opgave_cyclus2"]
    assert (tabel.set_index("gemeentecode")["opgave"] == gepubliceerd.loc[tabel["gemeentecode"]].to_numpy()).all()
    assert (tabel["saldo"] == tabel["regulier"] + tabel["nood"] - tabel["opgave"]).all()
    ruw = pd.read_csv(PROJECT / "bronnen" / "ruw" / "nos_cyclus2" / "cyclus2.csv", sep=";")
    assert dict(zip(tabel["gemeentecode"], tabel["opgave"])) == dict(zip(ruw["gemeentecode"], ruw["opgave"]))


def test_provincies_en_eigen_totaal():
    tabel = _csv(cli("verdeling", "--cyclus", "1", "--niveau", "provincie", "--format", "csv").stdout)
    assert (
        {"provincie", "opgave", "regulier", "nood", "saldo"} <= set(tabel.columns)
        and tabel["opgave"].sum() == 96_000
        and len(tabel) == 12
    )
    eigen = _csv(
        cli("verdeling", "--totaal", "12.345", "--peildatum", "2023", "--alpha", "0", "--format", "csv").stdout
    )
    assert eigen["opgave"].sum() == 12_345


def test_tabel_in_nederlandse_notatie():
    uit = cli("verdeling", "--cyclus", "2", "--gemeente", "Den Haag").stdout
    assert "'s-Gravenhage" in uit and "2.306" in uit and "566.221" in uit


def test_prikkel_en_bonus_opties():
    uit = json.loads(
        cli("prikkel", "--gemeente", "Amsterdam", "--systeem", "P", "--deelname", "0.9", "--format", "json").stdout
    )
    assert uit[0]["systeem"] == "P" and uit[0]["gat_wachter"] < 0 < uit[0]["gat_vroeg"]
    land = json.loads(
        cli("prikkel", "--niveau", "land", "--scenario", "huidig", "--systeem", "VNG", "--format", "json").stdout
    )
    assert land["totaal"]["extra_taak_vroeg"] == 0 and len(land["provincies"]) == 12
    bonus = _csv(cli("bonus", "--niveau", "land", "--format", "csv").stdout).set_index("systeem")["totaal_euro"]
    assert bonus["regeling"] > 0 and bonus["concept"] > 0
    a = _csv(
        cli(
            "bonus",
            "--scenario",
            "uniform",
            "--realisatie",
            "1.1",
            "--aandeel-fase1",
            "0",
            "--niveau",
            "land",
            "--format",
            "csv",
        ).stdout
    )
    b = _csv(
        cli(
            "bonus",
            "--scenario",
            "uniform",
            "--realisatie",
            "1.1",
            "--aandeel-fase1",
            "1",
            "--niveau",
            "land",
            "--format",
            "csv",
        ).stdout
    )
    assert a.set_index("systeem").loc["vng", "totaal_euro"] == 0 < b.set_index("systeem").loc["vng", "totaal_euro"]


def test_help_documenteert_de_nieuwe_opties():
    for sub, opties in (
        ("prikkel", ["--scenario", "--systeem", "huidig", "VNG"]),
        ("bonus", ["--scenario", "--aandeel-fase1", "--regeling-drempel"]),
        ("verdeling", ["--cyclus", "--alpha", "--peildatum"]),
        ("regietafel", ["--afspraken", "--verslag", "alle"]),
    ):
        tekst = cli(sub, "--help").stdout
        assert all(o in tekst for o in opties) and "Gebruik:" in tekst, sub


def test_regietafel_json(tmp_path):
    (tmp_path / "a.csv").write_text(
        "gemeentecode;afspraak;toelichting\nGM0344;2000;uitruil met Zeist\n", encoding="utf-8"
    )
    uit = cli("regietafel", "--provincie", "Utrecht", "--afspraken", str(tmp_path / "a.csv"), "--format", "json")
    assert uit.returncode == 0, uit.stderr
    data = json.loads(uit.stdout)
    assert {"provincie", "opgave", "afgesproken", "ontbreekt", "gemeenten"} <= set(data)
    assert data["opgave"] == 7_542 and {"gemeentecode", "opgave", "afspraak", "opgelegd"} <= set(data["gemeenten"][0])
    utrecht = next(g for g in data["gemeenten"] if g["gemeentecode"] == "GM0344")
    assert utrecht["afspraak"] == 2000 and utrecht["toelichting"] == "uitruil met Zeist"
    assert data["afgesproken"] + sum(g["opgelegd"] for g in data["gemeenten"]) == data["opgave"]


@pytest.mark.parametrize(
    "args, melding",
    [
        (["verdeling", "--totaal", "inf"], "geen geheel getal"),
        (["verdeling", "--totaal", "-inf"], "verwacht een waarde"),
        (["verdeling", "--totaal", "1e309"], "geen geheel getal"),
        (["verdeling", "--totaal", "0"], "tussen 1 en 1.000.000"),
        (["verdeling", "--alpha", "nan"], "tussen 0 en 1"),
        (["verdeling", "--cyclus", "2", "--totaal", "5"], "niet allebei"),
        (["prikkel", "--gemeente", "Bergen"], "Bedoelde u"),
        (["prikkel", "--gemeente", "Atlantis"], "Onbekende gemeente"),
        (["regietafel", "--provincie", "Brabant-Noord"], "Onbekende provincie"),
        (["briefing", "-o", "x.pdf"], "--gemeente of --provincie"),
        (["regietafel", "--provincie", "Utrecht", "--afspraken", "bestaat-niet.csv"], "kan niet worden gelezen"),
    ],
)
def test_foute_invoer_geeft_nederlandse_melding(args, melding):
    uit = cli(*args)
    assert uit.returncode == 2 and melding in uit.stderr and "Traceback" not in uit.stderr


TEKENS = st.one_of(
    st.sampled_from(
        ["inf", "-inf", "nan", "1e309", "-5", "0", "", " ", "9" * 30, "1.000", "1,5", "GM0363", "💥", "\x00"]
    ),
    st.text(max_size=12),
    st.floats().map(str),
    st.integers(-(10**12), 10**12).map(str),
)
OPTIES = [
    ("verdeling", "--totaal"),
    ("verdeling", "--alpha"),
    ("verdeling", "--gemeente"),
    ("verdeling", "--provincie"),
    ("prikkel", "--gemeente"),
    ("prikkel", "--deelname"),
    ("prikkel", "--omvang"),
    ("prikkel", "--seed"),
    ("bonus", "--realisatie"),
    ("bonus", "--regeling-bedrag"),
    ("bonus", "--drempel"),
    ("bonus", "--locatieduur"),
    ("regietafel", "--provincie"),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(optie=st.sampled_from(OPTIES), waarde=TEKENS)
def test_geen_traceback_bij_welke_waarde_ook(optie, waarde, capsys):
    """Elke optie met een willekeurige waarde: exitcode 0 of 2, bij 2 een Nederlandse melding, nooit een traceback."""
    sub, naam = optie
    args = [sub, f"{naam}={waarde}"] + (["--gemeente", "GM0363"] if sub == "prikkel" and naam != "--gemeente" else [])
    if sub == "regietafel":
        args += ["--format", "json"]
    try:
        code = main(args)
    except SystemExit as einde:  # argparse
        code = einde.code
    fout = capsys.readouterr().err
    assert code in (0, 2), (args, code)
    if code == 2:
        assert "Fout:" in fout, (args, fout)
    assert "Traceback" not in fout


def test_parser_kent_alle_opdrachten():
    assert set(maak_parser()._subparsers._group_actions[0].choices) == {
        "verdeling",
        "vergelijk",
        "prikkel",
        "bonus",
        "regietafel",
        "briefing",
        "bronnen",
    }
