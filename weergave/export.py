"""Tabellen op het scherm en downloads: Nederlandse notatie in de tabel (met numeriek sorteren), en naast elke
CSV een Excel-bestand met Nederlandse koppen, getallen als getal en een blad met scenario en bronnen.

De bestanden worden pas gemaakt als iemand op de knop drukt (uitgestelde data), dus een herberekening kost ze niets.
"""

from __future__ import annotations

import html
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import pyarrow as pa
import streamlit as st

from spreiding.parameters import Bron
from spreiding.uitvoer.kolommen import kolom
from spreiding.uitvoer.tabellen import csv_nl, met_totaalrij, xlsx

from .intern.downloads import bewaar_downloads

bewaar_downloads()  # een bij de klik gemaakte download blijft staan tot de browser hem heeft (ook onder belasting)

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


#: Welke rij nadruk krijgt (vet in een kleine tabel, 'Gekozen: ja' in een interactieve): (kolom, waarde),
#: bijv. ("gemeentecode", "GM0363"); met waarde None geen enkele.
Nadruk = tuple[str, object]


def _nadrukrijen(tabel: pd.DataFrame, nadruk: Nadruk | None) -> set:
    """De indexlabels van de rijen met nadruk."""
    if nadruk is None or nadruk[1] is None:
        return set()
    naam, waarde = nadruk
    return set(tabel.index[tabel[naam].to_numpy(dtype=object) == waarde])


#: De kolom die in een interactieve tabel de gekozen rij aanwijst (een Styler-kleur kostte te veel rekentijd).
GEKOZEN = "gekozen"


def kolominstelling(naam: str, eerste: bool = False):
    """Hoe st.dataframe kolom `naam` toont: de Nederlandse kop en de definitie uit de begrippenlijst als
    hulptekst; getallen en bedragen als getal, in de browser opgemaakt in Nederlandse notatie (1.234; 5,39;
    € 2.054.500; zie weergave/intern/getalnotatie.py), zodat sorteren numeriek blijft. De eerste kolom blijft staan
    bij opzij schuiven."""
    k = kolom(naam)
    if k.soort in ("tekst", "janee"):
        smal = "small" if naam == GEKOZEN else None  # alleen 'ja': op een telefoon blijft ruimte voor de getallen
        return st.column_config.TextColumn(k.kop, help=k.uitleg, pinned=eerste or None, width=smal)
    stap = 10.0 ** -(k.decimalen if k.soort in ("getal", "procent", "euro") else 0)
    formaat = "euro" if k.soort == "euro" else "localized"  # procent: de kop zegt al "(%)"
    return st.column_config.NumberColumn(k.kop, help=k.uitleg, format=formaat, step=stap, pinned=eerste or None)


def interactief(tabel: pd.DataFrame, kolommen: Sequence[str], nadruk: Nadruk | None = None):
    """(tabel, kolominstellingen) voor st.dataframe: de kolommen `kolommen` met de getallen als getal (opgemaakt in de
    browser) en ja/nee als tekst; met `nadruk` vooraan een kolom 'Gekozen' met 'ja' bij de gekozen rij."""
    kolommen = list(kolommen)
    deel = tabel[kolommen]
    janee = [k for k in kolommen if kolom(k).soort == "janee"]
    # Streamlit kapt een getal in de browser af op de decimalen van `step` (4,9954 wordt 4,99); daarom gaan breuken
    # al afgerond heen, zoals spreiding.notatie.getal afrondt (round): de tabel zegt wat de tekst zegt (5,00).
    breuken = [k for k in kolommen if kolom(k).soort in ("getal", "procent", "euro") and deel[k].dtype.kind == "f"]
    gemarkeerd = _nadrukrijen(tabel, nadruk)
    if janee or gemarkeerd or breuken:
        deel = deel.copy()
        for k in janee:
            deel[k] = [kolom(k).tekst(w) for w in deel[k]]
        for k in breuken:
            d = kolom(k).decimalen
            deel[k] = [round(float(w), d) if pd.notna(w) else None for w in deel[k]]
    if gemarkeerd:
        deel.insert(0, GEKOZEN, ["ja" if i in gemarkeerd else "" for i in deel.index])
        kolommen = [GEKOZEN, *kolommen]
    eerste = [k for k in kolommen if k != GEKOZEN][0]
    instellingen = {k: kolominstelling(k, eerste=k in (GEKOZEN, eerste)) for k in kolommen}
    return deel.reset_index(drop=True), instellingen


def _md(tekst: str) -> str:
    """Tekst in een Markdown-tabelcel: geen opmaak, geen scheidingstekens."""
    return "".join("\\" + t if t in "\\`*_[]()#!|<>~$" else t for t in str(tekst)).replace("\n", " ")


