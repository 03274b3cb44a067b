"""Mijn gemeente: één pagina per gemeente (/gemeente?gemeente=GM0917), de pagina die een raadslid bewaart en
doorstuurt. Het antwoord staat direct onder de titel; uitleg, bonus en vergelijkbare gemeenten daaronder."""

from datetime import date

import streamlit as st

from spreiding import samenvatting
from spreiding.bonus import SYSTEMEN as BONUSSYSTEMEN
from spreiding.gemeente import VERGELIJKBAAR_UITLEG, nu_gevraagd_zin, overzicht, vergelijkbaar
from spreiding.notatie import euro, getal, plekken
from spreiding.parameters import PARAMETERS
from spreiding.uitgangspunt import MAX_TOTAAL, maak
from spreiding.uitvoer import briefing
from spreiding.uitvoer.kolommen import kolom
from weergave import bediening, export, figuren, laden, navigatie, teksten, toestand
from weergave.bediening import Keuze


def toon(keuze: Keuze) -> None:
    gemeenten = laden.gemeenten()
    gemeente = keuze.gemeente
    vak = bediening.antwoordvak()

    if not gemeente:
        vak.info(
            "Kies hieronder uw gemeente: u ziet dan haar opgave in beide cycli, haar opvangplekken, wat nog te "
            "realiseren is, de bonus en vergelijkbare gemeenten. Deze pagina is een link die u kunt bewaren en delen.",
        )
        st.stop()

    o = overzicht(gemeenten, gemeente)
    u_nu = maak(o.cyclus.code)  # de cyclus van het overzicht
    r = o.rij

    # ------------------------------------------------------------------- het antwoord, direct onder de titel
    with vak:
        st.subheader(o.kop)
        # de metrics staan boven het veld voor het verdeelbesluit, maar hangen ervan af: eerst het vak, dan het veld
        cijfervak, nu_vak = st.container(), st.container()
        ingevoerd = None
        if o.code not in PARAMETERS.verdeelbesluit:
            ingevoerd = toestand.getalveld(
                "Wat nu gevraagd wordt: het aantal uit het verdeelbesluit van uw gemeente (december 2024)",
                "verdeelbesluit",
                0,
                MAX_TOTAAL,
                None,
                eenheid=" plekken",
                leeg_mag=True,
                help="Het verdeelbesluit van december 2024 bindt uw gemeente; het is hier alleen voor acht gemeenten "
                "gerapporteerd. Vul het aantal uit het besluit van uw gemeente in; het gaat mee in de link en heet op "
                "het scherm 'ingevoerd'.",
            )
        basis, verschil = o.vergeleken(ingevoerd)
        nu = o.nu_gevraagd(ingevoerd)
        with cijfervak:
            m1, m2, m3, m4 = st.columns(4)
            m1.metric(o.opgave_label, getal(o.opgave), help=o.cyclus.cijfers_toelichting)
            m2.metric(o.vorige_label, getal(o.opgave_vorige), help=o.vorige.cijfers_toelichting)
            m3.metric(kolom("per_1000").kop, getal(r.per_1000, 2))
            m4.metric(
                basis,
                getal(verschil, teken=True),
                help=f"{o.opgave_label} min de basis die het label noemt: het verdeelbesluit van december 2024 (wat nu "
                f"bindt) waar het bekend of ingevoerd is, anders {o.vorige_basis}.",
            )
        if nu is not None:
            with nu_vak:
                st.markdown(f"{nu_gevraagd_zin(nu)} {o.cyclus.kort} is indicatief tot het volgende verdeelbesluit.")
                st.caption(f"Bron: {nu.bron}")
        if o.gepubliceerd_vorige is not None:
            st.caption(o.gepubliceerd_zin())
        p1, p2, p3 = st.columns(3)
        p1.metric(kolom("regulier").kop, getal(r.regulier), help=kolom("regulier").definitie)
        p2.metric(kolom("nood").kop, getal(r.nood), help=kolom("nood").definitie)
        p3.metric(
            kolom("te_realiseren").kop,
            getal(r.te_realiseren),
            help=kolom("te_realiseren").uitleg,
        )
        teksten.citeerbaar(samenvatting.gemeente_zin(u_nu, r))

    # ----------------------------------------------------------------------------------- knoppen en links
    k1, k2 = st.columns([1, 2], vertical_alignment="center")
    with k1:
        export.pdf_knop(
            "Briefing (PDF)",
            lambda link=export.huidige_link(): briefing.gemeente_pdf(
                gemeenten, gemeente, u_nu, link=link, verdeelbesluit=ingevoerd
            ),
            figuren.bestandsnaam("briefing", o.naam, u_nu.bestandsdeel),
            key="briefing_mijn_gemeente",
            help="Eén A4 met wat nu gevraagd wordt, de opgave en de uitleg, de plekken, de bonus, de data, een "
            "kaartje, "
            "de link naar deze pagina (met QR-code) en de bronnen.",
        )
    with k2:
        export.deel_knop(
            "Deel deze pagina",
            titel=f"{o.naam}: {plekken(o.opgave)} asielopvang (Spreidingswet)",
            tekst=samenvatting.gemeente_zin(u_nu, r),
        )
    l1, l2, l3, l4 = st.columns(4)
    for houder, pagina, label in (
        (l1, navigatie.link("kaart"), f"{o.naam} op de kaart"),
        (l2, navigatie.link("wachten"), f"Wachten loont? voor {o.naam}"),
        (l3, navigatie.link("bonus"), f"Bonus voor {o.naam}"),
        (l4, navigatie.link("vergelijk"), f"Scenario's vergelijken voor {o.naam}"),
    ):
        houder.page_link(pagina, label=label, query_params={"gemeente": gemeente})

    # -------------------------------------------------------------------------------- waarom dit getal
    s = o.stappen
    st.subheader("Waarom dit getal")
    st.markdown(
        f"1. **Inwoners:** {getal(s.inwoners)} op 1 januari {s.peildatum}, {getal(s.aandeel_pct, 3)} % van "
        f"Nederland: {getal(s.quotum_inwoners, 1)} van de {getal(u_nu.totaal)} plekken.\n"
        f"2. **SES-correctie:** factor {getal(s.correctiefactor, 3)} (afgeleid uit de gepubliceerde verdeling): "
        f"{getal(s.quotum, 1)} plekken.\n"
        f"3. **Afronding:** hele plekken, landelijk precies {getal(u_nu.totaal)}: {getal(s.quotum, 1)} → "
        f"**{getal(s.opgave)}**."
    )
    st.caption(samenvatting.factor_zin(r, 1.0))

    # ------------------------------------------------------------------------------------------- bonus
    st.subheader("Bonus bij de huidige reguliere plekken")
    b1, b2, b3 = st.columns(3)
    for houder, systeem in zip((b1, b2, b3), BONUSSYSTEMEN.values()):
        houder.metric(f"{systeem.legenda}: {systeem.werkwoord}", euro(o.bonus_van(systeem)))
        houder.caption(f"{systeem.moment}.")
    st.markdown(samenvatting.aanvraag_zin(date.today()))
    st.caption(samenvatting.bonus_aannames(r.regulier))

    # --------------------------------------------------------------------------------- vergelijkbaar
    st.subheader("Vergelijkbare gemeenten")
    st.caption(VERGELIJKBAAR_UITLEG)
    vergelijking = vergelijkbaar(laden.verdeling(u_nu), gemeente, 8)
    # de kolommen die op een telefoon passen; de rest één tik verder (issue 32)
    export.kleine_tabel(vergelijking, ["gemeentenaam", "inwoners", "dichtheid", "opgave", "per_1000"], kort=True)
    st.caption(
        f"{kolom('dichtheid').kop_kort}: {kolom('dichtheid').kop.lower()}. {kolom('per_1000').kop_kort}: "
        f"{kolom('per_1000').kop.lower()}."
    )
    with st.expander("Meer kolommen: correctiefactor, regulier en nood"):
        export.kleine_tabel(vergelijking, ["gemeentenaam", "correctiefactor", "regulier", "nood"], kort=True)
    teksten.bronregel(u_nu.bronnen() + [PARAMETERS.bonus.regeling_moment.bron])
