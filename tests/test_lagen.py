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


#: Bewerkingen van pandas die een pagina niet doet (die horen in spreiding/ of weergave/).
PANDAS = {
    "groupby",
    "merge",
    "sort_values",
    "sort_index",
    "sum",
    "mean",
    "median",
    "loc",
    "iloc",
    "at",
    "iat",
    "agg",
    "aggregate",
    "pivot",
    "pivot_table",
    "set_index",
    "reset_index",
    "assign",
    "apply",
    "query",
    "nlargest",
    "nsmallest",
    "cumsum",
    "diff",
    "pct_change",
    "value_counts",
    "drop_duplicates",
    "dropna",
    "fillna",
    "astype",
    "clip",
    "idxmax",
    "idxmin",
    "head",
    "tail",
    "concat",
    "DataFrame",
    "Series",
    "to_numpy",
    "melt",
    "isin",
    "where",
    "mask",
    "rank",
    "std",
    "itertuples",
    "iterrows",
    "map",
}
#: Omzettingen van getallen: een pagina krijgt waarden die zo getoond kunnen worden (notatie.getal en euro nemen ook
#: numpy-getallen), en zet zelf geen cel uit een tabel om (issue 30: 37 keer int(rij["..."])).
OMZETTEN = {"int", "float", "round"}
REKENEN = (ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Pow, ast.Mod, ast.MatMult)


def _tekst_of_lijst(knoop: ast.AST) -> bool:
    """Is dit (zichtbaar) tekst of een lijst? Dan is + aaneenrijgen, geen rekenen."""
    if isinstance(knoop, ast.Constant):
        return isinstance(knoop.value, str)
    if isinstance(knoop, (ast.JoinedStr, ast.List, ast.ListComp, ast.Tuple)):
        return True
    if isinstance(knoop, ast.BinOp) and isinstance(knoop.op, ast.Add):
        return _tekst_of_lijst(knoop.left) or _tekst_of_lijst(knoop.right)
    if isinstance(knoop, ast.IfExp):
        return _tekst_of_lijst(knoop.body) or _tekst_of_lijst(knoop.orelse)
    return False


def rekenwerk(bron: str) -> list[str]:
    """Rekensommen en pandas-bewerkingen in de code van een pagina (AST): -, *, /, //, %, **, += en + op getallen,
    int(), float() en round(), elke bewerking uit PANDAS, en een import van numpy of pandas."""
    gevonden = []
    for k in ast.walk(ast.parse(bron)):
        som = isinstance(k, ast.BinOp) and (
            isinstance(k.op, REKENEN) or (isinstance(k.op, ast.Add) and not _tekst_of_lijst(k))
        )
        if som or (isinstance(k, ast.AugAssign) and not _tekst_of_lijst(k.value)):
            gevonden.append(f"{k.lineno}: {ast.unparse(k)[:60]}")
        elif isinstance(k, ast.Call) and isinstance(k.func, ast.Name) and k.func.id in OMZETTEN:
            gevonden.append(f"{k.lineno}: {k.func.id}() in {ast.unparse(k)[:60]}")
        elif isinstance(k, ast.Attribute) and k.attr in PANDAS:
            gevonden.append(f"{k.lineno}: .{k.attr} in {ast.unparse(k)[:60]}")
        elif isinstance(k, (ast.Import, ast.ImportFrom)):
            namen = [k.module or ""] if isinstance(k, ast.ImportFrom) else [a.name for a in k.names]
            gevonden += [f"{k.lineno}: import {n}" for n in namen if n.split(".")[0] in ("numpy", "pandas")]
    return gevonden


def test_rekenwerk_vindt_wat_het_zoekt():
    fout = "a = b * 2\nc = d + 1\nx += 1\ne = t.groupby('p').sum()\nimport numpy as np\nn = int(rij['opgave'])\n"
    goed = "a = 'x' + f'{b}'\nl = [1] + [c for c in d]\nt = ', '.join(x)\ns = (f'{a}' if q else '') + 'b'\n"
    assert len(rekenwerk(fout)) == 7 and rekenwerk(goed) == []


def test_geen_pagina_rekent_of_bewerkt_tabellen():
    """Pagina's rekenen niet zelf en bewerken geen tabellen: dat doen spreiding/ en weergave/ (AST)."""
    gevonden = {
        pad.name: rekenwerk(pad.read_text(encoding="utf-8")) for pad in sorted((PROJECT / "paginas").glob("*.py"))
    }
    assert not any(gevonden.values()), {k: v for k, v in gevonden.items() if v}


def _constant(knoop: ast.AST) -> bool:
    """Een letterlijke sleutel of index: 'opgave', 2, -1."""
    if isinstance(knoop, ast.UnaryOp) and isinstance(knoop.op, ast.USub):
        knoop = knoop.operand
    return isinstance(knoop, ast.Constant)


def _getal(knoop: ast.AST) -> bool:
    return _constant(knoop) and isinstance(getattr(knoop, "value", getattr(knoop, "operand", None)), (int, float))


