"""De databouw: uit fictieve ruwe bestanden, in een verse kloon uit bronnen/ruw/ waarde-gelijk aan de meegeleverde
data/, en elke fout een Nederlandse melding waarbij data/ onaangeroerd blijft."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from spreiding.data import DataFout, laad_gemeenten, laad_grenzen, laad_manifest
from spreiding.data.bouw import BouwFout, bouw
from tests.conftest import PROJECT


def test_bouw_uit_fictieve_bronnen(bron, tmp_path):
    raw, controles = bron
    manifest = bouw(raw, tmp_path / "data", controles)
    tabel = laad_gemeenten(tmp_path / "data")
    assert len(tabel) == 12 and manifest["provincies"] == 3
    assert tabel["opgave_cyclus2"].sum() == 1_200
    # correctiefactor = (100 / 1.200) / (inwoners / som): met de hand voor GM1992 (10.100 van 187.200 inwoners in 2024)
    assert (
        abs(tabel.set_index("gemeentecode").loc["GM1992", "correctiefactor"] - (100 / 1_200) / (10_100 / 187_200))
        < 1e-12
    )
    # de drie oude codes van Voorne aan Zee zijn samengevoegd, naar inwoners gewogen (inkomen 30, 31, 32)
    voorne = tabel.set_index("gemeentecode").loc["GM1992"]
    assert voorne["kerncijfers_samengevoegd"] == "GM0501,GM0530,GM0614"
    assert abs(voorne["inkomen_per_inwoner"] - (30 * 3334 + 31 * 3333 + 32 * 3333) / 10_000) < 1e-9
    assert {b["sleutel"] for b in manifest["bronnen"]} >= {"cyclus2", "inwoners2024", "grenzen"}
    assert all(len(b["sha256"]) == 64 and b["licentie"] and b["peildatum"] for b in manifest["bronnen"])
    assert {f["properties"]["code"] for f in laad_grenzen("provincie", tmp_path / "data")["features"]} == {
        "Noord",
        "Midden",
        "Zuid",
    }


def test_bouw_zet_de_grenzen_ook_waar_de_browser_ze_haalt(bron, tmp_path):
    """Met `statisch` schrijft de bouw de twee grensbestanden byte voor byte ook daar (static/grenzen/ van de app)."""
    raw, controles = bron
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "gemeenten.geojson").write_text("oud")  # een oude kopie wordt vervangen
    bouw(raw, tmp_path / "data", controles, statisch=tmp_path / "static")
    for naam in ("gemeenten.geojson", "provincies.geojson"):
        assert (tmp_path / "static" / naam).read_bytes() == (tmp_path / "data" / naam).read_bytes(), naam
    assert sorted(p.name for p in (tmp_path / "static").iterdir()) == ["gemeenten.geojson", "provincies.geojson"]


def _bestaande_data(tmp_path, bron):
    raw, controles = bron
    bouw(raw, tmp_path / "data", controles)
    return {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir()}


def _wijzig_tekst(pad, oud, nieuw):
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def _wijzig_json(pad, functie):
    data = json.loads(pad.read_text(encoding="utf-8"))
    functie(data)
    pad.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "verpest, melding",
    [
        (lambda raw: (raw / "nos_cyclus2" / "cyclus2.csv").unlink(), "ontbreekt"),
        (lambda raw: _wijzig_tekst(raw / "nos_cyclus2" / "cyclus2.csv", "GM9001;", "GM8888;"), "sluit niet aan"),
        (
            lambda raw: _wijzig_tekst(raw / "nos_cyclus2" / "cyclus2.csv", "GM9001;100;50;", "GM9001;100;-5;"),
            "negatief",
        ),
        (lambda raw: _wijzig_tekst(raw / "nos_cyclus2" / "cyclus2.csv", "GM9001;100;", "GM9001;101;"), "niet tot 1200"),
        (lambda raw: _wijzig_tekst(raw / "nos_cyclus2" / "cyclus2.csv", "opgave;", "aantal;"), "precies de kolommen"),
        (
            lambda raw: _wijzig_json(
                raw / "cbs_kwb2024_wikigen" / "stripped_filtered_data_2024.json",
                lambda d: d["GM9001"].update(AantalInwoners_5=1),
            ),
            "CBS-landtotaal",
        ),
        (
            lambda raw: (raw / "cartomap_gemeente2024" / "gemeente_2024.geojson").write_text(
                "{kapot", encoding="utf-8"
            ),
            "onleesbaar",
        ),
        (
            lambda raw: (raw / "regioviewer_gemeenten2025" / "gm_codes_and_provinces.csv").write_text(
                "GM_code;province\n", encoding="utf-8"
            ),
            "geen rijen",
        ),
    ],
)
def test_fout_geeft_melding_en_laat_data_staan(tmp_path, bron, verpest, melding):
    voor = _bestaande_data(tmp_path, bron)
    raw, controles = bron
    verpest(raw)
    with pytest.raises(BouwFout, match=melding):
        bouw(raw, tmp_path / "data", controles)
    assert {p.name: p.read_bytes() for p in (tmp_path / "data").iterdir()} == voor


def test_command_line_meldt_in_het_nederlands(tmp_path):
    uit = subprocess.run(
        [
            sys.executable,
            "-m",
            "spreiding.data",
            "build",
            "--bron",
            str(tmp_path / "bestaat-niet"),
            "--doel",
            str(tmp_path / "d"),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert uit.returncode == 2 and "Fout: De bronmap bestaat niet" in uit.stderr and "Traceback" not in uit.stderr
    assert not (tmp_path / "d").exists()


@pytest.mark.traag
def test_verse_kloon_bouwt_waarde_gelijke_data(tmp_path):
    """`git clone` van de vastgelegde stand naar een lege map, dan `python -m spreiding.data build --doel X` daarin:
    zonder iets buiten de kloon, en dezelfde waarden als de meegeleverde data/."""
    kloon = tmp_path / "leeg" / "kloon"
    kloon.parent.mkdir()
    subprocess.run(["git", "clone", "--quiet", str(PROJECT), str(kloon)], check=True, timeout=120)
    doel = tmp_path / "X"
    omgeving = {k: v for k, v in os.environ.items() if k not in ("SPREIDING_DATA", "PYTHONPATH")}
    uit = subprocess.run(
        [sys.executable, "-m", "spreiding.data", "build", "--doel", str(doel)],
        cwd=kloon,
        capture_output=True,
        text=True,
        timeout=300,
        env=omgeving,
    )
    assert uit.returncode == 0, uit.stderr
    pd.testing.assert_frame_equal(
        pd.read_parquet(doel / "gemeenten.parquet"), pd.read_parquet(kloon / "data" / "gemeenten.parquet")
    )
    pd.testing.assert_frame_equal(
        pd.read_parquet(doel / "gemeenten.parquet"), pd.read_parquet(PROJECT / "data" / "gemeenten.parquet")
    )
    for naam in ("gemeenten.geojson", "provincies.geojson"):
        assert json.loads((doel / naam).read_text(encoding="utf-8")) == json.loads(
            (kloon / "data" / naam).read_text(encoding="utf-8")
        ), naam


def test_meegeleverde_data_is_compleet():
    manifest = laad_manifest(PROJECT / "data")
    assert manifest["gemeenten"] == 342 and manifest["provincies"] == 12 and len(manifest["bronnen"]) == 8
    assert len(laad_grenzen("gemeente", PROJECT / "data")["features"]) == 342


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("gemeenten.parquet", b"kapot", "beschadigd"),
        ("gemeenten.geojson", b"{}", "geen gebieden"),
        ("bronnen.json", b"[", "beschadigd"),
    ],
)
def test_kapotte_gegevensbestanden(tmp_path, naam, inhoud, melding):
    map_ = tmp_path / "data"
    shutil.copytree(PROJECT / "data", map_)
    (map_ / naam).write_bytes(inhoud)
    laders = {
        "gemeenten.parquet": lambda: laad_gemeenten(map_),
        "gemeenten.geojson": lambda: laad_grenzen("gemeente", map_),
        "bronnen.json": lambda: laad_manifest(map_),
    }
    with pytest.raises(DataFout, match=melding) as fout:
        laders[naam]()
    assert str(tmp_path) not in str(fout.value)  # nooit het pad op de server in een melding


def _kopie_van_de_grafiek(pad, rijen):
    """Een kopie van de NOS-grafiek in het formaat van grenzendicht data/gemeenten.json."""
    gemeenten = {
        naam: {
            "code": code,
            "bevolking": inw,
            "sw": {"verdeling": o, "regulier": r, "nood": n, "totaal": t, "verschil": t - o},
        }
        for naam, code, inw, o, r, n, t in rijen
    }
    pad.write_text(
        json.dumps({"meta": {"totaal_indicatieve_verdeling": sum(r[3] for r in rijen)}, "gemeenten": gemeenten}),
        encoding="utf-8",
    )


def test_uittreksel_van_de_grafiek(tmp_path):
    """Het uittreksel houdt alleen code, opgave, regulier en nood, op code gesorteerd, en weigert een kopie die haar
    eigen sommen niet haalt (regulier + nood = totaal) of andere inwoners heeft dan het CBS."""
    from spreiding.data.lezers import uittreksel_nos

    cbs = tmp_path / "cbs.json"
    cbs.write_text(json.dumps({"GM0002": {"AantalInwoners_5": 200}, "GM0001": {"AantalInwoners_5": 100}}), "utf-8")
    bron, uit = tmp_path / "g.json", tmp_path / "cyclus2.csv"
    _kopie_van_de_grafiek(bron, [("B", "GM0002", 200, 6, 1, 2, 3), ("A", "GM0001", 100, 4, 5, 0, 5)])
    assert uittreksel_nos(bron, uit, cbs, 10) == 2
    assert uit.read_text(encoding="utf-8") == "gemeentecode;opgave;regulier;nood\nGM0001;4;5;0\nGM0002;6;1;2\n"
    _kopie_van_de_grafiek(bron, [("B", "GM0002", 200, 6, 1, 2, 4), ("A", "GM0001", 100, 4, 5, 0, 5)])
    with pytest.raises(BouwFout, match="regulier \\+ nood = totaal"):
        uittreksel_nos(bron, uit, cbs, 10)
    _kopie_van_de_grafiek(bron, [("B", "GM0002", 201, 6, 1, 2, 3), ("A", "GM0001", 100, 4, 5, 0, 5)])
    with pytest.raises(BouwFout, match="wijken af van CBS"):
        uittreksel_nos(bron, uit, cbs, 10)
