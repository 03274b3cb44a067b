"""Plotly-figuren voor de pagina's. Alleen opmaak: de getallen komen uit spreiding/.

Elke figuur heeft een titel, het scenario als ondertitel en een bronregel in de figuur zelf, en de legenda binnen
het kader, zodat een opgeslagen PNG op zichzelf staat. Nederlandse notatie: `separators=",."` (1.234 en 5,39) en
vooraf opgemaakte teksten in hoverlabels. Kaarten zijn SVG-kaarten (Plotly 'geo', type choropleth) zonder
achtergrondtegels: geen externe kaartdienst, dus ook zonder internet.

De figuren zijn gewone dicts in Plotly's JSON-vorm (data + layout), geen go.Figure: plotly.py valideert elk attribuut
en dat kostte de helft van een herberekening op /wachten (issue 15); Plotly.js leest dezelfde JSON.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date

import numpy as np
import pandas as pd

from spreiding.notatie import MAANDEN, getal, slug
from spreiding.notatie import euro as euro_tekst
from spreiding.parameters import PARAMETERS

#: Streamlits eigen lettertype ('Source Sans'); namen tussen aanhalingstekens: onaangehaald is 'Source Sans 3' geen
#: geldige CSS (een naamdeel mag niet met een cijfer beginnen) en viel de hele regel terug op Plotly's standaard.
LETTER = dict(family="'Source Sans', 'Source Sans 3', 'Source Sans Pro', Arial, sans-serif", size=13, color="#262730")
GRIJS = "#6c757d"
#: Kleuren van de systemen in grafieken (ColorBrewer Dark2; presentatie, dus hier en niet in spreiding/). Hetzelfde
#: systeem heeft op elke pagina dezelfde kleur: het voorstel van 2023 oranje, het VNG/IPO-alternatief groen, wat
#: geldt (regeling 2024, de wet zoals toegepast) paars.
SYSTEEMKLEUREN = {
    "bonus": {"concept": "#d95f02", "regeling": "#7570b3", "vng": "#1b9e77"},
    "prikkel": {"P": "#d95f02", "N": "#e7298a", "VNG": "#1b9e77", "wet": "#7570b3"},
}


def systeemkleur(soort: str, code: str) -> str:
    """De kleur van systeem `code` ('bonus' of 'prikkel'); grijs voor een systeem zonder eigen kleur."""
    return SYSTEEMKLEUREN[soort].get(code, "#555555")


OPLOPEND = [[0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"], [1, "#08306b"]]
DIVERGEREND = [[0, "#b2182b"], [0.25, "#ef8a62"], [0.5, "#f7f7f7"], [0.75, "#67a9cf"], [1, "#2166ac"]]


def bestandsnaam(*delen: str) -> str:
    """('opgave', 'cyclus2', 'provincie Utrecht') -> 'opgave_cyclus2_provincie-utrecht'."""
    return "_".join(s for s in map(slug, delen) if s) or "figuur"


#: De Nederlandse teksten van Plotly's knoppenbalk en meldingen (config.locales; de sleutels zijn Plotly's Engelse
#: teksten, nagegaan in de plotly.js-bundel van Streamlit 1.67.0). Getallen: layout.separators.
PLOTLY_NL = {
    "dictionary": {
        "Download plot as a PNG": "Opslaan als PNG",
        "Download plot": "Opslaan als afbeelding",
        "Download plot as JSON": "Opslaan als JSON",
        "Preparing image - this may take a few seconds": "Afbeelding maken, dit kan enkele seconden duren",
        "Taking snapshot - this may take a few seconds": "Afbeelding maken, dit kan enkele seconden duren",
        "Snapshot succeeded": "Afbeelding gemaakt",
        "Sorry, there was a problem downloading your snapshot!": "Het opslaan van de afbeelding is mislukt.",
        "Zoom in": "Inzoomen",
        "Zoom out": "Uitzoomen",
        "Reset": "Terug naar het begin",
        "Reset axes": "Assen terugzetten",
        "Autoscale": "Automatisch schalen",
        "Zoom": "Zoomen",
        "Pan": "Verschuiven",
        "Double-click to zoom back out": "Dubbelklik om uit te zoomen",
        "Double-click on legend to isolate one trace": "Dubbelklik op de legenda om één reeks te tonen",
        "Click to enter Colorscale title": "Klik om de titel van de kleurschaal in te voeren",
        "Click to enter Plot title": "Klik om de titel in te voeren",
        "Produced with Plotly.js": "Gemaakt met Plotly.js",
    },
}


def config(naam: str, breedte: int = 1200, hoogte: int = 800, modebalk: bool = True, kaart: bool = False) -> dict:
    """Plotly-config: opslaan als PNG met een betekenisvolle naam en een vaste maat (legenda past); bij een kaart
    ook in- en uitzoomen en terug naar het begin."""
    return {
        "displaylogo": False,
        "displayModeBar": modebalk,
        "modeBarButtons": [["toImage", "zoomInGeo", "zoomOutGeo", "resetGeo"] if kaart else ["toImage"]],
        "toImageButtonOptions": {"format": "png", "filename": naam, "width": breedte, "height": hoogte, "scale": 1},
        "scrollZoom": False,
        "responsive": True,
        "locale": "nl",
        "locales": {"nl": PLOTLY_NL},
    }


def _lijst(waarden) -> list:
    """Een reeks als JSON-lijst: numpy-getallen als Python-getallen, NaN als null (JSON kent geen NaN)."""
    uit = np.asarray(waarden).tolist()
    if uit and isinstance(uit[0], list):
        return [[None if isinstance(v, float) and math.isnan(v) else v for v in rij] for rij in uit]
    return [None if isinstance(v, float) and math.isnan(v) else v for v in uit]


def als_json(fig: dict) -> str:
    """De figuur als JSON voor Plotly.js (zie grafiek.py)."""
    return json.dumps(fig, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _figuur(sporen: list[dict], **layout) -> dict:
    return {"data": sporen, "layout": layout}


#: De naam van het dashboard in de bronregel van elke grafiek (en dus van elke PNG).
DASHBOARD = "Spreidingswet in cijfers"


def _opmaak(fig: dict, titel: str, ondertitel: str, bron: str, hoogte: int, onder: int = 95, boven: int = 78) -> dict:
    fig["layout"].update(
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
        hoverlabel=dict(font=dict(size=13), namelength=-1),
    )
    fig["layout"].setdefault("annotations", []).append(
        dict(
            text=f"{bron} · {DASHBOARD}",
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
    )
    return fig


def _as(titel: str | None, **rest) -> dict:
    return {"title": {"text": titel}, **{k: v for k, v in rest.items() if v is not None}}


def _assen(fig: dict, x: str, y: str, y_formaat: str = ",d", x_formaat: str | None = ",d") -> None:
    fig["layout"]["xaxis"] = _as(x, tickformat=x_formaat, gridcolor="#eee", zeroline=False, automargin=True)
    fig["layout"]["yaxis"] = _as(y, tickformat=y_formaat, gridcolor="#eee", zeroline=False, automargin=True)


# --------------------------------------------------------------------------------------------- kaart


def kaart(
    tabel: pd.DataFrame,
    bron: str | dict,
    code_kolom: str,
    waarde: str,
    waarde_label: str,
    naam_kolom: str,
    hover: list[tuple[str, str, str]],
    titel: str,
    ondertitel: str,
    bronregel: str,
    geselecteerd: str | None = None,
    divergerend: bool = False,
    hoogte: int = 560,
) -> dict:
    """Choropleth van de gebieden in `tabel` (de kaart past zich aan die gebieden aan); `hover` = [(kolom, label,
    d3-notatie)], getoond als 'label: waarde' in Nederlandse notatie (layout.separators); de getallen gaan als
    getallenreeksen mee, alleen de naam als tekst. Divergerend: kleurschaal symmetrisch rond 0 (tekort rood,
    overschot blauw). `geselecteerd` krijgt een dikke rand.

    Een SVG-kaart (Plotly 'geo', mercator) en geen MapLibre/WebGL-kaart: een andere kleur is dan alleen nieuwe
    vulkleuren in plaats van een nieuwe kaartlaag, de kaart laadt sneller, drukt af en wordt een PNG. Alleen de
    eigen grenzen worden getekend (geen wereldkaart, geen kaartdienst: werkt zonder internet)."""
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
    sporen = [
        dict(
            type="choropleth",
            geojson=bron,
            featureidkey="properties.code",
            locations=_lijst(tabel[code_kolom]),
            z=_lijst(z),
            **schaal,
            marker=dict(line=dict(width=0.5, color="white")),
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
            text=_lijst(tabel[naam_kolom]),
            customdata=_lijst(np.column_stack([tabel[k].to_numpy(dtype=float) for k, _, _ in hover])),
            hovertemplate=regels + "<extra></extra>",
        )
    ]
    if geselecteerd is not None and geselecteerd in set(tabel[code_kolom]):
        sporen.append(
            dict(
                type="choropleth",
                geojson=bron,
                featureidkey="properties.code",
                locations=[geselecteerd],
                z=[1],
                colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
                showscale=False,
                marker=dict(line=dict(width=2.5, color="#111111")),
                hoverinfo="skip",
            )
        )
    fig = _figuur(
        sporen,
        geo=dict(visible=False, projection=dict(type="mercator"), fitbounds="locations", bgcolor="white"),
        dragmode="pan",
    )
    return _opmaak(fig, titel, ondertitel, bronregel, hoogte, onder=110)


# ------------------------------------------------------------------------------------ wachten loont?


def prikkel_curve(
    curve: pd.DataFrame, systemen: dict, eerlijk: int, titel: str, ondertitel: str, bron: str, hoogte: int = 470
) -> dict:
    """Totale last als functie van het eigen aanbod in fase 1, één lijn per systeem."""
    eerlijk = int(eerlijk)  # ook een numpy-getal uit een tabelregel: de figuur wordt JSON
    sporen = []
    for code, lijn in curve.groupby("systeem", sort=False):
        s = systemen[code]
        tekst = [
            f"{s.kort}<br>Eigen aanbod: {getal(a)}<br>Totale last: {getal(last)} ({getal(last - eerlijk, teken=True)} "
            "t.o.v. aandeel)"
            for a, last in zip(lijn["eigen_aanbod"], lijn["last"])
        ]
        sporen.append(
            dict(
                type="scatter",
                x=_lijst(lijn["eigen_aanbod"]),
                y=_lijst(lijn["last"]),
                name=s.legenda,
                mode="lines",
                line=dict(
                    color=systeemkleur("prikkel", code),
                    width=3 if code in ("P", "VNG") else 2,
                    dash="dot" if code in ("N", "wet") else "solid",
                ),
                text=tekst,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    stippel = dict(type="line", line=dict(color=GRIJS, dash="dash", width=1))
    fig = _figuur(
        sporen,
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


def heel_land(per_prov: pd.DataFrame, titel: str, ondertitel: str, bron: str, hoogte: int = 470) -> dict:
    """Per provincie: plekken onder het aandeel (gemeenten onder hun aandeel samen) en de extra taak na vroeg aanbod."""
    p = per_prov.sort_values("plekken_onder")
    provincies = _lijst(p["provincie"])
    sporen = [
        dict(
            type="bar",
            y=provincies,
            x=_lijst(-p["plekken_onder"]),
            name="Onder het aandeel",
            orientation="h",
            marker=dict(color="#d95f02"),
            text=[getal(v) for v in p["plekken_onder"]],
            textposition="auto",
            customdata=_lijst(np.column_stack([p["onder"], p["plekken_onder"]])),
            hovertemplate="%{y}: %{customdata[0]} gemeenten onder hun aandeel, samen %{customdata[1]:,} "
            "plekken<extra></extra>",
        ),
        dict(
            type="bar",
            y=provincies,
            x=_lijst(p["extra_taak_vroeg"]),
            name="Extra taak na vroeg aanbod",
            orientation="h",
            marker=dict(color="#7570b3"),
            text=[getal(v) for v in p["extra_taak_vroeg"]],
            textposition="auto",
            hovertemplate="%{y}: %{x:,} plekken extra voor vroege aanbieders<extra></extra>",
        ),
    ]
    grens = max(1, int(max(p["plekken_onder"].max(), p["extra_taak_vroeg"].max())))
    stappen = _mooie_stappen(grens)
    fig = _figuur(
        sporen,
        barmode="relative",
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        xaxis=_as(
            "← plekken minder dan het eerlijke aandeel · plekken extra →",
            tickvals=[-s for s in stappen[::-1]] + stappen[1:],
            ticktext=[getal(s) for s in stappen[::-1]] + [getal(s) for s in stappen[1:]],
            gridcolor="#eee",
            automargin=True,
        ),
        yaxis=_as(None, automargin=True),
    )
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
    kleuren: list[str] | str,
    titel: str,
    ondertitel: str,
    bron: str,
    as_titel: str,
    euro: bool = True,
    hoogte: int = 360,
    teksten: list[str] | None = None,
) -> dict:
    """Liggende staven met de waarde als tekst (euro's of plekken)."""
    fmt = euro_tekst if euro else getal
    fig = _figuur(
        [
            dict(
                type="bar",
                y=list(categorie),
                x=_lijst(waarden),
                orientation="h",
                marker=dict(color=kleuren if isinstance(kleuren, str) else list(kleuren)),
                text=teksten or [fmt(v) for v in waarden],
                textposition="auto",
                hovertext=[f"{c}: {fmt(v)}" for c, v in zip(categorie, waarden)],
                hoverinfo="text",
            )
        ],
        yaxis=_as(None, autorange="reversed", automargin=True),
        xaxis=_as(as_titel, tickformat=",~r", gridcolor="#eee", tickprefix="€ " if euro else None, automargin=True),
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
) -> dict:
    """Per categorie (bijv. provincie) een staaf per reeks (kolom, naam, kleur)."""
    fmt = euro_tekst if euro else getal
    categorieen = _lijst(tabel[categorie])
    sporen = [
        dict(
            type="bar",
            y=categorieen,
            x=_lijst(tabel[kolom]),
            name=naam,
            orientation="h",
            marker=dict(color=kleur),
            hovertext=[f"{c}<br>{naam}: {fmt(v)}" for c, v in zip(tabel[categorie], tabel[kolom])],
            hoverinfo="text",
        )
        for kolom, naam, kleur in reeksen
    ]
    fig = _figuur(
        sporen,
        barmode="group",
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        yaxis=_as(None, autorange="reversed", automargin=True),
        xaxis=_as(as_titel, tickformat=",~r", gridcolor="#eee", tickprefix="€ " if euro else None, automargin=True),
    )
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=110)