def grijpwerk(bron: str) -> list[str]:
    """Waar een pagina zelf in een resultaat grijpt of getallen weegt (AST, issue 30): een subscript met een
    letterlijke sleutel of index (`rij["opgave"]`, `nu[2]`, `x[-1]`) of een stuk (`lijst[:10]`), en een vergelijking
    met een getal of op grootte (`a == 0`, `len(x) > 1500`, `a < b`). Een pagina krijgt getypte resultaten
    (spreiding/resultaten.py: `r.te_realiseren`) en vraagt een oordeel aan het resultaat (`verschil.geen`).
    Opzoeken in een eigen tabel met een variabele (`NIVEAUS[niveau]`) mag: dat is weergave, geen rekenwerk."""
    gevonden = []
    for k in ast.walk(ast.parse(bron)):
        if (
            isinstance(k, ast.Subscript)
            and (isinstance(k.slice, ast.Slice) or _constant(k.slice))
            or isinstance(k, ast.Compare)
            and (
                any(isinstance(o, (ast.Lt, ast.Gt, ast.LtE, ast.GtE)) for o in k.ops)
                or any(_getal(z) and not isinstance(getattr(z, "value", None), bool) for z in (k.left, *k.comparators))
            )
        ):
            gevonden.append(f"{k.lineno}: {ast.unparse(k)[:60]}")
    return gevonden


def test_grijpwerk_vindt_wat_het_zoekt():
    fout = "a = rij['opgave']\nb = nu[2]\nc = x[-1]\nd = l[:10]\nif v == 0: pass\nif len(t) > 1500: pass\ne = a < b\n"
    goed = "a = r.opgave\nb = NIVEAUS[niveau]\nif v.geen: pass\nif x is None: pass\nif s == 'gemeente': pass\n"
    assert len(grijpwerk(fout)) == 7 and grijpwerk(goed) == []


def test_geen_pagina_grijpt_in_een_resultaat():
    """Pagina's lezen velden van getypte resultaten; ze pakken geen kolom of plek uit een rij en wegen geen getallen."""
    gevonden = {
        pad.name: grijpwerk(pad.read_text(encoding="utf-8")) for pad in sorted((PROJECT / "paginas").glob("*.py"))
    }
    assert not any(gevonden.values()), {k: v for k, v in gevonden.items() if v}


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


def test_geen_importkring_in_spreiding():
    """Geen kring van imports tussen de modules van spreiding/, ook niet via een import binnen een functie (zo'n
    import verborg de kring invoer.py <-> regietafel.py; issue 30). Met de hand gecontroleerd: met 'from .invoer import
    lees_aantal' terug in regietafel.py vindt deze test de kring."""
    import ast

    modules = {}
    for pad in (PROJECT / "spreiding").rglob("*.py"):
        delen = pad.with_suffix("").relative_to(PROJECT).parts
        naam = ".".join(delen[:-1] if delen[-1] == "__init__" else delen)
        modules[naam] = pad
    graaf: dict[str, set[str]] = {}
    for naam, pad in modules.items():
        pakket = naam if pad.name == "__init__.py" else naam.rsplit(".", 1)[0]
        doelen = set()
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.ImportFrom):
                basis = pakket.split(".")[: len(pakket.split(".")) - max(knoop.level - 1, 0)] if knoop.level else []
                module = ".".join(basis + ([knoop.module] if knoop.module else []))
                doelen |= {f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module for a in knoop.names}
            elif isinstance(knoop, ast.Import):
                doelen |= {a.name for a in knoop.names}
        graaf[naam] = {d for d in doelen if d in modules and d != naam}

    def kring_vanaf(start: str) -> list[str] | None:
        stapel = [(start, [start])]
        gezien = set()
        while stapel:
            knoop, pad = stapel.pop()
            for doel in graaf[knoop]:
                if doel == start:
                    return pad
                if doel not in gezien:
                    gezien.add(doel)
                    stapel.append((doel, [*pad, doel]))
        return None

    kringen = [k for k in (kring_vanaf(m) for m in graaf) if k]
    assert not kringen, kringen


def test_geen_import_in_een_functie_zonder_reden():
    """Issue 30: een import binnen een functie in spreiding/ verbergt afhankelijkheden (zo verborg er een de kring
    invoer.py <-> regietafel.py). Alleen met een reden als commentaar op dezelfde regel (bv. een optionele
    afhankelijkheid of een trage bibliotheek die alleen één opdracht nodig heeft)."""
    import ast

    zonder = []
    for pad in sorted((PROJECT / "spreiding").rglob("*.py")):
        tekst = pad.read_text(encoding="utf-8")
        regels = tekst.splitlines()
        for functie in ast.walk(ast.parse(tekst)):
            if not isinstance(functie, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for knoop in ast.walk(functie):
                if isinstance(knoop, ast.Import | ast.ImportFrom) and "#" not in regels[knoop.lineno - 1]:
                    zonder.append(f"{pad.relative_to(PROJECT)}:{knoop.lineno}: {regels[knoop.lineno - 1].strip()}")
    assert not zonder, zonder


def test_een_andere_cyclus_op_de_kaart_reist_eenmaal_naar_de_kaart_en_eenmaal_naar_de_balk():
    """Issue 30: een andere cyclus op /kaart gaat één keer omlaag voor het hele beeld (laden.kaartbeeld ->
    spreiding.kaartbeeld.maak) en één keer voor het uitgangspunt zelf (de balk: uitgangspunt.maak), in plaats van
    voor elk label, elke bronregel en elke command line apart (20 reizen vóór het kaartbeeld). Gemeten zoals
    `python -m bench.spoor`."""
    from bench.spoor import spoor

    uit = spoor("kaart", "1", "test")
    reizen = uit["reizen"]
    assert sum(reizen.values()) <= 2, dict(reizen)
    assert set(reizen) <= {
        "weergave/bediening.py -> spreiding/uitgangspunt.py:maak",
        "weergave/laden.py -> spreiding/kaartbeeld.py:maak",
    }, dict(reizen)
