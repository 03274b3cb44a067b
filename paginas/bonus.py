"""Bonus: wat gemeenten uitgekeerd krijgen (of zouden krijgen) onder de conceptregeling 2023, de regeling 2024 en het
VNG/IPO-alternatief, met de huidige plekken of een eigen scenario."""

from datetime import date

import streamlit as st

from spreiding import bonus, herkomst, samenvatting
from spreiding.invoer import lees_plekken
from spreiding.notatie import euro, getal, plekken
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.verdeling import rij as verdeling_rij
from weergave import bediening, export, figuren, laden, opmaak, teksten, toestand, uploads

P = PARAMETERS.bonus
vandaag = date.today()
SOORTEN = {"huidig": "Huidige plekken (nov. 2025)", "uniform": "Zelfde realisatie voor iedereen"}
STANDAARD = bonus.BonusParameters()

laden.gemeenten()
keuze = bediening.keuze()
u = keuze.u
verdeling = laden.verdeling(u)
gemeente, provincie = keuze.gemeente, keuze.provincie

st.markdown(
    "Drie manieren om gemeenten te belonen voor opvangplekken. De **conceptregeling van 2023** *zou* per duurzame "
    f"plek betalen: {euro(P['concept_fase1'].waarde)} in fase 1 en {euro(P['concept_fase2'].waarde)} in fase 2, "
    f"alleen voor plekken die de drempel van {P['drempel'].waarde} halen; zij is nooit betaald. De **regeling van "
    f"2024** ({PARAMETERS.bronnen['stcrt-2024-3349'].uitgever}) betaalt voor duurzame plekken (minstens "
    f"{P['min_jaren'].waarde} jaar) **op aanvraag van het college**. Het bedrag, {euro(P['regeling_bedrag'].waarde)} "
    "per plek boven de opgave, noemde een woordvoerder van het ministerie :blue-badge[gerapporteerd]. Het "
    "**VNG/IPO-alternatief** *zou* eenmaal betalen voor plekken die er bij de start van fase 2 boven de opgave zijn, "
    "kleinschalige opvang inbegrepen; het bedrag is een aanname :orange-badge[aanname]."
)
with st.container(border=True):
    st.markdown("**Aanvragen: wie, hoe en tot wanneer (regeling 2024)**")
    st.markdown(samenvatting.aanvraag_zin(vandaag))
    st.caption(
        f"{teksten.status_label('U')} De data van de termijnen leidt dit dashboard af: "
        f"{samenvatting.aanvraag_voorbehoud()} ({teksten.bron_link(P['regeling_moment'].bron)})"
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
    with s1:
        soort = (
            toestand.keuze(
                "Welke plekken zijn gerealiseerd?", "scenario_b", list(SOORTEN), "huidig", SOORTEN, soort="radio"
            )
            or "huidig"
        )
        nood = toestand.vinkje(
            "Ook noodplekken meetellen",
            "nood_b",
            False,
            help="Noodplekken zijn niet duurzaam; standaard tellen ze niet (aanname).",
            uit=None if soort == "huidig" else "Alleen bij 'Huidige plekken'.",
        )
        realisatie = toestand.schuif(
            "Gerealiseerd (van de eigen opgave)",
            "realisatie",
            0,
            200,
            110,
            5,
            eenheid=" %",
            opmaak="%d %%",
            uit="Alleen bij 'Zelfde realisatie voor iedereen'." if soort == "huidig" else None,
        )
        if soort == "huidig":
            realisatie = bonus.STANDAARD_REALISATIE_PCT
        else:
            nood = False
    with s2:
        klein = toestand.schuif(
            "Deel in kleinschalige locaties",
            "klein",
            0,
            100,
            20,
            5,
            eenheid=" %",
            opmaak="%d %%",
            help=f"Locaties kleiner dan de drempel van {P['drempel'].waarde} plekken (aanname: de gegevens zeggen het "
            "niet).",
        )
        fase1 = toestand.schuif(
            "Er al bij de start van fase 2",
            "fase1",
            0,
            100,
            100,
            5,
            eenheid=" %",
            opmaak="%d %%",
            help="Alleen deze plekken tellen voor het VNG/IPO-alternatief. De huidige plekken bestaan al: standaard "
            "100 %.",
        )
    with s3:
        duur = toestand.schuif("Locaties blijven open", "duur", 0, 15, 5, 1, eenheid=" jaar", opmaak="%d jaar")
    upload = st.file_uploader(
        "Of upload gerealiseerde plekken (CSV: gemeentecode;plekken_groot;plekken_klein;fase)",
        type=["csv"],
        key="upload_plekken",
    )

velden = ("b1", "b2", "br", "bv", "drempel", "minjaren", "rdrempel")
open_ = any(k in st.session_state.get(toestand.MELDINGEN, {}) for k in velden)
with st.expander("Bedragen, drempel en duur (standaard volgens de bronnen)", expanded=open_):
    a, b, c = st.columns(3)
    b1 = toestand.getalveld(
        "Concept 2023: € per plek in fase 1",
        "b1",
        0,
        bonus.MAX_BEDRAG,
        STANDAARD.concept_fase1,
        100,
        houder=a,
        help=P["concept_fase1"].toelichting + ".",
    )
    b2 = toestand.getalveld(
        "Concept 2023: € per plek in fase 2", "b2", 0, bonus.MAX_BEDRAG, STANDAARD.concept_fase2, 100, houder=a
    )
    br = toestand.getalveld(
        "Regeling 2024: € per plek boven de opgave",
        "br",
        0,
        bonus.MAX_BEDRAG,
        STANDAARD.regeling_bedrag,
        100,
        houder=b,
        help=f"Gerapporteerd: {euro(P['regeling_bedrag'].waarde)}; ook '{P['regeling_bandbreedte'].waarde}' wordt "
        "genoemd (onzeker).",
    )
    bv = toestand.getalveld(
        "VNG/IPO: € per plek boven de opgave",
        "bv",
        0,
        bonus.MAX_BEDRAG,
        STANDAARD.vng_bedrag,
        100,
        houder=b,
        help=P["vng_bedrag"].toelichting + ".",
    )
    drempel = toestand.getalveld(
        "Drempel: minimale locatiegrootte (plekken)", "drempel", 0, bonus.MAX_DREMPEL, STANDAARD.drempel, 10, houder=c
    )
    min_jaren = toestand.getalveld(
        "Minimale duur voor 'duurzaam' (jaren)", "minjaren", 0, bonus.MAX_JAREN, STANDAARD.min_jaren, 1, houder=c
    )
    regeling_drempel = toestand.vinkje(
        "Drempel geldt ook voor de regeling 2024 (aanname)", "rdrempel", STANDAARD.regeling_drempel, houder=c
    )

with st.container(border=True):
    lezing = (
        toestand.keuze(
            f"De drempel van {P['drempel'].waarde} plekken geldt (aanname)",
            "lezing",
            list(bonus.DREMPEL_LEZINGEN),
            STANDAARD.drempel_lezing,
            bonus.DREMPEL_LEZINGEN,
            soort="radio",
            help=P["drempel_lezing"].toelichting + ".",
        )
        or STANDAARD.drempel_lezing
    )
    st.caption(teksten.gegeven(P["drempel_lezing"].waarden[-1]))  # waarom per gemeente de standaard is
    teksten.citaat("meerdere_locaties")
    drempel_placeholder = st.empty()

parameters = bonus.BonusParameters(
    drempel_lezing=lezing,
    concept_fase1=b1,
    concept_fase2=b2,
    regeling_bedrag=br,
    vng_bedrag=bv,
    drempel=drempel,
    min_jaren=min_jaren,
    regeling_drempel=regeling_drempel,
)
scenario = bonus.BonusScenario.uit_procenten(soort, realisatie, klein, fase1, duur, nood)
plek = bonus.plekken(verdeling, scenario, parameters)
scenario_tekst = (
    f"de huidige {'reguliere en noodplekken' if nood else 'reguliere plekken'} (nov. 2025) als gerealiseerd"
    if soort == "huidig"
    else f"een realisatie van {getal(realisatie)} % van de eigen opgave"
)
if upload is not None:
    gelezen, meldingen = uploads.lees_upload(
        upload,
        lambda inhoud, naam: lees_plekken(inhoud, naam, verdeling, u.totaal),
        f"plekken:{u.totaal}:{u.peildatum}:{u.alpha}",
    )
    uploads.toon_meldingen(meldingen)
    if gelezen is not None:
        plek, mededelingen = gelezen
        plek.attrs["duurzaam"] = scenario.locatieduur >= parameters.min_jaren
        scenario_tekst = "de plekken uit het geüploade bestand"
        st.success(
            "Plekken uit het bestand gebruikt in plaats van het scenario."
            + (" " + " ".join(mededelingen) if mededelingen else "")
        )
uitkomst = bonus.uitbetaling(verdeling, plek, parameters)
lezingen = bonus.per_lezing(verdeling, plek, parameters)
drempel_placeholder.caption(
    f"{teksten.status_label('U')} Conceptregeling 2023 in dit scenario: "
    + "; ".join(f"{bonus.DREMPEL_LEZINGEN[k].split(' (')[0]} {euro(v)}" for k, v in lezingen.items())
    + ". Welke lezing geldt, zeggen de bronnen niet; beide staan hier."
)

if not plek.attrs.get("duurzaam", True):
    st.info(
        f"Locaties die {duur} jaar open blijven, zijn niet duurzaam (minimaal {min_jaren} jaar): geen systeem keert "
        "dan iets uit."
    )

# -------------------------------------------------------- Nederland of de gekozen provincie (één verhaal per pagina)
in_gebied = bonus.gebied(uitkomst, provincie)
totalen = bonus.totalen(in_gebied)
st.subheader(f"Provincie {provincie}" if provincie else "Nederland")
st.caption(f"{u.label}; {scenario_tekst}.")
kolommen = st.columns(3)
for kolom, (code, s) in zip(kolommen, bonus.SYSTEMEN.items()):
    rij = bonus.totaal_van(totalen, code)
    kolom.metric(
        f"{s.label}: {s.werkwoord}", euro(int(rij["totaal_euro"])), help=f"Moment: {s.moment}. Telt: {s.wat_telt}."
    )
    kolom.caption(
        f"{getal(int(rij['gemeenten_met_bonus']))} gemeenten; naar gemeenten onder "
        f"{getal(P['kleine_gemeente'].waarde)} inwoners: "
        f"{euro(int(rij['kleine_gemeenten_euro']))} {teksten.status_label(P['kleine_gemeente'].status)}"
    )
grootste = bonus.grootste_ontvangers(in_gebied, "regeling", 10)
teksten.citeerbaar(
    samenvatting.bonus_zin(totalen, bonus.SYSTEMEN, bonus.grootste(in_gebied, "regeling"), scenario_tekst, provincie)
)

verschil = bonus.verschillen(in_gebied, parameters)
with st.container(border=True):
    st.markdown("**Waar verschillen de regeling 2024 en het VNG/IPO-alternatief?**")
    st.markdown(
        "- **Moment:** de regeling telt wat er aan het eind van de cyclus boven de opgave is "
        f"({plekken(verschil['boven_eind'])}); VNG/IPO "
        f"telt alleen wat er bij de start van fase 2 al is ({plekken(verschil['boven_start_fase2'])}). Verschil: "
        f"{plekken(verschil['fase2'])}.\n"
        f"- **Kleinschalige opvang:** VNG/IPO telt haar altijd mee. "
        + (
            f"Geldt de drempel ook voor de regeling (aanname aan), dan tellen {plekken(verschil['klein'])} daar niet."
            if parameters.regeling_drempel
            else "Of de drempel ook voor de regeling geldt, is niet bekend; standaard niet (zet het aan onder "
            "'Bedragen')."
        )
        + "\n"
        f"- **Bedrag:** {euro(parameters.regeling_bedrag)} tegen {euro(parameters.vng_bedrag)} per plek."
    )
    if verschil["fase2"] == 0 and verschil["klein"] == 0 and verschil["bedrag"] == 0:
        st.caption(
            "Met deze instellingen keren beide hetzelfde uit: alle plekken boven de opgave zijn er al bij de start "
            "van fase 2. "
            "Zet 'Er al bij de start van fase 2' lager of de drempel voor de regeling aan om het verschil te zien."
        )

if len(grootste):
    fig = figuren.staven(
        list(grootste["gemeentenaam"]),
        list(grootste["bonus_regeling"]),
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
    [(s.kolom, s.legenda, s.kleur) for s in bonus.SYSTEMEN.values()],
    "Bonus per provincie en systeem",
    f"{u.label}; {scenario_tekst}",
    "Bron: bedragen gerapporteerd of aanname; berekening van dit dashboard",
    "Bonus",
    hoogte=560,
)
export.figuur(fig, "per_provincie", figuren.bestandsnaam("bonus", "per-provincie", u.bestandsdeel), 1200, 800)

# ------------------------------------------------------------------------------------------- gemeente
if gemeente:
    r = verdeling_rij(uitkomst, gemeente)
    vak = bediening.antwoordvak()
    vak.subheader(f"{r['gemeentenaam']}: bonus per systeem")
    kolommen = vak.columns(3)
    for kolom, s in zip(kolommen, bonus.SYSTEMEN.values()):
        kolom.metric(f"{s.legenda}: {s.werkwoord}", euro(int(r[s.kolom])))
    vak.caption(
        f"Opgave {getal(int(r['opgave']))}; gerealiseerd {getal(int(r['gerealiseerd']))} (in locaties ≥ drempel "
        f"{getal(int(r['groot']))}, kleinschalig {getal(int(r['klein']))}); boven de opgave "
        f"{getal(int(r['boven_aantal']))}. {samenvatting.aanvraag_kort(vandaag)}"
    )

# ---------------------------------------------------------------------------------------------- tabel
st.subheader("Tabel" + (f": provincie {provincie}" if provincie else ""))
tonen = uitkomst[uitkomst["provincie"] == provincie] if provincie else uitkomst
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
        nadruk=(lambda x: x["gemeentecode"] == gemeente) if gemeente else None,
        key="tabel_bonus",
    )
