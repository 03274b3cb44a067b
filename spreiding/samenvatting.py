"""Zinnen om te citeren en de uitleg bij een getal, in het Nederlands, met de getallen van het gekozen scenario.

Pure functies: dezelfde zin op de pagina, in tests en (waar nuttig) op de command line.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from . import herkomst
from .bonus import BonusScenario, aanvraag
from .notatie import datum, euro, getal, plekken, procent
from .parameters import PARAMETERS
from .regietafel import OPLEGGINGEN
from .resultaten import Kerncijfer
from .uitgangspunt import Uitgangspunt
from .uitvoer.kolommen import KOLOMMEN

#: Kerncijfers 2021 (CBS) die bij de SES-WOA-score horen, met de richting: +1 = hoger betekent een hogere SES.
KENMERKEN = (
    ("inkomen_per_inwoner", "Inkomen per inwoner", lambda v: euro(round(float(v) * 1000, -2)), +1),
    ("laag_inkomen_pct", "Huishoudens met een laag inkomen", lambda v: procent(v, 1), -1),
    ("opleiding_hoog_pct", "Hoog opgeleid (15–75 jaar)", lambda v: procent(v, 0), +1),
    ("opleiding_laag_pct", "Laag opgeleid (15–75 jaar)", lambda v: procent(v, 0), -1),
    ("arbeidsparticipatie_pct", "Netto arbeidsparticipatie", lambda v: procent(v, 0), +1),
)


def _bron_cijfers(u: Uitgangspunt) -> str:
    if u.is_gepubliceerd:
        return f"zoals gepubliceerd ({herkomst.cijfers_bron()})"
    if u.cijfers == "gereconstrueerd":
        return "gereconstrueerd; de officiële tabel per gemeente is niet openbaar beschikbaar"
    return f"{u.cijfers}, {u.label}"


def _stand(saldo: int) -> str:
    if saldo == 0:
        return "precies de opgave"
    return f"{plekken(abs(saldo))} {'meer' if saldo > 0 else 'minder'} dan de opgave"


def gemeente_zin(u: Uitgangspunt, rij: pd.Series) -> str:
    """Eén citeerbare zin over de opgave van een gemeente en haar reguliere plekken (noodplekken apart genoemd)."""
    c = u.parameters_cyclus
    wanneer = f"in {c.naam.lower()}" if c is not None else f"bij {getal(u.totaal)} plekken landelijk"
    zin = (
        f"{rij['gemeentenaam']} ({rij['provincie']}) heeft {wanneer} een indicatieve opgave van "
        f"{plekken(int(rij['opgave']))} voor asielopvang, {getal(rij['per_1000'], 2)} per 1.000 inwoners "
        f"({_bron_cijfers(u)})."
    )
    if "regulier" in rij:
        zin += (
            f" In {herkomst.plekken_peil()} had de gemeente {plekken(int(rij['regulier']))} in reguliere opvang: "
            f"{_stand(int(rij['saldo_regulier']))}; daarnaast {getal(int(rij['nood']))} noodplekken, die hier niet "
            f"meetellen ({herkomst.plekken_bron()})."
        )
    return zin


def provincie_zin(u: Uitgangspunt, rij: pd.Series) -> str:
    zin = (
        f"De provincie {rij['provincie']} heeft een opgave van {plekken(int(rij['opgave']))}, de som van haar "
        f"{int(rij['gemeenten'])} gemeenten ({_bron_cijfers(u)})."
    )
    if "regulier" in rij:
        zin += (
            f" Met de {getal(int(rij['regulier']))} reguliere plekken van {herkomst.plekken_bron()} (noodplekken "
            f"niet meegeteld) is nog {plekken(int(rij['te_realiseren_na_uitruil']))} te realiseren voor de "
            "provincie als geheel (na uitruil); "
            f"de gemeenten onder hun opgave missen samen {plekken(int(rij['som_tekorten']))}, want gemeenten boven "
            "hun opgave mogen dat binnen de provincie compenseren (uitruil)."
        )
    return zin


def land_zin(u: Uitgangspunt, verdeling: pd.DataFrame, land: pd.Series | None = None) -> str:
    zin = f"Landelijk gaat het om {plekken(u.totaal)} ({u.label})."
    if "saldo_regulier" in verdeling and land is not None:
        tekort = int((verdeling["saldo_regulier"] < 0).sum())
        zin += (
            f" In {herkomst.plekken_peil()} hadden {tekort} van de {len(verdeling)} gemeenten minder reguliere "
            f"plekken dan hun opgave ({herkomst.plekken_bron()}). Met {getal(int(land['regulier']))} reguliere "
            f"plekken is landelijk nog {plekken(int(land['te_realiseren_na_uitruil']))} te realiseren; de som van de "
            f"gemeentelijke tekorten is {getal(int(land['som_tekorten']))}."
        )
    return zin


def land_vergelijking(land: pd.Series, cyclus) -> str:
    """Het landelijke 'nog te realiseren' naast het gerapporteerde getal van `cyclus`, en waarom zij verschillen;
    leeg als er voor die cyclus niets gerapporteerd is."""
    if cyclus is None:
        return ""
    nog = PARAMETERS.gerapporteerd(cyclus, "nog_te_realiseren_gerapporteerd")
    bestaand = PARAMETERS.gerapporteerd(cyclus, "meerjarig_bestaand")
    if nog is None or bestaand is None:
        return ""
    return (
        f"Ter vergelijking: {nog.bron.titel.lower()} noemt circa {getal(nog.waarde)} nog te realiseren plekken, omdat "
        f"circa {getal(bestaand.waarde)} plekken 'meerjarig beschikbaar' zijn ({nog.bron.vermelding()}). Dit "
        "dashboard telt de "
        f"{getal(int(land['regulier']))} reguliere plekken van {herkomst.plekken_peil()} en komt zo op "
        f"{getal(int(land['te_realiseren_na_uitruil']))}; welke plekken als 'meerjarig' tellen, staat niet in de "
        "gegevens."
    )


def factor_zin(rij: pd.Series, alpha: float) -> str:
    """Wat de correctiefactor met de opgave doet, met de bandbreedte die afronding openlaat."""
    f = float(rij["correctiefactor"])
    richting = "minder" if f < 1 else "meer"
    effect = "" if alpha == 1 else f" Met sterkte {getal(alpha, 2)} wordt dat × {getal(f**alpha, 3)}."
    bereik = ""
    if "factor_laag" in rij:
        # zoveel decimalen als nodig om de grenzen te onderscheiden; vallen ze samen, dan één factor (issue 32)
        laag, hoog = next(
            (
                (getal(rij["factor_laag"], d), getal(rij["factor_hoog"], d))
                for d in (2, 3)
                if getal(rij["factor_laag"], d) != getal(rij["factor_hoog"], d)
            ),
            (None, None),
        )
        bereik = (
            f" Omdat de gepubliceerde opgave op hele plekken is afgerond, past elke factor tussen {laag} en {hoog} "
            "bij dezelfde opgave."
            if laag is not None
            else f" De afronding op hele plekken laat alleen een factor van ongeveer {getal(f, 3)} toe."
        )
    return (
        f"De SES-correctie van {rij['gemeentenaam']} is {getal(f, 3)}: de gemeente krijgt "
        f"{getal(abs(f - 1) * 100, 0)} % {richting} plekken "
        f"dan haar inwonertal alleen zou geven (1 = precies naar inwoners).{bereik}{effect}"
    )


def bereik_omvat_1(rij: pd.Series) -> bool:
    """Laat de afronding zowel een factor onder als boven 1 toe? Dan zegt de factor niets over SES."""
    return "factor_laag" in rij and float(rij["factor_laag"]) <= 1 <= float(rij["factor_hoog"])


def kerncijfers(rij: pd.Series, nederland: dict) -> list[Kerncijfer]:
    """De kerncijfers 2021 van de gemeente naast die van Nederland (naar inwoners gewogen), en of ze op een hogere of
    lagere SES wijzen (verschil van meer dan 3 % van de landelijke waarde)."""
    uit = []
    for kolom, naam, opmaak, teken in KENMERKEN:
        waarde, nl = rij.get(kolom), nederland.get(kolom)
        if waarde is None or nl is None or pd.isna(waarde):
            continue
        relatief = (float(waarde) - float(nl)) / float(nl) * teken
        uit.append(
            Kerncijfer(
                kenmerk=naam,
                gemeente=opmaak(waarde),
                nederland=opmaak(nl),
                wijst_op="hogere SES" if relatief > 0.03 else "lagere SES" if relatief < -0.03 else "gemiddeld",
            )
        )
    return uit


def kerncijfers_zin(rij: pd.Series, nederland: dict) -> str:
    cijfers = kerncijfers(rij, nederland)
    if not cijfers:
        return "Voor deze gemeente zijn geen kerncijfers beschikbaar."
    hoog = sum(c.wijst_op == "hogere SES" for c in cijfers)
    laag = sum(c.wijst_op == "lagere SES" for c in cijfers)
    f = float(rij["correctiefactor"])
    telling = (
        f"Van de {len(cijfers)} kerncijfers wijzen er {hoog} op een hogere en {laag} op een lagere "
        "sociaal-economische status dan landelijk (Nederland: gemiddelde naar inwoners gewogen). "
    )
    if bereik_omvat_1(rij):
        return telling + (
            "Bij zo'n kleine opgave is de factor vooral afronding: hij kan zowel onder als boven 1 liggen, dus leest "
            "dit dashboard er geen inkomen of opleiding in. Het zijn ingrediënten van de SES-WOA-score (CBS, 2021), "
            "niet de score zelf."
        )
    past = (f < 1 and laag > hoog) or (f > 1 and hoog > laag)
    return telling + (
        f"Dat {'past bij' if past else 'verklaart niet helemaal'} een factor {'onder' if f < 1 else 'boven'} 1. "
        "Het zijn ingrediënten van de SES-WOA-score (CBS, 2021), niet de score zelf."
    )


def nederland_gewogen(gemeenten: pd.DataFrame, gewicht: str = "inwoners_2024") -> dict:
    """De landelijke waarde van elk kerncijfer als gemiddelde over de gemeenten, gewogen naar inwoners (een
    ongewogen gemiddelde telt Schiermonnikoog even zwaar als Amsterdam). Gemeenten zonder waarde tellen niet mee."""
    uit = {}
    for kolom, *_ in KENMERKEN:
        if kolom not in gemeenten:
            continue
        deel = gemeenten[[kolom, gewicht]].dropna()
        if len(deel) and deel[gewicht].sum() > 0:
            uit[kolom] = float((deel[kolom] * deel[gewicht]).sum() / deel[gewicht].sum())
    return uit


def wachten_zin(u: Uitgangspunt, naam: str, systeem_label: str, rij: dict, scenario_tekst: str) -> str:
    """Zin over de wachter en de vroege aanbieder onder één systeem."""
    q = int(rij["eerlijk_aandeel"])
    return (
        f"Onder {systeem_label} draagt {naam} bij wachten {plekken(int(rij['last_wachten']))} in plaats van haar "
        "eerlijke aandeel van "
        f"{getal(q)} ({getal(int(rij['gat_wachter']), teken=True)}); biedt zij vroeg haar aandeel aan, dan wordt het "
        f"{plekken(int(rij['last_vroeg']))} ({getal(int(rij['gat_vroeg']), teken=True)}), als {scenario_tekst} "
        f"({u.label}; berekening van dit dashboard)."
    )


def heel_land_zin(systeem_label: str, samen: dict, scenario_tekst: str, wetsvoorstel: int | None = None) -> str:
    zin = (
        f"Onder {systeem_label} eindigen {samen['onder']} van de {samen['gemeenten']} gemeenten onder hun eerlijke "
        f"aandeel als {scenario_tekst}; samen dragen zij {plekken(samen['plekken_onder'])} minder dan hun aandeel, en "
        f"{samen['vroeg_met_extra_taak']} gemeenten die al vroeg hun aandeel aanboden, krijgen er samen "
        f"{plekken(samen['extra_taak_vroeg'])} bij (berekening van dit dashboard)."
    )
    if samen["last"] > samen["opgave"]:
        zin += (
            f" Samen dragen alle gemeenten {plekken(samen['last'])}, {getal(samen['last'] - samen['opgave'])} meer "
            f"dan de {getal(samen['opgave'])}"
            + (" van het wetsvoorstel" if wetsvoorstel == samen["opgave"] else "")
            + ": waar gemeenten al meer aanbieden dan hun opgave, blijft dat overschot staan; fase 2 verdeelt alleen "
            "wat ergens nog ontbreekt."
        )
    return zin


def heel_land_kort(samen: dict) -> str:
    """De conclusie van één systeem in één zin, voor een paneel naast de andere systemen."""
    if samen["plekken_onder"] == 0 and samen["extra_taak_vroeg"] == 0:
        return (
            "Niemand eindigt onder zijn aandeel en geen vroege aanbieder krijgt er iets bij: wachten loont hier niet."
        )
    return (
        f"{samen['onder']} van de {samen['gemeenten']} gemeenten eindigen onder hun aandeel "
        f"({getal(samen['plekken_onder'])} plekken minder); {samen['vroeg_met_extra_taak']} vroege aanbieders krijgen "
        "samen "
        f"{getal(samen['extra_taak_vroeg'])} plekken extra."
    )


def bonus_zin(
    totalen: pd.DataFrame, systemen: dict, grootste: pd.Series | None, scenario_tekst: str, provincie: str | None = None
) -> str:
    """Eén citeerbare zin over de bonus in Nederland of in `provincie`, zonder haakjes in haakjes."""
    t = totalen.set_index("systeem")
    delen = [
        f"{s.label.split(' (')[0]} {s.werkwoord} {euro(int(t.loc[code, 'totaal_euro']))}"
        for code, s in systemen.items()
    ]
    waar = f"In de provincie {provincie}, met" if provincie else "Met"
    zin = f"{waar} {scenario_tekst}: " + "; ".join(delen) + "."
    if grootste is not None:
        bedrag = euro(int(grootste["bonus_regeling"]))
        zin += (
            f" De grootste ontvanger{' in de provincie' if provincie else ''} onder de regeling 2024 is "
            f"{grootste['gemeentenaam']} met {bedrag}."
        )
    return zin + " Bedragen gerapporteerd of aangenomen; berekening van dit dashboard."


def regietafel_zin(t) -> str:
    if t.haalt_opgave:
        return (
            f"De gemeenten in {t.provincie} spreken samen {plekken(t.afgesproken)} af, minstens de provinciale opgave "
            f"van {getal(t.opgave)}: een verdeelbesluit zou niets opleggen."
        )
    n = int((t.gemeenten["opgelegd"] > 0).sum())
    return (
        f"De gemeenten in {t.provincie} spreken samen {plekken(t.afgesproken)} af, {getal(t.ontbreekt)} minder dan de "
        f"opgave van {getal(t.opgave)}; een verdeelbesluit zou die plekken opleggen aan {n} "
        f"{'gemeente' if n == 1 else 'gemeenten'} onder hun opgave zonder dekkende uitruil "
        f"({OPLEGGINGEN[t.oplegging]}; de verdeling is een aanname van dit dashboard)."
    )


def plekken_toelichting() -> str:
    p = PARAMETERS.plekken
    return (
        f"Of bestaande plekken meetellen, wordt per locatie bepaald: minstens {p['min_locatie'].waarde} plekken en "
        "minstens "
        f"{p['min_jaren'].waarde} jaar beschikbaar (wet). De gegevens zeggen dat niet; reguliere COA-plekken zijn de "
        "beste benadering "
        "(aanname), noodplekken tellen in de regel niet mee."
    )


def aanvraag_zin(peildatum: date) -> str:
    """Wie de bonus van de regeling 2024 moet aanvragen, hoe en tot wanneer, en welke termijn op `peildatum` geldt."""
    b = PARAMETERS.bonus
    a = aanvraag(peildatum)
    zin = (
        "Onder de regeling 2024 krijgt een gemeente de bonus voor duurzame plekken alleen als het college haar "
        "aanvraagt, met het elektronische formulier van het ministerie, vóór de start van een nieuwe cyclus "
        f"({b['regeling_moment'].bron.uitgever}, {b['regeling_artikel'].waarde}); ambtshalve gaat alleen de "
        "uitkering voor andere plekken (art. 3, eerste lid)."
    )
    for t in a.verstreken:  # de termijn zelf, nooit de datum van vandaag als 'verstreken op'
        zin += f" De termijn voor cyclus {t.cyclus} is verstreken: aanvragen kon tot {datum(t.voor)} (datum afgeleid)."
    if a.geldend is not None:
        t = a.geldend
        zin += f" Nu geldt de termijn voor cyclus {t.cyclus}: aanvragen vóór {datum(t.voor)} (datum afgeleid)."
    return zin


def aanvraag_kort(peildatum: date) -> str:
    """Dezelfde aanvraag in twee regels (voor de briefing)."""
    b = PARAMETERS.bonus
    a = aanvraag(peildatum)
    zin = (
        "Het college moet de bonus voor duurzame plekken zelf aanvragen, vóór de start van een nieuwe cyclus "
        f"({b['regeling_moment'].bron.uitgever}, {b['regeling_artikel'].waarde})."
    )
    zin += "".join(f" Cyclus {t.cyclus} (vóór {datum(t.voor)}): verstreken." for t in a.verstreken)
    if a.geldend is not None:
        zin += f" Nu: cyclus {a.geldend.cyclus}, aanvragen vóór {datum(a.geldend.voor)} (datum afgeleid)."
    return zin


def aanvraag_voorbehoud() -> str:
    """Waarom de data van de termijnen een aanname zijn."""
    return " ".join(t.toelichting for t in PARAMETERS.bonus_aanvraag)


def vng_moment_zin() -> str:
    b = PARAMETERS.bonus
    return (
        f"Telmoment: {b['vng_telmoment'].waarde}; betaalmoment: {b['vng_betaalmoment'].waarde}. "
        f"{b['vng_betaalmoment'].toelichting}."
    )


def bonus_aannames(regulier: int) -> str:
    """Wat de bedragen op Mijn gemeente aannemen, naast de bedragen (issue 31, punt 6)."""
    b, s = PARAMETERS.bonus, BonusScenario()
    return (
        f"Aannames bij deze bedragen: gerealiseerd = de {getal(regulier)} reguliere plekken van november 2025, "
        f"waarvan {getal(round(s.aandeel_klein * 100))} % in kleinschalige locaties (onder de drempel) en alles er "
        f"al bij de start van fase 2. Concept 2023: {euro(b['concept_fase1'].waarde)} per plek in fase 1 (nooit "
        f"ingevoerd, zou betalen). Regeling 2024: {euro(b['regeling_bedrag'].waarde)} per plek boven de opgave "
        f"(gerapporteerd). VNG/IPO: {euro(b['vng_bedrag'].waarde)} per plek boven de opgave (voorstel, nooit "
        "ingevoerd; het bedrag is een aanname). Andere scenario's op de pagina Bonus."
    )


def som_tekorten_zin(som: int) -> str:
    """De som van de gemeentelijke tekorten onder zijn eigen naam, met de kolom waarvan hij de som is (issue 31,
    punt 17: één naam per getal)."""
    return (
        f"{KOLOMMEN['som_tekorten'].kop}: {getal(som)}, de som van de kolom "
        f"'{KOLOMMEN['te_realiseren'].kop}' van de gemeenten in de tabel. {KOLOMMEN['som_tekorten'].definitie}"
    )


def nog_nodig_zin(provincie: str, te_realiseren: int, nodig) -> str:
    """Het gerapporteerde 'nog nodig' van het ministerie naast het eigen 'nog te realiseren', en waarom zij
    verschillen (issue 31): 'Volgens het ministerie heeft Gelderland nog 4.900 plekken nodig (ANP, 27 februari 2026);
    dit dashboard komt op 4.928. …'"""
    return (
        f"Volgens het ministerie heeft {provincie} nog {plekken(int(nodig.waarde))} nodig ({nodig.bron.zin}, "
        f"gerapporteerd); dit dashboard komt op {getal(te_realiseren)} "
        f"({KOLOMMEN['te_realiseren_na_uitruil'].kop.lower()}). Het ministerie telt de plekken die "
        f"'meerjarig beschikbaar' zijn; dit dashboard telt de reguliere plekken ({herkomst.plekken_bron()})."
    )


