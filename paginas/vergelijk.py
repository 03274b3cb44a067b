"""Vergelijken: twee scenario's naast elkaar, wie krijgt er plekken bij, wie minder, en hoeveel (issue 35).

Scenario A en B zijn elk een volledig uitgangspunt (cyclus of eigen totaal, peildatum, SES-correctie), met eigen
URL-parameters (a_cyclus, a_alpha, … en b_cyclus, b_alpha, …), zodat de link beide precies teruggeeft. Standaard:
A = cyclus 2 zoals gepubliceerd, B = hetzelfde zonder SES-correctie. De getallen komen uit spreiding.vergelijk.
"""

import streamlit as st

from spreiding import herkomst
from spreiding.notatie import getal
from spreiding.opdracht import opdracht
from spreiding.vergelijk import GEMEENTEKOLOMMEN, PAARNAMEN, PAREN, PROVINCIEKOLOMMEN, kort_label
from weergave import bediening, export, figuren, kaart, laden, teksten, toestand

laden.gemeenten()
keuze = bediening.keuze()
gemeente, provincie = keuze.gemeente, keuze.provincie


def _zet_paar(naam: str) -> None:
    """Callback van een knop met een kant-en-klaar paar: zet de widgets van A en B (een keuze van de bezoeker zelf)."""
    for letter, instelling in zip(("a", "b"), PAREN[naam]):
        st.session_state[f"{letter}_cyclus"] = instelling["cyclus"]
        st.session_state[f"{letter}_alpha"] = float(instelling.get("alpha", 1.0))


# ------------------------------------------------------------------------------------------ scenario's
with st.container(border=True):
    st.markdown("**Kant-en-klaar**")
    knoppen = st.columns(len(PAARNAMEN))
    for houder, (naam, label) in zip(knoppen, PAARNAMEN.items()):
        houder.button(label, on_click=_zet_paar, args=(naam,), width="stretch", key=f"paar_{naam}")
    links, rechts = st.columns(2, gap="large")
    with links:
        st.markdown("**Scenario A**")
        a = bediening.uitgangspunt_bediening(voorvoegsel="a_", label="Scenario A")
    with rechts:
        st.markdown("**Scenario B**")
        b = bediening.uitgangspunt_bediening(voorvoegsel="b_", standaard_alpha=0.0, label="Scenario B")

v = laden.vergelijking(a, b)
r = v.rij(gemeente, provincie)
naam = r.get("gemeentenaam", r.get("provincie", r.get("naam")))

# ------------------------------------------------------------------- het antwoord, direct onder de titel
with bediening.antwoordvak():
    st.subheader(f"{naam}: {getal(int(r['opgave_a']))} → {getal(int(r['opgave_b']))}")
    m1, m2, m3 = st.columns(3)
    m1.metric("Scenario A", getal(int(r["opgave_a"])), help=f"A: {a.label}. {a.toelichting()}")
    m2.metric("Scenario B", getal(int(r["opgave_b"])), help=f"B: {b.label}. {b.toelichting()}")
    m3.metric(
        "B − A",
        getal(int(r["verschil_ab"]), teken=True),
        **teksten.verschil(
            int(r["verschil_ab"]),
            f"{getal(r['verschil_ab_pct'], 1, teken=True)} %" if int(r["opgave_a"]) else "A is 0",
        ),
    )
    teksten.citeerbaar(v.zin(gemeente, provincie))
    st.caption(v.statuszin())

meer, minder, gelijk = v.tellingen()
st.markdown(
    f"**{getal(meer)}** gemeenten krijgen er in B plekken bij, **{getal(minder)}** minder, **{getal(gelijk)}** "
    f"evenveel. Samen: {getal(v.totaal_a)} in A, {getal(v.totaal_b)} in B "
    f"({getal(v.verschil_totaal, teken=True)}; de verschillen per gemeente tellen daar precies toe op)."
)
l1, l2 = st.columns(2)
with l1:
    st.markdown("**Meeste erbij**")
    export.kleine_tabel(v.meeste(True, 10), ["gemeentenaam", "opgave_a", "opgave_b", "verschil_ab"])
with l2:
    st.markdown("**Meeste eraf**")
    export.kleine_tabel(v.meeste(False, 10), ["gemeentenaam", "opgave_a", "opgave_b", "verschil_ab"])

# ------------------------------------------------------------------------------------------- de kaart
niveau = toestand.keuze("Kaart per", "niveau_v", list(kaart.NIVEAUS), "gemeente", kaart.NIVEAUS, soort="segmented")
fig = kaart.verschilfiguur(a, b, niveau or "gemeente", provincie, gemeente)
if fig is not None:
    export.figuur(
        fig,
        "verschilkaart",
        figuren.bestandsnaam("verschil", a.bestandsdeel, b.bestandsdeel, provincie or "nederland"),
        1200,
        1320,
        kaart=True,
    )

# ------------------------------------------------------------------------------------------- tabellen
st.subheader("Per provincie")
export.tabel(v.provincies, PROVINCIEKOLOMMEN, key="tabel_prov")
st.subheader("Per gemeente" + (f": provincie {provincie}" if provincie else ""))
tonen = v.gemeenten[v.gemeenten["provincie"] == provincie] if provincie else v.gemeenten
export.tabel(
    tonen, GEMEENTEKOLOMMEN, nadruk=(lambda x: x["gemeentecode"] == gemeente) if gemeente else None, key="tabel_gem"
)
export.deel_knop("Kopieer link")  # de link geeft beide scenario's precies terug
export.downloads(
    v.gemeenten,
    GEMEENTEKOLOMMEN,
    figuren.bestandsnaam("vergelijking", a.bestandsdeel, b.bestandsdeel),
    [("Scenario A", kort_label(a)), ("Scenario B", kort_label(b)), ("Cijfers", v.statuszin())],
    v.bronnen(),
    bladnaam="Vergelijking",
    key="vergelijking",
    totaalrij=True,
)
teksten.opdracht(opdracht("vergelijk", v.argumenten(), ["--format", "csv"]))
teksten.bronregel(v.bronnen(), herkomst.plekken_bron())
