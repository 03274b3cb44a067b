"""De provinciale regietafel (PRT): afspraken per gemeente, uitruil, en wat een verdeelbesluit zou opleggen.

Bronnen: Provincie Utrecht, reactie invoeringstoets (26 januari 2026), letterlijk geciteerd in
parameters/citaten.toml (formats, uitruil, indicatieve_opgave); VNG-ledenbrief (30 januari 2024): PRT, verslag,
verdeelbesluit, en dat de opgaven (asiel, Oekraïense ontheemden, statushouders) "in samenhang" bezien kunnen worden.

Regels:
- Uitruil mag: wie meer neemt dan haar opgave, laat anderen minder nemen, zolang de provincie haar opgave haalt
  [C/R]. Een afspraak kan een partner noemen (`uitruil_met`): haar overschot dekt dan eerst het tekort van die
  partner.
- Wat de provincie na de afspraken tekortkomt (opgave − som van de afspraken, niet onder 0), zou een verdeelbesluit
  opleggen, alleen aan gemeenten onder hun opgave zonder dekkende uitruil, nooit boven hun resterende tekort. Hoe
  het over hen verdeeld wordt, zeggen de bronnen niet [U]: twee lezingen (OPLEGGINGEN), naar rato van het resterende
  tekort of naar rato van de opgave. Tegen die laatste (aansluiten bij de indicatieve opgave) pleit de provincie
  Utrecht.
- Plekken voor Oekraïense ontheemden en woningen voor statushouders worden vastgelegd, maar tellen niet mee voor de
  asielopgave, tenzij de gebruiker de aanname `extra_telt` kiest [U].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from .fouten import VerdeelFout
from .lezen import lees_aantal
from .notatie import aantal, getal, lijst, plekken
from .parameters import PARAMETERS
from .toedeling import begrensd_per_groep, heel_per_groep

STANDAARDEN = {
    "regulier": "huidige reguliere plekken",
    "opgave": "de eigen opgave",
    "huidig": "huidige plekken (regulier + nood)",
}
#: Twee lezingen van de verdeling van wat een verdeelbesluit oplegt [U].
OPLEGGINGEN = {
    "tekort": "naar rato van het resterende tekort",
    "opgave": "naar rato van de opgave",
}
STANDAARD_OPLEGGING = "tekort"
OPLEGGING_UITLEG = {
    "tekort": "Elke gemeente onder haar opgave zonder dekkende uitruil krijgt hetzelfde deel van haar resterende "
    "tekort: wie al een deel levert, krijgt minder opgelegd.",
    "opgave": "Naar rato van de indicatieve opgave, nooit boven het resterende tekort: wie al een deel levert, krijgt "
    "vaak toch zijn hele tekort. Over het verdeelbesluit van cyclus 1 schreef de provincie Utrecht: "
    f"\u201e{PARAMETERS.citaten['indicatieve_opgave'].tekst}\u201d",
}
#: Kolommen van een afspraak: de sleutel, de afspraak, en wat erbij hoort.
AFSPRAAKKOLOMMEN = ("gemeentecode", "afspraak", "toelichting", "uitruil_met", "oekraine", "statushouders")
#: De CSV van de regietafel: codes én namen (aan tafel leest niemand codes), weer te uploaden (Toets.voor_scherm).
CSV_KOLOMMEN = (
    "gemeentecode",
    "gemeentenaam",
    "afspraak",
    "toelichting",
    "uitruil_met",
    "uitruil_naam",
    "oekraine",
    "statushouders",
    "ingevoerd",
)
#: Kolommen van de regietafel in exports (CLI, verslag): de ingevoerde afspraken naast wat eruit volgt.
EXPORTKOLOMMEN = (
    "gemeentecode",
    "gemeentenaam",
    "opgave",
    "regulier",
    "nood",
    "afspraak",
    "afspraak_saldo",
    "uitruil_met",
    "gedekt",
    "rest_tekort",
    "opgelegd",
    "opgelegd_tekort",
    "opgelegd_opgave",
    "na_besluit",
    "oekraine",
    "statushouders",
    "ingevoerd",
    "toelichting",
)
VERGADERSTATUSSEN = {"concept": "concept", "vastgesteld": "vastgesteld"}
MAX_AANWEZIG = 1000


@dataclass(frozen=True)
class Vergadering:
    """De vergadering van de regietafel: datum, wie er waren (vrije tekst) en de status van het verslag."""

    datum: date | None = None
    aanwezig: str = ""
    status: str = "concept"

    def __post_init__(self) -> None:
        if self.status not in VERGADERSTATUSSEN:
            raise VerdeelFout("De status van het verslag is 'concept' of 'vastgesteld'.")
        if len(self.aanwezig) > MAX_AANWEZIG:
            raise VerdeelFout(f"De lijst van aanwezigen is te lang (hoogstens {MAX_AANWEZIG} tekens).")


@dataclass(frozen=True)
class Toets:
    """De uitkomst voor één provincie. `gemeenten`, alfabetisch op naam: opgave, regulier, nood, afspraak,
    afspraak_saldo, uitruil_met, gedekt (door een partner), rest_tekort, opgelegd (gekozen lezing), opgelegd_tekort,
    opgelegd_opgave, na_besluit, toelichting, oekraine, statushouders en ingevoerd (aan de tafel ingevoerd, of de
    beginwaarde)."""

    provincie: str
    opgave: int
    afgesproken: int
    ontbreekt: int
    opgelegd: int
    gemeenten: pd.DataFrame
    oplegging: str = STANDAARD_OPLEGGING
    extra_telt: bool = False
    vergadering: Vergadering = field(default_factory=Vergadering)

    @property
    def haalt_opgave(self) -> bool:
        return self.afgesproken >= self.opgave

    @property
    def onder(self) -> pd.DataFrame:
        return self.gemeenten[self.gemeenten["afspraak_saldo"] < 0]

    @property
    def boven(self) -> pd.DataFrame:
        return self.gemeenten[self.gemeenten["afspraak_saldo"] > 0]

    @property
    def ingevoerd(self) -> int:
        return int(self.gemeenten["ingevoerd"].sum())

    @property
    def met_oplegging(self) -> pd.DataFrame:
        """De gemeenten waaraan een verdeelbesluit iets oplegt (om een tekort of om de opgave)."""
        g = self.gemeenten
        return g[(g["opgelegd_tekort"] > 0) | (g["opgelegd_opgave"] > 0)]

    def toelichtingen(self) -> dict[str, str]:
        """gemeentecode -> de toelichting die aan de tafel bij haar afspraak is genoteerd."""
        return dict(zip(self.gemeenten["gemeentecode"], self.gemeenten["toelichting"]))

    def uitruil(self) -> list[str]:
        """De uitruil in een paar regels: wie meer neemt dan haar opgave, met wie, en wie daardoor minder kan nemen."""
        boven, onder = self.boven, self.onder
        namen_per_code = dict(zip(self.gemeenten["gemeentecode"], self.gemeenten["gemeentenaam"]))
        regels = []
        if boven.empty:
            regels.append("Geen gemeente neemt meer dan haar opgave: er is geen uitruil.")
        else:
            namen = [
                f"{r.gemeentenaam} (+{getal(r.afspraak_saldo)}"
                + (f", uitruil met {namen_per_code.get(r.uitruil_met, r.uitruil_met)}" if r.uitruil_met else "")
                + ")"
                for r in boven.sort_values("afspraak_saldo", ascending=False).itertuples()
            ]
            regels.append(
                f"Meer dan de eigen opgave: {lijst(namen[:6])}{' en anderen' if len(namen) > 6 else ''}; samen "
                f"{plekken(int(boven['afspraak_saldo'].sum()))} extra."
            )
        if not onder.empty:
            namen = [
                f"{r.gemeentenaam} ({getal(r.afspraak_saldo)}"
                + (f", gedekt {getal(r.gedekt)}" if r.gedekt else "")
                + ")"
                for r in onder.sort_values("afspraak_saldo").itertuples()
            ]
            regels.append(
                f"Minder dan de eigen opgave: {lijst(namen[:6])}{' en anderen' if len(namen) > 6 else ''}; samen "
                f"{plekken(int(-onder['afspraak_saldo'].sum()))} minder."
            )
        if self.haalt_opgave:
            regels.append(f"De provincie haalt haar opgave van {plekken(self.opgave)}: er valt niets op te leggen.")
        else:
            regels.append(
                f"De provincie komt {plekken(self.ontbreekt)} tekort; een verdeelbesluit zou die opleggen aan "
                "gemeenten onder hun opgave zonder dekkende uitruil "
                f"({OPLEGGINGEN[self.oplegging]}, aanname)."
            )
        return regels

    @property
    def saldo(self) -> int:
        """Afgesproken − opgave van de provincie (het afspraaksaldo)."""
        return int(self.afgesproken - self.opgave)

    def oplegging_lijst(self, hoogstens: int = 8) -> str:
        """'Amersfoort 120, Baarn 30 en anderen': wie een verdeelbesluit het meest zou opleggen, grootste eerst."""
        opgelegd = self.gemeenten[self.gemeenten["opgelegd"] > 0].sort_values(
            ["opgelegd", "gemeentenaam"], ascending=[False, True]
        )
        delen = [f"{r.gemeentenaam} {getal(int(r.opgelegd))}" for r in opgelegd.head(hoogstens).itertuples()]
        return lijst(delen) + (" en anderen" if len(opgelegd) > hoogstens else "")

    def voor_scherm(self, namen: dict[str, str], geen: str) -> pd.DataFrame:
        """De tabel voor de bewerkbare weergave: 'uitruil_met' ook als naam (`uitruil_naam`, anders `geen`)."""
        return self.gemeenten.assign(uitruil_naam=self.gemeenten["uitruil_met"].map(namen).fillna(geen))

    def stand_zin(self) -> str:
        """'3 van de 26 gemeenten spreken minder af dan hun opgave' (met het juiste getal van het werkwoord); zolang
        niet elke regel aan de tafel is ingevoerd, zijn het beginwaarden en geen afspraken, en zegt de zin dat."""
        n = len(self.onder)
        van = aantal(len(self.gemeenten), "gemeente", "gemeenten")
        if self.ingevoerd < len(self.gemeenten):
            return (
                f"{n} van de {van} {'zit' if n == 1 else 'zitten'} onder {'haar' if n == 1 else 'hun'} opgave "
                f"({'beginwaarden' if self.ingevoerd == 0 else 'afspraken en beginwaarden'})."
            )
        werkwoord, bezit = ("spreekt", "haar") if n == 1 else ("spreken", "hun")
        return f"{n} van de {van} {werkwoord} minder af dan {bezit} opgave."

    @property
    def afgesproken_label(self) -> str:
        """De naam van de som van de tabel: beginwaarden (de huidige plekken van november 2025) zijn geen afspraken."""
        if self.ingevoerd == 0:
            return "Beginwaarden (nog niets afgesproken)"
        if self.ingevoerd < len(self.gemeenten):
            return "Afgesproken en beginwaarden"
        return "Afgesproken"


def namen_in(verdeling: pd.DataFrame, provincie: str) -> tuple[set[str], dict[str, str]]:
    """(gemeentecodes van de provincie, gemeentecode -> naam voor heel Nederland)."""
    codes = set(verdeling.loc[verdeling["provincie"] == provincie, "gemeentecode"])
    return codes, dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))


def uit_scherm(bewerkt: pd.DataFrame, codes_per_naam: dict[str, str]) -> pd.DataFrame:
    """De bewerkte tabel terug: 'uitruil_naam' weer als gemeentecode in 'uitruil_met' (leeg als geen)."""
    return bewerkt.assign(uitruil_met=bewerkt["uitruil_naam"].map(codes_per_naam).fillna(""))


#: De aantallen die aan de tafel in de tabel getypt worden (als tekst, in Nederlandse notatie: 1.500).
AANTALKOLOMMEN = ("afspraak", "oekraine", "statushouders")


def als_tekst(gemeenten: pd.DataFrame) -> pd.DataFrame:
    """De aantallen als tekst in Nederlandse notatie (1.500), zoals de bewerkbare tabel ze toont: zo komt wat de
    gebruiker typt of uit Excel plakt letterlijk binnen, en weigert `lees_scherm` tekst, negatieve en gebroken
    getallen in plaats van ze stil op 0 of hun absolute waarde te zetten."""
    return gemeenten.assign(**{k: [getal(int(v)) for v in gemeenten[k]] for k in AANTALKOLOMMEN})


@dataclass(frozen=True)
class Weigering:
    """Een getypte waarde die niet kan: in welke gemeente en kolom, wat er stond, waarom, en wat blijft staan."""

    gemeente: str
    kolom: str
    getypt: str
    reden: str
    blijft: int

    def zin(self, koppen: dict[str, str] | None = None) -> str:
        kop = (koppen or {}).get(self.kolom, self.kolom)
        getypt = str(self.getypt).strip() or "(leeg)"
        return (
            f"{self.gemeente}, {kop}: '{getypt[:30]}' kan niet ({self.reden}); "
            f"de vorige waarde {getal(self.blijft)} blijft staan."
        )


def lees_scherm(
    bewerkt: pd.DataFrame, vorige: pd.DataFrame, namen: dict[str, str], maximum: int
) -> tuple[pd.DataFrame, list[Weigering]]:
    """De bewerkte tabel (aantallen als tekst) terug naar getallen. Een cel die geen geheel aantal van 0 tot
    `maximum` is (tekst, negatief, gebroken, te groot) wordt geweigerd: die cel houdt haar waarde uit `vorige`
    (dezelfde gemeentecodes), en er komt een Weigering met de naam van de gemeente. Een lege cel is 0. Duizendtallen
    met een punt (1.500, zoals Excel ze in het Nederlands plakt) zijn toegestaan."""
    oud = vorige.set_index("gemeentecode")
    uit = bewerkt.copy()
    weigeringen: list[Weigering] = []
    for kolom in AANTALKOLOMMEN:
        waarden = []
        for code, ruw in zip(uit["gemeentecode"], uit[kolom]):
            tekst = "" if ruw is None or (isinstance(ruw, float) and np.isnan(ruw)) else str(ruw)
            vorig = int(oud.at[code, kolom]) if code in oud.index else 0
            if isinstance(ruw, (int, np.integer)):
                tekst = str(int(ruw))
            try:
                waarden.append(lees_aantal(tekst, ",", maximum) if tekst.strip() else 0)
            except ValueError as fout:
                reden = str(fout).split(" is ", 1)[-1] if str(fout).startswith("'") else str(fout).removeprefix("is ")
                weigeringen.append(Weigering(namen.get(code, code), kolom, tekst, reden, vorig))
                waarden.append(vorig)
        uit[kolom] = np.asarray(waarden, dtype=np.int64)
    return uit, weigeringen


def zonder_invoer(invoer: pd.DataFrame) -> pd.DataFrame:
    """Dezelfde kolommen, geen regels ('Opnieuw beginnen')."""
    return invoer.iloc[0:0]


def standaard_afspraken(verdeling: pd.DataFrame, provincie: str, bron: str = "regulier") -> pd.DataFrame:
    """Beginwaarden van de tabel: afspraak = huidige reguliere plekken, de eigen opgave, of regulier + nood."""
    if bron not in STANDAARDEN:
        raise VerdeelFout(f"Onbekende beginwaarde {bron!r}; kies uit {', '.join(STANDAARDEN)}.")
    deel = _provincie(verdeling, provincie)
    waarde = {"regulier": deel["regulier"], "opgave": deel["opgave"], "huidig": deel["regulier"] + deel["nood"]}[bron]
    return pd.DataFrame(
        {
            "gemeentecode": deel["gemeentecode"].to_numpy(),
            "afspraak": waarde.to_numpy(dtype=np.int64),
            "toelichting": "",
            "uitruil_met": "",
            "oekraine": 0,
            "statushouders": 0,
        }
    )


def tafel(verdeling: pd.DataFrame, provincie: str, begin: str, invoer: pd.DataFrame | None) -> pd.DataFrame:
    """De tabel van de provincie: de beginwaarden, met daaroverheen wat aan de tafel is ingevoerd (`invoer`: alleen
    de ingevoerde gemeenten). Kolom `ingevoerd` zegt welke regels ingevoerd zijn; de rest volgt de beginwaarde."""
    basis = standaard_afspraken(verdeling, provincie, begin).set_index("gemeentecode")
    basis["ingevoerd"] = False
    if invoer is not None and len(invoer):
        ingevoerd = schoon(invoer).set_index("gemeentecode")
        onbekend = sorted(set(ingevoerd.index) - set(basis.index))
        if onbekend:
            raise VerdeelFout(f"Deze gemeenten liggen niet in {provincie}: {', '.join(onbekend[:10])}.")
        for kolom in AFSPRAAKKOLOMMEN[1:]:
            basis.loc[ingevoerd.index, kolom] = ingevoerd[kolom]
        basis.loc[ingevoerd.index, "ingevoerd"] = True
    return basis.reset_index().astype({"afspraak": "int64", "oekraine": "int64", "statushouders": "int64"})


def invoer_uit(tabel: pd.DataFrame, basis: pd.DataFrame) -> pd.DataFrame:
    """De regels van `tabel` die afwijken van `basis` (de beginwaarden): wat de gebruiker heeft ingevoerd."""
    a, b = schoon(tabel).set_index("gemeentecode"), schoon(basis).set_index("gemeentecode")
    b = b.reindex(a.index)
    anders = (a[list(AFSPRAAKKOLOMMEN[1:])] != b[list(AFSPRAAKKOLOMMEN[1:])]).any(axis=1)
    return a[anders].reset_index()


def schoon(afspraken: pd.DataFrame, max_tekst: int = 500) -> pd.DataFrame:
    """Afspraken zoals de tabel op het scherm ze geeft: hele plekken van 0 of meer (leeg = 0), tekst ingekort,
    ontbrekende kolommen leeg."""
    uit = pd.DataFrame({"gemeentecode": afspraken["gemeentecode"].astype(str).to_numpy()})
    for kolom in ("afspraak", "oekraine", "statushouders"):
        ruw = afspraken[kolom] if kolom in afspraken else pd.Series(0, index=afspraken.index)
        waarde = pd.to_numeric(pd.Series(ruw.to_numpy()), errors="coerce").fillna(0).clip(lower=0)
        uit[kolom] = waarde.round().astype("int64").to_numpy()
    for kolom in ("toelichting", "uitruil_met"):
        ruw = afspraken[kolom] if kolom in afspraken else pd.Series("", index=afspraken.index)
        uit[kolom] = pd.Series(ruw.to_numpy()).fillna("").astype(str).str.strip().str.slice(0, max_tekst).to_numpy()
    uit["uitruil_met"] = uit["uitruil_met"].str.upper()
    return uit[list(AFSPRAAKKOLOMMEN)]


def gemeenten_in(verdeling: pd.DataFrame, provincie: str) -> set[str]:
    """De gemeentecodes van een provincie (wie er aan de tafel zit)."""
    return set(_provincie(verdeling, provincie)["gemeentecode"])


def _provincie(verdeling: pd.DataFrame, provincie: str) -> pd.DataFrame:
    deel = verdeling[verdeling["provincie"] == provincie]
    if deel.empty:
        raise VerdeelFout(f"Onbekende provincie: {provincie!r}.")
    return deel.sort_values(["gemeentenaam", "gemeentecode"]).reset_index(drop=True)


def dekking(opgave: np.ndarray, telt: np.ndarray, partner: np.ndarray) -> np.ndarray:
    """Per gemeente: hoeveel van haar tekort (opgave − telt) een partner met een overschot dekt. Elke gemeente met
    een overschot en een partner dekt eerst het tekort van die partner; niemand dekt meer dan zijn overschot, en
    geen tekort wordt meer dan helemaal gedekt. `partner[i]` is de index van de partner van i, of −1."""
    tekort = np.maximum(0, opgave - telt).astype(np.int64)
    over = np.maximum(0, telt - opgave).astype(np.int64)
    gedekt = np.zeros_like(tekort)
    # beide richtingen: i noemt j, of j noemt i (een paar hoeft maar aan één kant te staan)
    paren = [(i, int(j)) for i, j in enumerate(partner) if j >= 0] + [
        (int(j), i) for i, j in enumerate(partner) if j >= 0
    ]
    for gever, ontvanger in paren:
        deel = min(over[gever], tekort[ontvanger] - gedekt[ontvanger])
        if deel > 0:
            over[gever] -= deel
            gedekt[ontvanger] += deel
    return gedekt


def opleggen(ontbreekt: int, rest_tekort: np.ndarray, opgave: np.ndarray, oplegging: str) -> np.ndarray:
    """Verdeel `ontbreekt` hele plekken over gemeenten met een resterend tekort, nooit boven dat tekort, naar rato
    van dat tekort ('tekort') of van hun opgave ('opgave')."""
    if oplegging not in OPLEGGINGEN:
        raise VerdeelFout(f"Onbekende lezing van het verdeelbesluit; kies uit {', '.join(OPLEGGINGEN)}.")
    rest = rest_tekort.astype(float)
    gewicht = rest if oplegging == "tekort" else np.where(rest > 0, opgave.astype(float), 0.0)
    groep = np.zeros(rest.size, dtype=np.int64)
    quota = begrensd_per_groep(np.array([float(ontbreekt)]), gewicht, rest, groep)
    return heel_per_groep(quota, groep, 1)


def toets(
    verdeling: pd.DataFrame,
    provincie: str,
    afspraken: pd.DataFrame,
    oplegging: str = STANDAARD_OPLEGGING,
    extra_telt: bool = False,
    vergadering: Vergadering | None = None,
) -> Toets:
    """Toets de afspraken van één provincie; gemeenten zonder afspraak tellen als 0.

    `afspraken` heeft gemeentecode en afspraak, en optioneel toelichting, uitruil_met, oekraine, statushouders en
    ingevoerd. Met `extra_telt` [U] tellen de plekken voor Oekraïners en statushouders mee voor de asielopgave."""
    deel = _provincie(verdeling, provincie)
    codes = deel["gemeentecode"].to_numpy()
    for kolom in ("afspraak", "oekraine", "statushouders"):
        if kolom in afspraken:
            ruw = pd.to_numeric(afspraken[kolom], errors="coerce").to_numpy(dtype=float)
            if not np.all(np.isfinite(ruw)) or np.any(ruw < 0) or np.any(ruw != np.floor(ruw)):
                raise VerdeelFout("Afspraken zijn hele aantallen plekken van 0 of meer.")
    a = schoon(afspraken).set_index("gemeentecode")
    onbekend = sorted(set(a.index) - set(codes))
    if onbekend:
        raise VerdeelFout(f"Deze gemeenten liggen niet in {provincie}: {', '.join(onbekend[:10])}.")
    a = a.reindex(codes)
    a[["afspraak", "oekraine", "statushouders"]] = a[["afspraak", "oekraine", "statushouders"]].fillna(0)
    a[["toelichting", "uitruil_met"]] = a[["toelichting", "uitruil_met"]].fillna("")
    vreemd = sorted({p for p in a["uitruil_met"] if p and p not in set(codes)})
    if vreemd:
        raise VerdeelFout(f"Uitruil kan alleen binnen {provincie}; niet met {', '.join(vreemd[:5])}.")
    if any(p == c for p, c in zip(a["uitruil_met"], codes)):
        raise VerdeelFout("Een gemeente kan geen uitruil met zichzelf afspreken.")
    q = deel["opgave"].to_numpy(dtype=np.int64)
    afspraak = a["afspraak"].to_numpy(dtype=np.int64)
    extra = (a["oekraine"] + a["statushouders"]).to_numpy(dtype=np.int64) if extra_telt else 0
    telt = afspraak + extra
    positie = {c: i for i, c in enumerate(codes)}
    partner = np.array([positie.get(p, -1) for p in a["uitruil_met"]], dtype=np.int64)
    gedekt = dekking(q, telt, partner)
    rest_tekort = np.maximum(0, q - telt) - gedekt
    ontbreekt = max(0, int(q.sum() - telt.sum()))
    lezingen = {code: opleggen(ontbreekt, rest_tekort, q, code) for code in OPLEGGINGEN}
    ingevoerd = (
        afspraken.set_index("gemeentecode")["ingevoerd"].reindex(codes).fillna(True).astype(bool).to_numpy()
        if "ingevoerd" in afspraken
        else np.ones(len(codes), dtype=bool)
    )
    tabel = pd.DataFrame(
        {
            "gemeentecode": codes,
            "gemeentenaam": deel["gemeentenaam"].to_numpy(),
            "opgave": q,
            "regulier": deel["regulier"].to_numpy(dtype=np.int64),
            "nood": deel["nood"].to_numpy(dtype=np.int64),
            "afspraak": afspraak,
            "afspraak_saldo": telt - q,
            "uitruil_met": a["uitruil_met"].to_numpy(),
            "gedekt": gedekt,
            "rest_tekort": rest_tekort,
            "opgelegd": lezingen[oplegging],
            "opgelegd_tekort": lezingen["tekort"],
            "opgelegd_opgave": lezingen["opgave"],
            "toelichting": a["toelichting"].to_numpy(),
            "oekraine": a["oekraine"].to_numpy(dtype=np.int64),
            "statushouders": a["statushouders"].to_numpy(dtype=np.int64),
            "ingevoerd": ingevoerd,
        }
    )
    tabel["na_besluit"] = tabel["afspraak"] + tabel["opgelegd"]
    som = int(telt.sum())
    return Toets(
        provincie,
        int(q.sum()),
        som,
        ontbreekt,
        int(lezingen[oplegging].sum()),
        tabel,
        oplegging,
        extra_telt,
        vergadering or Vergadering(),
    )


def landelijk(verdeling: pd.DataFrame, tafels: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Per provincie: opgave, huidige plekken, afgesproken (waar een tabel is ingevuld, anders de huidige reguliere
    plekken) en het tekort; `ingevuld` zegt welke van de twee."""
    tafels = tafels or {}
    rijen = []
    for provincie, deel in verdeling.groupby("provincie", sort=True):
        if provincie in tafels:
            t = toets(verdeling, provincie, tafels[provincie])
            afgesproken, ingevuld = t.afgesproken, True
        else:
            afgesproken, ingevuld = int(deel["regulier"].sum()), False
        opgave = int(deel["opgave"].sum())
        rijen.append(
            {
                "provincie": provincie,
                "opgave": opgave,
                "regulier": int(deel["regulier"].sum()),
                "nood": int(deel["nood"].sum()),
                "afgesproken": afgesproken,
                "ingevuld": ingevuld,
                "tekort": max(0, opgave - afgesproken),
            }
        )
    return pd.DataFrame(rijen)


def voeg_toe(invoer: pd.DataFrame, nieuw: pd.DataFrame) -> pd.DataFrame:
    """Ingevoerde regels aangevuld met `nieuw` (een upload): een gemeente in `nieuw` vervangt haar oude regel."""
    return schoon(pd.concat([invoer[~invoer["gemeentecode"].isin(nieuw["gemeentecode"])], nieuw], ignore_index=True))
