"""Plotly-figuren voor de pagina's. Alleen opmaak: de getallen komen uit spreiding/.

Kaarten gebruiken go.Choroplethmap (MapLibre) met de stijl "white-bg": geen achtergrondtegels en
geen externe kaartdienst, dus de kaart werkt ook zonder internet (go.Choropleth haalt wereldkaarten
van een CDN).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

KLEUREN = "YlOrRd"
SYSTEEMKLEUREN = {
    "wetsvoorstel-n": "#d62728",
    "wetsvoorstel-p": "#ff7f0e",
    "vng": "#2ca02c",
    "wet": "#1f77b4",
}


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


def omvattend_kader(kaders: dict, codes: set[str] | None = None, marge: float = 0.08) -> tuple[list[float], list[float]]:
    """[lon_min, lon_max], [lat_min, lat_max] van de gebieden (alle, of alleen `codes`), met marge."""
    gekozen = np.array([k for c, k in kaders.items() if codes is None or c in codes])
    x0, y0 = gekozen[:, 0].min(), gekozen[:, 1].min()
    x1, y1 = gekozen[:, 2].max(), gekozen[:, 3].max()
    dx, dy = max(x1 - x0, 0.02) * marge + 0.01, max(y1 - y0, 0.02) * marge + 0.01
    return [x0 - dx, x1 + dx], [y0 - dy, y1 + dy]


def centrum_en_zoom(lon: list[float], lat: list[float], breedte: int = 480, hoogte: int = 560) -> tuple[dict, float]:
    """Middelpunt en MapLibre-zoomniveau waarbij het kader [lon], [lat] in breedte x hoogte pixels past.
    Op zoomniveau z is de wereld 512 x 2^z pixels breed (webmercator)."""

    def merc(phi: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(phi) / 2))

    dx = (lon[1] - lon[0]) / 360
    dy = (merc(lat[1]) - merc(lat[0])) / (2 * math.pi)
    zoom = min(math.log2(breedte / (512 * dx)), math.log2(hoogte / (512 * dy)))
    midden_y = (merc(lat[0]) + merc(lat[1])) / 2
    centrum = {"lon": (lon[0] + lon[1]) / 2, "lat": math.degrees(2 * math.atan(math.exp(midden_y)) - math.pi / 2)}
    return centrum, round(min(zoom, 11.0), 2)


def kaart(
    tabel: pd.DataFrame,
    bron: str | dict,
    kaders: dict,
    code_kolom: str,
    waarde: str,
    waarde_label: str,
    hover: list[tuple[str, str]],
    geselecteerd: str | None = None,
    kleurschaal: str | list = KLEUREN,
    middelpunt: float | None = None,
    hoogte: int = 620,
    bereik: tuple[float, float] | None = None,
) -> go.Figure:
    """Choropleth; `hover` = [(kolom, label)], getoond als 'label: waarde'. Zoomt in op `geselecteerd`.

    `bron` is wat de browser als geojson krijgt: de GeoJSON-dict of een URL naar hetzelfde bestand
    (dan blijft de figuur klein); `kaders` (zie kaders()) bepalen middelpunt en zoom.
    `bereik` = (zmin, zmax) van de kleurschaal.
    """
    customdata = np.column_stack([tabel[k].to_numpy() for k, _ in hover])
    regels = "<br>".join(f"{label}: %{{customdata[{i}]}}" for i, (_, label) in enumerate(hover))
    fig = go.Figure(
        go.Choroplethmap(
            geojson=bron,
            featureidkey="properties.code",
            locations=tabel[code_kolom],
            z=tabel[waarde],
            zmid=middelpunt,
            zmin=None if bereik is None else bereik[0],
            zmax=None if bereik is None else bereik[1],
            colorscale=kleurschaal,
            marker_line_width=0.3,
            marker_line_color="white",
            colorbar=dict(title=dict(text=waarde_label, side="top"), orientation="h", y=0, yanchor="top", thickness=12, len=0.9, tickformat=",~g"),
            customdata=customdata,
            hovertemplate=regels + "<extra></extra>",
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
        lon, lat = omvattend_kader(kaders, {geselecteerd}, marge=1.0)
    else:
        lon, lat = omvattend_kader(kaders)
    centrum, zoom = centrum_en_zoom(lon, lat, hoogte=hoogte - 60)  # ruimte voor de kleurenschaal
    fig.update_layout(
        map=dict(style="white-bg", center=centrum, zoom=zoom),
        separators=",.",  # Nederlandse notatie: 5.000 en 5,39
        height=hoogte,
        margin=dict(l=0, r=0, t=0, b=60),
    )
    return fig


def prikkel_curve(curve: pd.DataFrame, labels: dict[str, str], eerlijk_aandeel: int) -> go.Figure:
    """Totale last als functie van het eigen aanbod in fase 1, één lijn per systeem."""
    fig = go.Figure()
    for systeem, lijn in curve.groupby("systeem", sort=False):
        fig.add_trace(
            go.Scatter(
                x=lijn["eigen_aanbod"].to_numpy(),
                y=lijn["last"].to_numpy(),
                name=labels[systeem],
                mode="lines+markers",
                line=dict(color=SYSTEEMKLEUREN.get(systeem), dash="dash" if systeem == "wet" else "solid", width=4 if systeem == "vng" else 2),
                hovertemplate=labels[systeem] + "<br>Eigen aanbod: %{x}<br>Totale last: %{y}<extra></extra>",
            )
        )
    # Hulplijnen in één keer als layout-vormen (add_hline/add_vline zijn traag: elk valideert de hele layout).
    stippel = dict(type="line", line=dict(color="grey", dash="dot", width=1))
    fig.update_layout(
        height=420,
        xaxis_title="Eigen aanbod in fase 1 (plekken)",
        yaxis_title="Totale last (plekken)",
        legend=dict(orientation="h", y=-0.25, title_text="Systeem"),
        margin=dict(l=10, r=10, t=10, b=10),
        shapes=[
            {**stippel, "xref": "paper", "x0": 0, "x1": 1, "y0": eerlijk_aandeel, "y1": eerlijk_aandeel},
            {**stippel, "yref": "paper", "y0": 0, "y1": 1, "x0": eerlijk_aandeel, "x1": eerlijk_aandeel},
        ],
        annotations=[dict(xref="paper", x=1, y=eerlijk_aandeel, text="eerlijk aandeel", showarrow=False, xanchor="right", yanchor="bottom", font_color="grey")],
    )
    return fig


def bonus_verschil(tabel: pd.DataFrame, kolom: str, label: str) -> go.Figure:
    """Verschil per gemeente tegen het inwonertal; gemeenten onder ~20.000 inwoners gemarkeerd."""
    fig = go.Figure()
    for klein, naam, kleur in ((True, "minder dan 20.000 inwoners", "#d62728"), (False, "20.000 inwoners of meer", "#7f7f7f")):
        deel = tabel[tabel["kleine_gemeente"] == klein]
        fig.add_trace(
            go.Scatter(
                x=deel["inwoners"].to_numpy(),
                y=deel[kolom].to_numpy(),
                text=deel["gemeentenaam"].to_numpy(),
                name=naam,
                mode="markers",
                marker_color=kleur,
                hovertemplate="<b>%{text}</b><br>Inwoners: %{x:,}<br>" + label + ": %{y:,}<extra></extra>",
            )
        )
    fig.update_layout(
        shapes=[dict(type="line", xref="paper", x0=0, x1=1, y0=0, y1=0, line=dict(color="black", width=1))],
        height=420,
        xaxis=dict(type="log", title="Inwoners (logaritmische schaal)", tickformat=",d"),
        yaxis=dict(title=label, tickformat=",d"),
        separators=",.",
        legend=dict(orientation="h", y=-0.25, title_text="Gemeente"),
        margin=dict(l=10, r=10, t=10, b=10),
    )
    return fig
