"""De databouw op een klein fictief bronbestand, inclusief de foutgevallen."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from spreiding.data import DataFout, laad_gemeenten, laad_grenzen, laad_manifest
from spreiding.data.bouw import BouwFout, BouwInstellingen, bouw
from tests.synthetisch import schrijf_bron, verwachte_ses_voorne


@pytest.fixture()
def bron(tmp_path) -> tuple[Path, list[dict]]:
    lijst = schrijf_bron(tmp_path / "bron")
    return tmp_path / "bron", lijst


def test_bouw_maakt_tabel_grenzen_en_manifest(bron, tmp_path):
    map_, lijst = bron
    manifest = bouw(map_, tmp_path / "data")
    tabel = laad_gemeenten(tmp_path / "data")
    assert len(tabel) == len(lijst) == manifest["gemeenten"]
    assert manifest["provincies"] == 2
    verwacht = {g["code"]: g["inwoners"] for g in lijst}
    assert dict(zip(tabel["gemeentecode"], tabel["inwoners"])) == verwacht  # 2023 is de standaard peildatum
    assert set(tabel["inwoners_peildatum"]) == {"2023-01-01"}
    assert set(tabel["ses_woa_jaar"]) == {"2022"}  # meest recente jaar in het bestand
    # provincie uit de gemeentelijke indeling
    prov = dict(zip(tabel["gemeentecode"], tabel["provincie"]))
    for g in lijst:
        assert prov[g["code"]] == f"Testprovincie {g['provincie']}"
    # bronvermelding met licentie en hash
    assert {b["sleutel"] for b in manifest["bronnen"]} == {"gemeentegrenzen", "provincies", "bevolking", "ses_woa"}
    assert all(b["licentie"] == "CC BY 4.0" and len(b["sha256"]) == 64 for b in manifest["bronnen"])
    assert laad_manifest(tmp_path / "data") == manifest
    geo = laad_grenzen("gemeente", tmp_path / "data")
    assert {f["properties"]["code"] for f in geo["features"]} == set(verwacht)
    provincies = laad_grenzen("provincie", tmp_path / "data")["features"]
    assert sorted(f["properties"]["code"] for f in provincies) == ["Testprovincie 0", "Testprovincie 1"]
    # de provinciegrens is de vereniging van haar gemeenten: hier een rechthoek van 3 x 1 vakken
    import shapely.geometry

    vlak = shapely.geometry.shape(provincies[0]["geometry"])
    assert vlak.bounds == pytest.approx((4.0, 51.0, 4.15, 51.05), abs=1e-3)
    assert manifest["ses_woa_beschikbaar"] is True


def test_herindeling_wordt_expliciet_samengevoegd(bron, tmp_path):
    map_, lijst = bron
    manifest = bouw(map_, tmp_path / "data")
    tabel = laad_gemeenten(tmp_path / "data").set_index("gemeentecode")
    assert tabel.loc["GM1992", "ses_woa"] == pytest.approx(verwachte_ses_voorne(lijst))
    assert tabel.loc["GM1992", "samengevoegd_ses"] == "GM0501,GM0530,GM0614"
    assert manifest["herindelingen_toegepast"] == ["GM0501", "GM0530", "GM0614"]


def test_ander_peiljaar(bron, tmp_path):
    map_, lijst = bron
    bouw(map_, tmp_path / "data", BouwInstellingen(bevolkingsjaar=2024, ses_jaar=2021))
    tabel = laad_gemeenten(tmp_path / "data")
    assert set(tabel["inwoners_peildatum"]) == {"2024-01-01"} and set(tabel["ses_woa_jaar"]) == {"2021"}
    eerste = next(g for g in lijst if g["code"] == "GM9001")
    assert int(tabel.set_index("gemeentecode").loc["GM9001", "inwoners"]) == round(eerste["inwoners"] * 1.01)


def _verander(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def _drop_regels(pad: Path, bevat: str) -> None:
    regels = [r for r in pad.read_text(encoding="utf-8").splitlines() if bevat not in r]
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "bederf, melding",
    [
        (lambda m: (m / "bevolking.csv").unlink(), "ontbreekt.*bevolking.csv"),
        (lambda m: (m / "gemeente_2024.geojson").write_text("{kapot", encoding="utf-8"), "gemeente_2024.geojson.*onleesbaar"),
        (lambda m: _drop_regels(m / "bevolking.csv", "GM9003"), "bevolking.csv mist.*GM9003"),
        (lambda m: _verander(m / "ses_woa.csv", '"GM9004    "', '"GM9999    "'), "GM9999"),
        (lambda m: _drop_regels(m / "ses_woa.csv", "GM9004"), "ses_woa.csv mist.*GM9004"),
        (lambda m: _verander(m / "bevolking.csv", "Bevolking op 1 januari (aantal)", "Iets anders"), "kolom voor het aantal inwoners"),
        (lambda m: _verander(m / "bevolking.csv", '"2023"', '"2019"'), "geen bevolking op 1 januari 2023"),
        (lambda m: (m / "ses_woa.csv").write_bytes(b"\xff\xfe\x00kapot"), "onleesbaar"),
        (lambda m: (m / "gemeenten_provincies.csv").unlink(), "ontbreekt.*gemeenten_provincies.csv"),
        (lambda m: _drop_regels(m / "gemeenten_provincies.csv", "GM9002"), "gemeenten_provincies.csv mist.*GM9002"),
        (lambda m: _verander(m / "gemeenten_provincies.csv", "GM9002,PV90,Testprovincie 0", "GM9002,PV90,"), "zonder provincie"),
    ],
)
def test_bouw_stopt_met_duidelijke_melding_en_laat_data_heel(bron, tmp_path, bederf, melding):
    map_, _ = bron
    doel = tmp_path / "data"
    doel.mkdir()
    (doel / "gemeenten.parquet").write_bytes(b"vorige versie")
    bederf(map_)
    with pytest.raises(BouwFout, match=melding):
        bouw(map_, doel)
    assert (doel / "gemeenten.parquet").read_bytes() == b"vorige versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bron", "data"]  # geen halve tijdelijke map


def test_bouw_command_line_geeft_melding_zonder_traceback(bron, tmp_path, capsys):
    from spreiding.data.__main__ import main

    map_, _ = bron
    (map_ / "ses_woa.csv").unlink()
    assert main(["build", "--bron", str(map_), "--doel", str(tmp_path / "data")]) == 2
    fout = capsys.readouterr().err
    assert "ses_woa.csv" in fout and "Traceback" not in fout


def test_zonder_ses_alleen_op_verzoek(bron, tmp_path):
    map_, lijst = bron
    (map_ / "ses_woa.csv").unlink()
    with pytest.raises(BouwFout, match="ses_woa.csv"):
        bouw(map_, tmp_path / "data")
    manifest = bouw(map_, tmp_path / "data", BouwInstellingen(zonder_ses=True))
    tabel = laad_gemeenten(tmp_path / "data")
    assert len(tabel) == len(lijst) and tabel["ses_woa"].isna().all()
    assert manifest["ses_woa_beschikbaar"] is False and manifest["ses_woa_jaar"] is None
    assert "ses_woa" not in {b["sleutel"] for b in manifest["bronnen"]}


def test_herkomst_komt_in_het_manifest(bron, tmp_path):
    map_, _ = bron
    (map_ / "herkomst.json").write_text(json.dumps({"bevolking": "openbare kopie X"}), encoding="utf-8")
    assert bouw(map_, tmp_path / "data")["herkomst"] == {"bevolking": "openbare kopie X"}
    (map_ / "herkomst.json").write_text("{kapot", encoding="utf-8")
    with pytest.raises(BouwFout, match="herkomst.json"):
        bouw(map_, tmp_path / "data2")


def test_laden_ontbrekend_of_kapot(tmp_path):
    with pytest.raises(DataFout, match="ontbreekt"):
        laad_gemeenten(tmp_path)
    (tmp_path / "gemeenten.parquet").write_bytes(b"geen parquet")
    with pytest.raises(DataFout, match="beschadigd"):
        laad_gemeenten(tmp_path)
    pd.DataFrame({"gemeentecode": ["GM1"]}).to_parquet(tmp_path / "gemeenten.parquet")
    with pytest.raises(DataFout, match="mist de kolom"):
        laad_gemeenten(tmp_path)
    (tmp_path / "gemeenten.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    with pytest.raises(DataFout, match="geen gebieden"):
        laad_grenzen("gemeente", tmp_path)
    with pytest.raises(DataFout, match="Onbekend niveau"):
        laad_grenzen("wijk", tmp_path)


def test_grens_met_uitstekende_lijn_wordt_een_vlak(tmp_path):
    """Een ring die heen en terug over hetzelfde stuk loopt (zoals Schouwen-Duiveland in de bron) wordt
    door make_valid een verzameling van vlak en lijn; de bouw houdt alleen het vlak over."""
    from spreiding.data.bouw import lees_grenzen

    ring = [[0, 0], [1, 0], [1, 1], [2, 2], [1, 1], [0, 1], [0, 0]]  # (1,1) -> (2,2) -> (1,1) is een lijn
    pad = tmp_path / "g.geojson"
    pad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"statcode": "GM0001", "statnaam": "A"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}
    ]}), encoding="utf-8")
    vlak = lees_grenzen(pad, "GM").geometry.iloc[0]
    assert vlak.geom_type == "Polygon" and vlak.area == pytest.approx(1.0)
