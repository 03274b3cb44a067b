"""De parameters: de lezer weigert wat niet klopt, waarden gelden naar datum, onzekere datums zijn periodes,
citaten staan echt in de brondocumenten, docs/bronnen.md is bij, en geen wettelijk of gepubliceerd getal of
bronnaam staat buiten de parameterbestanden."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from spreiding.fouten import DataFout
from spreiding.parameters import MAP, PARAMETERS, lees
from spreiding.uitvoer.bronnenlijst import markdown
from tests.conftest import BRONDOCUMENTEN, PROJECT


def _kapot(tmp_path, bestand: str, oud: str, nieuw: str):
    map_ = tmp_path / "parameters"
    shutil.copytree(MAP, map_, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    tekst = (map_ / bestand).read_text(encoding="utf-8")
    assert oud in tekst, oud
    (map_ / bestand).write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    return map_


@pytest.mark.parametrize(
    "bestand, oud, nieuw, melding",
    [
        ("cycli.toml", 'waarde = 96000, status = "C"', 'waarde = 96000, status = "CR"', "geen geldige status"),
        ("cycli.toml", 'waarde = 96000, status = "C"', 'waarde = 96000, status = ""', "geen geldige status"),
        ("wet.toml", 'waarde = 2000, status = "R"', "waarde = 2000", "geen geldige status"),
        ("wet.toml", '{ bron = "nieuws-bonus-2024" }', '{ bron = "bestaat-niet" }', "onbekende bron"),
        ("cycli.toml", "{ van = 2026-02-01, waarde = 88000", "{ van = 2024-01-01, waarde = 88000", "oplopende datum"),
        (
            "cycli.toml",
            "datum = { van = 2024-03-01, tot = 2024-05-31",
            "datum = { van = 2024-05-31, tot = 2024-03-01",
            "eindigt vóór",
        ),
        ("cycli.toml", "datum = 2024-01-31", 'datum = "eind januari"', "geen datum"),
        ("wet.toml", 'label = "Bonus per duurzame plek boven de opgave (regeling 2024)"\n', "", "mist label"),
    ],
)
def test_de_lezer_weigert_wat_niet_klopt(tmp_path, bestand, oud, nieuw, melding):
    with pytest.raises(DataFout, match=melding):
        lees(_kapot(tmp_path, bestand, oud, nieuw))


def test_waarden_gelden_naar_datum():
    """Het landelijke totaal is één parameter met een waarde per cyclus: op een dag in cyclus 1 de 96.000 van de
    Staatscourant, vanaf de eerste dag van cyclus 2 de 88.000; vóór de wet niets."""
    totaal = PARAMETERS.parameters["cyclus.totaal"]
    midden = totaal.op(date(2025, 6, 1))
    assert midden.waarde == 96_000 and midden.bron.sleutel == "stcrt-2024-3320"
    assert totaal.op(date(2026, 1, 31)).waarde == 96_000 and totaal.op(date(2026, 2, 1)).waarde == 88_000
    assert totaal.op(date(2023, 12, 31)) is None
    # amv: alleen cyclus 1 heeft een aantal; voor cyclus 2 is het 'niet bekend', niet de 8.140 van cyclus 1
    assert PARAMETERS.cycli["1"].amv.waarde == 8_140 and PARAMETERS.cycli["2"].amv is None


def test_onzekere_datums_zijn_periodes():
    """'voorjaar 2024' is geen dag: de gebeurtenis is een periode van maart tot en met mei, en wordt zo getoond."""
    voorjaar = next(g for g in PARAMETERS.status_wet if g.datum.weergave == "voorjaar 2024")
    assert not voorjaar.datum.precies
    assert (voorjaar.datum.van, voorjaar.datum.tot) == (date(2024, 3, 1), date(2024, 5, 31))
    assert voorjaar.datum.tekst() == "voorjaar 2024"
    medio = next(s for s in PARAMETERS.tijdlijn if s.datum.weergave == "medio 2027")
    assert medio.wanneer == "medio 2027" and not medio.datum.precies


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


#: Bronnamen die alleen in de parameters mogen staan (code haalt ze uit Bron.vermelding()).
BRONNAMEN = ("Nieuwsuur", "Staatscourant", "Stcrt", "Kamerbrief", "2026D05614", "Kamerstuk", "RTV Noord")


def _verboden() -> re.Pattern:
    """Elk aantal plekken of eurobedrag van minstens 5.000 uit de parameters (kleinere getallen, zoals 2.000 euro,
    komen ook als gewone getallen voor), in elke schrijfwijze (88000, 88_000, 88.000), en de bronnamen."""
    getallen = {
        w.waarde
        for p in PARAMETERS.parameters.values()
        if p.eenheid in ("plekken", "euro")
        for w in p.waarden
        if type(w.waarde) is int and w.waarde >= 5_000
    }
    delen = []
    for g in sorted(getallen):
        d = str(g)
        groepen = [d[max(0, i - 3) : i] for i in range(len(d), 0, -3)][::-1]
        schrijfwijzen = "|".join(re.escape(s.join(groepen)) for s in ("", "_", "."))
        delen.append(rf"(?<![\d.,_])(?:{schrijfwijzen})(?![\d_]|[.,]\d)")
    return re.compile("|".join(delen + [rf"\b{re.escape(n)}\b" for n in BRONNAMEN]))


def test_geen_wettelijk_getal_of_bronnaam_buiten_de_parameters():
    """Wettelijke en gepubliceerde waarden en bronnamen staan alleen in spreiding/parameters/*.toml (en in tests):
    code en pagina's halen ze daar vandaan, ook in help- en bijschriften en commentaar."""
    patroon = _verboden()
    assert patroon.search("totaal = 88_000") and patroon.search("NOS Nieuwsuur (nov. 2025)")
    assert not patroon.search("188.000,5") and not patroon.search("88.0001")
    paden = [PROJECT / "app.py"] + [
        p for m in ("spreiding", "weergave", "paginas", "bench", "scripts") for p in sorted((PROJECT / m).rglob("*.py"))
    ]
    gevonden = [
        f"{pad.relative_to(PROJECT)}:{n}: {regel.strip()[:100]}"
        for pad in paden
        for n, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1)
        if patroon.search(regel)
    ]
    assert not gevonden, "\n".join(gevonden)
