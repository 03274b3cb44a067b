"""Regietafel: de tabel van een provincie met afspraken en uitruil, wat een verdeelbesluit zou opleggen, het
verslag in één format, en het landelijke overzicht."""

import pandas as pd
import streamlit as st

from spreiding import regietafel, samenvatting
from spreiding.cli import opdracht
from spreiding.invoer import MAX_TEKST, lees_aantal, lees_afspraken, lees_code
from spreiding.notatie import getal, lijst, plekken
from spreiding.parameters import PARAMETERS
from spreiding.uitvoer import verslag
from spreiding.uitvoer.kolommen import kolom
from spreiding.uitvoer.tabellen import csv_nl
from weergave import bediening, export, figuren, laden, opmaak, teksten, toestand, uploads

TAFELS = "_regietafels"  # provincie -> DataFrame(gemeentecode, afspraak, toelichting)
BEGIN = {k: v.capitalize() for k, v in regietafel.STANDAARDEN.items()}

laden.gemeenten()
keuze = bediening.keuze()
u = keuze.u
verdeling = laden.verdeling(u)
provincie = keuze.provincie
tafels: dict = st.session_state.setdefault(TAFELS, {})

st.markdown(
    "Aan de provinciale regietafel (PRT) spreken de gemeenten af wie welke plekken realiseert; de commissaris van de "
    "Koning stuurt het "
    "verslag naar de minister, die met een verdeelbesluit plekken kan opleggen waar de provincie tekortschiet. "
    "Gemeenten mogen "
    "ruilen: wie meer neemt dan haar opgave, laat anderen minder nemen, zolang de provincie haar opgave haalt. De "
    "provincie Utrecht "
    "noemde na de eerste cyclus drie knelpunten: geen uniform format voor het verslag, nauwelijks uitruil, en een "
    "verdeelbesluit dat "
    "leunde op de indicatieve aantallen in plaats van op gemaakte afspraken."
)
teksten.citaat("formats")


def _nieuw(provincie_: str, bron: str) -> pd.DataFrame:
    return regietafel.standaard_afspraken(verdeling, provincie_, bron)


