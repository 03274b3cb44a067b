"""Regietafel: de tabel van een provincie met afspraken en uitruil, wat een verdeelbesluit zou opleggen (twee
lezingen), het verslag in één format met de gegevens van de vergadering, en het landelijke overzicht.

Toestand: per provincie alleen wat aan de tafel is ingevoerd (`INVOER`); de rest van de tabel volgt de gekozen
beginwaarde, zodat een andere beginwaarde meteen werkt en de link alleen de ingevoerde regels draagt."""

from datetime import date
from itertools import islice

import streamlit as st

from spreiding import herkomst, regietafel, samenvatting, tafellink
from spreiding.invoer import MAX_TEKST, lees_afspraken, lees_vergadering
from spreiding.notatie import getal, hoofdletter, plekken
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.uitvoer import verslag
from spreiding.uitvoer.kolommen import kolom
from spreiding.uitvoer.tabellen import csv_nl
from weergave import bediening, export, figuren, laden, opmaak, teksten, toestand, uploads
from weergave.bediening import Keuze
from weergave.intern.celinvoer import snelle_celinvoer

INVOER = "_regietafel_invoer"  # provincie -> DataFrame met alleen de ingevoerde regels (regietafel.AFSPRAAKKOLOMMEN)
VERGADERING = "_regietafel_vergadering"  # provincie -> (Vergadering, {gemeentecode: toelichting uit de link})
BEGIN = {k: hoofdletter(v) for k, v in regietafel.STANDAARDEN.items()}
CSV_KOLOMMEN = regietafel.CSV_KOLOMMEN
#: De kolommen van de bewerkbare tabel, in deze volgorde (gemeentecode blijft verborgen).
SCHERMKOLOMMEN = [
    "gemeentenaam",
    "afspraak",
    "opgave",
    "afspraak_saldo",
    "uitruil_naam",
    "gedekt",
    "opgelegd",
    "regulier",
    "nood",
    "oekraine",
    "statushouders",
    "ingevoerd",
    "toelichting",
]
GEEN = "—"  # geen uitruilpartner (Streamlit toont een lege keuze als 'None')
GESCHIEDENIS = "_regietafel_geschiedenis"  # provincie -> eerdere invoer, voor 'Ongedaan maken'
WEIGERINGEN = "_regietafel_weigeringen"  # provincie -> geweigerde invoer van de laatste wijziging
KOPPEN = {k: kolom(k).kop for k in regietafel.AANTALKOLOMMEN}


