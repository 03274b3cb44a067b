"""Hoe werkt het: de stappen van een cyclus met hun data (cyclus 1 en 2), wat er na het verdeelbesluit gebeurt, en de
stand van de wet zoals de brondocumenten die beschrijven."""

from datetime import date

import streamlit as st

from spreiding import samenvatting
from spreiding.notatie import datum, getal, lijst
from spreiding.parameters import PARAMETERS
from spreiding.uitvoer.kolommen import KOLOMMEN
from weergave import export, figuren, teksten
from weergave.bediening import Keuze

P = PARAMETERS


def toon(keuze: Keuze) -> None:
    vandaag = date.today()

    stappen = []
    for s in P.tijdlijn:
        stappen.append(
            {
                "cyclus": s.cyclus,
                "datum": s.begin,
                "tot": s.einde,
                "label": f"C{s.cyclus}: {s.kort(48)}",
                "hover": f"Cyclus {s.cyclus}: {s.stap}<br>{s.wanneer}<br>{s.bron.kort()}",
            }
        )
    fig = figuren.tijdlijn(
        stappen,
        vandaag,
        f"De stappen van {lijst([c.kort.lower() for c in reversed(P.cycli_nieuwste_eerst)])}",
        f"Vandaag: {datum(vandaag)}. {figuren.cycluslegenda()}",
        "Bron: "
        + ", ".join(
            b.vermelding() for b in (P.bron("vng-ledenbrief-2024-01"), *(c.totaal.bron for c in P.cycli_nieuwste_eerst))
        )
        + f"; data van {P.huidige_cyclus().kort.lower()} gerapporteerd",
    )
    export.figuur(fig, "tijdlijn", "tijdlijn_spreidingswet", 1200, 700)

    for c in P.cycli_nieuwste_eerst:
        st.subheader(c.naam)
        regels = []
        for s in [s for s in P.tijdlijn if s.cyclus == c.code]:
            regels.append(
                f"- **{s.wanneer}**: {s.stap} {teksten.status_label(s.status)} "
                f"{'(voorbij)' if s.voorbij(vandaag) else ''} "
                f"({teksten.bron_link(s.bron)})" + (f"  \n  {s.toelichting}" if s.toelichting else "")
            )
        st.markdown("\n".join(regels))
        st.caption(
            f"Landelijk {getal(c.totaal.waarde)} plekken"
            + f": {c.totaal.toelichting} ({teksten.bron_link(c.totaal.bron)})."
        )

    st.subheader("Indicatief en bindend")
    st.markdown(samenvatting.indicatief_en_bindend())

    st.subheader("Na het verdeelbesluit")
    teksten.citaat("verdeelbesluit")
    st.markdown(
        "Blijft een gemeente achter, dan is er het interbestuurlijk toezicht (IBT) van het Rijk. De provincie Utrecht "
        "schreef na de eerste cyclus "
        "dat een inzichtelijk proces daarvoor ontbrak:"
    )
    teksten.citaat("ibt")

    st.subheader("De stand van de wet")
    st.markdown(
        f"Volgens de brondocumenten van dit dashboard, die tot **{datum(P.bronnen_tot)}** reiken. U leest dit op "
        f"{datum(vandaag)}: wat daarna is gebeurd, staat hier niet."
    )
    for g in P.status_wet:
        st.markdown(
            f"- **{g.datum.tekst()}**"
            + (
                ""
                if g.datum.precies
                else f" (de bron noemt geen dag; tussen {datum(g.datum.van)} en {datum(g.datum.tot)})"
            )
            + f": {g.gebeurtenis} ({teksten.bron_link(g.bron)})"
        )
    teksten.citaat("vwn_verdeelbesluit")
    teksten.citaat("vng_geen_instroom")

    st.subheader("Begrippen")
    st.markdown(
        "Eén woord per begrip. Dezelfde namen staan boven elke tabel, in elke CSV- en Excel-export en op de command "
        "line "
        "(de sleutel is de kolomnaam in CSV en JSON)."
    )
    st.dataframe(
        [
            {"Begrip": k.kop, "Sleutel": k.sleutel, "Betekenis": k.definitie, "Formule": k.formule}
            for k in KOLOMMEN.values()
        ],
        hide_index=True,
        width="stretch",
        key="begrippen",
    )

    st.subheader("Drie opgaven tegelijk, en een korte cyclus")
    st.markdown(
        "Gemeenten vangen niet alleen asielzoekers op, maar ook Oekraïense ontheemden, en zij huisvesten "
        "statushouders. "
        "De VNG schreef dat de "
        "provinciale regietafel die opgaven in samenhang kan bezien; de provincie Utrecht dat gemeenten onvoldoende "
        "ruimte ervaren om op één van "
        "de drie meer te doen, en dat een cyclus van twee jaar kort is voor besluiten, participatie en ruimtelijke "
        "procedures."
    )
    teksten.citaat("samenhang")
    teksten.citaat("drievoudige_opgave")
    teksten.citaat("korte_cyclus")
    teksten.bronregel(
        [
            P.bronnen[k]
            for k in (
                "stb-2024-12",
                "stcrt-2024-3320",
                "vng-ledenbrief-2024-01",
                "utrecht-2026-01",
                "vwn-2025-05",
                "vng-2026-04",
            )
        ]
        + [P.huidige_cyclus().totaal.bron]
    )