def kleine_tabel(tabel_: pd.DataFrame, kolommen: Sequence[str], *, nadruk: Nadruk | None = None, kort: bool = False):
    """Kleine tabel als gewone (Markdown-)tabel: Nederlandse notatie, ook voor schermlezers en op papier, en snel
    (geen Styler). `nadruk`: rijen die vet worden. Een gemeentenaam is een link naar 'Mijn gemeente'. `kort`: de
    korte koppen uit de begrippenlijst (past op een telefoon; de volledige kop hoort dan in een bijschrift)."""
    koppen_ = [_md(kolom(k).kop_kort if kort else kolom(k).kop) for k in kolommen]
    rechts = [kolom(k).soort not in ("tekst", "janee") for k in kolommen]
    regels = []
    link = "gemeentenaam" in kolommen and "gemeentecode" in tabel_.columns
    gemarkeerd = _nadrukrijen(tabel_, nadruk)
    for label, rij in tabel_.iterrows():
        cellen = [_md(kolom(k).tekst(rij[k])) for k in kolommen]
        if link:  # elke gemeentenaam leidt naar haar eigen pagina
            j = list(kolommen).index("gemeentenaam")
            cellen[j] = f"[{cellen[j]}](gemeente?gemeente={rij['gemeentecode']})"
        if label in gemarkeerd:
            cellen = [f"**{c}**" for c in cellen]
        regels.append(cellen)
    st.markdown(_markdowntabel(koppen_, rechts, regels))


def teksttabel(koppen: Sequence[str], regels: Sequence[Sequence[str]], rechts: Sequence[str] = ()) -> None:
    """Een kleine tabel van kant-en-klare teksten als Markdown-tabel, de kolommen `rechts` rechts uitgelijnd (getallen);
    zo goedkoop als kleine_tabel, anders dan st.table (issue 34)."""
    cellen = [[_md(c) for c in regel] for regel in regels]
    st.markdown(_markdowntabel([_md(k) for k in koppen], [k in rechts for k in koppen], cellen))


def _markdowntabel(koppen: Sequence[str], rechts: Sequence[bool], regels: Sequence[Sequence[str]]) -> str:
    """Markdown van een tabel uit cellen die al Markdown zijn; kolommen met `rechts` rechts uitgelijnd."""
    tekst = ["| " + " | ".join(koppen) + " |", "|" + "|".join("---:" if r else "---" for r in rechts) + "|"]
    return "\n".join(tekst + ["| " + " | ".join(regel) + " |" for regel in regels])


def koppen(kolommen: Sequence[str]) -> str:
    """'Nood, Saldo en Som tekorten': de korte koppen van kolommen als opsomming (voor een uitklapkop)."""
    namen = [kolom(k).kop_kort for k in kolommen]
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def korte_koppen(kolommen: Sequence[str]) -> str:
    """'Per 1.000: opgave per 1.000 inwoners. …': de korte koppen van een smalle tabel uitgelegd (bijschrift)."""
    return " ".join(
        f"{kolom(k).kop_kort}: {kolom(k).kop[:1].lower()}{kolom(k).kop[1:]}."
        for k in kolommen
        if kolom(k).kop_kort != kolom(k).kop
    )


def tabel(
    tabel_: pd.DataFrame,
    kolommen: Sequence[str],
    *,
    nadruk: Nadruk | None = None,
    hoogte: int | str = "auto",
    key: str | None = None,
    sorteer: tuple[str, bool] | None = None,
) -> None:
    """Interactieve tabel in Nederlandse notatie, passend in de breedte (de eerste kolom blijft staan bij opzij
    schuiven); de getallen maakt de browser op, dus de server stuurt alleen de tabel. `sorteer`: (kolom, oplopend)."""
    gegevens, instellingen = _als_arrow(tabel_, tuple(kolommen), nadruk, sorteer)
    st.dataframe(gegevens, column_config=instellingen, hide_index=True, width="stretch", height=hoogte, key=key)


#: Arrow-tabellen van gedeelde tabellen (weergave/laden: één object per keuze, voor alle sessies), zodat niet elke
#: bezoeker dezelfde tabel opnieuw omzet (issue 34). De sleutel bevat id() van de tabel en de waarde de tabel zelf:
#: zolang zij hier staat, krijgt geen ander object dat id.
_ARROW: OrderedDict[tuple, tuple[pd.DataFrame, pa.Table, dict]] = OrderedDict()
_ARROW_SLOT = threading.Lock()
_ARROW_MAX = 128


def _als_arrow(tabel_: pd.DataFrame, kolommen: tuple[str, ...], nadruk: Nadruk | None, sorteer):
    sleutel = (id(tabel_), kolommen, nadruk, sorteer)
    with _ARROW_SLOT:
        gevonden = _ARROW.get(sleutel)
        if gevonden is not None and gevonden[0] is tabel_:
            _ARROW.move_to_end(sleutel)
            return gevonden[1], {k: dict(v) for k, v in gevonden[2].items()}
    bron = tabel_ if sorteer is None else tabel_.sort_values(sorteer[0], ascending=sorteer[1], kind="stable")
    deel, instellingen = interactief(bron, kolommen, nadruk)
    gegevens = pa.Table.from_pandas(deel, preserve_index=False)
    with _ARROW_SLOT:
        _ARROW[sleutel] = (tabel_, gegevens, instellingen)
        while len(_ARROW) > _ARROW_MAX:
            _ARROW.popitem(last=False)
    return gegevens, {k: dict(v) for k, v in instellingen.items()}