def _uit_link(provincie_: str, tekst: str, basis: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """'GM0344:2000,GM0355:150' uit de link (alleen de afwijkingen van de beginwaarde)."""
    tafel = basis.set_index("gemeentecode")
    fouten = []
    for deel in str(tekst).split(",")[:60]:
        code, _, waarde = deel.partition(":")
        code = lees_code(code)
        if code is None or code not in tafel.index:
            fouten.append(f"{toestand.veilig(deel, 20)} hoort niet bij een gemeente in {provincie_}")
            continue
        try:
            tafel.loc[code, "afspraak"] = lees_aantal(waarde, ".", int(u.totaal))
        except ValueError as fout:
            fouten.append(f"{toestand.veilig(deel, 20)}: {fout}")
    return tafel.reset_index(), fouten


if not provincie:
    st.info(
        "Kies hierboven een provincie om haar tabel te openen. Hieronder het landelijke overzicht.",
        icon=":material/search:",
    )
else:
    # ----------------------------------------------------------------------- de tabel van de provincie
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    with c1:
        begin = (
            toestand.keuze(
                "Beginwaarde van de afspraken",
                "begin",
                list(BEGIN),
                "regulier",
                BEGIN,
                soort="radio",
                horizontal=True,
                help="Waarmee de tabel begint: de huidige reguliere plekken (nov. 2025), de eigen opgave, of "
                "regulier + nood.",
            )
            or "regulier"
        )
    with c2:
        if st.button(
            "Opnieuw beginnen",
            icon=":material/restart_alt:",
            help="Zet alle afspraken van deze provincie terug op de beginwaarde.",
            width="stretch",
        ):
            tafels.pop(provincie, None)
            st.session_state[f"_link_afspraken_{provincie}"] = True  # de link niet opnieuw toepassen
            if "afspraken" in st.query_params:
                del st.query_params["afspraken"]
            st.session_state["_versie"] = st.session_state.get("_versie", 0) + 1
    basis = _nieuw(provincie, begin)
    if provincie not in tafels or set(tafels[provincie]["gemeentecode"]) != set(basis["gemeentecode"]):
        tafels[provincie] = basis
        ruw = toestand.ruwe_url("afspraken")
        if ruw and not st.session_state.get(f"_link_afspraken_{provincie}"):
            st.session_state[f"_link_afspraken_{provincie}"] = True
            tafels[provincie], fouten = _uit_link(provincie, ruw, basis)
            if fouten:
                st.warning(
                    "Niet alles uit de link is gebruikt: " + "; ".join(fouten[:10]) + ".", icon=":material/link_off:"
                )
    tafel = tafels[provincie]

    upload = st.file_uploader(
        "Afspraken uploaden (CSV of Excel: gemeentecode;afspraak;toelichting)",
        type=["csv", "xlsx"],
        key=f"upload_afspraken_{provincie}",
        help="Gemeenten die er niet in staan, houden hun waarde. Een verslag (.xlsx) van deze pagina kan ook.",
    )
    if upload is not None:
        sleutel = f"_toegepast_{provincie}"
        gelezen, meldingen = uploads.lees_upload(
            upload,
            lambda inhoud, naam: lees_afspraken(inhoud, naam, verdeling, provincie, int(u.totaal)),
            f"afspraken:{provincie}",
        )
        uploads.toon_meldingen(meldingen)
        if gelezen is not None and st.session_state.get(sleutel) != upload.file_id:
            nieuw, mededelingen = gelezen
            samen = tafel.set_index("gemeentecode")
            samen.update(nieuw.set_index("gemeentecode"))
            tafels[provincie] = tafel = samen.reset_index().astype({"afspraak": "int64"})
            st.session_state[sleutel] = upload.file_id
            st.session_state["_versie"] = st.session_state.get("_versie", 0) + 1
            st.success(
                f"{len(nieuw)} afspraken uit het bestand overgenomen."
                + (" " + " ".join(mededelingen) if mededelingen else "")
            )

    t = regietafel.toets(verdeling, provincie, tafel)

    # ----------------------------------------------------------------------- de stand, boven de tabel
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Opgave provincie", getal(t.opgave))
    m2.metric(
        "Afgesproken",
        getal(t.afgesproken),
        **teksten.verschil(t.afgesproken - t.opgave, f"{getal(t.afgesproken - t.opgave, teken=True)} t.o.v. opgave"),
    )
    m3.metric("Ontbreekt", getal(t.ontbreekt))
    m4.metric("Zou worden opgelegd", getal(t.opgelegd), help=regietafel.REGEL.uitleg)
    if t.haalt_opgave:
        st.success(
            f"{provincie} haalt haar opgave: een verdeelbesluit zou niets opleggen.", icon=":material/check_circle:"
        )
    else:
        opgelegd = t.gemeenten[t.gemeenten["opgelegd"] > 0].sort_values("opgelegd", ascending=False)
        st.warning(
            f"{provincie} komt {plekken(t.ontbreekt)} tekort. {len(t.onder)} gemeenten spreken minder af dan hun "
            "opgave. Een verdeelbesluit "
            f"zou opleggen: "
            + lijst([f"{r.gemeentenaam} {getal(r.opgelegd)}" for r in opgelegd.head(8).itertuples()])
            + (" en anderen" if len(opgelegd) > 8 else "")
            + ".",
            icon=":material/warning:",
        )
    for regel in t.uitruil():
        st.markdown(f"- {regel}")
    st.caption(
        f"Regel voor het verdeelbesluit ({regietafel.REGEL.label}, {teksten.status_label(regietafel.REGEL.status)}): "
        f"{regietafel.REGEL.uitleg} "
        f"{regietafel.REGEL.aanname}"
    )

    # ------------------------------------------------------------------------------- bewerkbare tabel
    weergave_tabel = t.gemeenten[
        [
            "gemeentecode",
            "gemeentenaam",
            "afspraak",
            "opgave",
            "afspraak_saldo",
            "opgelegd",
            "regulier",
            "nood",
            "toelichting",
        ]
    ]
    editor = f"editor_{provincie}_{st.session_state.get('_versie', 0)}"

    def _getalkolom(naam: str, formaat: str = "%d") -> st.column_config.NumberColumn:
        return st.column_config.NumberColumn(kolom(naam).kop, format=formaat, help=kolom(naam).definitie)

    bewerkt = st.data_editor(
        weergave_tabel,
        key=editor,
        hide_index=True,
        width="stretch",
        num_rows="fixed",
        disabled=["gemeentecode", "gemeentenaam", "opgave", "afspraak_saldo", "opgelegd", "regulier", "nood"],
        column_order=[
            "gemeentenaam",
            "afspraak",
            "opgave",
            "afspraak_saldo",
            "opgelegd",
            "regulier",
            "nood",
            "toelichting",
        ],
        column_config={
            "gemeentenaam": st.column_config.TextColumn(kolom("gemeentenaam").kop, pinned=True),
            "afspraak": st.column_config.NumberColumn(
                kolom("afspraak").kop + " ✎",
                min_value=0,
                max_value=int(u.totaal),
                step=1,
                format="%d",
                help=kolom("afspraak").definitie + " (bewerkbaar)",
            ),
            "opgave": _getalkolom("opgave"),
            "afspraak_saldo": _getalkolom("afspraak_saldo", "%+d"),
            "opgelegd": _getalkolom("opgelegd"),
            "regulier": _getalkolom("regulier"),
            "nood": _getalkolom("nood"),
            "toelichting": st.column_config.TextColumn(kolom("toelichting").kop + " ✎", max_chars=MAX_TEKST),
        },
    )
    nieuw = regietafel.schoon(bewerkt[["gemeentecode", "afspraak", "toelichting"]], MAX_TEKST)
    if not nieuw.equals(
        regietafel.schoon(tafel, MAX_TEKST).set_index("gemeentecode").loc[nieuw["gemeentecode"]].reset_index()
    ):
        tafels[provincie] = nieuw
        st.rerun()  # de stand boven de tabel rekent met de nieuwe afspraken
    st.caption(
        "Afspraak en toelichting zijn bewerkbaar; de stand erboven rekent direct mee. Aantallen zonder duizendtalpunt "
        "(kolom Afspraak)."
    )
    teksten.citeerbaar(samenvatting.regietafel_zin(t))

    # ------------------------------------------------------------------------ bewaren, delen, verslag
    afwijkend = t.gemeenten.merge(basis, on="gemeentecode", suffixes=("", "_basis"))
    afwijkend = afwijkend[afwijkend["afspraak"] != afwijkend["afspraak_basis"]]
    link = ",".join(f"{c}:{a}" for c, a in zip(afwijkend["gemeentecode"], afwijkend["afspraak"]))
    if len(link) <= 1500:
        if link:
            st.query_params["afspraken"] = link
        elif "afspraken" in st.query_params:
            del st.query_params["afspraken"]
    naam = figuren.bestandsnaam("regietafel", provincie, u.bestandsdeel)
    d1, d2, d3 = st.columns(3)
    d1.download_button(
        "Afspraken (CSV)",
        data=lambda: csv_nl(t.gemeenten, ["gemeentecode", "afspraak", "toelichting"], nederlandse_koppen=False),
        file_name=f"afspraken_{naam}.csv",
        mime=export.CSV,
        on_click="ignore",
        icon=":material/download:",
        width="stretch",
        help="Het documenteerde format gemeentecode;afspraak;toelichting: weer te uploaden.",
    )
    d2.download_button(
        "Verslag (Excel)",
        data=lambda: verslag.xlsx(t, u),
        file_name=f"verslag_{naam}.xlsx",
        mime=export.XLSX,
        on_click="ignore",
        icon=":material/table:",
        width="stretch",
        help="Uniform format; ook weer te uploaden.",
    )
    d3.download_button(
        "Verslag (PDF)",
        data=lambda: verslag.pdf(t, u, "tabel"),
        file_name=f"verslag_{naam}.pdf",
        mime=export.PDF,
        on_click="ignore",
        icon=":material/picture_as_pdf:",
        width="stretch",
        type="primary",
        help="Eén format voor elke provincie: vergelijkbaar.",
    )
    st.caption("Deze weergave is ook een link: de afwijkingen van de beginwaarde staan in de adresbalk (afspraken=…).")
    teksten.opdracht(
        opdracht(
            "regietafel",
            u.argumenten(),
            [
                "--provincie",
                provincie,
                "--standaard",
                begin,
                "--afspraken",
                f"afspraken_{naam}.csv",
                "--verslag",
                f"verslag_{naam}.pdf",
            ],
        )
    )
    opmaak.afdruk_melding("De tabel drukt niet volledig af: gebruik 'Verslag (PDF)'.")

# -------------------------------------------------------------------------------- landelijk overzicht
st.subheader("Landelijk overzicht")
land = regietafel.landelijk(verdeling, {p: t_ for p, t_ in tafels.items()})
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
    "Bron: NOS Nieuwsuur (nov. 2025), CBS; afspraken: deze sessie",
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
teksten.citaat("uitruil")
teksten.bronregel(
    [PARAMETERS.bronnen["utrecht-2026-01"], PARAMETERS.bronnen["vng-ledenbrief-2024-01"], regietafel.REGEL.bron]
    + u.bronnen()
)
