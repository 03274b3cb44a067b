"""Kaart: provinciale en gemeentelijke opgaven, met uitleg per gemeente."""

import streamlit as st

import figuren
import ui
from spreiding.gepubliceerd import vergelijking
from spreiding.verdeling import VerdeelParameters, per_provincie, ses_beschikbaar, uitleg
from spreiding.zoeken import suggesties, zoek_gemeente

NIVEAUS = {"gemeente": "Gemeenten", "provincie": "Provincies"}
KLEUREN = {"opgave": "Opgave (plekken)", "per1000": "Plekken per 1.000 inwoners"}

st.title("Kaart: de opgave per gemeente en provincie")
tabel, manifest, totaal, k, verdeling = ui.pagina_begin()
parameters = VerdeelParameters(totaal=totaal, ses_factor=k)
met_ses = ses_beschikbaar(tabel)
gepubliceerd = vergelijking(verdeling, totaal).set_index("gemeentecode")

ui.begin("niveau", "niveau", ui.keuze_uit({n: n for n in NIVEAUS}), "gemeente", "het niveau (gemeente of provincie)")
ui.begin("kleur", "kleur", ui.keuze_uit({n: n for n in KLEUREN}), "opgave", "de kleur (opgave of per1000)")
namen = dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))
# Een link met ?gemeente=GM0796 (of een naam) toont de officiële naam in het zoekvak.
ui.begin("zoek", "gemeente", lambda t: namen.get(zoek_gemeente(t, verdeling), t), "", "de gemeente")

links, midden, rechts = st.columns([1, 1, 2])
niveau = links.radio("Niveau", list(NIVEAUS), format_func=NIVEAUS.get, key="niveau", horizontal=True)
kleur = midden.radio("Kleur", list(KLEUREN), format_func=KLEUREN.get, key="kleur", horizontal=True)
zoek = rechts.text_input("Zoek een gemeente", key="zoek", placeholder="bijv. Utrecht, Den Bosch of GM0363")

code = zoek_gemeente(zoek, verdeling) if zoek.strip() else None
if zoek.strip() and code is None:
    hint = suggesties(zoek, verdeling)
    st.warning(f"Gemeente '{zoek}' niet gevonden." + (f" Bedoelde u: {', '.join(hint)}?" if hint else ""))

kolom = "opgave" if kleur == "opgave" else "per_1000"
label = KLEUREN[kleur]
kaart_kolom, detail_kolom = st.columns([3, 2])

with kaart_kolom:
    if niveau == "gemeente":
        data = verdeling.assign(
            inwoners_nl=verdeling["inwoners"].map(ui.nl),
            opgave_nl=verdeling["opgave"].map(ui.nl),
            per_1000_nl=verdeling["per_1000"].map(lambda x: ui.nl(x, 2)),
            ses_nl=verdeling["ses_woa"].map(lambda x: ui.nl(x, 3) if met_ses else "ontbreekt"),
        )
        hover = [("gemeentenaam", "Gemeente"), ("opgave_nl", "Opgave"), ("inwoners_nl", "Inwoners"), ("ses_nl", "SES-WOA"), ("per_1000_nl", "Per 1.000 inwoners")]
        fig = figuren.kaart(data, *ui.kaartlaag("gemeente"), "gemeentecode", kolom, label, hover, geselecteerd=code)
    else:
        prov = per_provincie(verdeling)
        prov = prov.assign(
            opgave_nl=prov["opgave"].map(ui.nl),
            inwoners_nl=prov["inwoners"].map(ui.nl),
            per_1000_nl=prov["per_1000"].map(lambda x: ui.nl(x, 2)),
        )
        gekozen_provincie = verdeling.set_index("gemeentecode").loc[code, "provincie"] if code else None
        hover = [("provincie", "Provincie"), ("opgave_nl", "Opgave"), ("inwoners_nl", "Inwoners"), ("per_1000_nl", "Per 1.000 inwoners")]
        fig = figuren.kaart(prov, *ui.kaartlaag("provincie"), "provincie", kolom, label, hover, geselecteerd=gekozen_provincie)
    st.plotly_chart(fig, width="stretch", config={"displayModeBar": False, "scrollZoom": False}, key="kaart")

