"""Startpagina: wat de wet doet, de cijfers van de cycli, de toets tegen de gepubliceerde aantallen en de weg
naar de andere pagina's."""

import streamlit as st

from spreiding.notatie import getal, peildatum
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.uitgangspunt import maak
from spreiding.verdeling import provinciecijfers, vergelijk_met
from spreiding.zoeken import plaats_gemeente
from weergave import bediening, export, laden, navigatie, teksten
from weergave.bediening import Keuze

P = PARAMETERS
CYCLI = P.cycli_nieuwste_eerst  # een nieuwe cyclus in cycli.toml verschijnt hier vanzelf
#: de cyclus waarvan aantallen in het nieuws zijn geciteerd: die reconstructie wordt hieronder getoetst
GETOETST = next((c for c in CYCLI if c.gepubliceerd), None)


def toon(keuze: Keuze) -> None:
    gemeenten_zoek, _ = laden.gemeenten_of_fout()
    if gemeenten_zoek is not None:
        with bediening.antwoordvak():
            namen = laden.zoekopties()
            gekozen = st.selectbox(
                "Uw gemeente of woonplaats",
                list(namen),
                index=None,
                format_func=namen.get,
                placeholder="Gemeente of woonplaats, bijv. Sneek",
                key="_zoek_start",
                help="Opent 'Mijn gemeente': de opgave, de plekken, de bonus en vergelijkbare gemeenten. Met of zonder "
                "accenten; een woonplaats (CBS, 2026) opent haar gemeente.",
            )
            if gekozen:
                st.switch_page(navigatie.link("gemeente"), query_params={"gemeente": plaats_gemeente(gekozen)})

    st.markdown(
        f"""
Sinds {P.bron("stb-2024-12").datum.removeprefix("in werking ")} geldt de **Wet gemeentelijke taak mogelijk maken
asielopvangvoorzieningen** ({P.bron("stb-2024-12").uitgever}), de Spreidingswet. Het Rijk raamt elke twee jaar
hoeveel
opvangplekken voor asielzoekers nodig zijn (de *capaciteitsraming*). Die plekken worden indicatief over alle gemeenten
verdeeld, naar inwonertal en de sociaal-economische status (SES-WOA) van hun inwoners. De opgave van een provincie is de
som van haar gemeenten; aan de provinciale regietafel spreken gemeenten af wie wat realiseert. Lukt dat niet, dan kan de
minister met een verdeelbesluit plekken opleggen.
"""
    )

    *kolommen, k3 = st.columns([*(1 for _ in CYCLI), 1])  # een kolom per cyclus, dan het wetsvoorstel
    for kolom, c in zip(kolommen, CYCLI):
        kolom.metric(
            c.naam,
            f"{getal(c.totaal.waarde)} plekken",
            help=(f"Waarvan {getal(c.amv.waarde)} amv." if c.amv is not None else f"{c.totaal.toelichting}.")
            + f" Bron: {c.totaal.bron.kort()}",
        )
    k3.metric(
        P.wetsvoorstel.naam,
        f"{getal(P.wetsvoorstel.totaal.waarde)} plekken",
        help=f"{P.wetsvoorstel.totaal.toelichting}. Bron: {P.wetsvoorstel.totaal.bron.kort()}",
    )
    st.caption(" · ".join(teksten.gegeven(g) for g in [*(c.totaal for c in CYCLI), P.wetsvoorstel.totaal]))

    st.subheader("Wat wilt u weten?")
    for naam, label in (
        (
            "kaart",
            "**Kaart**: hoeveel plekken moet mijn gemeente of provincie bieden, waarom dat getal, en hoeveel zijn "
            "er al?",
        ),
        (
            "wachten",
            "**Wachten loont?**: de prikkel om in fase 1 af te wachten, in het wetsvoorstel en in het "
            "VNG/IPO-alternatief",
        ),
        (
            "vergelijk",
            "**Vergelijken**: twee scenario's naast elkaar: wie krijgt er plekken bij, wie minder, en hoeveel?",
        ),
        ("bonus", "**Bonus**: wat gemeenten onder elk systeem uitgekeerd krijgen (zouden krijgen)"),
        ("regietafel", "**Regietafel**: de tabel van een provincie, uitruil en een verslag in één format"),
        ("hoe_werkt_het", "**Hoe werkt het**: de stappen van een cyclus, met data, en de stand van de wet"),
    ):
        st.page_link(navigatie.link(naam), label=label)

    gemeenten, fout = laden.gemeenten_of_fout()
    if gemeenten is None:
        laden.storingspagina(fout)
        st.stop()

    st.subheader(f"Hoe goed klopt de reconstructie van {GETOETST.kort.lower()}?")
    u1 = maak(GETOETST.code)
    v1 = laden.verdeling(u1)
    vergelijking = vergelijk_met(v1, u1.gepubliceerd())
    st.markdown(
        f"De officiële tabel van {GETOETST.kort.lower()} per gemeente is hier niet beschikbaar. Het dashboard "
        f"reconstrueert haar: {getal(GETOETST.totaal.waarde)} plekken naar inwoners op "
        f"{peildatum(GETOETST.peildatum.waarde)}, met de SES-correctie die uit de gepubliceerde verdeling van "
        f"{P.gepubliceerde_cyclus.kort.lower()} is afgeleid. Van {GETOETST.kort.lower()} zijn "
        f"{len(u1.gepubliceerd())} aantallen in het nieuws genoemd; zo verhoudt de reconstructie zich daartoe:"
    )
    export.kleine_tabel(vergelijking, ["gemeentenaam", "gepubliceerd", "model", "afwijking", "afwijking_pct"])
    noord_brabant = provinciecijfers(v1, "Noord-Brabant")
    st.caption(
        f"Noord-Brabant in de reconstructie: {getal(noord_brabant.opgave)} plekken; gerapporteerd na "
        "het amendement Van Dijk: "
        f"{getal(P.verdeling.noord_brabant_na.waarde)} ({teksten.bron_link(P.verdeling.noord_brabant_na.bron)}). "
        "Bij Schiermonnikoog is het verschil één plek: bij zulke kleine aantallen is een procent weinig zeggend."
    )
    teksten.opdracht(opdracht("verdeling", u1.argumenten(), ["--format", "csv"]))

    manifest = laden.manifest()
    if manifest:
        st.caption(
            f"Gegevens: {manifest.gemeenten} gemeenten in {manifest.provincies} provincies, uit "
            f"{len(manifest.bronnen)} bronbestanden "
            "(zie de pagina Bronnen)."
        )
    with st.expander("Wat is vastgelegd en wat is een aanname?"):
        st.markdown(
            "- **Officieel**: het landelijke totaal per cyclus; de provinciale opgave is de som van de gemeentelijke "
            "aantallen; inwonertal en "
            f"SES-WOA bepalen de verdeling ({teksten.bron_link(P.bron('kst-36333-75'))}).\n"
            "- **Gerapporteerd**: de verdeling van cyclus 2 per gemeente en de huidige plekken "
            f"({teksten.bron_link(P.bron('nos-nieuwsuur-2025-11'))}); "
            "de SES-correctie per gemeente is daaruit afgeleid; de aantallen van cyclus 1 uit het nieuws.\n"
            "- **Aanname**: de precieze SES-WOA-formule is niet gepubliceerd; de correctie kan met de schuif "
            "'Sterkte van "
            "de SES-correctie' "
            "zwakker worden gezet. Hoe het wetsvoorstel van 2023 het restant in fase 2 zou verdelen, is niet bekend; "
            "beide varianten staan "
            "op 'Wachten loont?'. Dat reguliere plekken meetellen voor de opgave, is een benadering.\n"
            "- **Gerapporteerd of aanname**: de bonusbedragen; ze zijn instelbaar."
        )
    teksten.bronregel(
        list(
            dict.fromkeys(
                [
                    *(c.totaal.bron for c in CYCLI),
                    P.gepubliceerde_cyclus.bron,
                    *(g.bron for g in GETOETST.gepubliceerd.values()),
                ]
            )
        )
    )
