"""Vergelijken: twee scenario's naast elkaar, wie krijgt er plekken bij, wie minder, en hoeveel (issue 35).

Scenario A en B zijn elk een volledig uitgangspunt (cyclus of eigen totaal, peildatum, SES-correctie), met eigen
URL-parameters (a_cyclus, a_alpha, … en b_cyclus, b_alpha, …), zodat de link beide precies teruggeeft. Standaard:
A = cyclus 2 zoals gepubliceerd, B = hetzelfde zonder SES-correctie. De getallen komen uit spreiding.vergelijk.
"""

import streamlit as st

from spreiding import herkomst
from spreiding.notatie import getal
from spreiding.opdracht import opdracht
from spreiding.parameters import PARAMETERS
from spreiding.uitgangspunt import MAX_TOTAAL, huidige, maak
from spreiding.vergelijk import (
    GEMEENTEKOLOMMEN,
    PAARNAMEN,
    PAREN,
    PROVINCIEKOLOMMEN,
    VERDEELBESLUIT_NAAM,
    VERDEELBESLUITKOLOMMEN,
    kort_label,
    met_verdeelbesluit,
    verdeelbesluit_rij,
    verdeelbesluit_zin,
)
from weergave import bediening, export, figuren, kaart, laden, teksten, toestand
from weergave.bediening import Keuze


def toon(keuze: Keuze) -> None:
    laden.gemeenten()
    gemeente, provincie = keuze.gemeente, keuze.provincie

    def _zet_paar(naam: str) -> None:
        """Callback van een knop met een kant-en-klaar paar: zet de widgets van A en B (een keuze van de bezoeker
        zelf)."""
        for letter, instelling in zip(("a", "b"), PAREN[naam]):
            st.session_state[f"{letter}_cyclus"] = instelling.cyclus
            st.session_state[f"{letter}_alpha"] = instelling.alpha
        st.session_state.vb = False

    def _verdeelbesluit() -> None:
        st.session_state.vb = True

    # ------------------------------------------------------------------------------------------ scenario's
    with st.container(border=True):
        st.markdown("**Kant-en-klaar**")
        *knoppen, knop_vb = st.columns(4)
        for houder, (naam, label) in zip(knoppen, PAARNAMEN.items()):
            houder.button(label, on_click=_zet_paar, args=(naam,), width="stretch", key=f"paar_{naam}")
        knop_vb.button(VERDEELBESLUIT_NAAM, on_click=_verdeelbesluit, width="stretch", key="paar_verdeelbesluit")
        v1, v2 = st.columns([3, 2])
        with v1:
            vb_aan = toestand.vinkje(
                "Het verdeelbesluit van december 2024 naast cyclus 2",
                "vb",
                False,
                help="Wat een gemeente nu bindt (het verdeelbesluit van de minister, december 2024) naast de "
                "indicatieve "
                "opgave van cyclus 2. Het aantal is bekend waar het gerapporteerd is, of waar u het invoert.",
            )
        gerapporteerd = gemeente in PARAMETERS.verdeelbesluit
        with v2:
            vb_invoer = toestand.getalveld(
                "Verdeelbesluit van deze gemeente (plekken, ingevoerd)",
                "verdeelbesluit",
                0,
                MAX_TOTAAL,
                None,
                eenheid=" plekken",
                leeg_mag=True,
                help="Het aantal uit het verdeelbesluit van uw eigen gemeente (december 2024); het gaat mee in de "
                "link.",
                uit=None
                if gemeente and vb_aan and not gerapporteerd
                else "Kies eerst een gemeente zonder gerapporteerd aantal en zet het verdeelbesluit aan.",
            )
        links, rechts = st.columns(2, gap="large")
        with links:
            st.markdown("**Scenario A**")
            a = bediening.uitgangspunt_bediening(voorvoegsel="a_", label="Scenario A")
        with rechts:
            st.markdown("**Scenario B**")
            b = bediening.uitgangspunt_bediening(voorvoegsel="b_", standaard_alpha=0.0, label="Scenario B")

    v = laden.vergelijking(a, b)
    r = v.regel(gemeente, provincie)

    vb_tabel = None
    if vb_aan:
        ingevoerd = {gemeente: vb_invoer} if gemeente and vb_invoer is not None and not gerapporteerd else {}
        vb_tabel = met_verdeelbesluit(laden.verdeling(maak(huidige())), ingevoerd)

    # ------------------------------------------------------------------- het antwoord, direct onder de titel
    with bediening.antwoordvak():
        if vb_tabel is not None:
            rij_vb = verdeelbesluit_rij(vb_tabel, gemeente)
            if rij_vb is not None:
                st.subheader(f"{rij_vb.gemeentenaam}: verdeelbesluit 2024 → cyclus 2")
                n1, n2, n3 = st.columns(3)
                n1.metric(f"Verdeelbesluit 2024 ({rij_vb.cijfers_a})", getal(rij_vb.opgave_a))
                n2.metric("Cyclus 2 (indicatief)", getal(rij_vb.opgave_b))
                n3.metric("Cyclus 2 t.o.v. het verdeelbesluit", getal(rij_vb.verschil_ab, teken=True))
                teksten.citeerbaar(verdeelbesluit_zin(rij_vb))
                st.caption(f"Bron van het verdeelbesluit: {rij_vb.bron}")
            else:
                st.info(
                    "Het verdeelbesluit van december 2024 is gerapporteerd voor "
                    f"{getal(len(PARAMETERS.verdeelbesluit))} gemeenten (tabel hieronder). Kies een gemeente en voer "
                    "het aantal uit haar verdeelbesluit in, dan staat het hier naast cyclus 2."
                )
        st.subheader(f"{r.naam}: {getal(r.opgave_a)} → {getal(r.opgave_b)}")
        m1, m2, m3 = st.columns(3)
        m1.metric("Scenario A", getal(r.opgave_a), help=f"A: {a.label}. {a.toelichting()}")
        m2.metric("Scenario B", getal(r.opgave_b), help=f"B: {b.label}. {b.toelichting()}")
        m3.metric(
            "B − A",
            getal(r.verschil_ab, teken=True),
            **teksten.verschil(
                r.verschil_ab,
                f"{getal(r.verschil_ab_pct, 1, teken=True)} %" if r.opgave_a else "A is 0",
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
    tonen = v.gemeenten_in(provincie)
    export.tabel(tonen, GEMEENTEKOLOMMEN, nadruk=("gemeentecode", gemeente), key="tabel_gem")
    if vb_tabel is not None:
        st.subheader("Verdeelbesluit december 2024 → cyclus 2")
        st.caption(
            "A: het verdeelbesluit van december 2024 (bindend; gerapporteerd in nieuwsberichten of door u ingevoerd). "
            "B: de indicatieve opgave van cyclus 2 zoals gepubliceerd. De officiële besluiten zijn hier niet "
            "beschikbaar."
        )
        export.tabel(vb_tabel, VERDEELBESLUITKOLOMMEN, key="tabel_vb")
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
