"""Bonus: uitkeringen onder het wetsvoorstel van 2023, de regeling van 2024 en het VNG/IPO-alternatief."""

import streamlit as st

import figuren
import ui
from spreiding import bonus
from spreiding.invoer import InvoerFout, lees_plekken
from spreiding.verdeling import VerdeelFout

st.title("Bonus: wat krijgen gemeenten uitgekeerd?")
st.markdown(
    "Alle systemen belonen gemeenten voor opvangplekken, maar verschillend. Het **wetsvoorstel/de conceptregeling "
    "van 2023** betaalde per duurzame plek in fase 1 meer dan in fase 2, en alleen voor locaties van minstens 100 "
    "plekken. De **vastgestelde regeling van 2024** betaalt per duurzame plek *boven* het aantal van de gemeente, "
    "eenmaal per cyclus. Het **VNG/IPO-alternatief** betaalt eenmaal, na fase 2, voor plekken boven de opgave, "
    "kleinschalige locaties inbegrepen."
)

tabel, manifest, totaal, k, verdeling = ui.pagina_begin()
d = bonus.BonusParameters()

with st.sidebar:
    st.subheader("Scenario")
    realisatie = ui.schuif("Realisatie (% van de opgave)", "realisatie", 0, 200, 100, 5)
    klein = ui.schuif("Deel in kleinschalige locaties (%)", "klein", 0, 100, 20, 5)
    fase1 = ui.schuif("Deel gerealiseerd in fase 1 (%)", "fase1", 0, 100, 50, 5)
    duur = ui.schuif("Locaties blijven open (jaren)", "duur", 0, 15, 5, 1)

with st.expander("Bedragen, drempel en duur (parameters; standaard volgens de bronnen)", expanded=False):
    a, b, c = st.columns(3)
    b1 = ui.getalveld("Wetsvoorstel: € per plek in fase 1", "b1", 0, 10_000, int(d.bedrag_fase1), 100, "Conceptregeling 2023 (gerapporteerd)", a)
    b2 = ui.getalveld("Wetsvoorstel: € per plek in fase 2", "b2", 0, 10_000, int(d.bedrag_fase2), 100, "Conceptregeling 2023 (gerapporteerd)", a)
    br = ui.getalveld("Regeling 2024: € per plek boven het aantal", "br", 0, 10_000, int(d.bedrag_regeling), 100, "Gerapporteerd: € 2.000; ook '€ 1.000 tot 2.000' genoemd (onzeker)", b)
    bv = ui.getalveld("VNG/IPO: € per plek boven de opgave", "bv", 0, 10_000, int(d.bedrag_vng), 100, "Aanname: het positionpaper noemt geen bedrag", b)
    drempel = ui.getalveld("Drempel: minimale locatiegrootte (plekken)", "drempel", 0, 1_000, d.drempel, 10, None, c)
    min_duur = ui.getalveld("Minimale duur voor 'duurzaam' (jaren)", "minduur", 0, 15, d.minimale_duur, 1, None, c)
    regeling_drempel = ui.vinkje("Drempel geldt ook voor de regeling 2024 (aanname)", "rdrempel", d.regeling_drempel_geldt, None, c)
upload = st.file_uploader("Of upload gerealiseerde plekken (CSV: gemeentecode, plekken_groot, plekken_klein, fase)", type=["csv"])

try:
    parameters = bonus.BonusParameters(
        bedrag_fase1=b1, bedrag_fase2=b2, bedrag_regeling=br, bedrag_vng=bv, drempel=drempel,
        minimale_duur=min_duur, regeling_drempel_geldt=regeling_drempel,
    )
    scenario = bonus.BonusScenario(realisatie=realisatie / 100, aandeel_klein=klein / 100, aandeel_fase1=fase1 / 100, locatieduur=int(duur))
except VerdeelFout as fout:
    st.error(str(fout))
    st.stop()

plekken = bonus.scenario_plekken(verdeling, scenario, parameters)
if upload is not None:
    try:
        plekken = lees_plekken(upload.getvalue(), verdeling)
        st.success(f"Plekken uit {upload.name} gebruikt in plaats van het scenario.")
    except InvoerFout as fout:
        st.error(f"Het bestand is niet gebruikt: {fout}")
uitkomst = bonus.uitbetaling(verdeling, plekken, parameters)
totalen = bonus.totalen(uitkomst).set_index("systeem")

if not plekken.attrs.get("duurzaam", True):
    st.info(f"Locaties die {duur} jaar open blijven zijn niet duurzaam (minimaal {min_duur} jaar): geen enkel systeem keert dan iets uit.")
elif realisatie <= 100 and upload is None:
    st.info("Bij een realisatie van 100 % of minder komt geen gemeente boven haar aantal: de regeling 2024 en het VNG/IPO-alternatief keren dan niets uit.")

