"""De drie lagen: spreiding/ (regels) importeert streamlit noch plotly; alleen weergave/, paginas/ en app.py
gebruiken Streamlit."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import PROJECT


def test_spreiding_importeert_geen_streamlit_of_plotly():
    code = (
        "import sys, importlib, pkgutil, spreiding\n"
        "for m in pkgutil.walk_packages(spreiding.__path__, 'spreiding.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('streamlit', 'plotly')))"
    )
    uit = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == "[]"


def _imports(pad) -> set[str]:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    namen = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen |= {a.name.split(".")[0] for a in knoop.names}
        elif isinstance(knoop, ast.ImportFrom) and knoop.module:
            namen.add(knoop.module.split(".")[0])
    return namen


def test_streamlit_alleen_in_weergave_paginas_en_app():
    toegestaan = {"weergave", "paginas"}
    for pad in PROJECT.rglob("*.py"):
        deel = pad.relative_to(PROJECT).parts
        if deel[0] in ("tests", "bench", "scripts", "static") or deel[0].startswith("."):
            continue
        if "streamlit" in _imports(pad) or "plotly" in _imports(pad):
            assert deel[0] in toegestaan or deel == ("app.py",), pad


def test_geen_pagina_bevat_een_rekenregel():
    """Pagina's rekenen niet zelf: geen numpy en geen verdeel-/toedeelfuncties in paginas/."""
    for pad in (PROJECT / "paginas").glob("*.py"):
        assert "numpy" not in _imports(pad), pad
        tekst = pad.read_text(encoding="utf-8")
        assert "grootste_overschot" not in tekst and "np." not in tekst, pad


def test_geen_pagina_importeert_de_command_line():
    """De opdracht op een pagina komt uit spreiding/opdracht.py, niet uit de command line zelf."""
    for pad in (PROJECT / "paginas").glob("*.py"):
        modules = {
            k.module if isinstance(k, ast.ImportFrom) else a.name
            for k in ast.walk(ast.parse(pad.read_text(encoding="utf-8")))
            if isinstance(k, (ast.Import, ast.ImportFrom))
            for a in k.names
        }
        assert "spreiding.cli" not in modules, pad
