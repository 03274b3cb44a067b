"""Bonus: wat gemeenten uitgekeerd krijgen (of zouden krijgen) onder de conceptregeling 2023, de regeling 2024 en het
VNG/IPO-alternatief, met de huidige plekken of een eigen scenario."""

from datetime import date

import streamlit as st

from spreiding import bonus, herkomst, opties, samenvatting
from spreiding.invoer import lees_plekken
from spreiding.notatie import euro, getal, plekken
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from weergave import bediening, export, figuren, laden, opmaak, teksten, toestand, uploads
from weergave.bediening import Keuze

P = PARAMETERS.bonus


def toon(keuze: Keuze) -> None:
    vandaag = date.today()

    laden.gemeenten()
    u = keuze.u
    verdeling = laden.verdeling(u)
    gemeente, provincie = keuze.gemeente, keuze.provincie

    st.markdown(
        "Drie manieren om gemeenten te belonen voor opvangplekken. De **conceptregeling van 2023** *zou* per duurzame "
        f"plek betalen: {euro(P.concept_fase1.waarde)} in fase 1 en {euro(P.concept_fase2.waarde)} in fase 2, "
        f"alleen voor plekken die de drempel van {P.drempel.waarde} halen; zij is nooit betaald. De **regeling van "
        f"2024** ({PARAMETERS.bron('stcrt-2024-3349').uitgever}) betaalt voor duurzame plekken (minstens "
        f"{P.min_jaren.waarde} jaar) **op aanvraag van het college**. Het bedrag, "
        f"{euro(P.regeling_bedrag.waarde)} "
        "per plek boven de opgave, noemde een woordvoerder van het ministerie :blue-badge[gerapporteerd]. Het "
        "**VNG/IPO-alternatief** *zou* eenmaal betalen voor plekken die er bij de start van fase 2 boven de opgave "
        "zijn, "
        "kleinschalige opvang inbegrepen; het bedrag is een aanname :orange-badge[aanname]."
    )
    with st.container(border=True):
        st.markdown("**Aanvragen: wie, hoe en tot wanneer (regeling 2024)**")
        st.markdown(samenvatting.aanvraag_zin(vandaag))
        st.caption(
            f"{teksten.status_label('U')} De data van de termijnen leidt dit dashboard af: "
            f"{samenvatting.aanvraag_voorbehoud()} ({teksten.bron_link(P.regeling_moment.bron)})"
        )
    with st.container(border=True):
        st.markdown("**VNG/IPO-alternatief: wanneer geteld, wanneer betaald**")
        st.markdown(samenvatting.vng_moment_zin())
        teksten.citaat("vng_bonus")
        teksten.citaat("vng_bonus_na_fase2")
    teksten.citaat("geen_voorstander")

    # ------------------------------------------------------------------------------------------- scenario
    with st.container(border=True):
        s1, s2, s3 = st.columns(3)
        scenario = bediening.parameterobject(
            bonus.BonusScenario,
            {"soort": s1, "nood": s1, "realisatie": s1, "aandeel_klein": s2, "aandeel_fase1": s2, "locatieduur": s3},
        )
        upload = st.file_uploader(
            "Of upload gerealiseerde plekken (CSV: gemeentecode;plekken_groot;plekken_klein;fase)",
            type=["csv"],
            key="upload_plekken",
        )

    uitklap = st.expander(
        "Bedragen, drempel en duur (standaard volgens de bronnen)",
        expanded=bediening.heeft_melding(bonus.BonusParameters),
    )
    a, b, c = uitklap.columns(3)
    lezing_vak = st.container(border=True)
    parameters = bediening.parameterobject(
        bonus.BonusParameters,
        {
            "concept_fase1": a,
            "concept_fase2": a,
            "regeling_bedrag": b,
            "vng_bedrag": b,
            "drempel": c,
            "min_jaren": c,
            "regeling_drempel": c,
            "drempel_lezing": lezing_vak,
        },
    )
    with lezing_vak:
        st.caption(teksten.gegeven(P.drempel_lezing.laatste))  # waarom per gemeente de standaard is
        teksten.citaat("meerdere_locaties")
        drempel_placeholder = st.empty()

    plek = bonus.plekken(verdeling, scenario, parameters)
    scenario_tekst = bonus.scenario_zin(scenario)
    if upload is not None:
        gelezen, meldingen = uploads.lees_upload(
            upload,
            lambda inhoud, naam: lees_plekken(inhoud, naam, verdeling, u.totaal),
            f"plekken:{u.totaal}:{u.peildatum}:{u.alpha}",
        )
        uploads.toon_meldingen(meldingen)
        if gelezen is not None:
            plek, mededelingen = gelezen
            plek = bonus.met_duurzaamheid(plek, scenario, parameters)
            scenario_tekst = "de plekken uit het geüploade bestand"
            st.success(
                "Plekken uit het bestand gebruikt in plaats van het scenario."
                + (" " + " ".join(mededelingen) if mededelingen else "")
            )
    uitkomst = bonus.uitbetaling(verdeling, plek, parameters)
    lezingen = bonus.per_lezing(verdeling, plek, parameters)
    drempel_placeholder.caption(
        f"{teksten.status_label('U')} Conceptregeling 2023 in dit scenario: "
        + "; ".join(f"{bonus.DREMPEL_LEZINGEN_KORT[k]} {euro(v)}" for k, v in lezingen.items())
        + ". Welke lezing geldt, zeggen de bronnen niet; beide staan hier."
    )

    if not bonus.is_duurzaam(plek):
        st.info(
            f"Locaties die {scenario.locatieduur} jaar open blijven, zijn niet duurzaam (minimaal "
            f"{parameters.min_jaren} "
            "jaar): geen systeem keert "
            "dan iets uit."
        )

    # ---------------------------------------------------- Nederland of de gekozen provincie (één verhaal per pagina)
    in_gebied = bonus.gebied(uitkomst, provincie)
    totalen = bonus.totalen(in_gebied)
    st.subheader(f"Provincie {provincie}" if provincie else "Nederland")
    st.caption(f"{u.label}; {scenario_tekst}.")
    kolommen = st.columns(3)
    for kolom, (code, s) in zip(kolommen, bonus.SYSTEMEN.items()):
        rij = bonus.totaal_van(totalen, code)
        kolom.metric(
            f"{s.label}: {s.werkwoord}", euro(rij.totaal_euro), help=f"Moment: {s.moment}. Telt: {s.wat_telt}."
        )
        kolom.caption(
            f"{getal(rij.gemeenten_met_bonus)} gemeenten; naar gemeenten onder "
            f"{getal(P.kleine_gemeente.waarde)} inwoners: "
            f"{euro(rij.kleine_gemeenten_euro)} {teksten.status_label(P.kleine_gemeente.status)}"
        )
    grootste = bonus.ranglijst(in_gebied, "regeling", 10)
    teksten.citeerbaar(
        samenvatting.bonus_zin(
            totalen, bonus.SYSTEMEN, bonus.grootste(in_gebied, "regeling"), scenario_tekst, provincie
        )
    )

    verschil = bonus.verschillen(in_gebied, parameters)
    with st.container(border=True):
        st.markdown("**Waar verschillen de regeling 2024 en het VNG/IPO-alternatief?**")
        st.markdown(
            "- **Moment:** de regeling telt wat er aan het eind van de cyclus boven de opgave is "
            f"({plekken(verschil.boven_eind)}); VNG/IPO "
            f"telt alleen wat er bij de start van fase 2 al is ({plekken(verschil.boven_start_fase2)}). Verschil: "
            f"{plekken(verschil.fase2)}.\n"
            f"- **Kleinschalige opvang:** VNG/IPO telt haar altijd mee. "
            + (
                f"Geldt de drempel ook voor de regeling (aanname aan), dan tellen {plekken(verschil.klein)} daar niet."
                if parameters.regeling_drempel
                else "Of de drempel ook voor de regeling geldt, is niet bekend; standaard niet (zet het aan onder "
                "'Bedragen')."
            )
            + "\n"
            f"- **Bedrag:** {euro(parameters.regeling_bedrag)} tegen {euro(parameters.vng_bedrag)} per plek."
        )
        if verschil.geen:
            st.caption(
                "Met deze instellingen keren beide hetzelfde uit: alle plekken boven de opgave zijn er al bij de start "
                "van fase 2. "
                "Zet 'Er al bij de start van fase 2' lager of de drempel voor de regeling aan om het verschil te zien."
            )

    if len(grootste):
        fig = figuren.staven(
            list(grootste.namen),
            list(grootste.bedragen),
            "#7570b3",
            "Grootste ontvangers onder de regeling 2024" + (f", provincie {provincie}" if provincie else ""),
            f"{u.label}; {scenario_tekst}",
            f"Bron: bedrag per plek gerapporteerd (woordvoerder ministerie); plekken {herkomst.plekken_bron()}; "
            "berekening van dit dashboard",
            "Bonus",
            hoogte=420,
        )
        export.figuur(fig, "grootste", figuren.bestandsnaam("bonus", "grootste-ontvangers", u.bestandsdeel), 1200, 700)

    per_prov = bonus.per_provincie(uitkomst)
    fig = figuren.gegroepeerde_staven(
        per_prov,
        "provincie",
        [(s.kolom, s.legenda, figuren.systeemkleur("bonus", s.code)) for s in bonus.SYSTEMEN.values()],
        "Bonus per provincie en systeem",
        f"{u.label}; {scenario_tekst}",
        "Bron: bedragen gerapporteerd of aanname; berekening van dit dashboard",
        "Bonus",
        hoogte=560,
    )
    export.figuur(fig, "per_provincie", figuren.bestandsnaam("bonus", "per-provincie", u.bestandsdeel), 1200, 800)

    # ------------------------------------------------------------------------------------------- gemeente
    if gemeente:
        r = bonus.gemeente_uitkomst(uitkomst, gemeente)
        vak = bediening.antwoordvak()
        vak.subheader(f"{r.gemeentenaam}: bonus per systeem")
        kolommen = vak.columns(3)
        for kolom, s in zip(kolommen, bonus.SYSTEMEN.values()):
            kolom.metric(f"{s.legenda}: {s.werkwoord}", euro(r.bedrag(s)))
        vak.caption(
            f"Opgave {getal(r.opgave)}; gerealiseerd {getal(r.gerealiseerd)} (in locaties ≥ drempel "
            f"{getal(r.groot)}, kleinschalig {getal(r.klein)}); boven de opgave "
            f"{getal(r.boven_aantal)}. {samenvatting.aanvraag_kort(vandaag)}"
        )

    # ---------------------------------------------------------------------------------------------- tabel
    st.subheader("Tabel" + (f": provincie {provincie}" if provincie else ""))
    tonen = in_gebied
    kolommen = [
        "gemeentenaam",
        *bonus.KOLOMMEN,
        "opgave",
        "gerealiseerd",
        "boven_aantal",
        "groot",
        "klein",
        "provincie",
        "gemeentecode",
    ]
    if provincie or toestand.vinkje(
        "Toon alle 342 gemeenten", "alle_bonus", False, help="Of kies een provincie. Alles staat ook in de downloads."
    ):
        export.tabel(
            tonen,
            kolommen,
            sorteer=("bonus_regeling", False),
            nadruk=("gemeentecode", gemeente),
            key="tabel_bonus",
        )
    export.deel_knop("Kopieer link")  # de link geeft dit scenario precies terug
    export.downloads(
        tonen,
        kolommen,
        figuren.bestandsnaam(
            "bonus", u.bestandsdeel, scenario.soort, f"provincie {provincie}" if provincie else "nederland"
        ),
        [
            ("Uitgangspunt", u.label),
            ("Scenario", scenario_tekst),
            *opties.als_tekst(scenario),
            *opties.als_tekst(parameters),
        ],
        [s.bron for s in bonus.SYSTEMEN.values()] + u.bronnen(),
        bladnaam="Bonus",
        key="bonus",
    )
    opmaak.afdruk_melding("De volledige tabel staat in de downloads (CSV of Excel).")
    if upload is None:
        teksten.opdracht(
            opdracht("bonus", u.argumenten(), scenario.argumenten(), parameters.argumenten(), ["--niveau", "land"])
        )
    st.caption(
        f"Controle: Westerwolde had in {herkomst.plekken_peil()} ongeveer 2.000 plekken boven haar opgave; "
        "gerapporteerd "
        "werd ongeveer "
        f"{euro(P.westerwolde_controle.waarde)} onder de regeling 2024 "
        f"({teksten.bron_link(P.westerwolde_controle.bron)})."
    )
    teksten.bronregel([s.bron for s in bonus.SYSTEMEN.values()] + [P.regeling_bedrag.bron] + u.bronnen())
