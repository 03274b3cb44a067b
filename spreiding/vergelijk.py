"""Twee scenario's naast elkaar: wie krijgt er plekken bij, wie minder, en hoeveel (issue 35).

Een scenario is een volledig Uitgangspunt (cyclus of eigen totaal, peildatum, SES-correctie). Per gemeente: de opgave
in A en in B, het verschil B − A en het verschil in procenten van A; per provincie de sommen. Het verschil telt
exact op: de som van B − A over de gemeenten is precies totaal B − totaal A (hele plekken, geen afronding achteraf).
Elke kolom draagt de status van haar cijfers (zoals gepubliceerd, gereconstrueerd, model, alleen naar inwoners), en
een vergelijking van een gereconstrueerd met een gepubliceerd cijfer zegt dat.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .notatie import getal, plekken
from .parameters import PARAMETERS
from .resultaten import Instelling, Verdeelbesluitrij, Vergelijkingsrij
from .uitgangspunt import KORT, Uitgangspunt, maak
from .verdeling import verdeel

#: De cyclus van vandaag en de cyclus ervoor (uit de parameters; de namen van de paren blijven als sleutel in links).
_NU = PARAMETERS.huidige_cyclus()
_VORIGE = PARAMETERS.vorige_cyclus(_NU) or _NU
#: De kant-en-klare paren: naam -> (A, B) als argumenten voor `maak`, elk met cyclus en SES-correctie (alpha).
PAREN: dict[str, tuple[Instelling, Instelling]] = {
    "ses": (Instelling(_NU.code, 1.0), Instelling(_NU.code, 0.0)),
    "cyclus1_2": (Instelling(_VORIGE.code, 1.0), Instelling(_NU.code, 1.0)),
    "wetsvoorstel_2": (Instelling("wetsvoorstel", 1.0), Instelling(_NU.code, 1.0)),
}
PAARNAMEN = {
    "ses": "Zonder SES-correctie",
    "cyclus1_2": f"{_VORIGE.kort} → {_NU.kort.lower()}",
    "wetsvoorstel_2": f"Wetsvoorstel 2023 → {_NU.kort.lower()}",
}
#: Het paar met het verdeelbesluit is geen volledig scenario (het aantal is alleen bekend waar het gerapporteerd of
#: ingevoerd is): A = het verdeelbesluit van december 2024 (wat nu bindt), B = de indicatieve opgave van cyclus 2.
VERDEELBESLUIT = "verdeelbesluit_2"
VERDEELBESLUIT_NAAM = "Verdeelbesluit 2024 → cyclus 2"
#: Standaard: A = cyclus 2 zoals gepubliceerd, B = hetzelfde zonder SES-correctie.
STANDAARD = "ses"


def paar(naam: str) -> tuple[Uitgangspunt, Uitgangspunt]:
    a, b = PAREN[naam]
    return maak(**a._asdict()), maak(**b._asdict())


@dataclass(frozen=True)
class Vergelijking:
    """A en B per gemeente (`gemeenten`) en per provincie (`provincies`): opgave_a, opgave_b, verschil_ab (B − A),
    verschil_ab_pct (t.o.v. A), cijfers_a, cijfers_b."""

    a: Uitgangspunt
    b: Uitgangspunt
    gemeenten: pd.DataFrame
    provincies: pd.DataFrame

    @property
    def totaal_a(self) -> int:
        return int(self.gemeenten["opgave_a"].sum())

    @property
    def totaal_b(self) -> int:
        return int(self.gemeenten["opgave_b"].sum())

    @property
    def verschil_totaal(self) -> int:
        """Totaal B − totaal A; de verschillen per gemeente tellen daar precies toe op."""
        return self.totaal_b - self.totaal_a

    def bronnen(self) -> list:
        """De bronnen van A en van B, elk één keer."""
        return list(dict.fromkeys(self.a.bronnen() + self.b.bronnen()))

    def argumenten(self) -> list[str]:
        """De opties van `python -m spreiding vergelijk` die deze twee scenario's opnieuw maken (--a-…, --b-…)."""

        def met(letter: str, u: Uitgangspunt) -> list[str]:
            # u.argumenten() noemt altijd de cyclus of het totaal: B neemt dan niets van A over
            return [f"--{letter}-{x[2:]}" if x.startswith("--") else x for x in u.argumenten()]

        return met("a", self.a) + met("b", self.b)

    def tellingen(self) -> tuple[int, int, int]:
        """(meer, minder, gelijk): het aantal gemeenten dat er in B plekken bij krijgt, minder krijgt, gelijk blijft."""
        v = self.gemeenten["verschil_ab"]
        return int((v > 0).sum()), int((v < 0).sum()), int((v == 0).sum())

    def meeste(self, erbij: bool, n: int = 10) -> pd.DataFrame:
        """De n gemeenten met het grootste verschil omhoog (erbij) of omlaag, met de naam als tweede sleutel."""
        t = self.gemeenten.sort_values(["verschil_ab", "gemeentenaam"], ascending=[not erbij, True])
        t = t[t["verschil_ab"] > 0] if erbij else t[t["verschil_ab"] < 0]
        return t.head(n).reset_index(drop=True)

    def rij(self, gemeentecode: str | None = None, provincie: str | None = None) -> pd.Series:
        """De rij van een gemeente, een provincie, of (geen van beide) heel Nederland."""
        if gemeentecode:
            return self.gemeenten.loc[self.gemeenten["gemeentecode"] == gemeentecode].iloc[0]
        if provincie:
            return self.provincies.loc[self.provincies["provincie"] == provincie].iloc[0]
        return pd.Series(
            {
                "naam": "Nederland",
                "opgave_a": self.totaal_a,
                "opgave_b": self.totaal_b,
                "verschil_ab": self.totaal_b - self.totaal_a,
                "verschil_ab_pct": _pct(self.totaal_b - self.totaal_a, self.totaal_a),
            }
        )

    def regel(self, gemeentecode: str | None = None, provincie: str | None = None) -> Vergelijkingsrij:
        """`rij` als getypt object, met de naam van de gemeente, de provincie of 'Nederland' in `naam`."""
        r = self.rij(gemeentecode, provincie)
        return Vergelijkingsrij.uit(r.to_dict() | {"naam": r.get("gemeentenaam", r.get("provincie", r.get("naam")))})

    def gemeenten_in(self, provincie: str | None) -> pd.DataFrame:
        """De gemeenten van `provincie`, of alle gemeenten zonder provincie."""
        return self.gemeenten[self.gemeenten["provincie"] == provincie] if provincie else self.gemeenten

    def statuszin(self) -> str:
        """Welke soort cijfers tegenover elkaar staan, en of een reconstructie met een publicatie vergeleken wordt."""

        def met_status(u: Uitgangspunt) -> str:
            return u.label if u.cijfers in u.label else f"{u.label}, {u.cijfers}"

        zin = f"A: {met_status(self.a)}. B: {met_status(self.b)}."
        soorten = {self.a.cijfers, self.b.cijfers}
        if "gereconstrueerd" in soorten and "zoals gepubliceerd" in soorten:
            zin += (
                " Let op: hier staat een gereconstrueerd cijfer (cyclus 1, met het model nagerekend) tegenover een "
                "gepubliceerd cijfer; een deel van het verschil kan uit de reconstructie komen."
            )
        return zin

    def zin(self, gemeentecode: str | None = None, provincie: str | None = None) -> str:
        """Eén citeerbare zin: 'In scenario B krijgt Heerlen 429 plekken, 139 meer dan in scenario A (290), +47,9 %.'"""
        r = self.rij(gemeentecode, provincie)
        naam = r.get("gemeentenaam", r.get("provincie", r.get("naam")))
        a, b, v = int(r["opgave_a"]), int(r["opgave_b"]), int(r["verschil_ab"])
        if v == 0:
            verschil = f"evenveel als in scenario A ({kort_label(self.a)})"
        else:
            verschil = (
                f"{getal(abs(v))} {'meer' if v > 0 else 'minder'} dan de {getal(a)} in scenario A "
                f"({kort_label(self.a)})"
            )
            if a:
                verschil += f": {getal(r['verschil_ab_pct'], 1, teken=True)} %"
        return f"{naam} krijgt in scenario B ({kort_label(self.b)}) {plekken(b)}, {verschil}."


