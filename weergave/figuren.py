"""Plotly-figuren voor de pagina's. Alleen opmaak: de getallen komen uit spreiding/.

Elke figuur heeft een titel, het scenario als ondertitel en een bronregel in de figuur zelf, en de legenda binnen
het kader, zodat een opgeslagen PNG op zichzelf staat. Nederlandse notatie: `separators=",."` (1.234 en 5,39) en
vooraf opgemaakte teksten in hoverlabels. Kaarten gebruiken go.Choroplethmap (MapLibre) zonder achtergrondtegels:
geen externe kaartdienst, dus ook zonder internet.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from spreiding.notatie import MAANDEN, getal

LETTER = dict(family="Source Sans 3, Source Sans Pro, Arial, sans-serif", size=13, color="#262730")
GRIJS = "#6c757d"
OPLOPEND = [[0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"], [1, "#08306b"]]
DIVERGEREND = [[0, "#b2182b"], [0.25, "#ef8a62"], [0.5, "#f7f7f7"], [0.75, "#67a9cf"], [1, "#2166ac"]]


def bestandsnaam(*delen: str) -> str:
    """('opgave', 'cyclus2', 'provincie Utrecht') -> 'opgave_cyclus2_provincie-utrecht'."""
    schoon = []
    for deel in delen:
        tekst = unicodedata.normalize("NFKD", str(deel)).encode("ascii", "ignore").decode().lower()
        tekst = re.sub(r"[^a-z0-9]+", "-", tekst).strip("-")
        if tekst:
            schoon.append(tekst)
    return "_".join(schoon) or "figuur"


def config(naam: str, breedte: int = 1200, hoogte: int = 800, modebalk: bool = True) -> dict:
    """Plotly-config: opslaan als PNG met een betekenisvolle naam en een vaste maat (legenda past)."""
    return {
        "displaylogo": False,
        "displayModeBar": modebalk,
        "modeBarButtons": [["toImage"]],
        "toImageButtonOptions": {"format": "png", "filename": naam, "width": breedte, "height": hoogte, "scale": 1},
        "scrollZoom": False,
        "responsive": True,
    }


def _opmaak(
    fig: go.Figure, titel: str, ondertitel: str, bron: str, hoogte: int, onder: int = 70, boven: int = 78
) -> go.Figure:
    fig.update_layout(
        title=dict(
            text=f"<b>{titel}</b><br><span style='font-size:12px;color:{GRIJS}'>{ondertitel}</span>",
            x=0.01,
            xanchor="left",
            y=0.975,
            yanchor="top",
            font=dict(size=16),
        ),
        font=LETTER,
        separators=",.",
        height=hoogte,
        margin=dict(l=10, r=10, t=boven, b=onder),
        paper_bgcolor="white",
        plot_bgcolor="white",
        hoverlabel=dict(font_size=13, namelength=-1),
    )
    fig.add_annotation(
        text=bron,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-onder + 12,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font=dict(size=10, color=GRIJS),
        align="left",
    )
    return fig


def _assen(fig: go.Figure, x: str, y: str, y_formaat: str = ",d", x_formaat: str | None = ",d") -> None:
    fig.update_xaxes(title=x, tickformat=x_formaat, gridcolor="#eee", zeroline=False, automargin=True)
    fig.update_yaxes(title=y, tickformat=y_formaat, gridcolor="#eee", zeroline=False, automargin=True)


# --------------------------------------------------------------------------------------------- kaart


def kaders(geo: dict) -> dict[str, tuple[float, float, float, float]]:
    """Per gebied (properties.code) het omsluitende kader (lon_min, lat_min, lon_max, lat_max)."""
    uit = {}
    for gebied in geo["features"]:
        g = gebied["geometry"]
        ringen = g["coordinates"] if g["type"] == "Polygon" else [r for p in g["coordinates"] for r in p]
        punten = np.concatenate([np.asarray(r, dtype=float) for r in ringen])
        (x0, y0), (x1, y1) = punten.min(axis=0), punten.max(axis=0)
        uit[gebied["properties"]["code"]] = (float(x0), float(y0), float(x1), float(y1))
    return uit


def centrum_en_zoom(
    kaders: dict, codes: set[str] | None, breedte: int, hoogte: int, marge: float = 0.06
) -> tuple[dict, float]:
    """Middelpunt en MapLibre-zoomniveau waarbij de gebieden `codes` (of alle) in breedte x hoogte pixels passen.
    Op zoomniveau z is de wereld 512 x 2^z pixels breed (webmercator)."""
    gekozen = np.array([k for c, k in kaders.items() if codes is None or c in codes])
    x0, y0 = gekozen[:, 0].min(), gekozen[:, 1].min()
    x1, y1 = gekozen[:, 2].max(), gekozen[:, 3].max()
    dx, dy = max(x1 - x0, 0.05) * marge, max(y1 - y0, 0.05) * marge
    lon, lat = (x0 - dx, x1 + dx), (y0 - dy, y1 + dy)

    def merc(phi: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(phi) / 2))

    zoom = min(
        math.log2(breedte / (512 * (lon[1] - lon[0]) / 360)),
        math.log2(hoogte / (512 * (merc(lat[1]) - merc(lat[0])) / (2 * math.pi))),
    )
    midden = (merc(lat[0]) + merc(lat[1])) / 2
    return {"lon": (lon[0] + lon[1]) / 2, "lat": math.degrees(2 * math.atan(math.exp(midden)) - math.pi / 2)}, round(
        min(zoom, 10.5), 2
    )


def kaart(
    tabel: pd.DataFrame,
    bron: str | dict,
    kaders_: dict,
    code_kolom: str,
    waarde: str,
    waarde_label: str,
    naam_kolom: str,
    hover: list[tuple[str, str, str]],
    titel: str,
    ondertitel: str,
    bronregel: str,
    geselecteerd: str | None = None,
    zoom_op: set[str] | None = None,
    divergerend: bool = False,
    hoogte: int = 560,
    kaartbreedte: int = 560,
) -> go.Figure:
    """Choropleth; `hover` = [(kolom, label, d3-notatie)], getoond als 'label: waarde' in Nederlandse notatie
    (layout.separators); de getallen gaan als compacte getallenreeksen mee, alleen de naam als tekst.
    Divergerend: kleurschaal symmetrisch rond 0 (tekort rood, overschot blauw). Zoomt in op `zoom_op`."""
    z = tabel[waarde].to_numpy(dtype=float)
    regels = "<b>%{text}</b><br>" + "<br>".join(
        f"{label}: %{{customdata[{i}]:{notatie}}}" for i, (_, label, notatie) in enumerate(hover)
    )
    schaal = dict(
        colorscale=OPLOPEND, zmin=float(np.nanmin(z)) if len(z) else 0, zmax=float(np.nanmax(z)) if len(z) else 1
    )
    if divergerend:
        grens = float(max(1.0, np.nanmax(np.abs(z)) if len(z) else 1.0))
        schaal = dict(colorscale=DIVERGEREND, zmin=-grens, zmax=grens, zmid=0)
    fig = go.Figure(
        go.Choroplethmap(
            geojson=bron,
            featureidkey="properties.code",
            locations=tabel[code_kolom],
            z=z,
            **schaal,
            marker_line_width=0.4,
            marker_line_color="white",
            colorbar=dict(
                title=dict(text=waarde_label, side="top"),
                orientation="h",
                y=-0.02,
                yanchor="top",
                x=0.5,
                len=0.9,
                thickness=12,
                tickformat=",~r",
            ),
            text=tabel[naam_kolom].to_numpy(),
            customdata=np.column_stack([tabel[k].to_numpy(dtype=float) for k, _, _ in hover]),
            hovertemplate=regels + "<extra></extra>",
            unselected=dict(marker=dict(opacity=1)),
        )
    )
    if geselecteerd is not None and geselecteerd in set(tabel[code_kolom]):
        fig.add_trace(
            go.Choroplethmap(
                geojson=bron,
                featureidkey="properties.code",
                locations=[geselecteerd],
                z=[1],
                colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
                showscale=False,
                marker_line_width=3,
                marker_line_color="#111111",
                hoverinfo="skip",
            )
        )
    centrum, zoom = centrum_en_zoom(kaders_, zoom_op, kaartbreedte, hoogte - 170)
    fig.update_layout(map=dict(style="white-bg", center=centrum, zoom=zoom), uirevision=None)
    return _opmaak(fig, titel, ondertitel, bronregel, hoogte, onder=95)


# ------------------------------------------------------------------------------------ wachten loont?


def prikkel_curve(
    curve: pd.DataFrame, systemen: dict, eerlijk: int, titel: str, ondertitel: str, bron: str, hoogte: int = 470
) -> go.Figure:
    """Totale last als functie van het eigen aanbod in fase 1, één lijn per systeem."""
    fig = go.Figure()
    for code, lijn in curve.groupby("systeem", sort=False):
        s = systemen[code]
        tekst = [
            f"{s.kort}<br>Eigen aanbod: {getal(a)}<br>Totale last: {getal(last)} ({getal(last - eerlijk, teken=True)} "
            "t.o.v. aandeel)"
            for a, last in zip(lijn["eigen_aanbod"], lijn["last"])
        ]
        fig.add_trace(
            go.Scatter(
                x=lijn["eigen_aanbod"].to_numpy(),
                y=lijn["last"].to_numpy(),
                name=s.kort,
                mode="lines",
                line=dict(
                    color=s.kleur,
                    width=3 if code in ("P", "VNG") else 2,
                    dash="dot" if code in ("N", "wet") else "solid",
                ),
                text=tekst,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    stippel = dict(type="line", line=dict(color=GRIJS, dash="dash", width=1))
    fig.update_layout(
        shapes=[
            {**stippel, "xref": "paper", "x0": 0, "x1": 1, "y0": eerlijk, "y1": eerlijk},
            {**stippel, "yref": "paper", "y0": 0, "y1": 1, "x0": eerlijk, "x1": eerlijk},
        ],
        annotations=[
            dict(
                xref="paper",
                x=1,
                y=eerlijk,
                text=f"eerlijk aandeel: {getal(eerlijk)}",
                showarrow=False,
                xanchor="right",
                yanchor="bottom",
                font=dict(color=GRIJS, size=11),
            )
        ],
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom", bgcolor="rgba(255,255,255,0.8)"),
        hovermode="closest",
    )
    _assen(fig, "Eigen aanbod in fase 1 (plekken)", "Totale last (plekken)")
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=110)


def heel_land(per_prov: pd.DataFrame, titel: str, ondertitel: str, bron: str, hoogte: int = 470) -> go.Figure:
    """Per provincie: plekken die wachters ontlopen (onder hun aandeel) en de extra taak van vroege aanbieders."""
    p = per_prov.sort_values("ontlopen")
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=p["provincie"],
            x=-p["ontlopen"],
            name="Ontlopen (onder hun aandeel)",
            orientation="h",
            marker_color="#d95f02",
            text=[getal(v) for v in p["ontlopen"]],
            textposition="auto",
            customdata=np.column_stack([p["onder"], p["ontlopen"]]),
            hovertemplate="%{y}: %{customdata[0]} gemeenten onder hun aandeel, samen %{customdata[1]:,} "
            "plekken<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=p["provincie"],
            x=p["extra_taak_vroeg"],
            name="Extra taak voor vroege aanbieders",
            orientation="h",
            marker_color="#7570b3",
            text=[getal(v) for v in p["extra_taak_vroeg"]],
            textposition="auto",
            hovertemplate="%{y}: %{x:,} plekken extra voor vroege aanbieders<extra></extra>",
        )
    )
    grens = max(1, int(max(p["ontlopen"].max(), p["extra_taak_vroeg"].max())))
    stappen = _mooie_stappen(grens)
    fig.update_layout(barmode="relative", legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"))
    fig.update_xaxes(
        tickvals=[-s for s in stappen[::-1]] + stappen[1:],
        ticktext=[getal(s) for s in stappen[::-1]] + [getal(s) for s in stappen[1:]],
        title="← plekken minder dan het eerlijke aandeel · plekken extra →",
        gridcolor="#eee",
        automargin=True,
    )
    fig.update_yaxes(title=None, automargin=True)
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=110)


def _mooie_stappen(grens: int) -> list[int]:
    stap = 10 ** int(math.floor(math.log10(max(grens, 1))))
    if grens / stap < 2:
        stap = max(stap // 2, 1)
    stap = max(stap, 1)
    return list(range(0, grens + stap, stap))


# --------------------------------------------------------------------------------------------- bonus


def staven(
    categorie: list[str],
    waarden: list[float],
    kleuren: list[str],
    titel: str,
    ondertitel: str,
    bron: str,
    as_titel: str,
    euro: bool = True,
    hoogte: int = 360,
    teksten: list[str] | None = None,
) -> go.Figure:
    """Liggende staven met de waarde als tekst (euro's of plekken)."""
    fmt = (lambda v: "€ " + getal(v)) if euro else getal
    fig = go.Figure(
        go.Bar(
            y=categorie,
            x=waarden,
            orientation="h",
            marker_color=kleuren,
            text=teksten or [fmt(v) for v in waarden],
            textposition="auto",
            hovertext=[f"{c}: {fmt(v)}" for c, v in zip(categorie, waarden)],
            hoverinfo="text",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(
        title=as_titel, tickformat=",~r", gridcolor="#eee", tickprefix="€ " if euro else None, automargin=True
    )
    return _opmaak(fig, titel, ondertitel, bron, hoogte)


def gegroepeerde_staven(
    tabel: pd.DataFrame,
    categorie: str,
    reeksen: list[tuple[str, str, str]],
    titel: str,
    ondertitel: str,
    bron: str,
    as_titel: str,
    euro: bool = True,
    hoogte: int = 480,
) -> go.Figure:
    """Per categorie (bijv. provincie) een staaf per reeks (kolom, naam, kleur)."""
    fmt = (lambda v: "€ " + getal(v)) if euro else getal
    fig = go.Figure()
    for kolom, naam, kleur in reeksen:
        fig.add_trace(
            go.Bar(
                y=tabel[categorie],
                x=tabel[kolom],
                name=naam,
                orientation="h",
                marker_color=kleur,
                hovertext=[f"{c}<br>{naam}: {fmt(v)}" for c, v in zip(tabel[categorie], tabel[kolom])],
                hoverinfo="text",
            )
        )
    fig.update_layout(barmode="group", legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"))
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(
        title=as_titel, tickformat=",~r", gridcolor="#eee", tickprefix="€ " if euro else None, automargin=True
    )
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=110)


def tijdlijn(
    stappen: list[dict], vandaag: date, titel: str, ondertitel: str, bron: str, hoogte: int = 460
) -> go.Figure:
    """Stappen van de cycli als balken (periode) of ruiten (datum) met een 'vandaag'-lijn; Nederlandse maanden."""
    fig = go.Figure()
    labels = [s["label"] for s in stappen]
    for s in stappen:
        kleur = "#1b9e77" if s["cyclus"] == 1 else "#7570b3"
        if s.get("tot"):
            fig.add_trace(
                go.Bar(
                    y=[s["label"]],
                    x=[(s["tot"] - s["datum"]).days * 86_400_000],
                    base=[s["datum"].isoformat()],
                    orientation="h",
                    marker_color=kleur,
                    opacity=0.75,
                    hovertext=s["hover"],
                    hoverinfo="text",
                    showlegend=False,
                )
            )
        else:
            fig.add_trace(
                go.Scatter(
                    y=[s["label"]],
                    x=[s["datum"].isoformat()],
                    mode="markers",
                    marker=dict(symbol="diamond", size=13, color=kleur),
                    hovertext=s["hover"],
                    hoverinfo="text",
                    showlegend=False,
                )
            )
    begin = min(s["datum"] for s in stappen)
    einde = max((s.get("tot") or s["datum"]) for s in stappen)
    ticks = [
        date(j, m, 1)
        for j in range(begin.year, einde.year + 1)
        for m in (1, 7)
        if begin <= date(j, m, 1) <= einde.replace(day=28)
    ]
    fig.update_xaxes(
        type="date",
        tickvals=[t.isoformat() for t in ticks],
        ticktext=[f"{MAANDEN[t.month - 1][:3]}. {t.year}" for t in ticks],
        gridcolor="#eee",
        range=[date(begin.year, 1, 1).isoformat(), date(einde.year, 12, 31).isoformat()],
    )
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], automargin=True)
    fig.add_shape(
        type="line",
        xref="x",
        yref="paper",
        x0=vandaag.isoformat(),
        x1=vandaag.isoformat(),
        y0=0,
        y1=1,
        line=dict(color="#d62728", width=2),
    )
    fig.add_annotation(
        x=vandaag.isoformat(),
        y=1,
        yref="paper",
        text="vandaag",
        showarrow=False,
        yanchor="bottom",
        font=dict(color="#d62728"),
    )
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=95)
