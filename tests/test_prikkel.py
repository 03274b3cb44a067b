"""De prikkel om te wachten: handberekend voorbeeld per systeem en eigenschappen over willekeurige scenario's."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spreiding.invoer import InvoerFout, lees_aanbod
from spreiding.prikkel import (
    SYSTEMEN,
    Scenario,
    aanbod_scenario,
    curve,
    lasten,
    taken,
    wachten_of_vroeg,
)
from spreiding.verdeling import VerdeelFout, VerdeelParameters, verdeel
from tests.conftest import tabel

# Vier gemeenten in twee provincies, k = 0 en totaal 100: eerlijk aandeel A 10, B 30, C 20, D 40.
VIER = verdeel(
    tabel(
        [
            ("GM0001", "A", "P1", 100, 0.0),
            ("GM0002", "B", "P1", 300, 0.0),
            ("GM0003", "C", "P2", 200, 0.0),
            ("GM0004", "D", "P2", 400, 0.0),
        ]
    ),
    VerdeelParameters(totaal=100, ses_factor=0.0),
)
AANBOD = np.array([0, 20, 40, 0])  # A wacht, B biedt 20 van 30, C biedt 40 (20 meer dan haar 20), D wacht


def test_eerlijk_aandeel_vier():
    assert VIER["opgave"].tolist() == [10, 30, 20, 40]


@pytest.mark.parametrize(
    "systeem, taak, last",
    [
        # N: rest 100 - 60 = 40 naar inwoners: 4, 12, 8, 16
        ("wetsvoorstel-n", [4, 12, 8, 16], [4, 32, 48, 16]),
        # P: P1 rest 40 - 20 = 20 -> 5 / 15; P2 rest 60 - 40 = 20 -> 6,67 / 13,33 -> 7 / 13
        ("wetsvoorstel-p", [5, 15, 7, 13], [5, 35, 47, 13]),
        # VNG: eigen opgave min eigen aanbod, nooit herverdeeld
        ("vng", [10, 10, 0, 40], [10, 30, 40, 40]),
        # Wet: alleen wie onder het aantal zit krijgt een taak (het eigen gat); een overschot verlaagt dat gat.
        # P1: geen overschot -> A 10, B 10.  P2: C biedt 20 te veel -> het gat van D (40) wordt 20.
        ("wet", [10, 10, 0, 20], [10, 30, 40, 20]),
    ],
)
def test_vier_gemeenten_met_de_hand(systeem, taak, last):
    uit = lasten(VIER, AANBOD, systeem)
    assert uit["taak"].tolist() == taak
    assert uit["last"].tolist() == last


def test_wet_overschot_verlaagt_achterblijvers_naar_gewicht_zonder_hun_gat_te_overschrijden():
    from spreiding.prikkel import verlaging

    # overschot 30 over gaten 5 en 40 met gewicht 1:1 -> 15 en 15, maar 5 is vol: 5 en 25
    assert verlaging(np.array([5.0, 40.0]), np.array([1.0, 1.0]), 30).tolist() == [5.0, 25.0]
    # overschot groter dan alle gaten samen: alle gaten dicht
    assert verlaging(np.array([5.0, 40.0]), np.array([1.0, 3.0]), 100).tolist() == [5.0, 40.0]
    # zonder overschot geen verlaging
    assert verlaging(np.array([5.0, 40.0]), np.array([1.0, 3.0]), 0).tolist() == [0.0, 0.0]


def test_vng_te_veel_aanbod_wordt_niet_herverdeeld():
    # C biedt 20 boven haar aandeel; onder VNG/IPO daalt niemands last daardoor
    assert lasten(VIER, AANBOD, "vng")["last"].sum() == 100 + 20


def test_wachten_of_vroeg_tabel():
    anderen = np.array([0, 30, 20, 40])  # iedereen behalve A biedt precies zijn aandeel
    uit = wachten_of_vroeg(VIER, "GM0001", anderen).set_index("systeem")
    assert uit.loc["wetsvoorstel-n", "last_bij_wachten"] == 1  # rest 10 -> 10% = 1
    assert uit.loc["wetsvoorstel-n", "last_bij_vroeg_aanbieden"] == 10
    assert bool(uit.loc["wetsvoorstel-n", "wachten_loont"])
    assert uit.loc["vng", "last_bij_wachten"] == uit.loc["vng", "last_bij_vroeg_aanbieden"] == 10
    assert not bool(uit.loc["vng", "wachten_loont"])


def test_curve_loopt_tot_twee_keer_het_aandeel():
    uit = curve(VIER, "GM0004", np.array([10, 30, 20, 0]), punten=5)
    assert sorted(uit["eigen_aanbod"].unique()) == [0, 20, 40, 60, 80]
    vng = uit[uit["systeem"] == "vng"].set_index("eigen_aanbod")["last"]
    assert vng.tolist() == [40, 40, 40, 60, 80]


def test_scenario_grootste_en_willekeurig():
    aanbod = aanbod_scenario(VIER, Scenario(deelname=0.5, omvang=1.0, keuze="grootste"), behalve="GM0004")
    # anderen: A, B, C; de helft (2 van 3 afgerond) met de meeste inwoners: B en C
    assert aanbod.tolist() == [0, 30, 20, 0]
    een = aanbod_scenario(VIER, Scenario(deelname=0.5, keuze="willekeurig", seed=4))
    twee = aanbod_scenario(VIER, Scenario(deelname=0.5, keuze="willekeurig", seed=4))
    assert een.tolist() == twee.tolist() and (een > 0).sum() == 2
    with pytest.raises(VerdeelFout):
        Scenario(deelname=1.5)


@st.composite
def scenario(draw, binnen_aandeel: bool = True):
    n = draw(st.integers(2, 25))
    rijen = [
        (f"GM{i:04d}", f"G{i}", f"P{draw(st.integers(0, 3))}", draw(st.integers(100, 500_000)), draw(st.floats(-0.5, 0.5)))
        for i in range(n)
    ]
    verdeling = verdeel(tabel(rijen), VerdeelParameters(totaal=draw(st.integers(50, 50_000)), ses_factor=draw(st.floats(0, 1))))
    q = verdeling["opgave"].to_numpy()
    bovengrens = q if binnen_aandeel else 2 * q + 5
    aanbod = np.array([draw(st.integers(0, int(b))) for b in bovengrens])
    return verdeling, aanbod


@settings(max_examples=150, deadline=None)
@given(scenario(binnen_aandeel=True))
def test_lasten_tellen_op_tot_het_landelijke_totaal(s):
    verdeling, aanbod = s
    totaal = int(verdeling["opgave"].sum())
    for systeem in SYSTEMEN:
        assert lasten(verdeling, aanbod, systeem)["last"].sum() == totaal, systeem


@settings(max_examples=150, deadline=None)
@given(scenario(binnen_aandeel=True), st.data())
def test_onder_het_wetsvoorstel_krijgt_een_wachter_minder_dan_haar_aandeel(s, data):
    verdeling, aanbod = s
    i = data.draw(st.integers(0, len(verdeling) - 1))
    aanbod = aanbod.copy()
    aanbod[i] = 0
    w = verdeling["gewicht"].to_numpy()
    q = verdeling["opgave"].to_numpy()
    provincie = verdeling["provincie"].to_numpy()
    zelfde = provincie == provincie[i]
    # Eerlijk quotum: landelijk C x w_i / som w; provinciaal het aandeel in de (som van afgeronde
    # aantallen) provinciale opgave Q_p x w_i / som_p w, want variant P verdeelt de rest van Q_p.
    referentie = {
        "wetsvoorstel-n": (q.sum() * w[i] / w.sum(), aanbod.sum() > 0),
        "wetsvoorstel-p": (q[zelfde].sum() * w[i] / w[zelfde].sum(), aanbod[zelfde].sum() > 0),
    }
    for systeem, (quotum, anderen_bieden) in referentie.items():
        exact = taken(verdeling, aanbod, systeem, heel=False)[i]
        heel = taken(verdeling, aanbod, systeem)[i]
        if anderen_bieden and quotum > 0:
            assert exact < quotum, systeem  # de regel zelf: strikt minder dan het eerlijke quotum
        assert exact <= quotum + 1e-9, systeem  # en nooit meer, ook als niemand aanbiedt
        assert heel <= int(q[i]) + 1  # afronding scheelt hooguit één plek


@settings(max_examples=150, deadline=None)
@given(scenario(binnen_aandeel=False), st.data())
def test_onder_vng_daalt_de_last_nooit_door_minder_aan_te_bieden(s, data):
    verdeling, aanbod = s
    i = data.draw(st.integers(0, len(verdeling) - 1))
    q = int(verdeling["opgave"].iloc[i])
    vorige = None
    # alle waarden rond het aandeel, en daarbuiten een raster (houdt de test snel bij grote q)
    rond_q = range(max(0, q - 3), q + 4)
    for eigen in sorted(set(np.rint(np.linspace(0, 2 * q + 1, 40)).astype(int)) | set(rond_q)):
        aanbod[i] = eigen
        last = int(lasten(verdeling, aanbod, "vng")["last"].iloc[i])
        if vorige is not None:
            assert last >= vorige
        vorige = last
    aanbod[i] = 0
    assert int(lasten(verdeling, aanbod, "vng")["last"].iloc[i]) == q  # wachten levert niets op


def test_negatief_aanbod_geweigerd():
    with pytest.raises(VerdeelFout, match="negatief"):
        lasten(VIER, np.array([-1, 0, 0, 0]), "vng")
    with pytest.raises(VerdeelFout, match="Onbekend systeem"):
        lasten(VIER, AANBOD, "anders")


def test_upload_aanbod_goed():
    aanbod = lees_aanbod(b"gemeentecode,aanbod\nGM0002,25\ngm0004,3\n", VIER)
    assert aanbod.tolist() == [0, 25, 0, 3]


@pytest.mark.parametrize(
    "inhoud, melding",
    [
        (b"code,aanbod\nGM0002,25\n", "ontbrekende kolom.*gemeentecode"),
        (b"gemeentecode,aanbod,extra\nGM0002,25,1\n", "onverwachte kolom.*extra"),
        (b"gemeentecode,aanbod\nGM9999,25\n", "Onbekende gemeentecode.*GM9999"),
        (b"gemeentecode,aanbod\nGM0002,-4\n", "regel 2 is negatief"),
        (b"gemeentecode,aanbod\nGM0002,veel\n", "regel 2 is geen getal"),
        (b"gemeentecode,aanbod\nGM0002,2.5\n", "geen geheel aantal"),
        (b"gemeentecode,aanbod\nGM0002,1\nGM0002,2\n", "meer dan eens"),
        (b"\xff\xfe\x00\x01", "geen leesbare CSV"),
    ],
)
def test_upload_aanbod_fouten(inhoud, melding):
    with pytest.raises(InvoerFout, match=melding):
        lees_aanbod(inhoud, VIER)


@settings(max_examples=60, deadline=None)
@given(
    gewichten=st.lists(st.integers(0, 1_000), min_size=1, max_size=25),
    groepen=st.integers(1, 4),
    rest=st.lists(st.integers(0, 500), min_size=4, max_size=4),
)
def test_per_groep_afronden_is_per_groep_het_grootste_overschot(gewichten, groepen, rest):
    """De gevectoriseerde afronding per provincie geeft hetzelfde als de grootste-overschotmethode
    per provincie apart (verdeel_naar_gewicht)."""
    from spreiding.prikkel import naar_rato_per_groep
    from spreiding.verdeling import verdeel_naar_gewicht

    w = np.array(gewichten, dtype=float)
    groep = np.arange(w.size) % groepen
    rest = np.array(rest[:groepen])
    uit = naar_rato_per_groep(w, rest, groep)
    for g in range(groepen):
        i = np.flatnonzero(groep == g)
        if w[i].sum() > 0:
            assert uit[i].tolist() == verdeel_naar_gewicht(w[i], int(rest[g])).tolist()
        else:
            assert uit[i].sum() == 0
