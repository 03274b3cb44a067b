"""Startpagina: wat de wet doet, de cijfers van de cycli, en de weg naar de andere pagina's."""

import streamlit as st

import ui
from spreiding import data as gegevens
from spreiding.gepubliceerd import TOTAAL_CYCLUS_1, vergelijking
from spreiding.verdeling import AMV_AANDEEL_CYCLUS_1, CYCLI, standaard_ses_factor

st.title("De Spreidingswet in cijfers")
st.markdown(
    """
Sinds 1 februari 2024 geldt de **Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen** (Stb. 2024, 12).
Het Rijk raamt elke twee jaar hoeveel opvangplekken voor asielzoekers nodig zijn: de *capaciteitsraming*.
Die plekken worden indicatief verdeeld over alle gemeenten, naar inwonertal en de sociaal-economische status (SES-WOA) van hun inwoners.
De opgave van een provincie is de som van die gemeentelijke aantallen; aan de provinciale regietafel spreken gemeenten af wie wat realiseert.
Lukt dat niet, dan kan de minister met een verdeelbesluit plekken opleggen.
"""
)

c1, c2, c3 = st.columns(3)
c1.metric("Cyclus 1 (2024–2026)", f"{ui.nl(CYCLI['cyclus 1 (2024-2026)'])} plekken", help="Stcrt. 2024, 3320 (31 januari 2024)")
c2.metric("waarvan amv (cyclus 1)", f"{ui.nl(round(96_000 * AMV_AANDEEL_CYCLUS_1))} plekken", help="Alleenstaande minderjarige vreemdelingen: 8,48 %")
c3.metric("Cyclus 2 (2026–2028)", f"{ui.nl(CYCLI['cyclus 2 (2026-2028)'])} plekken", help="Kamerbrief 2026; circa 50.000 bestaan al, circa 38.000 te realiseren")

st.subheader("Wat wilt u weten?")
st.page_link("paginas/kaart.py", label="**Kaart** – hoeveel plekken moet mijn gemeente of provincie bieden, en waarom dat getal?", icon=":material/map:")
st.page_link("paginas/prikkel.py", label="**Wachten loont?** – de prikkel om in fase 1 af te wachten, in het wetsvoorstel en in het VNG/IPO-alternatief", icon=":material/hourglass_top:")
st.page_link("paginas/bonus.py", label="**Bonus** – wat gemeenten onder elk systeem uitgekeerd krijgen", icon=":material/euro:")

manifest = None
try:
    manifest = gegevens.laad_manifest()
    st.success(f"Gegevens: {manifest['gemeenten']} gemeenten in {manifest['provincies']} provincies. {ui.gegevensregel(manifest)}")
    if not manifest.get("ses_woa_beschikbaar", True):
        st.warning(ui.ZONDER_SES, icon="⚠️")
except gegevens.DataFout as fout:
    st.warning(f"De gemeentegegevens zijn nog niet beschikbaar, dus de kaart en de berekeningen werken nog niet. {fout}")

with st.expander("Over de cijfers: wat is vastgelegd en wat is een aanname?"):
    st.markdown(
        """
- **Vastgelegd** (wet en Staatscourant): het landelijke totaal per cyclus, dat de provinciale opgave de som is van de gemeentelijke aantallen, en dat inwonertal en SES-WOA de verdeling bepalen.
- **Aanname**: de precieze SES-formule is niet gepubliceerd. Dit dashboard gebruikt *gewicht = inwoners × (1 + k × SES-WOA)* met k als instelbare parameter.
- **Aanname**: hoe het wetsvoorstel van 2023 het restant in fase 2 zou verdelen (landelijk of per provincie) is niet bekend; beide varianten worden getoond.
- **Gerapporteerd**: bonusbedragen komen uit nieuwsberichten en de conceptregeling; ze zijn instelbaar.
"""
    )
    if manifest:
        tabel, _ = ui.gemeenten()
        k = standaard_ses_factor(tabel)
        st.markdown(
            f"**Toets.** De gepubliceerde aantallen van cyclus 1 (31 januari 2024, uit nieuwsberichten) naast dit model "
            f"(96.000 plekken, k = {ui.nl(k, 2)}). Verschillen komen door de SES-correctie"
            + (" die hier ontbreekt." if k == 0 else " (aanname) en de peildata.")
        )
        verdeling = ui.verdeling_of_stop(tabel, manifest, TOTAAL_CYCLUS_1, k)
        st.dataframe(
            vergelijking(verdeling, TOTAAL_CYCLUS_1),
            hide_index=True,
            column_config={"verschil_pct": st.column_config.NumberColumn("verschil (%)", format="%+.1f")},
        )
        ui.opdracht("verdeling", "--totaal 96000", f"--ses-factor {k:g}", "--format csv")

ui.bronvermelding(manifest)