def tabelhoogte(regels: int) -> int:
    """Hoogte (px) waarbij een st.dataframe of st.data_editor alle regels toont zonder binnenste schuifbalk: 35 px per
    regel plus de kop en de rand (Streamlit 1.67)."""
    return 35 * (regels + 1) + 3


def downloads(
    tabel_: pd.DataFrame,
    kolommen: Sequence[str],
    naam: str,
    scenario: Sequence[tuple[str, str]],
    bronnen: Sequence[Bron],
    bladnaam: str = "Tabel",
    key: str = "",
    houder=None,
    totaalrij: bool = False,
) -> None:
    """Twee knoppen naast elkaar: CSV (';', decimale komma, BOM) en Excel (.xlsx met blad 'Scenario en bronnen');
    met `totaalrij` een regel 'Totaal' onderaan (Excel: SUM-formules)."""
    houder = houder or st
    deel = tabel_.reset_index(drop=True)
    kolommen = list(kolommen)
    a, b = houder.columns(2)
    a.download_button(
        "CSV (Excel, puntkomma)",
        data=lambda: csv_nl(met_totaalrij(deel, kolommen) if totaalrij else deel, kolommen),
        file_name=f"{naam}.csv",
        mime=CSV,
        on_click="ignore",
        key=f"csv_{key or naam}",
        width="stretch",
        help="Puntkomma als scheiding, decimale komma, UTF-8: Nederlandse Excel opent het in kolommen.",
    )
    b.download_button(
        "Excel (.xlsx)",
        data=lambda: xlsx([(bladnaam, deel, kolommen)], scenario, bronnen, totaalrij=totaalrij),
        file_name=f"{naam}.xlsx",
        mime=XLSX,
        on_click="ignore",
        key=f"xlsx_{key or naam}",
        width="stretch",
        help="Met Nederlandse kolomkoppen, getallen als getal en een tweede blad met het scenario en de bronnen.",
    )


def huidige_link() -> str | None:
    """De link van deze weergave zoals de bezoeker haar ziet (adres, pagina en parameters), voor in een briefing;
    None buiten een browser (AppTest)."""
    basis = st.context.url
    if not basis:
        return None
    parameters = {k: st.query_params.get(k) for k in st.query_params}
    return basis + (f"?{urlencode(parameters)}" if parameters else "")


def pdf_knop(label: str, maak: Callable[[], bytes], naam: str, key: str, houder=None, help: str | None = None) -> None:
    (houder or st).download_button(
        label,
        data=maak,
        file_name=f"{naam}.pdf",
        mime=PDF,
        on_click="ignore",
        key=key,
        help=help,
        type="primary",
    )


def figuur(fig, key: str, naam: str, breedte: int = 1200, hoogte: int = 800, on_klik=None, kaart: bool = False):
    """Een Plotly-figuur met onze eigen opmaak (geen Streamlit-thema) en een PNG-knop met betekenisvolle naam; een
    nieuwe figuur onder dezelfde key werkt de getekende grafiek bij (zie grafiek.py)."""
    from . import grafiek
    from .figuren import config

    return grafiek.toon(fig, key, config(naam, breedte, hoogte, kaart=kaart), on_klik=on_klik)


_DELEN_JS = (Path(__file__).with_name("js") / "delen.js").read_text(encoding="utf-8")


def deel_knop(label: str = "Delen", titel: str | None = None, tekst: str | None = None) -> None:
    """Knop die de link van deze weergave deelt: het deelmenu van de telefoon (met `titel` en `tekst`, bv. de naam
    van de gemeente en haar getal), of de link naar het klembord."""
    extra = "".join(
        f' data-{naam}="{html.escape(waarde, quote=True)}"'
        for naam, waarde in (("titel", titel), ("tekst", tekst))
        if waarde
    )
    st.html(
        '<div class="spreiding-delen-vak"><button id="spreiding-delen" class="spreiding-delen" type="button" '
        f'aria-label="{label}: kopieer de link van deze pagina"{extra}>{label}</button> '
        '<span id="spreiding-delen-melding" role="status" aria-live="polite"></span></div>'
        "<style>.spreiding-delen{font:inherit;padding:.4rem .9rem;border:1px solid rgba(49,51,63,.3);"
        "border-radius:.5rem;background:#fff;color:#262730;cursor:pointer}.spreiding-delen:focus-visible{"
        "outline:3px solid #1c5fa8;outline-offset:2px}#spreiding-delen-melding{margin-left:.5rem;color:#31333f;"
        "font-size:.9rem;word-break:break-all}</style>"
        f"<script>{_DELEN_JS}</script>",
        unsafe_allow_javascript=True,
    )
