"""Wachten loont? De prikkel om in fase 1 af te wachten, per systeem gesimuleerd."""

import numpy as np
import streamlit as st

import figuren
import ui
from spreiding import prikkel
from spreiding.invoer import InvoerFout, lees_aanbod
from spreiding.verdeling import VerdeelFout

st.title("Wachten loont? De prikkel in fase 1")
st.markdown(
    "Onder het **wetsvoorstel van maart 2023** konden gemeenten in fase 1 vrijwillig plekken aanbieden; wat daarna "
    "nog ontbrak, werd in fase 2 over *alle* gemeenten verdeeld. Een gemeente die afwacht, krijgt dan een deel van "
    "het restant: minder dan haar eerlijke aandeel. Wie vroeg aanbood, kan er in fase 2 nog een taak bij krijgen. "
    "Zo betoogden de VNG en de G40 in hun positionpaper voor het rondetafelgesprek in de Tweede Kamer (mei 2023; "
    "hier in eigen woorden samengevat). In het **VNG/IPO-alternatief** ligt de opgave vast en wordt zij nooit "
    "herverdeeld: wachten levert dan niets op."
)

tabel, manifest, totaal, k, verdeling = ui.pagina_begin()

links, rechts = st.columns([1, 2])
with links:
    code = ui.kies_gemeente(verdeling)
    st.markdown("**Wat doen de andere gemeenten in fase 1?**")
    deelname = ui.schuif("Deel van de andere gemeenten dat vroeg aanbiedt (%)", "deelname", 0, 100, 50, 5)
    omvang = ui.schuif("Hoeveel zij aanbieden (% van hun eerlijke aandeel)", "omvang", 0, 200, 100, 10)
    ui.begin("keuze", "keuze", ui.keuze_uit({k_: k_ for k_ in prikkel.KEUZES}), "willekeurig", "wie aanbiedt (willekeurig of grootste)")
    keuze = st.radio("Wie biedt aan?", prikkel.KEUZES, key="keuze", horizontal=True, format_func={"willekeurig": "willekeurig", "grootste": "de grootste gemeenten"}.get)
    ui.begin("seed", "seed", ui.geheel_tussen(0, 10_000), 1, "de toevalsstart (0 tot 10.000)")
    seed = int(st.number_input("Toevalsstart (seed)", 0, 10_000, step=1, key="seed", disabled=keuze != "willekeurig"))
    upload = st.file_uploader("Of upload het aanbod (CSV met kolommen gemeentecode, aanbod)", type=["csv"])
    ui.begin("systeem", "systeem", ui.keuze_uit({s: s for s in prikkel.SYSTEMEN}), "wetsvoorstel-n", "het systeem")
    systeem = st.selectbox("Systeem voor de kaart", prikkel.SYSTEMEN, format_func=prikkel.LABELS.get, key="systeem")

i = int(np.flatnonzero(verdeling["gemeentecode"].to_numpy() == code)[0])
naam = verdeling["gemeentenaam"].iloc[i]
aandeel = int(verdeling["opgave"].iloc[i])
scenario = prikkel.Scenario(deelname=deelname / 100, omvang=omvang / 100, keuze=keuze, seed=seed)
bron = "scenario"
aanbod = prikkel.aanbod_scenario(verdeling, scenario, behalve=code)
if upload is not None:
    try:
        aanbod = lees_aanbod(upload.getvalue(), verdeling)
        aanbod[i] = 0
        bron = "upload"
        st.success(f"Aanbod uit {upload.name}: {ui.nl(int(aanbod.sum()))} plekken bij {int((aanbod > 0).sum())} gemeenten.")
    except InvoerFout as fout:
        st.error(f"Het bestand is niet gebruikt: {fout}")

if int(aanbod.sum()) >= totaal:
    st.info(
        f"De andere gemeenten bieden samen {ui.nl(int(aanbod.sum()))} plekken aan: evenveel of meer dan het landelijke totaal "
        f"van {ui.nl(totaal)}. Er is dan geen restant meer om te verdelen; verlaag de deelname of de omvang."
    )

try:
    curve = prikkel.curve(verdeling, code, aanbod)
    vergelijking = prikkel.wachten_of_vroeg(verdeling, code, aanbod)
    kaartdata = prikkel.lasten(verdeling, aanbod, systeem)  # de gekozen gemeente wacht (aanbod 0)
except VerdeelFout as fout:
    st.error(str(fout))
    st.stop()

