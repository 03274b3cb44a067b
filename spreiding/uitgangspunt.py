"""Het uitgangspunt van een berekening: welke cyclus (of welk eigen totaal), welke peildatum, welke SES-correctie.

- cyclus 2: 88.000 plekken, inwoners 1 januari 2024; bij alpha = 1 precies de gepubliceerde verdeling (NOS Nieuwsuur,
  november 2025) [R];
- cyclus 1: 96.000 plekken (waarvan 8.140 amv), inwoners 1 januari 2023; gereconstrueerd met dezelfde correctie;
- wetsvoorstel: 77.100 plekken (mei 2023), alleen naar inwoners (vóór het amendement Van Dijk);
- eigen: elk totaal met een gekozen peildatum (model).

Een Uitgangspunt kent zijn eigen command-line-argumenten (`argumenten`), zodat de opdracht op een pagina uit
hetzelfde object komt als de berekening.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fouten import VerdeelFout
from .notatie import getal, peildatum
from .parameters import PARAMETERS, Bron
from .verdeling import ALPHA_BEREIK, MAX_TOTAAL, PEILJAREN, VerdeelParameters

CODES = ("2", "1", "wetsvoorstel", "eigen")
NAMEN = {
    "2": PARAMETERS.cycli[2].naam,
    "1": PARAMETERS.cycli[1].naam,
    "wetsvoorstel": PARAMETERS.wetsvoorstel.naam,
    "eigen": "Eigen totaal",
}


@dataclass(frozen=True)
class Uitgangspunt:
    code: str
    totaal: int
    peiljaar: int
    alpha: float

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise VerdeelFout(
                f"Onbekend uitgangspunt {self.code!r}; kies uit cyclus 1, cyclus 2, wetsvoorstel of eigen."
            )
        VerdeelParameters(self.totaal, self.peiljaar, self.alpha)  # dezelfde grenzen als de verdeling

    # --------------------------------------------------------------------------------------- afgeleid

    @property
    def naam(self) -> str:
        return NAMEN[self.code]

    @property
    def amv(self) -> int | None:
        """amv alleen voor cyclus 1 (8.140 van 96.000) [C]; voor andere cycli onbekend [U]."""
        return int(PARAMETERS.cycli[1].amv.waarde) if self.code == "1" else None

    @property
    def is_gepubliceerd(self) -> bool:
        """Geeft het model hier de gepubliceerde aantallen terug? (cyclus 2 met alpha = 1)"""
        return self.code == "2" and self.alpha == 1.0

    @property
    def cijfers(self) -> str:
        """'zoals gepubliceerd', 'gereconstrueerd' of 'model'."""
        if self.is_gepubliceerd:
            return "zoals gepubliceerd"
        if self.code == "1" and self.alpha == 1.0:
            return "gereconstrueerd"
        if self.code == "wetsvoorstel" and self.alpha == 0.0:
            return "alleen naar inwoners"
        return "model"

    @property
    def label(self) -> str:
        """Korte beschrijving voor titels en bestandsnamen: 'Cyclus 2 (2026–2028), zoals gepubliceerd'."""
        if self.code == "eigen":
            return f"Eigen totaal van {getal(self.totaal)} plekken (inwoners {peildatum(self.peiljaar)})"
        tekst = f"{self.naam}, {self.cijfers}"
        if self.alpha != self.standaard_alpha():
            tekst += f", SES-correctie × {getal(self.alpha, 2)}"
        return tekst

    @property
    def bestandsdeel(self) -> str:
        """Voor bestandsnamen: 'cyclus2', 'cyclus1', 'wetsvoorstel', 'eigen-50000'."""
        return {"2": "cyclus2", "1": "cyclus1", "wetsvoorstel": "wetsvoorstel"}.get(self.code, f"eigen-{self.totaal}")

    def toelichting(self) -> str:
        """Waar de cijfers vandaan komen, in een zin of twee (voor onder een figuur)."""
        if self.code == "2":
            c = PARAMETERS.cycli[2]
            if self.is_gepubliceerd:
                return (
                    f"{c.cijfers_toelichting} Inwoners op 1 januari 2024 komen van het CBS; de kopie van de "
                    "NOS-grafiek voegde ze toe, NOS noemt geen bevolkingsstand."
                )
            return (
                f"Model: {getal(self.totaal)} plekken naar inwoners op {peildatum(self.peiljaar)} met de SES-correctie "
                f"× {getal(self.alpha, 2)} (1 = zoals gepubliceerd, 0 = alleen inwoners)."
            )
        if self.code == "1":
            return PARAMETERS.cycli[1].cijfers_toelichting + (
                "" if self.alpha == 1.0 else f" SES-correctie × {getal(self.alpha, 2)}."
            )
        if self.code == "wetsvoorstel":
            return f"{PARAMETERS.wetsvoorstel.totaal.toelichting}: {getal(self.totaal)} plekken, " + (
                "alleen naar inwoners (vóór het amendement Van Dijk)."
                if self.alpha == 0
                else f"SES-correctie × {getal(self.alpha, 2)}."
            )
        return (
            f"Eigen totaal: model met inwoners op {peildatum(self.peiljaar)} en SES-correctie × {getal(self.alpha, 2)}."
        )

    def bronnen(self) -> list[Bron]:
        """De bronnen van het totaal, de aantallen en de inwoners."""
        b = PARAMETERS.bronnen
        inwoners = b["cbs-kwb-2024"] if self.peiljaar == 2024 else b["cbs-03759ned"]
        correctie = b["nos-nieuwsuur-2025-11"]
        if self.code == "2":
            return [b["kamerbrief-2026D05614"], correctie, inwoners]
        if self.code == "1":
            return [b["stcrt-2024-3320"], correctie, inwoners, b["nieuws-cyclus1"]]
        if self.code == "wetsvoorstel":
            return [b["vng-g40-2023-05"], b["kst-36333-75"], inwoners] + ([correctie] if self.alpha else [])
        return [correctie, inwoners]

    def standaard_alpha(self) -> float:
        return standaard_alpha(self.code)

    def gepubliceerd(self, niveau: str = "gemeente") -> dict[str, int]:
        """Gepubliceerde opgaven die naast dit uitgangspunt horen: voor cyclus 1 de in het nieuws geciteerde
        gemeenten (gemeentecode) en Noord-Brabant (provincie) [R]; anders niets (cyclus 2 ís de publicatie)."""
        if self.code != "1":
            return {}
        if niveau == "provincie":
            return {"Noord-Brabant": int(PARAMETERS.verdeling["noord_brabant_na"].waarde)}
        return PARAMETERS.gepubliceerd_cyclus1_aantallen()

    def herkomstkolommen(self) -> list[str]:
        """['cijfers'] en, bij cyclus 1, 'gepubliceerd': de kolommen die met_herkomst toevoegt."""
        return ["cijfers"] + (["gepubliceerd"] if self.code == "1" else [])

    def met_herkomst(self, tabel, sleutel: str = "gemeentecode", niveau: str = "gemeente"):
        """`tabel` met de kolommen `cijfers` (zoals gepubliceerd, gereconstrueerd, model) en, waar bekend,
        `gepubliceerd` (leeg waar niet bekend); zo draagt elke export haar status mee."""
        uit = tabel.copy()
        uit["cijfers"] = self.cijfers
        bekend = self.gepubliceerd(niveau)
        if bekend:
            uit["gepubliceerd"] = uit[sleutel].map(bekend).astype(float)
        return uit

    def parameters(self) -> VerdeelParameters:
        return VerdeelParameters(totaal=self.totaal, peiljaar=self.peiljaar, alpha=self.alpha, amv=self.amv)

    def argumenten(self) -> list[str]:
        """De command-line-argumenten die dit uitgangspunt opnieuw maken (python -m spreiding ...)."""
        if self.code in ("1", "2"):
            delen = ["--cyclus", self.code]
        elif self.code == "wetsvoorstel":
            delen = ["--cyclus", "wetsvoorstel"]
        else:
            delen = ["--totaal", str(self.totaal), "--peildatum", str(self.peiljaar)]
        if self.alpha != self.standaard_alpha():
            delen += ["--alpha", f"{self.alpha:g}"]
        return delen


def standaard_alpha(code: str) -> float:
    """Wetsvoorstel: 0 (alleen inwoners) [R]; anders 1 (zoals toegepast) [R]."""
    if code == "wetsvoorstel":
        return float(PARAMETERS.wetsvoorstel.alpha.waarde)
    return float(PARAMETERS.verdeling["alpha"].waarde)


def maak(code: str, totaal: int | None = None, peiljaar: int | None = None, alpha: float | None = None) -> Uitgangspunt:
    """Het uitgangspunt `code` ('1', '2', 'wetsvoorstel', 'eigen'); totaal en peiljaar alleen bij 'eigen'."""
    code = str(code).strip().lower().removeprefix("cyclus").strip()
    if code not in CODES:
        raise VerdeelFout(f"Onbekende cyclus {code!r}; kies 1, 2, wetsvoorstel of een eigen totaal.")
    alpha = standaard_alpha(code) if alpha is None else float(alpha)
    if code in ("1", "2"):
        c = PARAMETERS.cycli[int(code)]
        return Uitgangspunt(code, int(c.totaal.waarde), int(c.peiljaar.waarde), alpha)
    if code == "wetsvoorstel":
        w = PARAMETERS.wetsvoorstel
        return Uitgangspunt(code, int(w.totaal.waarde), int(w.peiljaar.waarde), alpha)
    if totaal is None:
        raise VerdeelFout("Geef bij een eigen totaal het aantal plekken op.")
    return Uitgangspunt("eigen", int(totaal), int(peiljaar or PEILJAREN[-1]), alpha)


__all__ = ["CODES", "NAMEN", "Uitgangspunt", "maak", "standaard_alpha", "MAX_TOTAAL", "ALPHA_BEREIK", "PEILJAREN"]
