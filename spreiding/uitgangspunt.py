"""Het uitgangspunt van een berekening: welke cyclus (of welk eigen totaal), welke peildatum, welke SES-correctie.

De cyclus heeft één sleutel, overal dezelfde: '1', '2', 'wetsvoorstel' of 'eigen' (`CYCLI`), in de link
(`cyclus=`), op de command line (`--cyclus`) en hier (`Uitgangspunt.cyclus`); de namen op het scherm komen uit één
tabel (`NAMEN`, `KORT`), die uit de parameters. De peildatum is het jaar waarvan de inwoners op 1 januari tellen.
- '2' en '1': totaal, peildatum en amv uit de parameters per cyclus (spreiding/parameters/cycli.toml); bij
  alpha = 1 is cyclus 2 precies de gepubliceerde verdeling, cyclus 1 een reconstructie met dezelfde correctie;
- 'wetsvoorstel': het totaal van het wetsvoorstel 2023, alleen naar inwoners (vóór het amendement Van Dijk);
- 'eigen': elk totaal met een gekozen peildatum (model).

Een Uitgangspunt kent zijn eigen command-line-argumenten (`argumenten`), zodat de opdracht op een pagina uit
hetzelfde object komt als de berekening.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import opties
from .fouten import VerdeelFout
from .notatie import getal, peildatum
from .opties import beschreven
from .parameters import PARAMETERS, Bron
from .verdeling import ALPHA_BEREIK, MAX_TOTAAL, PEILJAREN, VerdeelParameters

#: De sleutels van de cyclus, in de volgorde van de keuzeknoppen: de cycli uit de parameters (nieuwste eerst; een
#: nieuwe cyclus is een rij in spreiding/parameters/cycli.toml), dan het wetsvoorstel en een eigen totaal.
CYCLI = (*(c.code for c in PARAMETERS.cycli_nieuwste_eerst), "wetsvoorstel", "eigen")
#: Volledige namen ('Cyclus 2 (2026–2028)') en korte ('Cyclus 2') voor knoppen en links.
NAMEN = {
    **{c.code: c.naam for c in PARAMETERS.cycli_nieuwste_eerst},
    "wetsvoorstel": PARAMETERS.wetsvoorstel.naam,
    "eigen": "Eigen totaal",
}
KORT = {
    **{c.code: c.kort for c in PARAMETERS.cycli_nieuwste_eerst},
    "wetsvoorstel": PARAMETERS.wetsvoorstel.kort,
    "eigen": "Eigen totaal",
}


def huidige() -> str:
    """De sleutel van de cyclus die vandaag loopt (de standaard van elke pagina en opdracht)."""
    return PARAMETERS.huidige_cyclus().code


def cyclus_sleutel(tekst) -> str | None:
    """'2', 'cyclus 2', 'Cyclus 2', 'Cyclus 2 (2026–2028)', 'Wetsvoorstel 2023' -> de sleutel; anders None. Zo werkt
    elke schrijfwijze uit een link ook op de command line en andersom."""
    t = str(tekst).strip()
    for sleutel in CYCLI:
        if t.lower() in (sleutel, KORT[sleutel].lower(), NAMEN[sleutel].lower()):
            return sleutel
    kaal = t.lower().removeprefix("cyclus").strip()
    return kaal if kaal in CYCLI else None


#: De peildata die een eigen totaal kan gebruiken, zoals op het scherm.
PEILNAMEN = {jaar: f"1 januari {jaar}" for jaar in sorted(PEILJAREN, reverse=True)}


@dataclass(frozen=True)
class Uitgangspunt:
    """Waarop een verdeling rust: een cyclus (of het wetsvoorstel, of een eigen totaal) en de sterkte van de
    SES-correctie. Elk veld is één keer beschreven (spreiding/opties.py): de command line (spreiding/cli/gemeen.py),
    de gedeelde balk (weergave/bediening.py) en `argumenten()` nemen label, vlag, sleutel in de link en bereik hieruit.
    Hun standaard hangt af van de cyclus (`maak`), dus de velden hebben er geen."""

    cyclus: str = beschreven(
        label="Uitgangspunt",
        url="cyclus",
        keuzes=KORT,  # de hulptekst komt uit de parameters (herkomst.cycli_in_het_kort), niet van hier
    )
    totaal: int = beschreven(
        label="Eigen landelijk totaal (plekken)",
        url="totaal",
        laagste=1,
        hoogste=MAX_TOTAAL,
        stap=1_000,
        eenheid=" plekken",
        hulp="eigen landelijk totaal (in plaats van --cyclus)",
        alleen=(("cyclus", ("eigen",)),),
    )
    peildatum: int = beschreven(  # jaar: inwoners op 1 januari
        label="Inwoners op",
        url="peildatum",
        keuzes=PEILNAMEN,
        hulp="bij --totaal: inwoners op 1 januari van dit jaar (standaard 2024)",
        alleen=(("cyclus", ("eigen",)),),
    )
    alpha: float = beschreven(
        label="Sterkte van de SES-correctie",
        url="alpha",
        laagste=ALPHA_BEREIK[0],
        hoogste=ALPHA_BEREIK[1],
        stap=0.05,
        hulp="sterkte van de SES-correctie: 1 = zoals gepubliceerd, 0 = alleen inwoners",
    )

    def __post_init__(self) -> None:
        if self.cyclus not in CYCLI:
            raise VerdeelFout(
                f"Onbekend uitgangspunt {str(self.cyclus)[:20]!r}; kies uit {', '.join(CYCLI[:-1])} of {CYCLI[-1]}."
            )
        VerdeelParameters(self.totaal, self.peildatum, self.alpha)  # dezelfde grenzen als de verdeling

    # --------------------------------------------------------------------------------------- afgeleid

    @property
    def naam(self) -> str:
        return NAMEN[self.cyclus]

    @property
    def parameters_cyclus(self):
        """De cyclus uit de parameters, anders None (wetsvoorstel, eigen totaal)."""
        return PARAMETERS.cycli.get(self.cyclus)

    def nog_nodig(self) -> dict:
        """provincie -> wat zij in deze cyclus nog nodig heeft volgens het ministerie [R]; leeg waar niet bekend."""
        c = self.parameters_cyclus
        return c.nog_nodig if c is not None else {}

    @property
    def amv(self) -> int | None:
        """Het aantal amv-plekken van deze cyclus, als de bronnen het noemen [C]; anders None (onbekend)."""
        c = self.parameters_cyclus
        return int(c.amv.waarde) if c is not None and c.amv is not None else None

    @property
    def is_gepubliceerd(self) -> bool:
        """Geeft het model hier de gepubliceerde aantallen terug? (een gepubliceerde cyclus met alpha = 1)"""
        c = self.parameters_cyclus
        return c is not None and c.is_gepubliceerd and self.alpha == 1.0

    @property
    def cijfers(self) -> str:
        """'zoals gepubliceerd', 'gereconstrueerd' of 'model'."""
        if self.is_gepubliceerd:
            return "zoals gepubliceerd"
        c = self.parameters_cyclus
        if c is not None and not c.is_gepubliceerd and self.alpha == 1.0:
            return "gereconstrueerd"
        if self.cyclus == "wetsvoorstel" and self.alpha == 0.0:
            return "alleen naar inwoners"
        return "model"

    @property
    def label(self) -> str:
        """Korte beschrijving voor titels en bestandsnamen: 'Cyclus 2 (2026–2028), zoals gepubliceerd'."""
        if self.cyclus == "eigen":
            return f"Eigen totaal van {getal(self.totaal)} plekken (inwoners {peildatum(self.peildatum)})"
        tekst = f"{self.naam}, {self.cijfers}"
        if self.alpha != self.standaard_alpha():
            tekst += f", SES-correctie × {getal(self.alpha, 2)}"
        return tekst

    @property
    def bestandsdeel(self) -> str:
        """Voor bestandsnamen: 'cyclus2', 'cyclus1', 'wetsvoorstel', 'eigen-12345'."""
        if self.parameters_cyclus is not None:
            return f"cyclus{self.cyclus}"
        return "wetsvoorstel" if self.cyclus == "wetsvoorstel" else f"eigen-{self.totaal}"

    def toelichting(self) -> str:
        """Waar de cijfers vandaan komen, in een zin of twee (voor onder een figuur)."""
        c = self.parameters_cyclus
        if c is not None and c.is_gepubliceerd:
            if self.is_gepubliceerd:
                return f"{c.cijfers_toelichting} {c.peildatum.toelichting}"
            return (
                f"Model: {getal(self.totaal)} plekken naar inwoners op {peildatum(self.peildatum)} met de "
                f"SES-correctie × {getal(self.alpha, 2)} (1 = zoals gepubliceerd, 0 = alleen inwoners)."
            )
        if c is not None:
            return c.cijfers_toelichting + ("" if self.alpha == 1.0 else f" SES-correctie × {getal(self.alpha, 2)}.")
        if self.cyclus == "wetsvoorstel":
            return f"{PARAMETERS.wetsvoorstel.totaal.toelichting}: {getal(self.totaal)} plekken, " + (
                "alleen naar inwoners (vóór het amendement Van Dijk)."
                if self.alpha == 0
                else f"SES-correctie × {getal(self.alpha, 2)}."
            )
        return (
            f"Eigen totaal: model met inwoners op {peildatum(self.peildatum)} en SES-correctie "
            f"× {getal(self.alpha, 2)}."
        )

    def bronnen(self) -> list[Bron]:
        """De bronnen van het totaal, de aantallen en de inwoners."""
        b = PARAMETERS.bronnen
        inwoners = b["cbs-kwb-2024"] if self.peildatum == 2024 else b["cbs-03759ned"]
        correctie = PARAMETERS.verdeling["correctiefactor"].bron
        c = self.parameters_cyclus
        if c is not None:
            gepubliceerd = [g.bron for g in c.gepubliceerd.values()][:1]
            return [c.totaal.bron, correctie, inwoners, *gepubliceerd]
        if self.cyclus == "wetsvoorstel":
            w = PARAMETERS.wetsvoorstel
            return [w.totaal.bron, w.alpha.bron, inwoners] + ([correctie] if self.alpha else [])
        return [correctie, inwoners]

    def standaard_alpha(self) -> float:
        return standaard_alpha(self.cyclus)

    def gepubliceerd(self, niveau: str = "gemeente") -> dict[str, int]:
        """Gepubliceerde opgaven die naast dit uitgangspunt horen: de in het nieuws geciteerde aantallen van deze
        cyclus per gemeente (gemeentecode) of provincie [R], zoals de rij van de cyclus ze noemt (cyclus 1); anders
        niets (een gepubliceerde cyclus ís de publicatie)."""
        c = self.parameters_cyclus
        if c is None:
            return {}
        bekend = c.gepubliceerd_provincie if niveau == "provincie" else c.gepubliceerd
        return {k: int(g.waarde) for k, g in bekend.items()}

    def herkomstkolommen(self, niveau: str = "gemeente") -> list[str]:
        """De kolommen die met_herkomst toevoegt: 'cijfers'; bij cyclus 1 'gepubliceerd'; per gemeente het
        gerapporteerde verdeelbesluit met de vergelijking ermee; per provincie in cyclus 2 het gerapporteerde 'nog
        nodig' van het ministerie."""
        c = self.parameters_cyclus
        kolommen = ["cijfers"] + (["gepubliceerd"] if c is not None and c.gepubliceerd else [])
        if niveau == "gemeente":
            kolommen += ["verdeelbesluit", "opgave_tov_verdeelbesluit"]
        elif self.nog_nodig():
            kolommen += ["nog_nodig_gerapporteerd"]
        return kolommen

    def met_herkomst(self, tabel, sleutel: str = "gemeentecode", niveau: str = "gemeente"):
        """`tabel` met de kolommen `cijfers` (zoals gepubliceerd, gereconstrueerd, model) en, waar bekend,
        `gepubliceerd`, het gerapporteerde verdeelbesluit (per gemeente, met opgave − verdeelbesluit) en het
        gerapporteerde 'nog nodig' (per provincie, cyclus 2); leeg waar niet bekend. Zo draagt elke export haar
        status en de gerapporteerde cijfers naast de eigen mee."""
        uit = tabel.copy()
        uit["cijfers"] = self.cijfers
        bekend = self.gepubliceerd(niveau)
        if bekend:
            uit["gepubliceerd"] = uit[sleutel].map(bekend).astype(float)
        if niveau == "gemeente":
            besluit = {c: float(g.waarde) for c, g in PARAMETERS.verdeelbesluit.items()}
            uit["verdeelbesluit"] = uit[sleutel].map(besluit).astype(float)
            uit["opgave_tov_verdeelbesluit"] = uit["opgave"] - uit["verdeelbesluit"]
        elif self.nog_nodig():
            nodig = {p: float(g.waarde) for p, g in self.nog_nodig().items()}
            uit["nog_nodig_gerapporteerd"] = uit[sleutel].map(nodig).astype(float)
        return uit

    def parameters(self) -> VerdeelParameters:
        return VerdeelParameters(totaal=self.totaal, peildatum=self.peildatum, alpha=self.alpha, amv=self.amv)

    def link_parameters(self) -> dict[str, str]:
        """De URL-parameters die dit uitgangspunt in de app opnieuw maken (dezelfde sleutels als de widgets)."""
        delen = {"cyclus": self.cyclus}
        if self.cyclus == "eigen":
            delen |= {"totaal": str(self.totaal), "peildatum": str(self.peildatum)}
        if self.alpha != self.standaard_alpha():
            delen["alpha"] = f"{self.alpha:g}"
        return delen

    def argumenten(self) -> list[str]:
        """De command-line-argumenten die dit uitgangspunt opnieuw maken (python -m spreiding ...)."""
        vlag = {f.name: opties.vlag(f, o) for f, o in opties.velden(Uitgangspunt)}
        if self.cyclus != "eigen":
            delen = [vlag["cyclus"], self.cyclus]
        else:
            delen = [vlag["totaal"], str(self.totaal), vlag["peildatum"], str(self.peildatum)]
        if self.alpha != self.standaard_alpha():
            delen += [vlag["alpha"], f"{self.alpha:g}"]
        return delen