with detail_kolom:
    if code:
        u = uitleg(verdeling, code, parameters)
        with st.container(border=True):
            st.subheader(f"{u['gemeentenaam']}: {ui.nl(u['opgave'])} plekken")
            if met_ses:
                stap_ses = (
                    f"De SES-WOA-score is {ui.nl(u['ses_woa'], 3)}; met k = {ui.nl(k, 2)} weegt de gemeente "
                    f"{ui.nl(u['ses_correctie'], 3)} keer haar inwonertal. Na herschaling naar het landelijke totaal wordt dat "
                    f"{ui.nl(u['quotum'], 1)} plekken ({'+' if u['quotum'] >= u['quotum_zonder_ses'] else '−'}"
                    f"{ui.nl(abs(u['quotum'] - u['quotum_zonder_ses']), 1)} door de SES-correctie)."
                )
            else:
                stap_ses = (
                    "Niet toegepast: de gegevens bevatten geen SES-WOA-scores. De wet telt die score wél mee, "
                    "dus het echte aantal wijkt af van dit getal."
                )
            st.markdown(
                f"""
1. **Inwoners.** {u['gemeentenaam']} ({u['provincie']}) telt {ui.nl(u['inwoners'])} inwoners
   (peildatum {manifest.get('inwoners_peildatum', '?')}): {ui.nl(100 * u['aandeel_bevolking'], 3)} % van Nederland.
   Alleen naar inwoners zou dat {ui.nl(u['quotum_zonder_ses'], 1)} van de {ui.nl(totaal)} plekken zijn.
2. **SES-correctie (aanname).** {stap_ses}
3. **Afronding.** Plekken zijn hele plekken; met de grootste-overschotmethode telt alles precies op tot
   {ui.nl(totaal)}. Hier: {ui.nl(u['quotum'], 1)} → **{ui.nl(u['opgave'])}** (waarvan {ui.nl(u['opgave_amv'])} voor amv, aanname: naar rato).

Dat is {ui.nl(u['per_1000'], 2)} plekken per 1.000 inwoners.
"""
            )
            if code in gepubliceerd.index:
                g = gepubliceerd.loc[code]
                st.info(
                    f"Gepubliceerd voor cyclus 1 (31 januari 2024, volgens nieuwsberichten): **{ui.nl(g['gepubliceerd'])}** plekken. "
                    f"Dit model: {ui.nl(g['model'])} ({'+' if g['verschil_pct'] > 0 else ''}{ui.nl(g['verschil_pct'], 1)} %)."
                )
            ui.opdracht("verdeling", f"--totaal {totaal}", f"--ses-factor {k:g}", f"--provincie \"{u['provincie']}\"")
    else:
        st.info("Zoek een gemeente om te zien hoe haar aantal tot stand komt.")
    st.metric("Landelijk totaal", f"{ui.nl(int(verdeling['opgave'].sum()))} plekken")

st.subheader("Tabel")
if niveau == "gemeente":
    kolommen = ["gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses_woa", "opgave", "opgave_amv", "per_1000"]
    tonen = verdeling[[c for c in kolommen if met_ses or c != "ses_woa"]]
else:
    tonen = per_provincie(verdeling)[["provincie", "gemeenten", "inwoners", "opgave", "opgave_amv", "per_1000"]]
st.dataframe(
    tonen,
    hide_index=True,
    width="stretch",
    column_config={
        "per_1000": st.column_config.NumberColumn("per 1.000 inw.", format="%.2f"),
        "ses_woa": st.column_config.NumberColumn("SES-WOA", format="%.3f"),
        "opgave_amv": st.column_config.NumberColumn("amv (aanname)"),
    },
)
st.download_button(
    "Download als CSV",
    tonen.to_csv(index=False).encode("utf-8"),
    file_name=f"spreidingswet_{niveau}_{totaal}_k{k:g}.csv",
    mime="text/csv",
)
ui.opdracht("verdeling", f"--totaal {totaal}", f"--ses-factor {k:g}", "--niveau " + niveau, "--format csv")
ui.zet_url(totaal=totaal, k=f"{k:g}", niveau=niveau, kleur=kleur, gemeente=code or None)
ui.bronvermelding(manifest)
