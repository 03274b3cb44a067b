"""Kaart: de opgave per gemeente en provincie, de huidige plekken, en waarom een gemeente haar getal krijgt."""

import streamlit as st

from spreiding import herkomst, samenvatting
from spreiding.gemeente import nu_gevraagd, nu_gevraagd_zin
from spreiding.notatie import getal, plekken
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.uitvoer import briefing
from spreiding.uitvoer.kolommen import kolom
from spreiding.verdeling import (
    buren,
    gemeentecijfers,
    gepubliceerd_voor,
    provincie_van,
    provinciecijfers,
    rang_in_provincie,
    uitleg,
)
from weergave import bediening, export, figuren, grafiek, laden, navigatie, opmaak, teksten, toestand
from weergave import kaart as kaartweergave
from weergave.bediening import Keuze

NIVEAUS = kaartweergave.NIVEAUS
GEMEENTEKOLOMMEN = [
    "gemeentenaam",
    "opgave",
    "per_1000",
    "regulier",
    "nood",
    "saldo",
    "te_realiseren",
    "provincie",
    "inwoners",
    "correctiefactor",
    "gemeentecode",
]
#: De provincietabel: eerst de kolommen die op een telefoon passen, de rest onder 'Meer kolommen'.
PROVINCIE_HOOFDKOLOMMEN = ["provincie", "opgave", "per_1000", "regulier", "te_realiseren_na_uitruil"]
PROVINCIE_MEER_KOLOMMEN = ["nood", "saldo", "som_tekorten", "gemeenten", "inwoners"]


