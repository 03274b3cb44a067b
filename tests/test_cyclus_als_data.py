"""Issue 30: een cyclus is een rij data. Een cyclus 3 (80.000 plekken vanaf 1 februari 2028, zonder gepubliceerde
aantallen) erbij in een kopie van de parameters, zonder één regel code te veranderen: de command line verdeelt haar
over 342 gemeenten, de keuze in de app noemt haar en de kaart bij ?cyclus=3 tekent. En geen cyclusletterlijk
('"2"') in de code buiten spreiding/parameters/."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap

from tests.conftest import PROJECT

CYCLUS3 = """
[[cycli]]
code = "3"
naam = "Cyclus 3 (2028–2030)"
kort = "Cyclus 3"
van = 2028-02-01
tot = 2030-02-01
cijfers = "gereconstrueerd"
cijfers_toelichting = "Model: nog geen verdeling gepubliceerd."
"""
TOTAAL3 = '  { van = 2028-02-01, waarde = 80000, status = "U", bron = "dashboard", toelichting = "Testcyclus" },\n'


def _parameters_met_cyclus3(tmp_path):
    doel = tmp_path / "parameters"
    shutil.copytree(PROJECT / "spreiding" / "parameters", doel, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    cycli = (doel / "cycli.toml").read_text(encoding="utf-8")
    # de rij vóór de eerste tabel met parameters per cyclus, en het totaal als waarde op haar eerste dag
    cycli = cycli.replace("\n[cyclus.totaal]", CYCLUS3 + "\n[cyclus.totaal]", 1)
    kop = cycli.index("[cyclus.totaal]")
    eind = cycli.index("\n]\n", kop)
    cycli = cycli[:eind] + "\n" + TOTAAL3.rstrip("\n") + cycli[eind:]
    (doel / "cycli.toml").write_text(cycli, encoding="utf-8")
    return doel


def _omgeving(doel) -> dict:
    return {k: v for k, v in os.environ.items() if k != "SPREIDING_DATA"} | {"SPREIDING_PARAMETERS": str(doel)}


def test_cyclus_3_is_een_rij_data(tmp_path):
    doel = _parameters_met_cyclus3(tmp_path)
    omgeving = _omgeving(doel)
    uit = subprocess.run(
        [sys.executable, "-m", "spreiding", "verdeling", "--cyclus", "3", "--format", "csv"],
        cwd=PROJECT,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uit.returncode == 0, uit.stderr
    regels = uit.stdout.lstrip("\ufeff").splitlines()[1:]
    opgaven = [int(r.split(";")[5]) for r in regels]
    assert len(regels) == 342 and sum(opgaven) == 80_000

    # de app: de cycluskeuze noemt cyclus 3, en de kaart bij ?cyclus=3 tekent (AppTest in een eigen proces, want de
    # parameters worden bij het importeren gelezen)
    script = textwrap.dedent(
        """
        from streamlit.testing.v1 import AppTest
        at = AppTest.from_file("app.py", default_timeout=120)
        at.query_params["cyclus"] = "3"
        from weergave.intern.apptest import naar_pagina
        naar_pagina(at, "kaart").run()
        assert not at.exception and not at.error, [e.value for e in at.exception]
        keuze = at.button_group(key="cyclus")
        assert "Cyclus 3" in list(keuze.options), keuze.options
        assert str(keuze.value) in ("3", "Cyclus 3"), keuze.value
        tekst = " ".join(str(m.value) for m in at.markdown) + " ".join(str(c.value) for c in at.caption)
        assert "Cyclus 3 (2028–2030)" in tekst, tekst[:300]
        print("ok")
        """
    )
    uit = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, env=omgeving, capture_output=True, text=True, timeout=300
    )
    assert uit.returncode == 0 and "ok" in uit.stdout, uit.stderr[-3000:]

    # Mijn gemeente op een dag in cyclus 3: de kop, de labels en de vergelijking noemen cyclus 3 en cyclus 2
    script = textwrap.dedent(
        """
        from datetime import date
        from spreiding.data import laad_gemeenten
        from spreiding.gemeente import overzicht
        o = overzicht(laad_gemeenten(), "GM0917", dag=date(2028, 3, 1))
        assert o.kop.startswith("Heerlen: ") and o.kop.endswith(" in cyclus 3"), o.kop
        assert (o.opgave_label, o.vorige_label) == ("Opgave cyclus 3 (2028–2030)", "Opgave cyclus 2 (gepubliceerd)")
        assert o.vergeleken()[0] == "Cyclus 3 t.o.v. cyclus 2 (gepubliceerd)", o.vergeleken()
        assert o.opgave_vorige == 290, o.opgave_vorige  # Heerlen in cyclus 2 (SOURCES.md van NOS Nieuwsuur, nov. 2025)
        print("ok")
        """
    )
    uit = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, env=omgeving, capture_output=True, text=True, timeout=300
    )
    assert uit.returncode == 0 and "ok" in uit.stdout, uit.stderr[-3000:]


def test_geen_cyclusletterlijk_buiten_de_parameters():
    """Code vraagt 'wat geldt op deze datum' of 'welke cyclus is gepubliceerd', niet 'cyclus "2"'."""
    import ast

    gevonden = []
    bestanden = [PROJECT / "app.py"] + [
        p for map_ in ("spreiding", "weergave", "paginas") for p in sorted((PROJECT / map_).rglob("*.py"))
    ]
    for p in bestanden:
        if "parameters" in p.relative_to(PROJECT).parts:
            continue
        tekst = p.read_text(encoding="utf-8")
        regels = tekst.splitlines()
        for knoop in ast.walk(ast.parse(tekst)):
            # een losse cijferstring ('2') op een regel over een cyclus, maak(…) of de opties van de command line
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str) and re.fullmatch(r"\d", knoop.value):
                regel = regels[knoop.lineno - 1]
                if re.search(r"cycl|maak\(|uitgangspunt_opties", regel, re.IGNORECASE):
                    gevonden.append(f"{p.relative_to(PROJECT)}:{knoop.lineno}: {regel.strip()}")
    assert not gevonden, gevonden
