"""De omheining rond Streamlit's binnenkant (weergave/intern/): faalt luid zodra de geïnstalleerde versie of haar
frontendbundel niet meer is waarop die code is nagegaan. Het gedrag zelf toetsen de browsertests."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import streamlit

from weergave.intern import NAGEGAAN_OP
from weergave.intern.celinvoer import AANNAMES, JS


def test_geinstalleerde_versies_zijn_de_nagegane():
    for pakket, nagegaan in NAGEGAAN_OP.items():
        assert version(pakket) == nagegaan, (
            f"{pakket} {version(pakket)} is geïnstalleerd, weergave/intern/ is nagegaan op {nagegaan}: loop elk "
            "onderdeel na (zie de browsertests) en werk NAGEGAAN_OP bij."
        )


def test_celinvoer_vindt_haar_selectors_in_de_bundel():
    bundel = Path(streamlit.__file__).parent / "static" / "static"
    tekst = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in bundel.rglob("*.js"))
    for selector in AANNAMES:
        kern = selector.split('"')[1] if '"' in selector else selector
        assert kern in tekst, f"{kern} staat niet meer in Streamlit's frontend; celinvoer.js klopt dan niet meer"
        assert kern in JS


def test_getalnotatie_vindt_de_opmaak_met_de_browsertaal_in_de_bundel():
    """format="localized"/"euro" maakt getallen op met Intl.NumberFormat(navigator.languages), in één bestand van de
    bundel; anders zet getalnotatie.js de verkeerde knop om en staan er Engelse getallen in de tabellen."""
    from weergave.intern.getalnotatie import AANNAMES as GETALAANNAMES
    from weergave.intern.getalnotatie import GETALNOTATIE_JS

    bundel = Path(streamlit.__file__).parent / "static" / "static"
    bestanden = [
        p.name for p in bundel.rglob("*.js") if all(a in p.read_text("utf-8", "ignore") for a in GETALAANNAMES)
    ]
    assert bestanden, f"geen bestand in Streamlits bundel met {GETALAANNAMES}: getalnotatie.js klopt niet meer"
    assert "Navigator.prototype, 'languages'" in GETALNOTATIE_JS


def test_binnenkant_alleen_achter_de_omheining():
    """Test-id's, Streamlits klassenamen, bundelnamen en geschiedenis-aanpassingen alleen onder weergave/intern/."""
    import re

    from tests.conftest import PROJECT

    patroon = re.compile(
        r"data-testid|st-emotion|stStatusWidget|PlotlyChart\.|pushState|location\.replace|sessionStorage|window\.Plotly"
        r"|PlotlyGeoAssets|st\.rerun|static/js/index|_page_hash|calc_hash|navigator\.language"
    )
    bestanden = [PROJECT / "app.py"] + [
        p
        for map_ in ("spreiding", "weergave", "paginas")
        for p in (PROJECT / map_).rglob("*")
        if p.suffix in (".py", ".js", ".css")
    ]
    buiten = [
        str(p.relative_to(PROJECT))
        for p in bestanden
        if "intern" not in p.relative_to(PROJECT).parts and patroon.search(p.read_text(encoding="utf-8"))
    ]
    assert not buiten, buiten


def _bundeltekst() -> str:
    bundel = Path(streamlit.__file__).parent / "static" / "static"
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in bundel.rglob("*.js"))


def test_elke_vertaalde_engelse_tekst_staat_nog_in_de_bundel():
    """Aanname van vertaling.py: Streamlit schrijft deze Engelse teksten precies zo. Staat er één niet meer in de
    bundel, dan is die vertaling dood en komt er misschien een nieuwe Engelse tekst op het scherm."""
    from weergave.intern.vertaling import VERTALINGEN, VOORVOEGSELS

    tekst = _bundeltekst()
    ontbreekt = [en for en in [*VERTALINGEN, *VOORVOEGSELS] if f"`{en}" not in tekst and f'"{en}' not in tekst]
    assert not ontbreekt, f"niet meer in Streamlits frontend: {ontbreekt}"
    assert "per file" in tekst  # het patroon '1MB per file'


def test_elke_selector_van_de_opmaak_staat_in_de_bundel():
    """Aanname van css.py: de test-id's waarop de opmaak steunt, bestaan nog in Streamlits frontend."""
    from weergave.intern.css import SELECTORS

    tekst = _bundeltekst()
    ontbreekt = [s for s in SELECTORS if s not in tekst]
    assert not ontbreekt, f"test-id's niet meer in Streamlits frontend: {ontbreekt}"