def toon(keuze: Keuze) -> None:
    gemeenten = laden.gemeenten()
    u = keuze.u
    nederland = laden.nederland()
    gemeente = keuze.gemeente
    provincie = keuze.provincie or provincie_van(gemeenten, gemeente)

    herkomstregel = st.container()  # de herkomst van de cijfers, boven het niveau (het beeld hangt van het niveau af)
    niveau = toestand.keuze("Niveau", "niveau", list(NIVEAUS), "gemeente", NIVEAUS, soort="segmented") or "gemeente"
    # alles wat van het uitgangspunt afhangt, in één keer (issue 30): verdeling, tabel, teksten, command line
    beeld = laden.kaartbeeld(u, niveau, provincie)
    verdeling = beeld.verdeling
    herkomstregel.caption(f"**Cijfers:** {beeld.label}. {beeld.toelichting}")

    # ------------------------------------------------------------------- het antwoord, direct onder de titel
    if gemeente:
        rij = gemeentecijfers(verdeling, gemeente)
        stap = uitleg(verdeling, gemeente, beeld.parameters)
        with bediening.antwoordvak():
            st.subheader(f"{stap.gemeentenaam}: {plekken(stap.opgave)}")
            c1, c2, c3 = st.columns(3)
            c1.metric("Opgave", getal(stap.opgave), help=beeld.toelichting)
            c2.metric(kolom("regulier").kop, getal(rij.regulier), help=kolom("regulier").definitie)
            c3.metric(
                kolom("te_realiseren").kop,
                getal(rij.te_realiseren),
                help=kolom("te_realiseren").uitleg,
            )
            st.caption(
                f"{stap.provincie} · {beeld.label} · daarnaast {getal(rij.nood)} noodplekken "
                f"({herkomst.plekken_bron()})."
            )
            nu = nu_gevraagd(gemeente)
            if nu is not None:  # wat de gemeente nu bindt, naast de indicatieve opgave (issue 31)
                st.markdown(f"{nu_gevraagd_zin(nu)} Deze kaart toont de indicatieve opgave.")
                st.caption(f"Bron: {nu.bron}")
            st.page_link(
                navigatie.link("gemeente"),
                label=f"Alles over {stap.gemeentenaam}",
                query_params={"gemeente": gemeente},
            )
            st.page_link(
                navigatie.link("vergelijk"),
                label=f"Scenario's vergelijken voor {stap.gemeentenaam}",
                query_params={"gemeente": gemeente},
            )

    kaart_kolom_links, kaart_kolom_rechts = st.columns([2, 3], gap="large")

    # ------------------------------------------------------ uitleg (links; op een telefoon vóór de kaart)
    with kaart_kolom_links:
        if gemeente:
            with st.container(border=True):
                st.markdown(
                    f"**Hoe het getal ontstaat**\n\n"
                    f"1. **Inwoners.** {getal(stap.inwoners)} op 1 januari {stap.peildatum}: "
                    f"{getal(stap.aandeel_pct, 3)} % van Nederland. "
                    f"Alleen naar inwoners: {getal(stap.quotum_inwoners, 1)} van de {getal(u.totaal)} plekken.\n"
                    f"2. **SES-correctie.** Factor {getal(stap.correctiefactor, 3)}"
                    + (
                        f", met sterkte {getal(stap.alpha, 2)}: × {getal(stap.effectieve_factor, 3)}"
                        if stap.met_sterkte
                        else ""
                    )
                    + f". Na herschaling naar het landelijke totaal: {getal(stap.quotum, 1)} plekken.\n"
                    "3. **Afronding.** Hele plekken, met de grootste-overschotmethode (landelijk precies "
                    f"{getal(u.totaal)}): "
                    f"{getal(stap.quotum, 1)} → **{getal(stap.opgave)}**."
                    + (
                        f" Waarvan amv (aanname: naar rato): {getal(stap.opgave_amv)}."
                        if stap.opgave_amv is not None
                        else ""
                    )
                )
                st.caption(teksten.gegeven(PARAMETERS.verdeling.correctiefactor))
                g = gepubliceerd_voor(verdeling, gemeente, beeld.gepubliceerd)
                if g is not None:
                    st.info(
                        "Gepubliceerd voor cyclus 1 (31 januari 2024, volgens nieuwsberichten): "
                        f"**{getal(g.gepubliceerd)}**. "
                        f"Deze reconstructie: {getal(g.model)} ({getal(g.afwijking_pct, 1, teken=True)} %)."
                    )
                with st.expander("Waarom is de factor laag of hoog?"):
                    st.write(samenvatting.factor_zin(rij, u.alpha))
                    cijfers = samenvatting.kerncijfers(rij, nederland)
                    if cijfers:
                        wijst = not samenvatting.bereik_omvat_1(rij)
                        export.teksttabel(
                            ["Kenmerk", "Gemeente", "Nederland (gewogen)"] + (["Wijst op"] if wijst else []),
                            [[c.kenmerk, c.gemeente, c.nederland] + ([c.wijst_op] if wijst else []) for c in cijfers],
                            rechts=["Gemeente", "Nederland (gewogen)"],
                        )
                    st.caption(
                        samenvatting.kerncijfers_zin(rij, nederland)
                        + (f" Samengevoegd uit {rij.kerncijfers_samengevoegd}." if rij.kerncijfers_samengevoegd else "")
                    )
                st.caption(samenvatting.plekken_toelichting())
                rang, van = rang_in_provincie(verdeling, gemeente)
                st.markdown(f"**In {stap.provincie}** (plaats {rang} van {van} naar plekken per 1.000 inwoners)")
                # de gemeente met drie buren boven en onder; de hele provincie staat in de tabel onder de kaart
                export.kleine_tabel(
                    buren(verdeling, gemeente, 3),
                    ["plaats", "gemeentenaam", "opgave", "per_1000"],
                    nadruk=("gemeentecode", gemeente),
                )
                teksten.citeerbaar(samenvatting.gemeente_zin(u, rij))
                export.pdf_knop(
                    "Briefing (PDF)",
                    lambda link=export.huidige_link(): briefing.gemeente_pdf(gemeenten, gemeente, u, link=link),
                    figuren.bestandsnaam("briefing", stap.gemeentenaam, beeld.bestandsdeel),
                    key="briefing_gemeente",
                    help="Eén A4 met wat nu gevraagd wordt, het getal en de uitleg, de plekken, de bonus, de data, een "
                    "kaartje, de link naar deze kaart (met QR-code) en de bronnen.",
                )
                teksten.opdracht(opdracht("verdeling", list(beeld.argumenten), ["--gemeente", gemeente]))
        elif provincie:
            prov = provinciecijfers(verdeling, provincie)
            with bediening.antwoordvak():
                st.subheader(f"Provincie {provincie}: {plekken(prov.opgave)}")
                st.caption(f"Som van {getal(prov.gemeenten)} gemeenten · {beeld.label}")
                c1, c2, c3 = st.columns(3)
                c1.metric("Opgave", getal(prov.opgave))
                c2.metric(
                    "Regulier nu",
                    getal(prov.regulier),
                    help=f"Daarnaast {getal(prov.nood)} noodplekken. {herkomst.plekken_bron()}",
                )
                c3.metric(
                    kolom("te_realiseren_na_uitruil").kop,
                    getal(prov.te_realiseren_na_uitruil),
                    help=kolom("te_realiseren_na_uitruil").uitleg,
                )
                st.caption(samenvatting.som_tekorten_zin(prov.som_tekorten))
                nodig = beeld.nog_nodig.get(provincie)
                if nodig is not None:  # het gerapporteerde getal naast het eigen, en waarom zij verschillen (issue 31)
                    st.markdown(samenvatting.nog_nodig_zin(provincie, prov.te_realiseren_na_uitruil, nodig))
            with st.container(border=True):
                teksten.citeerbaar(samenvatting.provincie_zin(u, prov))
                export.pdf_knop(
                    "Briefing provincie (PDF)",
                    lambda: briefing.provincie_pdf(gemeenten, provincie, u),
                    figuren.bestandsnaam("briefing", "provincie", provincie, beeld.bestandsdeel),
                    key="briefing_provincie",
                )
                teksten.opdracht(
                    opdracht("verdeling", list(beeld.argumenten), ["--niveau", "provincie", "--provincie", provincie])
                )
                st.caption("Kies een gemeente in het zoekvak of klik op de kaart voor de uitleg bij haar getal.")
        else:
            with st.container(border=True):
                st.subheader(f"Nederland: {plekken(u.totaal)}")
                st.write(beeld.land_zin)
                if beeld.land_vergelijking:
                    st.caption(beeld.land_vergelijking)
                st.caption("Kies een gemeente of provincie in het zoekvak of klik op de kaart.")

    # ------------------------------------------------------------------------------------- kaart (rechts)
    with kaart_kolom_rechts:

        @st.fragment
        def kaartdeel() -> None:
            """Kleur en kaart: een andere kleur rekent alleen dit deel opnieuw (de kaart zelf komt uit de cache)."""
            kleur = (
                toestand.keuze(
                    "Kleur op de kaart",
                    "kleur",
                    list(kaartweergave.KLEUREN),
                    "opgave",
                    kaartweergave.KLEURNAMEN,
                    soort="selectbox",
                )
                or "opgave"
            )
            fig = kaartweergave.figuur(u, beeld, niveau, kleur, provincie, gemeente)
            if fig is None:
                return
            bedienen = st.session_state.get("kaart_bedienen", False)  # de schakelaar hieronder, van de vorige run
            klik = "bedienbare_kaart" if bedienen else "kaart"

            def _klik() -> None:
                bediening.kies_op_kaart(grafiek.klik_waarde(klik), niveau)

            toestand.vinkje(
                "Kaart bedienen (aanwijzen, kiezen, zoomen)",
                "kaart_bedienen",
                False,
                help="Op een telefoon is de kaart een plaatje, zodat vegen de pagina scrolt. Zet dit aan om gemeenten "
                "aan te wijzen en te kiezen en om te zoomen.",
            )
            export.figuur(
                fig,
                klik,
                kaartweergave.bestandsnaam(beeld, niveau, kleur, provincie),
                1200,
                1320,
                on_klik=_klik,
                kaart=True,
            )
            if bediening.kaartklik_verwerkt():
                toestand.opnieuw("app")  # de gekozen gemeente verandert ook de uitleg en de tabel
            st.caption(
                f"Klik op een {'gemeente' if niveau == 'gemeente' else 'provincie'} om haar te kiezen. Rechtsboven de "
                "kaart (op een telefoon na 'Kaart bedienen'): opslaan als PNG (fotoknopje), in- en uitzoomen en terug; "
                "slepen verschuift de kaart."
            )

        kaartdeel()

    # ---------------------------------------------------------------------------------------------- tabel
    st.subheader("Tabel" + (f": provincie {provincie}" if provincie and niveau == "gemeente" else ""))
    if niveau == "gemeente":
        tonen = beeld.tabel
        kolommen = [*GEMEENTEKOLOMMEN, *beeld.extra_kolommen]
        # alle 342 gemeenten op verzoek (de tabel kost de meeste rekentijd van de pagina); een provincie altijd
        if provincie or toestand.vinkje(
            "Toon alle 342 gemeenten",
            "alle_gemeenten",
            False,
            help="Of kies een provincie. Alles staat ook in de downloads.",
        ):
            export.tabel(
                tonen,
                kolommen,
                nadruk=("gemeentecode", gemeente),
                key="tabel",
            )
        argumenten = [list(beeld.argumenten)] + ([["--provincie", provincie]] if provincie else [])
    else:
        tonen = beeld.tabel
        meer = [*PROVINCIE_MEER_KOLOMMEN, *beeld.extra_kolommen]
        kolommen = [*PROVINCIE_HOOFDKOLOMMEN, *meer]
        # Twaalf regels: een gewone tabel (snel, ook voor schermlezers en op papier; de interactieve tabel met haar
        # Nederlandse opmaak kostte een derde van de rekentijd van elke bezoeker van /kaart, issue 34). De hoofdkolommen
        # passen op een telefoon; de rest staat eronder.
        nadruk = ("provincie", provincie)
        export.kleine_tabel(tonen, PROVINCIE_HOOFDKOLOMMEN, nadruk=nadruk, kort=True)
        st.caption(export.korte_koppen(PROVINCIE_HOOFDKOLOMMEN))
        with st.expander("Meer kolommen: " + export.koppen(meer).lower()):
            export.kleine_tabel(tonen, ["provincie", *meer], nadruk=nadruk, kort=True)
        argumenten = [list(beeld.argumenten), ["--niveau", "provincie"]]
    opmaak.afdruk_melding("De volledige tabel staat in de downloads (CSV of Excel) en in de briefing.")
    naam_tabel = figuren.bestandsnaam(
        "opgave",
        beeld.bestandsdeel,
        niveau,
        f"provincie {provincie}" if provincie and niveau == "gemeente" else "nederland",
    )
    export.deel_knop("Kopieer link")  # de link geeft deze weergave precies terug
    export.downloads(
        tonen,
        kolommen,
        naam_tabel,
        [
            ("Uitgangspunt", beeld.label),
            ("Toelichting", beeld.toelichting),
            ("Niveau", NIVEAUS[niveau]),
            ("Provincie", provincie or "heel Nederland"),
            ("Command line", opdracht("verdeling", *argumenten, ["--format", "csv"])),
        ],
        list(beeld.bronnen),
        bladnaam="Opgave",
        key="kaart",
        totaalrij=True,
    )
    teksten.opdracht(opdracht("verdeling", *argumenten, ["--format", "csv"]))
    teksten.bronregel(list(beeld.bronnen))