export.deel_knop("Kopieer link")  # de link geeft dit scenario precies terug
export.downloads(
    tonen,
    kolommen,
    figuren.bestandsnaam("bonus", u.bestandsdeel, soort, f"provincie {provincie}" if provincie else "nederland"),
    [
        ("Uitgangspunt", u.label),
        ("Scenario", scenario_tekst),
        ("Kleinschalig", f"{getal(klein)} %"),
        ("Er bij start fase 2", f"{getal(fase1)} %"),
        ("Locatieduur", f"{duur} jaar"),
        ("Bedragen", f"concept {euro(b1)} / {euro(b2)}, regeling {euro(br)}, VNG/IPO {euro(bv)}"),
        (
            "Drempel",
            f"{getal(drempel)} plekken, {bonus.DREMPEL_LEZINGEN[lezing]}"
            + (" (ook voor de regeling)" if regeling_drempel else ""),
        ),
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
    f"Controle: Westerwolde had in {herkomst.plekken_peil()} ongeveer 2.000 plekken boven haar opgave; gerapporteerd "
    "werd ongeveer "
    f"{euro(P['westerwolde_controle'].waarde)} onder de regeling 2024 "
    f"({teksten.bron_link(P['westerwolde_controle'].bron)})."
)
teksten.bronregel([s.bron for s in bonus.SYSTEMEN.values()] + [P["regeling_bedrag"].bron] + u.bronnen())