def indicatief_en_bindend() -> str:
    """Wat bindt en wat indicatief is, en hoe het nieuws van '160 van de 342' te lezen (issue 31)."""
    anp = PARAMETERS.bronnen["anp-2026-02"]
    vb = next(iter(PARAMETERS.verdeelbesluit.values()))
    return (
        "**Indicatief en bindend.** De verdeling van een capaciteitsraming is indicatief: geen verplichting. Wat een "
        "gemeente bindt, is het verdeelbesluit van de minister: voor cyclus 1 genomen in december 2024, één besluit "
        "per provincie met een aantal per gemeente. Het volgde de provinciale plannen en legde ook plekken boven de "
        "indicatieve opgave vast, zodat de besluiten samen meer plekken vroegen dan de raming. De opgave van cyclus 2 "
        "is indicatief tot het volgende verdeelbesluit.\n\n"
        f"**'160 van de 342'.** Het ANP meldde op {anp.datum} dat 160 van de 342 gemeenten in cyclus 2 meer plekken "
        "moeten bieden 'dan nu van ze wordt gevraagd': dat vergelijkt cyclus 2 met het verdeelbesluit van december "
        "2024, niet met de indicatieve opgave van januari 2024 (daartegen daalt bijna elke gemeente, want het "
        "landelijke totaal daalde). Dit dashboard kan dat getal niet narekenen: het verdeelbesluit is hier voor "
        f"{len(PARAMETERS.verdeelbesluit)} gemeenten gerapporteerd (zoals {vb.label.split(': ')[-1]}, "
        f"{getal(int(vb.waarde))} plekken; {vb.bron.zin}); vul op Mijn gemeente het aantal van uw eigen gemeente in."
    )