def test_plotly_bundel_gevonden_of_luid():
    """Aanname van plotly.py: precies één PlotlyChart.*.js in Streamlits bundel; anders een luide fout, geen gok."""
    from weergave.intern.plotly import bundel

    naam = bundel()
    assert (
        naam.startswith("PlotlyChart.")
        and (Path(streamlit.__file__).parent / "static" / "static" / "js" / naam).is_file()
    )


def test_apptest_opent_een_pagina_als_functie():
    """weergave/intern/apptest.py: AppTest kiest een pagina-als-functie via de hash van haar adres."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import PROJECT
    from weergave.intern.apptest import naar_pagina

    at = naar_pagina(AppTest.from_file(str(PROJECT / "app.py"), default_timeout=90), "hoe-werkt-het").run()
    assert [t.value for t in at.title] == ["Hoe werkt het: de cyclus en de stand van de wet"]


def test_een_download_bij_de_klik_overleeft_andere_sessies_die_sluiten(monkeypatch):
    """weergave/intern/downloads.py: Streamlit gooit een bij de klik gemaakt bestand weg na twee opruimrondes
    (remove_orphaned_files, na elke run en bij elke sessie die sluit); met de aanpassing blijft het BEWAAR seconden
    staan en gaat het daarna wel weg. Faalt als Streamlit dat anders gaat doen (dan is de aanpassing overbodig of
    werkt zij niet meer)."""
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    from weergave.intern import downloads

    def klik(mgr: MediaFileManager) -> str:
        file_id = mgr.add_deferred(lambda: b"gemeentecode;opgave\n", "text/csv", "1.(2).3", "opgave.csv")
        return mgr.execute_deferred(file_id).rsplit("/", 1)[-1].split(".")[0]

    def twee_sessies_sluiten(mgr: MediaFileManager) -> None:
        for sessie in ("a", "b"):
            mgr.clear_session_refs(sessie)
            mgr.remove_orphaned_files()

    # zonder de aanpassing (de oorspronkelijke methode): weg na twee gesloten sessies
    monkeypatch.setattr(MediaFileManager, "_get_inactive_file_ids", downloads.ORIGINEEL)
    monkeypatch.setattr(MediaFileManager, downloads._VLAG, False, raising=False)
    kaal = MediaFileManager(MemoryMediaFileStorage("/media"))
    weg = klik(kaal)
    twee_sessies_sluiten(kaal)
    assert kaal.read_file(weg) is None, "Streamlit gooit een verse download niet meer weg: is downloads.py nog nodig?"

    nu = [1000.0]
    monkeypatch.setattr(downloads, "_klok", lambda: nu[0])
    downloads.bewaar_downloads()
    mgr = MediaFileManager(MemoryMediaFileStorage("/media"))
    blijft = klik(mgr)
    twee_sessies_sluiten(mgr)
    assert mgr.read_file(blijft) is not None, "de download is weg voordat de browser hem kon halen"
    # een tweede bezoeker haalt na de minuut hetzelfde bestand (zelfde inhoud, zelfde id): weer een minuut
    nu[0] += downloads.BEWAAR + 1
    assert klik(mgr) == blijft
    twee_sessies_sluiten(mgr)
    assert mgr.read_file(blijft) is not None, "een tweede klik op hetzelfde bestand kreeg geen nieuwe minuut"
    nu[0] += downloads.BEWAAR + 1
    twee_sessies_sluiten(mgr)
    assert mgr.read_file(blijft) is None, "een oude download blijft staan: het geheugen groeit"


def test_kwijtgeraakte_keuze_komt_terug():
    """weergave/intern/widgetstaat.py: stuurt de frontend de gemeente leeg terwijl de link van die run haar nog draagt,
    dan blijft de gemeente staan (in een browser raakte de frontend haar soms kwijt). Haalt de link haar ook weg, zoals
    de browser doet als iemand het zoekvak wist, dan blijft het leeg."""
    from tests.conftest import open_pagina

    at = open_pagina("kaart", gemeente="Heerlen")
    assert at.selectbox(key="gemeente").value == "GM0917"
    at.selectbox(key="gemeente").set_value(None).run()
    assert at.selectbox(key="gemeente").value == "GM0917"
    assert "Heerlen: " in " ".join(s.value for s in at.subheader)
    del at.query_params["gemeente"]
    at.selectbox(key="gemeente").set_value(None).run()
    assert at.selectbox(key="gemeente").value is None
    # een provincie gekozen in het zoekvak: de callback leegt de gemeente; dat is geen verlies
    at.query_params["gemeente"] = "Heerlen"
    at.selectbox(key="gemeente").set_value("GM0917").run()
    at.selectbox(key="gemeente").set_value("Provincie Limburg").run()
    assert at.selectbox(key="gemeente").value is None