st.subheader("Landelijk")
kolommen = st.columns(3)
for kolom, systeem in zip(kolommen, bonus.SYSTEMEN):
    rij = totalen.loc[systeem]
    kolom.metric(bonus.LABELS[systeem], ui.euro(rij["totaal_euro"]), help=f"Betaalmoment: {bonus.BETAALMOMENT[systeem]}")
    kolom.caption(f"{int(rij['gemeenten_met_bonus'])} gemeenten; naar gemeenten < 20.000 inwoners: {ui.euro(rij['kleine_gemeenten_euro'])}")

st.subheader("Per gemeente")
code = ui.kies_gemeente(verdeling)
rij = uitkomst.set_index("gemeentecode").loc[code]
st.caption(
    f"{rij['gemeentenaam']}: opgave {ui.nl(rij['opgave'])}, gerealiseerd {ui.nl(rij['gerealiseerd'])} plekken "
    f"(grote locaties {ui.nl(rij['groot_fase1'] + rij['groot_fase2'])}, kleinschalig {ui.nl(rij['klein_fase1'] + rij['klein_fase2'])})."
)
kolommen = st.columns(3)
for kolom, systeem, bedragkolom in zip(kolommen, bonus.SYSTEMEN, bonus.SYSTEEM_KOLOMMEN):
    kolom.metric(bonus.LABELS[systeem], ui.euro(rij[bedragkolom]))

st.subheader("Wie wint en wie verliest bij een overstap?")
ui.begin("vergelijk", "vergelijk", ui.keuze_uit({v: v for v in ("verschil_vng_min_wetsvoorstel", "verschil_vng_min_regeling")}), "verschil_vng_min_wetsvoorstel", "de vergelijking")
vergelijk = st.radio(
    "Vergelijking", ["verschil_vng_min_wetsvoorstel", "verschil_vng_min_regeling"], horizontal=True, key="vergelijk",
    format_func={"verschil_vng_min_wetsvoorstel": "VNG/IPO min wetsvoorstel 2023", "verschil_vng_min_regeling": "VNG/IPO min regeling 2024"}.get,
)
st.plotly_chart(figuren.bonus_verschil(uitkomst, vergelijk, "Verschil (€)"), width="stretch", key="verschil")

st.subheader("Tabel")
tonen = uitkomst[["gemeentecode", "gemeentenaam", "provincie", "inwoners", "opgave", "gerealiseerd", *bonus.SYSTEEM_KOLOMMEN, vergelijk]]
koppen = {**{kolom: bonus.LABELS[s] for s, kolom in zip(bonus.SYSTEMEN, bonus.SYSTEEM_KOLOMMEN)}, vergelijk: "Verschil (€)"}
st.dataframe(tonen, hide_index=True, width="stretch", column_config={k_: st.column_config.NumberColumn(kop, format="€ %d") for k_, kop in koppen.items()})
st.download_button("Download als CSV", tonen.to_csv(index=False).encode("utf-8"), file_name="spreidingswet_bonus.csv", mime="text/csv")

with st.expander("Wat is vastgelegd en wat is een aanname?"):
    st.markdown(
        "- **Aanname (scenario):** een gemeente heeft alleen plekken in grote locaties als die samen minstens één locatie van de drempelgrootte vullen; anders is alles kleinschalig. Zo wordt zichtbaar wat de drempel van 100 kleine gemeenten kost.\n"
        "- **Gerapporteerd:** € 2.500 / € 1.500 (conceptregeling 2023) en € 2.000 (regeling 2024); het VNG/IPO-bedrag is een aanname.\n"
        "- **Onzeker:** of de drempel ook voor de regeling 2024 geldt (standaard: nee)."
    )
if upload is None:
    ui.opdracht(
        "bonus", f"--realisatie {realisatie / 100:g}", f"--aandeel-klein {klein / 100:g}", f"--aandeel-fase1 {fase1 / 100:g}",
        f"--bedrag-fase1 {b1:g}", f"--bedrag-fase2 {b2:g}", f"--bedrag-regeling {br:g}", f"--bedrag-vng {bv:g}",
        f"--drempel {drempel}", f"--minimale-duur {min_duur}", f"--locatieduur {duur}",
        *(["--regeling-drempel"] if regeling_drempel else []), f"--totaal {totaal}", f"--ses-factor {k:g}", "--niveau land",
    )
ui.zet_url(
    totaal=totaal, k=f"{k:g}", gemeente=code, realisatie=realisatie, klein=klein, fase1=fase1, duur=duur,
    b1=b1, b2=b2, br=br, bv=bv, drempel=drempel, minduur=min_duur, rdrempel=int(regeling_drempel), vergelijk=vergelijk,
)
ui.bronvermelding(manifest)
