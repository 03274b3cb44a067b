"""Tabellen op het scherm en downloads: Nederlandse notatie in de tabel (met numeriek sorteren), en naast elke
CSV een Excel-bestand met Nederlandse koppen, getallen als getal en een blad met scenario en bronnen.

De bestanden worden pas gemaakt als iemand op de knop drukt (uitgestelde data), dus een herberekening kost ze niets.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from spreiding.parameters import Bron
from spreiding.uitvoer.kolommen import kolom
from spreiding.uitvoer.tabellen import csv_nl, met_totaalrij, xlsx

CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


#: Welke rijen vet worden: (kolom, waarde), bijv. ("gemeentecode", "GM0363"); met waarde None geen enkele.
Nadruk = tuple[str, object]


def _nadrukrijen(tabel: pd.DataFrame, nadruk: Nadruk | None) -> set:
    """De indexlabels van de rijen met nadruk."""
    if nadruk is None or nadruk[1] is None:
        return set()
    naam, waarde = nadruk
    return set(tabel.index[tabel[naam].to_numpy(dtype=object) == waarde])


def opgemaakt(tabel: pd.DataFrame, kolommen: Sequence[str], nadruk: Nadruk | None = None):
    """Styler met Nederlandse koppen en notatie; de onderliggende getallen blijven getallen (sorteren klopt)."""
    deel = tabel[list(kolommen)].rename(columns={k: kolom(k).kop for k in kolommen})
    # Tekst als gewone Python-objecten: Streamlit zet de weergavewaarden kolom voor kolom in een kopie, en dat is met
    # pandas' Arrow-tekstkolommen vele malen trager (gemeten met py-spy: een kwart van de servertijd per bezoeker).
    deel = deel.astype({k: object for k in deel.columns if deel[k].dtype == "string" or deel[k].dtype == "str"})
    opmaak = {kolom(k).kop: kolom(k).tekst for k in kolommen if kolom(k).soort != "tekst"}
    styler = deel.style.format(opmaak)
    gemarkeerd = _nadrukrijen(tabel, nadruk)
    if gemarkeerd:
        styler = styler.apply(
            lambda rij: ["background-color: #fff3cd; font-weight: 600" if rij.name in gemarkeerd else "" for _ in rij],
            axis=1,
        )
    return styler


def _md(tekst: str) -> str:
    """Tekst in een Markdown-tabelcel: geen opmaak, geen scheidingstekens."""
    return "".join("\\" + t if t in "\\`*_[]()#!|<>~$" else t for t in str(tekst)).replace("\n", " ")


def kleine_tabel(tabel_: pd.DataFrame, kolommen: Sequence[str], *, nadruk: Nadruk | None = None, kort: bool = False):
    """Kleine tabel als gewone (Markdown-)tabel: Nederlandse notatie, ook voor schermlezers en op papier, en snel
    (geen Styler). `nadruk`: rijen die vet worden. Een gemeentenaam is een link naar 'Mijn gemeente'. `kort`: de
    korte koppen uit de begrippenlijst (past op een telefoon; de volledige kop hoort dan in een bijschrift)."""
    rechts = [kolom(k).soort not in ("tekst", "janee") for k in kolommen]
    regels = [
        "| " + " | ".join(_md(kolom(k).kop_kort if kort else kolom(k).kop) for k in kolommen) + " |",
        "|" + "|".join("---:" if r else "---" for r in rechts) + "|",
    ]
    link = "gemeentenaam" in kolommen and "gemeentecode" in tabel_.columns
    gemarkeerd = _nadrukrijen(tabel_, nadruk)
    for label, rij in tabel_.iterrows():
        cellen = [_md(kolom(k).tekst(rij[k])) for k in kolommen]
        if link:  # elke gemeentenaam leidt naar haar eigen pagina
            j = list(kolommen).index("gemeentenaam")
            cellen[j] = f"[{cellen[j]}](gemeente?gemeente={rij['gemeentecode']})"
        if label in gemarkeerd:
            cellen = [f"**{c}**" for c in cellen]
        regels.append("| " + " | ".join(cellen) + " |")
    st.markdown("\n".join(regels))


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
    """Tabel in Nederlandse notatie, passend in de breedte (de eerste kolom blijft staan bij scrollen).
    `sorteer`: (kolom, oplopend)."""
    if sorteer is not None:
        tabel_ = tabel_.sort_values(sorteer[0], ascending=sorteer[1], kind="stable")
    deel = tabel_.reset_index(drop=True)
    st.dataframe(opgemaakt(deel, kolommen, nadruk), hide_index=True, width="stretch", height=hoogte, key=key)


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