def standaard_alpha(cyclus: str) -> float:
    """Wetsvoorstel: 0 (alleen inwoners) [R]; anders 1 (zoals toegepast) [R]."""
    if cyclus == "wetsvoorstel":
        return float(PARAMETERS.wetsvoorstel.alpha.waarde)
    return float(PARAMETERS.verdeling["alpha"].waarde)


def vaste_alpha(cyclus: str) -> float | None:
    """De SES-correctie die bij `cyclus` vastligt (het wetsvoorstel: 0, alleen naar inwoners), of None als zij vrij
    te kiezen is. De app schakelt de schuif dan uit; de command line laat --alpha bij het wetsvoorstel toe (model)."""
    return standaard_alpha(cyclus) if cyclus == "wetsvoorstel" else None


def maak(
    cyclus: str, totaal: int | None = None, peildatum: int | None = None, alpha: float | None = None
) -> Uitgangspunt:
    """Het uitgangspunt van `cyclus` ('1', '2', 'wetsvoorstel', 'eigen', of een naam uit NAMEN/KORT); totaal en
    peildatum alleen bij 'eigen'."""
    sleutel = cyclus_sleutel(cyclus)
    if sleutel is None:
        raise VerdeelFout(f"Onbekende cyclus {str(cyclus)[:40]!r}; kies 1, 2, wetsvoorstel of een eigen totaal.")
    alpha = standaard_alpha(sleutel) if alpha is None else float(alpha)
    c = PARAMETERS.cycli.get(sleutel)
    if c is not None:
        return Uitgangspunt(sleutel, int(c.totaal.waarde), int(c.peildatum.waarde), alpha)
    if sleutel == "wetsvoorstel":
        w = PARAMETERS.wetsvoorstel
        return Uitgangspunt(sleutel, int(w.totaal.waarde), int(w.peildatum.waarde), alpha)
    if totaal is None:
        raise VerdeelFout("Geef bij een eigen totaal het aantal plekken op.")
    return Uitgangspunt("eigen", int(totaal), int(peildatum or PEILJAREN[-1]), alpha)


__all__ = [
    "CYCLI",
    "KORT",
    "NAMEN",
    "Uitgangspunt",
    "cyclus_sleutel",
    "maak",
    "standaard_alpha",
    "vaste_alpha",
    "MAX_TOTAAL",
    "huidige",
    "ALPHA_BEREIK",
    "PEILJAREN",
]