def kort_label(u: Uitgangspunt) -> str:
    """Een scenario in een paar woorden, zonder haakjes (voor een citeerbare zin): 'cyclus 2 zoals gepubliceerd',
    'cyclus 2 zonder SES-correctie', 'eigen totaal van 40.000 plekken, SES-correctie × 0,50'."""
    if u.cyclus == "eigen":
        basis = f"eigen totaal van {plekken(u.totaal)}, inwoners {u.peildatum}"
    else:
        basis = KORT[u.cyclus].lower().replace("wetsvoorstel", "het wetsvoorstel")
        if u.cijfers != "model":
            basis += f" {u.cijfers}"
    if u.alpha != u.standaard_alpha():
        basis += " zonder SES-correctie" if u.alpha == 0 else f", SES-correctie × {getal(u.alpha, 2)}"
    return basis


def _pct(verschil, basis):
    basis = np.asarray(basis, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(basis > 0, 100.0 * np.asarray(verschil, dtype=float) / np.where(basis > 0, basis, 1), np.nan)


def vergelijk(gemeenten: pd.DataFrame, a: Uitgangspunt, b: Uitgangspunt) -> Vergelijking:
    """Vergelijk scenario B met scenario A voor alle gemeenten en provincies."""
    va = verdeel(gemeenten, a.parameters()).set_index("gemeentecode")
    vb = verdeel(gemeenten, b.parameters()).set_index("gemeentecode").reindex(va.index)
    tabel = pd.DataFrame(
        {
            "gemeentecode": va.index.to_numpy(),
            "gemeentenaam": va["gemeentenaam"].to_numpy(),
            "provincie": va["provincie"].to_numpy(),
            "opgave_a": va["opgave"].to_numpy(dtype=np.int64),
            "opgave_b": vb["opgave"].to_numpy(dtype=np.int64),
        }
    )
    tabel["verschil_ab"] = tabel["opgave_b"] - tabel["opgave_a"]
    tabel["verschil_ab_pct"] = _pct(tabel["verschil_ab"], tabel["opgave_a"])
    tabel["cijfers_a"] = a.cijfers
    tabel["cijfers_b"] = b.cijfers
    prov = tabel.groupby("provincie", as_index=False)[["opgave_a", "opgave_b", "verschil_ab"]].sum()
    prov["verschil_ab_pct"] = _pct(prov["verschil_ab"], prov["opgave_a"])
    prov["cijfers_a"] = a.cijfers
    prov["cijfers_b"] = b.cijfers
    tabel = tabel.sort_values(["verschil_ab", "gemeentenaam"], ascending=[False, True]).reset_index(drop=True)
    prov = prov.sort_values(["verschil_ab", "provincie"], ascending=[False, True]).reset_index(drop=True)
    return Vergelijking(a, b, tabel, prov)


GEMEENTEKOLOMMEN = [
    "gemeentecode",
    "gemeentenaam",
    "provincie",
    "opgave_a",
    "opgave_b",
    "verschil_ab",
    "verschil_ab_pct",
    "cijfers_a",
    "cijfers_b",
]
PROVINCIEKOLOMMEN = ["provincie", "opgave_a", "opgave_b", "verschil_ab", "verschil_ab_pct", "cijfers_a", "cijfers_b"]


def met_verdeelbesluit(cyclus2: pd.DataFrame, ingevoerd: dict[str, int] | None = None) -> pd.DataFrame:
    """Per gemeente met een bekend verdeelbesluit (gerapporteerd [R], of door de gebruiker ingevoerd): A = het aantal
    uit het verdeelbesluit van december 2024, B = de indicatieve opgave van cyclus 2 zoals gepubliceerd (`cyclus2`:
    de verdeling van cyclus 2 met alpha 1), B − A en het verschil in procenten van A. Een ingevoerd aantal gaat voor
    een gerapporteerd. Kolom `bron`: waar A vandaan komt."""
    bekend = {
        code: (int(g.waarde), "gerapporteerd", f"{g.bron.zin}: \u201c{g.toelichting}\u201d")
        for code, g in PARAMETERS.verdeelbesluit.items()
    }
    for code, waarde in (ingevoerd or {}).items():
        bekend[code] = (int(waarde), "ingevoerd", "ingevoerd door de gebruiker, uit het eigen verdeelbesluit")
    deel = cyclus2[cyclus2["gemeentecode"].isin(list(bekend))]
    tabel = pd.DataFrame(
        {
            "gemeentecode": deel["gemeentecode"].to_numpy(),
            "gemeentenaam": deel["gemeentenaam"].to_numpy(),
            "provincie": deel["provincie"].to_numpy(),
            "opgave_a": [bekend[c][0] for c in deel["gemeentecode"]],
            "opgave_b": deel["opgave"].to_numpy(dtype=np.int64),
        }
    )
    tabel["verschil_ab"] = tabel["opgave_b"] - tabel["opgave_a"]
    tabel["verschil_ab_pct"] = _pct(tabel["verschil_ab"], tabel["opgave_a"])
    tabel["cijfers_a"] = [bekend[c][1] for c in tabel["gemeentecode"]]
    tabel["cijfers_b"] = "zoals gepubliceerd"
    tabel["bron"] = [bekend[c][2] for c in tabel["gemeentecode"]]
    return tabel.sort_values("gemeentenaam").reset_index(drop=True)


def verdeelbesluit_rij(tabel: pd.DataFrame, gemeentecode: str | None) -> Verdeelbesluitrij | None:
    """De rij van een gemeente in `met_verdeelbesluit`, of None als haar verdeelbesluit niet bekend is."""
    deel = tabel[tabel["gemeentecode"] == gemeentecode]
    return None if deel.empty else Verdeelbesluitrij.uit(deel.iloc[0])


def verdeelbesluit_zin(rij: pd.Series) -> str:
    """'Utrecht: het verdeelbesluit van december 2024 vraagt 1.946 plekken (gerapporteerd); de indicatieve opgave van
    cyclus 2 is 1.843, 103 minder t.o.v. het verdeelbesluit van december 2024 (−5,3 %).'"""
    a, b, v = int(rij["opgave_a"]), int(rij["opgave_b"]), int(rij["verschil_ab"])
    verschil = "evenveel" if v == 0 else f"{getal(abs(v))} {'meer' if v > 0 else 'minder'}"
    pct = f" ({getal(rij['verschil_ab_pct'], 1, teken=True)} %)" if a and v else ""
    return (
        f"{rij['gemeentenaam']}: het verdeelbesluit van december 2024 vraagt {plekken(a)} ({rij['cijfers_a']}); "
        f"de indicatieve opgave van cyclus 2 is {getal(b)}, {verschil} t.o.v. het verdeelbesluit van december "
        f"2024{pct}."
    )


VERDEELBESLUITKOLOMMEN = [*GEMEENTEKOLOMMEN, "bron"]
