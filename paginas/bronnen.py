"""Bronnen: elk document en elke waarde met status en link (uit spreiding/parameters/*.toml, zoals docs/bronnen.md)."""

import streamlit as st

from spreiding.parameters import PARAMETERS, STATUSSEN
from spreiding.uitvoer.bronnenlijst import SOORTEN, anker
from weergave import laden, teksten
from weergave.bediening import Keuze


def toon(keuze: Keuze) -> None:
    st.markdown(
        "Elk getal op deze site komt uit een van deze bronnen, of is een aanname die op het scherm zo heet. "
        "Status: :green-badge[officieel] wet- en regelgeving; :blue-badge[gerapporteerd] nieuws, brieven, secundaire "
        "bron; "
        ":orange-badge[aanname] keuze van dit dashboard, instelbaar."
    )
    for soort, kop in SOORTEN.items():
        bronnen = [b for b in PARAMETERS.bronnen.values() if b.soort == soort]
        if not bronnen:
            continue
        st.subheader(kop)
        for b in bronnen:
            link = f" [{b.url}]({b.url})" if b.url else ""
            st.html(f'<a id="{anker(b.sleutel)}"></a>')
            st.markdown(f"**{b.uitgever}**: {b.titel}, {b.datum}.{link}")

    st.subheader("Waarden en hun status")
    rijen = [
        {
            "Waarde": g.toelichting or g.sleutel,
            "Getal of keuze": str(g.waarde),
            "Status": STATUSSEN[g.status],
            "Bron": g.bron.kort(),
        }
        for g in PARAMETERS.alle_gegevens()
    ]
    st.dataframe(rijen, hide_index=True, width="stretch")

    manifest = laden.manifest()
    if manifest:
        st.subheader("Gegevensbestanden")
        st.dataframe(
            [
                {
                    "Bestand": b.bestand,
                    "Uitgever": b.uitgever,
                    "Peildatum": b.peildatum,
                    "Licentie": b.licentie,
                    "Herkomst": b.herkomst,
                    "sha256": b.sha256_kort,
                }
                for b in manifest.bronnen
            ],
            hide_index=True,
            width="stretch",
        )
    teksten.bronregel([])
