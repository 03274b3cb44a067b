"""Wachten loont? De prikkel om in fase 1 af te wachten, per systeem, voor één gemeente en voor heel Nederland."""

import streamlit as st

from spreiding import herkomst, prikkel, samenvatting
from spreiding.invoer import lees_aanbod
from spreiding.lezen import kort
from spreiding.notatie import getal, plekken
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.verdeling import gemeentecijfers
from weergave import bediening, export, figuren, laden, opmaak, teksten, toestand, uploads
from weergave.bediening import Keuze


def toon(keuze: Keuze) -> None:
    laden.gemeenten()
    gemeente = keuze.gemeente

    st.markdown(
        "Het **wetsvoorstel van maart 2023** kende twee fasen. In fase 1 konden gemeenten vrijwillig plekken "
        "aanbieden; "
        "wat daarna nog "
        "ontbrak, werd in fase 2 verdeeld: volgens de VNG en de G40 “vervolgens aan de provinciale regietafels”. Hoe "
        "dat "
        "restant precies "
        "verdeeld zou worden, zeggen de bronnen niet eenduidig. Dit dashboard rekent daarom twee lezingen door, naast "
        "elkaar: **per provincie (P)**, de standaard om de passage van de Rijksoverheid hieronder, en **landelijk "
        "(N)**; beide zijn aannames. Daarnaast: het "
        "**VNG/IPO-alternatief** en de **wet zoals in december 2024 toegepast**."
    )
    with st.container(border=True):
        st.markdown("**Twee lezingen van de restregel, en waar elk op steunt** " + teksten.status_label("U"))
        for kolom_, code in zip(st.columns(2), ("P", "N")):
            lezing = PARAMETERS.restregel[code]
            kolom_.markdown(
                f"**{prikkel.SYSTEMEN[code].label}:** {lezing.waarde}.  \n{lezing.toelichting}. "
                f"({teksten.bron_link(lezing.bron)})"
            )
    teksten.citaat("perverse_prikkel")

    # --------------------------------------------------- instellingen (in de pagina, ook op een telefoon)
    with st.container(border=True):
        u = keuze.u  # het uitgangspunt uit de gedeelde balk, zoals op elke pagina (standaard cyclus 2)
        st.caption(f"**Cijfers:** {u.label}. {u.toelichting()}")
        s1, s2, s3 = st.columns([2, 2, 2])
        # Beide soorten instellingen staan er altijd; wat bij de gekozen soort niet meetelt, is uitgeschakeld en blijft
        # staan (ook in de link), zodat heen en weer wisselen niets terugzet.
        scenario = bediening.parameterobject(
            prikkel.Scenario, {"soort": s1, "deelname": s2, "omvang": s2, "keuze": s3, "seed": s3, "nood": s3}
        )
        scenario_tekst = prikkel.scenario_zin(scenario)
        with s1:  # onder de soort
            systeemcode = (
                toestand.keuze(
                    "Systeem voor het landelijke beeld",
                    "systeem",
                    list(prikkel.SYSTEMEN),
                    prikkel.STANDAARD_SYSTEEM,
                    {c: s.label for c, s in prikkel.SYSTEMEN.items()},
                    soort="selectbox",
                )
                or prikkel.STANDAARD_SYSTEEM
            )
        upload = st.file_uploader(
            "Of upload het aanbod van de andere gemeenten (CSV: gemeentecode;aanbod)",
            type=["csv"],
            key="upload_aanbod",
            help="Een regel per gemeente; niet genoemde gemeenten bieden 0 aan. Nederlandse Excel-CSV (puntkomma, "
            "decimale komma) mag.",
        )

    verdeling = laden.verdeling(u)
    aanbod_anderen = scenario.aanbod(verdeling, behalve=gemeente)
    bron_aanbod = "scenario"
    if upload is not None:
        gelezen, meldingen = uploads.lees_upload(
            upload, lambda b, n: lees_aanbod(b, n, verdeling, u.totaal), f"aanbod:{u.totaal}:{u.peildatum}:{u.alpha}"
        )
        uploads.toon_meldingen(meldingen)
        if gelezen is not None:
            aanbod_anderen, mededelingen = gelezen
            aanbod_anderen = prikkel.zonder_gemeente(aanbod_anderen, verdeling, gemeente)
            in_plekken, bij_gemeenten = prikkel.aanbod_samenvatting(aanbod_anderen)
            bron_aanbod = "upload"
            scenario_tekst = f"de andere gemeenten aanbieden wat in {kort(upload.name, 40)} staat"
            st.success(
                f"Aanbod uit het bestand gebruikt: {plekken(in_plekken)} bij {bij_gemeenten} gemeenten."
                + (" " + " ".join(mededelingen) if mededelingen else "")
            )
    systeem = prikkel.SYSTEMEN[systeemcode]

    # -------------------------------------------------------------------------------- de gekozen gemeente
    if gemeente:
        rij = gemeentecijfers(verdeling, gemeente)
        naam = rij.gemeentenaam
        if bron_aanbod == "upload":
            uitkomst = prikkel.wachten_of_vroeg(verdeling, gemeente, aanbod_anderen)
            curve = prikkel.curve(verdeling, gemeente, aanbod_anderen)
        else:
            uitkomst, curve = laden.gemeentebeeld(u, scenario, gemeente)  # gedeeld tussen sessies
        with bediening.antwoordvak():
            st.subheader(f"{naam}: wachten of vroeg aanbieden?")
            # eerst de uitkomst onder elk systeem naast elkaar, de wet zoals toegepast inbegrepen (issue 31, punt 4)
            export.kleine_tabel(prikkel.met_labels(uitkomst, kort=True), ["systeem", "last_wachten", "last_vroeg"])
            gekozen = prikkel.voor_systeem(uitkomst, systeemcode)
            m1, m2, m3 = st.columns(3)
            m1.metric(
                "Eerlijk aandeel",
                getal(gekozen.eerlijk_aandeel),
                help="De opgave van de gemeente bij een vaste verdeling.",
            )
            m2.metric(
                f"Wachten ({systeem.kort})",
                getal(gekozen.last_wachten),
                **teksten.verschil(
                    gekozen.gat_wachter, f"{getal(gekozen.gat_wachter, teken=True)} t.o.v. aandeel", "off"
                ),
                help="Totale last als de gemeente in fase 1 niets aanbiedt.",
            )
            m3.metric(
                f"Vroeg aanbieden ({systeem.kort})",
                getal(gekozen.last_vroeg),
                **teksten.verschil(gekozen.gat_vroeg, f"{getal(gekozen.gat_vroeg, teken=True)} t.o.v. aandeel", "off"),
                help="Totale last als de gemeente in fase 1 precies haar aandeel aanbiedt.",
            )
            teksten.citeerbaar(samenvatting.wachten_zin(u, naam, systeem.label, gekozen, scenario_tekst))
        export.kleine_tabel(
            prikkel.met_labels(uitkomst),
            ["systeem", "gat_wachter", "gat_vroeg", "last_wachten", "last_vroeg", "eerlijk_aandeel"],
        )
        st.caption(
            "Beide verschillen zijn voor hetzelfde gedrag van de andere gemeenten. Negatief bij de wachter: zij draagt "
            "minder dan haar "
            "aandeel. Positief bij de vroege aanbieder: zij krijgt er in fase 2 een taak bij. Schuif aan de deelname "
            "om "
            "te zien hoe beide meebewegen."
        )
        fig = figuren.prikkel_curve(
            curve,
            prikkel.SYSTEMEN,
            rij.opgave,
            f"{naam}: totale last bij elk eigen aanbod in fase 1",
            f"{u.label}; de anderen: {scenario_tekst}",
            "Bron: berekening van dit dashboard; regels P, N en 'wet' deels aanname (zie hieronder)",
        )
        export.figuur(fig, "curve", figuren.bestandsnaam("wachten", naam, u.bestandsdeel), 1200, 700)
        if bron_aanbod == "scenario":
            teksten.opdracht(opdracht("prikkel", u.argumenten(), ["--gemeente", gemeente], scenario.argumenten()))
    else:
        st.info(
            "Kies hierboven een gemeente om te zien wat wachten haar oplevert. Hieronder het beeld voor heel "
            "Nederland.",
        )

    # ------------------------------------------------------------------------------------- heel Nederland
    st.subheader("Heel Nederland: de systemen naast elkaar")
    st.caption(
        "Per systeem: wie eindigt onder zijn eerlijke aandeel, en wie draagt dat, bij hetzelfde gedrag van de "
        "gemeenten "
        f"({scenario_tekst.replace('andere ', '')}; {u.label})."
    )
    if bron_aanbod == "upload":
        landbeeld = {code: prikkel.heel_land(verdeling, aanbod_anderen, code) for code in prikkel.SYSTEMEN}
    else:
        landbeeld = laden.landbeeld(u, scenario)  # gedeeld tussen sessies, per uitgangspunt en scenario
    panelen = st.columns(len(landbeeld), gap="small")
    for paneel, (code, (per_prov_, samen_)) in zip(panelen, landbeeld.items()):
        s_ = prikkel.SYSTEMEN[code]
        with paneel.container(border=True):
            st.markdown(f"**{s_.kort}** {teksten.systeem_label(s_)}")
            st.caption(samenvatting.heel_land_kort(samen_))
            if samen_.leeg:
                continue  # geen lege grafiek: de zin zegt het
            fig = figuren.heel_land(
                per_prov_,
                f"Onder en boven het aandeel ({s_.kort})",
                f"{u.label}; {scenario_tekst.replace('andere ', '')}",
                "Bron: berekening van dit dashboard; CBS-inwoners"
                + (f"; plekken: {herkomst.plekken_bron()}" if scenario.soort == "huidig" else ""),
                hoogte=430,
            )
            export.figuur(
                fig,
                f"heel_land_{code}",
                figuren.bestandsnaam("wachten", "heel-nederland", code, u.bestandsdeel),
                1200,
                700,
            )
    per_prov, samen = landbeeld[systeemcode]
    teksten.citeerbaar(
        samenvatting.heel_land_zin(
            systeem.label,
            samen,
            scenario_tekst.replace("andere ", ""),
            wetsvoorstel=PARAMETERS.wetsvoorstel.totaal.waarde,
        )
    )
    st.markdown(f"**Tabel en downloads voor {systeem.label}** (kies het systeem bovenaan)")
    export.kleine_tabel(per_prov, ["provincie", "onder", "plekken_onder", "extra_taak_vroeg", "wachter", "boven"])
    export.deel_knop("Kopieer link")  # de link geeft dit scenario precies terug
    export.downloads(
        per_prov,
        ["provincie", "onder", "plekken_onder", "extra_taak_vroeg", "wachter", "boven", "eerlijk_aandeel", "last"],
        figuren.bestandsnaam("wachten", "heel-nederland", systeemcode, u.bestandsdeel),
        [("Uitgangspunt", u.label), ("Systeem", systeem.label), ("Scenario", scenario_tekst)],
        [systeem.bron] + u.bronnen(),
        bladnaam="Per provincie",
        key="wachten",
    )
    if bron_aanbod == "scenario":
        teksten.opdracht(
            opdracht("prikkel", u.argumenten(), ["--niveau", "land", "--systeem", systeemcode], scenario.argumenten())
        )

    # -------------------------------------------------------- wat de bronnen zeggen en wat een aanname is
    st.subheader("Wat de systemen doen, en wat daarvan vaststaat")
    for s in prikkel.SYSTEMEN.values():
        st.markdown(
            f"**{s.label}** {teksten.systeem_label(s)} — {s.uitleg} *{s.aanname}* ({teksten.bron_link(s.bron)})"
        )
    teksten.citaat("extra_taak")
    st.markdown(
        "**Conclusie van dit dashboard, geen citaat:** onder het VNG/IPO-alternatief loont wachten niet zolang de "
        "andere "
        "gemeenten hooguit hun "
        "eigen aandeel leveren: de provinciale opgave ligt vast en wie wacht, krijgt zijn tekort toch. Wie vroeg "
        "aanbiedt, krijgt er nooit iets bij. "
        "Leveren anderen méér dan hun aandeel, dan heeft de provincie minder plekken nodig en daalt de taak van wie "
        "achterblijft, onder het "
        "VNG/IPO-alternatief én onder de wet zoals in december 2024 toegepast: ook die beloont wachten dan."
    )
    teksten.citaat("vaste_opgave")
    opmaak.afdruk_melding("De tabellen staan volledig in de downloads (CSV of Excel).")
    teksten.bronregel([PARAMETERS.bron("vng-g40-2023-05"), PARAMETERS.bron("nieuws-verdeelbesluit-2024")] + u.bronnen())