with rechts:
    st.subheader(f"{naam}: totale last bij elk eigen aanbod")
    st.caption(f"Eerlijk aandeel van {naam}: {ui.nl(aandeel)} plekken. De lijn onder het wetsvoorstel zakt als de gemeente minder aanbiedt; die van het VNG/IPO-alternatief niet.")
    st.plotly_chart(figuren.prikkel_curve(curve, prikkel.LABELS, aandeel), width="stretch", key="curve")

st.subheader("Wachten of vroeg aanbieden?")
tabel_wv = vergelijking.assign(
    systeem=vergelijking["systeem"].map(prikkel.LABELS),
    wachten_loont=vergelijking["wachten_loont"].map({True: "ja", False: "nee"}),
    aanname=vergelijking["systeem"].map(prikkel.AANNAMES),
)
st.dataframe(
    tabel_wv,
    hide_index=True,
    width="stretch",
    column_config={
        "systeem": "Systeem",
        "eerlijk_aandeel": "Eerlijk aandeel",
        "last_bij_wachten": "Last bij wachten",
        "last_bij_vroeg_aanbieden": "Last bij vroeg aanbieden",
        "voordeel_van_wachten": "Voordeel van wachten (plekken)",
        "wachten_loont": "Wachten loont?",
        "aanname": "Aanname",
    },
)

st.subheader(f"Wie wint bij wachten, wie betaalt? ({prikkel.LABELS[systeem]})")
st.caption(
    f"Last min eerlijk aandeel per gemeente, als {naam} wacht en de anderen doen wat hierboven is ingesteld. "
    "Blauw: minder dan het eerlijke aandeel (wint); rood: meer (betaalt voor anderen)."
)
kaartdata = kaartdata.assign(
    aandeel_nl=kaartdata["eerlijk_aandeel"].map(ui.nl),
    last_nl=kaartdata["last"].map(ui.nl),
    verschil_nl=kaartdata["verschil"].map(lambda x: ("+" if x > 0 else "") + ui.nl(x)),
)
grens = max(1, int(kaartdata["verschil"].abs().max()))
fig = figuren.kaart(
    kaartdata,
    *ui.kaartlaag("gemeente"),
    "gemeentecode",
    "verschil",
    "Last − aandeel",
    [("gemeentenaam", "Gemeente"), ("aandeel_nl", "Eerlijk aandeel"), ("last_nl", "Last"), ("verschil_nl", "Verschil")],
    geselecteerd=None,
    kleurschaal="RdBu_r",
    middelpunt=0,
    hoogte=520,
    bereik=(-grens, grens),
)
st.plotly_chart(fig, width="stretch", key="kaart_prikkel")
c1, c2 = st.columns(2)
c1.metric("Landelijk aanbod in fase 1", f"{ui.nl(int(kaartdata['aanbod'].sum()))} plekken")
c2.metric("Landelijke last", f"{ui.nl(int(kaartdata['last'].sum()))} plekken", help="Gelijk aan het totaal, behalve onder VNG/IPO als gemeenten meer aanbieden dan hun aandeel.")

with st.expander("Wat is vastgelegd en wat is een aanname?"):
    st.markdown(
        "- De restregel van het wetsvoorstel is niet bekend: **N** verdeelt het restant landelijk, **P** per provincie (beide aannames).\n"
        "- De verdeelsleutel in fase 2 is dezelfde als die van het eerlijke aandeel (inwoners × SES-correctie); met k = 0 is dat alleen het inwonertal, zoals in het wetsvoorstel van 2023.\n"
        "- 'Wet zoals toegepast' volgt berichtgeving over het verdeelbesluit van december 2024: per provincie krijgen alleen gemeenten onder hun aantal een taak (hun eigen gat), en het overschot van gemeenten erboven verlaagt die gaten naar inwoners (de precieze regel is een aanname).\n"
        "- Taken zijn hele plekken (grootste-overschotmethode)."
    )
if bron == "scenario":
    ui.opdracht(
        "prikkel", f"--gemeente {code}", "--aanbod 0", f"--deelname {deelname / 100:g}", f"--omvang {omvang / 100:g}",
        f"--keuze {keuze}", f"--seed {seed}", f"--totaal {totaal}", f"--ses-factor {k:g}",
    )
ui.zet_url(totaal=totaal, k=f"{k:g}", gemeente=code, deelname=deelname, omvang=omvang, keuze=keuze, seed=seed, systeem=systeem)
ui.bronvermelding(manifest)