#: Een kleur per cyclus, oudste eerst (kleurenblindveilig, Dark2), met haar naam voor de ondertitel.
CYCLUSKLEUREN = (("#1b9e77", "groen"), ("#7570b3", "paars"), ("#d95f02", "oranje"), ("#e7298a", "roze"))


def cycluskleur(code: str) -> tuple[str, str]:
    """(kleur, naam) van een cyclus: de zoveelste cyclus in de parameters krijgt de zoveelste kleur."""
    volgorde = [c.code for c in reversed(PARAMETERS.cycli_nieuwste_eerst)]
    i = volgorde.index(code) if code in volgorde else len(volgorde)
    return CYCLUSKLEUREN[i % len(CYCLUSKLEUREN)]


def cycluslegenda() -> str:
    """'Groen: cyclus 1; paars: cyclus 2.' voor de ondertitel van de tijdlijn."""
    delen = [f"{cycluskleur(c.code)[1]}: {c.kort.lower()}" for c in reversed(PARAMETERS.cycli_nieuwste_eerst)]
    return "; ".join(delen).capitalize() + "."


def tijdlijn(stappen: list[dict], vandaag: date, titel: str, ondertitel: str, bron: str, hoogte: int = 460) -> dict:
    """Stappen van de cycli als balken (periode) of ruiten (datum) met een 'vandaag'-lijn; Nederlandse maanden."""
    labels = [s["label"] for s in stappen]
    sporen = []
    for s in stappen:
        kleur = cycluskleur(str(s["cyclus"]))[0]
        if s.get("tot"):
            sporen.append(
                dict(
                    type="bar",
                    y=[s["label"]],
                    x=[(s["tot"] - s["datum"]).days * 86_400_000],
                    base=[s["datum"].isoformat()],
                    orientation="h",
                    marker=dict(color=kleur),
                    opacity=0.75,
                    hovertext=s["hover"],
                    hoverinfo="text",
                    showlegend=False,
                )
            )
        else:
            sporen.append(
                dict(
                    type="scatter",
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
    fig = _figuur(
        sporen,
        xaxis=dict(
            type="date",
            tickvals=[t.isoformat() for t in ticks],
            ticktext=[f"{MAANDEN[t.month - 1][:3]}. {t.year}" for t in ticks],
            gridcolor="#eee",
            range=[date(begin.year, 1, 1).isoformat(), date(einde.year, 12, 31).isoformat()],
        ),
        yaxis=dict(categoryorder="array", categoryarray=labels[::-1], automargin=True),
        shapes=[
            dict(
                type="line",
                xref="x",
                yref="paper",
                x0=vandaag.isoformat(),
                x1=vandaag.isoformat(),
                y0=0,
                y1=1,
                line=dict(color="#d62728", width=2),
            )
        ],
        annotations=[
            dict(
                x=vandaag.isoformat(),
                y=1,
                yref="paper",
                text="vandaag",
                showarrow=False,
                yanchor="bottom",
                font=dict(color="#d62728"),
            )
        ],
    )
    return _opmaak(fig, titel, ondertitel, bron, hoogte, boven=95)


def beschrijving(fig: dict) -> str:
    """Tekstalternatief bij een grafiek, uit dezelfde getallen: de titel, en per reeks de hoogste en laagste waarde
    met hun naam (WCAG 1.1.1). Bijvoorbeeld 'Opgave per gemeente, Nederland: hoogste Amsterdam 4.089, laagste
    Schiermonnikoog 5.'"""
    titel = str(((fig.get("layout") or {}).get("title") or {}).get("text") or "")
    titel = re.sub(r"<[^>]+>", "", titel.split("<br>")[0]).strip() or "Grafiek"
    delen = []
    for spoor in fig.get("data") or []:
        soort = spoor.get("type")
        if soort in ("choropleth", "choroplethmap") and spoor.get("z") is not None:
            waarden, namen = spoor["z"], spoor.get("text") or spoor.get("locations") or []
        elif soort == "bar":
            liggend = spoor.get("orientation") == "h"
            waarden, namen = (spoor.get("x"), spoor.get("y")) if liggend else (spoor.get("y"), spoor.get("x"))
        elif soort == "scatter" and spoor.get("y") is not None:
            waarden, namen = spoor.get("y"), spoor.get("x") or []
        else:
            continue
        paren = [(float(w), str(n)) for w, n in zip(waarden or [], namen or []) if isinstance(w, (int, float))]
        if not paren:
            continue
        hoog, laag = max(paren), min(paren)
        naam = f"{spoor.get('name')}: " if spoor.get("name") else ""
        delen.append(
            f"{naam}hoogste {hoog[1]} {getal(hoog[0], 0 if hoog[0].is_integer() else 2)}, laagste {laag[1]} "
            f"{getal(laag[0], 0 if laag[0].is_integer() else 2)}"
        )
        if len(delen) == 3:
            break
    return f"{titel}: " + "; ".join(delen) + "." if delen else f"{titel}."
