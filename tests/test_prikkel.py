"""De prikkel om te wachten: eigenschappen van de systemen en de bewegende verschillen op de echte gegevens."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spreiding import prikkel
from spreiding.fouten import VerdeelFout
from spreiding.uitgangspunt import maak
from spreiding.verdeling import verdeel


@pytest.fixture(scope="module")
def wetsvoorstel(gemeenten) -> pd.DataFrame:
    return verdeel(gemeenten, maak("wetsvoorstel").parameters())


def test_wetsvoorstel_is_77100_alleen_naar_inwoners(wetsvoorstel, gemeenten):
    assert wetsvoorstel["opgave"].sum() == 77_100
    # alleen inwoners (alpha = 0): het gewicht is het inwonertal op 1 januari 2023
    assert np.allclose(wetsvoorstel["gewicht"], gemeenten.sort_values("gemeentecode")["inwoners_2023"])


def test_beide_gaten_bewegen_met_de_deelname(wetsvoorstel):
    """Amsterdam onder P: bij meer deelname draagt de wachter minder en krijgt de vroege aanbieder minder extra."""
    gaten = []
    for deelname in (0.0, 0.5, 0.9):
        aanbod = prikkel.Scenario(deelname=deelname).aanbod(wetsvoorstel, behalve="GM0363")
        rij = prikkel.wachten_of_vroeg(wetsvoorstel, "GM0363", aanbod).set_index("systeem").loc["P"]
        gaten.append((int(rij["gat_wachter"]), int(rij["gat_vroeg"])))
    (w0, v0), (w5, v5), (w9, v9) = gaten
    assert (
        abs(w0) <= 1 and w9 < w5 < w0
    )  # niemand biedt aan: wachten geeft het aandeel (op de afronding per provincie na)
    assert v0 > v5 > v9 > 0


def test_vroeg_aanbieden_kost_onder_vng_en_wet_nooit_extra(wetsvoorstel):
    aanbod = prikkel.Scenario(deelname=0.5, omvang=1.5).aanbod(wetsvoorstel, behalve="GM0344")
    uit = prikkel.wachten_of_vroeg(wetsvoorstel, "GM0344", aanbod).set_index("systeem")
    assert uit.loc["VNG", "gat_vroeg"] == 0 and uit.loc["wet", "gat_vroeg"] == 0
    assert uit.loc["P", "gat_vroeg"] > 0 and uit.loc["N", "gat_vroeg"] > 0


def test_heel_land_ontlopen_gelijk_aan_extra_taak_onder_p(wetsvoorstel):
    per_prov, samen = prikkel.heel_land(wetsvoorstel, prikkel.Scenario(deelname=0.5).aanbod(wetsvoorstel), "P")
    assert samen["last"] == 77_100 and samen["onder"] > 0
    # per provincie draagt wie vroeg aanbood precies wat de wachters plekken_onder
    assert (per_prov["plekken_onder"] == per_prov["extra_taak_vroeg"]).all()
    _, vng = prikkel.heel_land(wetsvoorstel, prikkel.Scenario(deelname=0.5).aanbod(wetsvoorstel), "VNG")
    assert vng["onder"] == 0 and vng["extra_taak_vroeg"] == 0


def test_huidige_plekken_als_aanbod(wetsvoorstel):
    aanbod = prikkel.Scenario(soort="huidig").aanbod(wetsvoorstel)
    assert aanbod.sum() == 47_293  # som regulier (SOURCES.md)
    assert prikkel.Scenario(soort="huidig", nood=True).aanbod(wetsvoorstel).sum() == 74_236  # regulier + nood


def _kleine_verdeling(inwoners, provincies, totaal):
    tabel = pd.DataFrame(
        {
            "gemeentecode": [f"GM{i:04d}" for i in range(len(inwoners))],
            "gemeentenaam": "x",
            "provincie": provincies,
            "inwoners_2023": inwoners,
            "inwoners_2024": inwoners,
            "correctiefactor": 1.0,
        }
    )
    from spreiding.verdeling import VerdeelParameters

    return verdeel(tabel, VerdeelParameters(totaal, 2024, 0.0))


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_vng_last_per_provincie_nooit_boven_de_opgave(data):
    n = data.draw(st.integers(2, 12))
    inwoners = data.draw(st.lists(st.integers(1, 100_000), min_size=n, max_size=n))
    provincies = data.draw(st.lists(st.sampled_from("ABC"), min_size=n, max_size=n))
    v = _kleine_verdeling(inwoners, provincies, data.draw(st.integers(1, 5_000)))
    aanbod = np.array(data.draw(st.lists(st.integers(0, 3_000), min_size=n, max_size=n)), dtype=np.int64)
    for code in ("VNG", "wet"):
        t = prikkel.lasten(v, aanbod, code)
        per = t.groupby("provincie")[["last", "aanbod", "eerlijk_aandeel"]].sum()
        # de opgelegde taak brengt een provincie nooit boven haar opgave (alleen eigen aanbod kan dat)
        assert (per["last"] == np.maximum(per["eerlijk_aandeel"], per["aanbod"])).all(), code
        # wie minstens zijn eigen aandeel aanbiedt, krijgt nooit een extra taak; niemand komt boven zijn tekort
        assert (t.loc[t["aanbod"] >= t["eerlijk_aandeel"], "taak"] == 0).all(), code
        assert (t["taak"] <= np.maximum(0, t["eerlijk_aandeel"] - t["aanbod"])).all(), code
    for code in ("P", "N"):
        t = prikkel.lasten(v, aanbod, code)
        assert t["taak"].sum() == max(0, int(v["opgave"].sum() - aanbod.sum())) or code == "P"


def test_onbekend_systeem_en_scenario():
    with pytest.raises(VerdeelFout):
        prikkel.systeem("X")
    with pytest.raises(VerdeelFout):
        prikkel.Scenario(deelname=1.5)
    with pytest.raises(VerdeelFout):
        prikkel.Scenario(omvang=float("inf"))


def test_elk_systeem_is_een_object_met_bron_en_status():
    for s in prikkel.SYSTEMEN.values():
        assert s.label and s.status in ("C", "R", "U") and s.bron.titel and s.uitleg and s.aanname and callable(s.regel)
    assert prikkel.STANDAARD_SYSTEEM == "P"


@settings(max_examples=25, deadline=None)
@given(gemeente=st.integers(0, 341), deelname=st.floats(0, 1), omvang=st.floats(0, 2), seed=st.integers(0, 50))
def test_snelle_taak_per_provincie_is_gelijk_aan_de_volledige(wetsvoorstel, gemeente, deelname, omvang, seed):
    """De curve rekent per provincie (sneller); dat geeft dezelfde taak als de hele tabel."""
    s = prikkel.Sleutel.van(wetsvoorstel)
    aanbod = prikkel.Scenario(deelname=deelname, omvang=omvang, seed=seed).aanbod(wetsvoorstel)
    for sys_ in prikkel.SYSTEMEN.values():
        assert prikkel._taak_van(sys_, s, aanbod, gemeente) == sys_.taken(s, aanbod)[gemeente], sys_.code