def toon(keuze: Keuze) -> None:
    #: Breedtes (px) zodat de tabel op 1366 x 900 in haar vak past zonder zijwaarts schuiven (issue 33); de kolommen
    #: voor Oekraïners en statushouders staan achter één schakelaar.
    SMAL, INVOER, TOELICHTING, TABELHOOGTE = 82, 96, 220, 560
    EXTRA_KOLOMMEN = ("oekraine", "statushouders")

    laden.gemeenten()
    u = keuze.u
    verdeling = laden.verdeling(u)
    provincie = keuze.provincie
    invoer_per_provincie: dict = st.session_state.setdefault(INVOER, {})

    def inleiding() -> None:
        """Wat de regietafel is; met een gekozen provincie onder de tabel, anders bovenaan."""
        st.markdown(
            "Aan de provinciale regietafel (PRT) spreken de gemeenten af wie welke plekken realiseert; de commissaris "
            "van de Koning stuurt het verslag naar de minister, die met een verdeelbesluit plekken kan opleggen waar "
            "de "
            "provincie tekortschiet. Gemeenten mogen ruilen: wie meer neemt dan haar opgave, laat anderen minder "
            "nemen, "
            "zolang de provincie haar opgave haalt. Na de eerste cyclus schreef de provincie Utrecht over het "
            "verslag, de "
            "uitruil en het verdeelbesluit:"
        )
        for sleutel in ("formats", "uitruil", "indicatieve_opgave"):  # letterlijk, met bron (issue 31, punt 13)
            teksten.citaat(sleutel)

    if not provincie:
        inleiding()

    if not provincie:
        st.info(
            "Kies hierboven een provincie om haar tabel te openen. Hieronder het landelijke overzicht.",
        )
    else:
        codes, namen = regietafel.namen_in(verdeling, provincie)
        # --------------------------------------------------------------------- eenmalig: wat de link meebrengt
        if provincie not in invoer_per_provincie:
            invoer, vergadering, fouten = tafellink.uit_de_link(
                verdeling,
                provincie,
                toestand.ruwe_url("afspraken") or "",
                toestand.ruwe_url("verslag") or "",
                u.totaal,
            )
            invoer_per_provincie[provincie] = invoer
            st.session_state[VERGADERING] = {**st.session_state.get(VERGADERING, {}), provincie: vergadering}
            if fouten:
                st.warning("Niet alles uit de link is gebruikt: " + "; ".join(islice(fouten, 10)) + ".")
        invoer = invoer_per_provincie[provincie]

        # Volgorde op het scherm: het antwoord van de provincie, de vier knoppen, de tabel, dan pas de instellingen
        # (issue 33: de tabel begint in het eerste scherm na het antwoord). De vakken worden hier gemaakt en verderop
        # gevuld, omdat de stand de instellingen nodig heeft.
        antwoord = bediening.antwoordvak()
        knoppenvak = st.container()
        tabelvak = st.container()
        instellingen = st.container(border=True)
        with instellingen:
            st.markdown("**Instellingen, upload en vergadering**")
            c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
            with c1:
                begin = (
                    toestand.keuze(
                        "Beginwaarde van de regels die niet zijn ingevoerd",
                        "begin",
                        list(BEGIN),
                        "regulier",
                        BEGIN,
                        soort="radio",
                        horizontal=True,
                        help="Waarmee de tabel begint: de huidige reguliere plekken (nov. 2025), de eigen opgave, of "
                        "regulier + nood. Ingevoerde regels blijven staan.",
                    )
                    or "regulier"
                )
            with c2:
                if st.button(
                    "Opnieuw beginnen",
                    help="Wist alle ingevoerde afspraken van deze provincie; de tabel volgt dan weer de beginwaarde.",
                    width="stretch",
                ):
                    st.session_state.setdefault(GESCHIEDENIS, {}).setdefault(provincie, []).append(invoer)
                    invoer_per_provincie[provincie] = invoer = regietafel.zonder_invoer(invoer)
                    toestand.volgende_versie("_versie")
            o1, o2 = st.columns([3, 2])
            with o1:
                oplegging = (
                    toestand.keuze(
                        "Een verdeelbesluit verdeelt het ontbrekende (aanname)",
                        "oplegging",
                        list(regietafel.OPLEGGINGEN),
                        regietafel.STANDAARD_OPLEGGING,
                        regietafel.OPLEGGINGEN,
                        soort="radio",
                        horizontal=True,
                        help="De bronnen zeggen niet hoe; hieronder staan beide lezingen naast elkaar.",
                    )
                    or regietafel.STANDAARD_OPLEGGING
                )
            with o2:
                extra_telt = toestand.vinkje(
                    "Plekken voor Oekraïners en statushouders tellen mee (aanname)",
                    "extra",
                    False,
                    help="Standaard tellen ze niet mee voor de asielopgave; de VNG-ledenbrief noemt dat de opgaven 'in "
                    "samenhang' bezien kunnen worden.",
                )
            upload = st.file_uploader(
                "Afspraken uploaden (CSV of Excel: gemeentecode;afspraak, eventueel toelichting;uitruil_met;oekraine;"
                "statushouders)",
                type=["csv", "xlsx"],
                key=f"upload_afspraken_{provincie}",
                help="Gemeenten die er niet in staan, houden hun waarde. Een verslag (.xlsx) of de CSV van deze "
                "pagina kan "
                "ook: dan tellen alleen de ingevoerde regels.",
            )
            if upload is not None:
                sleutel = f"_toegepast_{provincie}"
                gelezen, meldingen = uploads.lees_upload(
                    upload,
                    lambda inhoud, naam: lees_afspraken(inhoud, naam, verdeling, provincie, u.totaal),
                    f"afspraken:{provincie}",
                )
                uploads.toon_meldingen(meldingen)
                if gelezen is not None and st.session_state.get(sleutel) != upload.file_id:
                    nieuw, mededelingen = gelezen
                    st.session_state.setdefault(GESCHIEDENIS, {}).setdefault(provincie, []).append(invoer)
                    invoer_per_provincie[provincie] = invoer = regietafel.voeg_toe(invoer, nieuw)
                    uit_verslag = lees_vergadering(upload.getvalue())
                    if uit_verslag is not None:  # een verslag uit deze app: de vergadering gaat mee
                        st.session_state[f"datum_{provincie}"] = uit_verslag.datum
                        st.session_state[f"status_{provincie}"] = uit_verslag.status
                        st.session_state[f"aanwezig_{provincie}"] = uit_verslag.aanwezig
                    st.session_state[sleutel] = upload.file_id
                    toestand.volgende_versie("_versie")
                    st.success(
                        f"{len(nieuw)} afspraken uit het bestand overgenomen."
                        + (" " + " ".join(mededelingen) if mededelingen else "")
                    )

            with st.expander("Vergadering: datum, aanwezigen, status", expanded=False):
                eerder = st.session_state.get(VERGADERING, {}).get(provincie, regietafel.Vergadering())
                for veld, waarde in (("datum", eerder.datum), ("status", eerder.status), ("aanwezig", eerder.aanwezig)):
                    st.session_state.setdefault(f"{veld}_{provincie}", waarde)  # uit de link of een eerder bezoek
                v1, v2 = st.columns([1, 1])
                vergaderdatum = v1.date_input("Datum van de vergadering", format="DD-MM-YYYY", key=f"datum_{provincie}")
                status = v2.radio(
                    "Status van het verslag",
                    list(regietafel.VERGADERSTATUSSEN),
                    horizontal=True,
                    key=f"status_{provincie}",
                )
                aanwezig = st.text_area("Aanwezig", max_chars=regietafel.MAX_AANWEZIG, key=f"aanwezig_{provincie}")
                st.caption(
                    "De toelichting per gemeente staat in de tabel. Alles gaat mee in de link, de upload "
                    "(Excel-verslag) en het verslag."
                )
            vergadering = regietafel.Vergadering(
                vergaderdatum if isinstance(vergaderdatum, date) else None, aanwezig or "", status or "concept"
            )
            st.session_state[VERGADERING] = {**st.session_state.get(VERGADERING, {}), provincie: vergadering}

        basis = regietafel.standaard_afspraken(verdeling, provincie, begin)
        tabel = regietafel.tafel(verdeling, provincie, begin, invoer)
        t = regietafel.toets(verdeling, provincie, tabel, oplegging, extra_telt, vergadering)

        with antwoord:
            m1, m2, m3, m4 = st.columns(4)
            m1.metric("Opgave provincie", getal(t.opgave))
            m2.metric(
                t.afgesproken_label,
                getal(t.afgesproken),
                **teksten.verschil(t.saldo, f"{getal(t.saldo, teken=True)} t.o.v. opgave"),
            )
            m3.metric("Ontbreekt", getal(t.ontbreekt))
            if extra_telt:  # issue 31, punt 10: de aanname staat waar het totaal verandert
                st.caption(
                    f"{teksten.status_label('U')} Plekken voor Oekraïense ontheemden en woningen voor statushouders "
                    "tellen "
                    "hier één op één mee als asielopvangplek; de bronnen zeggen niet dat dat mag."
                )
            m4.metric("Zou worden opgelegd", getal(t.opgelegd), help=regietafel.OPLEGGING_UITLEG[oplegging])
            st.caption(
                f"{t.ingevoerd} van de {len(t.gemeenten)} regels zijn aan de tafel ingevoerd; de andere volgen de "
                f"beginwaarde ({regietafel.STANDAARDEN[begin]})."
            )
            if t.haalt_opgave:
                st.success(f"{provincie} haalt haar opgave: een verdeelbesluit zou niets opleggen.")
            else:
                st.warning(
                    f"{provincie} komt {plekken(t.ontbreekt)} tekort. {t.stand_zin()} Een verdeelbesluit zou opleggen "
                    f"({regietafel.OPLEGGINGEN[oplegging]}): {t.oplegging_lijst(8)}.",
                )
        with tabelvak:
            editor = f"editor_{provincie}_{toestand.versie('_versie')}"
            weergave_tabel = regietafel.als_tekst(t.voor_scherm(namen, GEEN))[["gemeentecode", *SCHERMKOLOMMEN]]

            def _getalkolom(naam: str) -> st.column_config.NumberColumn:
                # "localized" met stap 1: 4.089 in Nederlandse notatie (weergave/intern/getalnotatie.py), niet "4089"
                k = kolom(naam)
                return st.column_config.NumberColumn(
                    k.kop_kort, format="localized", step=1, help=f"{k.kop}: {k.definitie}", width=SMAL
                )

            def _invoerkolom(naam: str) -> st.column_config.TextColumn:
                # tekst, geen getalkolom: een getalkolom maakte van 'veel' stil 0 en van -50 stil 50; zo komt wat getypt
                # of geplakt is (ook 1.500 uit een Nederlandse Excel) letterlijk binnen, en weigert lees_scherm het met
                # een melding
                return st.column_config.TextColumn(
                    kolom(naam).kop_kort + " ✎",
                    width=INVOER,
                    alignment="right",
                    max_chars=12,
                    help=kolom(naam).definitie + f" (bewerkbaar; een geheel aantal van 0 tot {getal(u.totaal)})",
                )

            geschiedenis = st.session_state.setdefault(GESCHIEDENIS, {}).setdefault(provincie, [])
            weigeringen = st.session_state.setdefault(WEIGERINGEN, {}).get(provincie, [])
            if weigeringen:
                st.error(
                    "Niet overgenomen: " + " ".join(w.zin(KOPPEN) for w in islice(weigeringen, 10)),
                    icon=":material/block:",
                )
            provincienamen = sorted(namen[c] for c in codes)
            extra_kolommen = toestand.vinkje(
                "Kolommen voor Oekraïners en statushouders tonen",
                "kolommen_extra",
                False,
                help="Plekken voor Oekraïense ontheemden en woningen voor statushouders: vastgelegd, maar standaard "
                "niet "
                "meegeteld voor de asielopgave.",
            )
            snelle_celinvoer()
            bewerkt = st.data_editor(
                weergave_tabel,
                key=editor,
                hide_index=True,
                width="stretch",
                # een vaste hoogte met schuifbalk in de tabel: de kopregel blijft staan bij regel 40 (issue 33)
                height=min(export.tabelhoogte(len(weergave_tabel)), TABELHOOGTE),
                num_rows="fixed",
                disabled=[
                    "gemeentecode",
                    "gemeentenaam",
                    "opgave",
                    "afspraak_saldo",
                    "gedekt",
                    "opgelegd",
                    "regulier",
                    "nood",
                    "ingevoerd",
                ],
                column_order=[k for k in SCHERMKOLOMMEN if extra_kolommen or k not in EXTRA_KOLOMMEN],
                column_config={
                    "gemeentenaam": st.column_config.TextColumn(kolom("gemeentenaam").kop, pinned=True, width=150),
                    "afspraak": _invoerkolom("afspraak"),
                    "opgave": _getalkolom("opgave"),
                    "afspraak_saldo": _getalkolom("afspraak_saldo"),
                    "uitruil_naam": st.column_config.SelectboxColumn(
                        kolom("uitruil_naam").kop_kort + " ✎",
                        options=[GEEN, *provincienamen],
                        help=kolom("uitruil_met").definitie,
                        width=150,
                    ),
                    "gedekt": _getalkolom("gedekt"),
                    "opgelegd": _getalkolom("opgelegd"),
                    "regulier": _getalkolom("regulier"),
                    "nood": _getalkolom("nood"),
                    "oekraine": _invoerkolom("oekraine"),
                    "statushouders": _invoerkolom("statushouders"),
                    "ingevoerd": st.column_config.CheckboxColumn(
                        kolom("ingevoerd").kop_kort, help=kolom("ingevoerd").definitie, width=SMAL
                    ),
                    "toelichting": st.column_config.TextColumn(
                        kolom("toelichting").kop + " ✎", max_chars=MAX_TEKST, width=TOELICHTING
                    ),
                },
            )
            codes_per_naam = {namen[c]: c for c in codes}
            gelezen, nieuwe_weigeringen = regietafel.lees_scherm(
                regietafel.uit_scherm(bewerkt, codes_per_naam), tabel, namen, u.totaal
            )
            nieuw = regietafel.schoon(gelezen, MAX_TEKST)
            nieuwe_invoer = regietafel.invoer_uit(nieuw, basis)
            veranderd = not nieuwe_invoer.equals(regietafel.invoer_uit(regietafel.schoon(tabel), basis))
            if nieuwe_weigeringen or veranderd:
                st.session_state[WEIGERINGEN][provincie] = nieuwe_weigeringen
                if veranderd:
                    geschiedenis.append(invoer_per_provincie[provincie])
                    invoer_per_provincie[provincie] = nieuwe_invoer
                if nieuwe_weigeringen:
                    # de tabel opnieuw opbouwen: de geweigerde cel toont weer haar waarde
                    toestand.volgende_versie("_versie")
                toestand.opnieuw()  # de stand boven de tabel rekent met de nieuwe afspraken
            if geschiedenis and st.button(
                "Ongedaan maken",
                help="Zet de laatste overgenomen wijziging in de tabel terug (ook een upload of 'Opnieuw beginnen').",
                key=f"ongedaan_{provincie}",
            ):
                invoer_per_provincie[provincie] = geschiedenis.pop()
                st.session_state[WEIGERINGEN][provincie] = []
                toestand.volgende_versie("_versie")
                toestand.opnieuw()
            st.caption(
                "Bewerkbaar (✎): afspraak, uitruil met, plekken Oekraïense ontheemden, woningen statushouders en "
                "toelichting; de stand erboven rekent direct mee. Aantallen als geheel getal, met of zonder "
                "duizendtalpunt (1.500); plakken uit Excel kan. Alfabetisch op gemeentenaam, zoals in het verslag."
            )

            for regel in t.uitruil():
                st.markdown(f"- {regel}")

        # ------------------------------------------------------------- twee lezingen van het verdeelbesluit
        if not t.haalt_opgave:
            with st.container(border=True):
                st.markdown("**Wat een verdeelbesluit zou opleggen, in twee lezingen** " + teksten.status_label("U"))
                l1, l2 = st.columns(2)
                for houder, code in ((l1, "tekort"), (l2, "opgave")):
                    houder.markdown(
                        f"**{regietafel.OPLEGGINGEN[code].capitalize()}.** {regietafel.OPLEGGING_UITLEG[code]}"
                    )
                export.kleine_tabel(
                    t.met_oplegging,
                    ["gemeentenaam", "afspraak", "rest_tekort", "opgelegd_tekort", "opgelegd_opgave"],
                )
        teksten.citeerbaar(samenvatting.regietafel_zin(t))

        # ------------------------------------------------------------------------ bewaren, delen, verslag
        link = tafellink.naar_link(invoer_per_provincie[provincie])
        vergaderlink = tafellink.vergadering_naar_link(vergadering, t.toelichtingen())
        for param, waarde in (("afspraken", link), ("verslag", vergaderlink)):
            if waarde and tafellink.past_in_link(waarde):
                st.query_params[param] = waarde
            elif param in st.query_params:
                del st.query_params[param]
        if not (tafellink.past_in_link(link) and tafellink.past_in_link(vergaderlink)):
            st.caption("De afspraken of toelichtingen zijn te lang voor een link: bewaar ze met de CSV of het verslag.")
        with knoppenvak:
            naam = figuren.bestandsnaam("regietafel", provincie, u.bestandsdeel)
            d1, d2, d3, d4 = st.columns(4, vertical_alignment="center")
            d1.download_button(
                "Afspraken (CSV)",
                data=lambda: csv_nl(t.voor_scherm(namen, ""), CSV_KOLOMMEN, nederlandse_koppen=False),
                file_name=f"afspraken_{naam}.csv",
                mime=export.CSV,
                on_click="ignore",
                width="stretch",
                help="Gemeentecode en naam, afspraak, toelichting, uitruil (code en naam), Oekraïners, statushouders, "
                "ingevoerd: weer te uploaden.",
            )
            d2.download_button(
                "Verslag (Excel)",
                data=lambda: verslag.xlsx(t, u, begin),
                file_name=f"verslag_{naam}.xlsx",
                mime=export.XLSX,
                on_click="ignore",
                width="stretch",
                help="Uniform format, met een totaalregel; ook weer te uploaden.",
            )
            d3.download_button(
                "Verslag (PDF)",
                data=lambda: verslag.pdf(t, u, begin),
                file_name=f"verslag_{naam}.pdf",
                mime=export.PDF,
                on_click="ignore",
                width="stretch",
                type="primary",
                help="Eén format voor elke provincie: vergelijkbaar.",
            )
            with d4:
                export.deel_knop("Kopieer link")  # met de afspraken en de vergadering (afspraken=…, verslag=…)
        st.caption(
            "Deze weergave is ook een link: de ingevoerde afspraken (afspraken=…) en de vergadering met de "
            "toelichtingen "
            "(verslag=…) staan in de adresbalk."
        )
        teksten.opdracht(
            opdracht(
                "regietafel",
                u.argumenten(),
                ["--provincie", provincie, "--standaard", begin, "--oplegging", oplegging],
                ["--extra-telt"] if extra_telt else [],
                ["--afspraken", f"afspraken_{naam}.csv", "--verslag", f"verslag_{naam}.pdf"],
            )
        )
        opmaak.afdruk_melding("De tabel drukt niet volledig af: gebruik 'Verslag (PDF)'.")

        st.subheader("Over de regietafel")
        inleiding()

    # -------------------------------------------------------------------------------- landelijk overzicht
    st.subheader("Landelijk overzicht")
    land = regietafel.landelijk(
        verdeling,
        {p: regietafel.tafel(verdeling, p, "regulier", i) for p, i in invoer_per_provincie.items() if len(i)},
    )
    fig = figuren.gegroepeerde_staven(
        land,
        "provincie",
        [
            ("opgave", "Opgave", "#6c757d"),
            ("regulier", "Regulier nu", "#9ecae1"),
            ("afgesproken", "Afgesproken", "#7570b3"),
        ],
        "Opgave, huidige plekken en afspraken per provincie",
        f"{u.label}; afgesproken = ingevulde tabel, anders de huidige reguliere plekken",
        f"Bron: {herkomst.plekken_bron()}, CBS; afspraken: deze sessie",
        "Plekken",
        euro=False,
        hoogte=560,
    )
    export.figuur(fig, "landelijk", figuren.bestandsnaam("regietafels", "nederland", u.bestandsdeel), 1200, 800)
    export.kleine_tabel(land, ["provincie", "opgave", "regulier", "nood", "afgesproken", "tekort", "ingevuld"])
    export.downloads(
        land,
        ["provincie", "opgave", "regulier", "nood", "afgesproken", "tekort", "ingevuld"],
        figuren.bestandsnaam("regietafels", "nederland", u.bestandsdeel),
        [
            ("Uitgangspunt", u.label),
            ("Afgesproken", "ingevulde tabellen van deze sessie, anders de huidige reguliere plekken"),
        ],
        u.bronnen(),
        bladnaam="Provincies",
        key="land",
    )
    teksten.bronregel([PARAMETERS.bron("utrecht-2026-01"), PARAMETERS.bron("vng-ledenbrief-2024-01")] + u.bronnen())
