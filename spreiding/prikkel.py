"""De prikkel om in fase 1 te wachten: eerlijk aandeel, fase-2-taak en totale last per systeem.

Bronnen: spreiding/parameters/wet.toml ([restregel], [wetsvoorstel]); VNG/G40-positionpaper (mei 2023).
Elk systeem is één object (`Systeem`): code, label, status, bron, uitleg, aanname en zijn regel. De regel geeft
per gemeente de fase-2-taak (onafgerond); `taken` rondt per groep af op hele plekken.

Notatie: q_i eerlijk aandeel (de opgave), w_i verdeelsleutel (inwoners x correctie^alpha; in het wetsvoorstel
alleen inwoners), Q_p provinciale opgave, a_i aanbod in fase 1.
- P (wetsvoorstel, rest per provincie) [U, standaard]: R_p = max(0, Q_p − som_p a), taak_i = R_p x w_i / som_p w.
- N (wetsvoorstel, rest landelijk) [U]: R = max(0, C − som a), taak_i = R x w_i / som w.
  Beide verdelen het restant over álle gemeenten, ook wie al vroeg aanbood: het slechtste geval voor vroege aanbieders.
- VNG/IPO [R]: de provinciale opgave ligt vast; wat in de provincie ontbreekt (M_p = max(0, Q_p − som_p a)) gaat
  alleen naar gemeenten onder hun opgave, naar rato van hun gat g_i = max(0, q_i − a_i), nooit boven dat gat.
- Wet zoals toegepast (verdeelbesluit december 2024) [R; precieze regel U]: M_p gaat alleen naar gemeenten onder
  hun opgave, naar gewicht w_i (inwoners en SES), nooit boven hun gat; overschotten van anderen verlagen zo de taak.
Last_i = a_i + taak_i; vergeleken met q_i.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import herkomst
from .fouten import VerdeelFout
from .notatie import getal, legenda
from .opties import MetOpties, optie, procentoptie
from .parameters import PARAMETERS, Bron
from .resultaten import Landtotaal, Wachtuitkomst
from .toedeling import begrensd_per_groep, heel_per_groep, naar_rato_per_groep


@dataclass(frozen=True)
class Sleutel:
    """De arrays die de regels nodig hebben, één keer uit de verdeling gehaald."""

    q: np.ndarray  # eerlijk aandeel (opgave), hele plekken
    w: np.ndarray  # verdeelsleutel (gewicht)
    groep: np.ndarray  # provincie als 0..G-1
    groepen: int

    @staticmethod
    def van(verdeling: pd.DataFrame) -> Sleutel:
        groep, namen = pd.factorize(verdeling["provincie"], sort=True)
        return Sleutel(
            verdeling["opgave"].to_numpy(dtype=np.int64),
            verdeling["gewicht"].to_numpy(dtype=float),
            np.asarray(groep, dtype=np.int64),
            len(namen),
        )

    def deel(self, i: int) -> tuple[Sleutel, np.ndarray]:
        """Alleen de provincie van gemeente i (voor per-provincieregels verandert de rest niets aan haar taak):
        (sleutel van die provincie, indexen van haar gemeenten in de volledige tabel)."""
        leden = np.flatnonzero(self.groep == self.groep[i])
        return Sleutel(self.q[leden], self.w[leden], np.zeros(leden.size, dtype=np.int64), 1), leden

    def ontbreekt_per_groep(self, aanbod: np.ndarray) -> np.ndarray:
        """M_p = max(0, Q_p − som_p aanbod)."""
        return np.maximum(0.0, np.bincount(self.groep, weights=self.q - aanbod, minlength=self.groepen))


def _rest_per_provincie(s: Sleutel, a: np.ndarray) -> np.ndarray:
    return naar_rato_per_groep(s.w, s.ontbreekt_per_groep(a), s.groep)


def _rest_landelijk(s: Sleutel, a: np.ndarray) -> np.ndarray:
    rest = np.array([max(0.0, float(s.q.sum() - a.sum()))])
    return naar_rato_per_groep(s.w, rest, np.zeros(s.q.size, dtype=np.int64))


def _vng(s: Sleutel, a: np.ndarray) -> np.ndarray:
    gat = np.maximum(0, s.q - a).astype(float)
    return begrensd_per_groep(s.ontbreekt_per_groep(a), gat, gat, s.groep)  # naar rato van het gat, plafond = gat


def _wet(s: Sleutel, a: np.ndarray) -> np.ndarray:
    gat = np.maximum(0, s.q - a).astype(float)
    return begrensd_per_groep(s.ontbreekt_per_groep(a), np.where(gat > 0, s.w, 0.0), gat, s.groep)


@dataclass(frozen=True)
class Systeem:
    """Een systeem voor fase 2: wat het is, waar het vandaan komt, en zijn regel."""

    code: str
    label: str
    kort: str
    status: str
    bron: Bron
    uitleg: str
    aanname: str
    regel: Callable[[Sleutel, np.ndarray], np.ndarray]
    landelijk: bool = False  # rondt af over heel Nederland (N) in plaats van per provincie
    #: wat het systeem is, als het geen wet was: 'voorstel' (VNG/IPO, nooit ingevoerd); leeg: de status zegt het
    soort: str = ""
    #: "nooit ingevoerd" of "voorstel, nooit ingevoerd" voor een systeem dat nooit gold; leeg voor wat geldt
    stand: str = ""

    @property
    def legenda(self) -> str:
        """De naam in een legenda: 'Wetsvoorstel (P), nooit ingevoerd', 'VNG/IPO, voorstel, nooit ingevoerd'."""
        return legenda(self.kort, self.stand)

    def taken(self, s: Sleutel, aanbod: np.ndarray) -> np.ndarray:
        """Fase-2-taak per gemeente in hele plekken (som per provincie, of landelijk, exact)."""
        aanbod = _controleer_aanbod(s, aanbod)
        quota = self.regel(s, aanbod)
        if self.landelijk:
            return heel_per_groep(quota, np.zeros(s.q.size, dtype=np.int64), 1)
        return heel_per_groep(quota, s.groep, s.groepen)


_B = PARAMETERS.bronnen
SYSTEMEN: dict[str, Systeem] = {
    s.code: s
    for s in (
        Systeem(
            "P",
            "Wetsvoorstel 2023, restant per provincie (P)",
            "Wetsvoorstel (P)",
            "U",
            _B["vng-g40-2023-05"],
            "Wat een provincie na fase 1 tekortkomt, wordt over al haar gemeenten verdeeld naar inwoners, ook over "
            "wie al aanbood.",
            "De precieze restregel van het wetsvoorstel is niet bekend; het positionpaper noemt de provinciale "
            "regietafels. "
            "Dat fase 2 vroeg aanbod negeert, is het slechtste geval voor vroege aanbieders.",
            _rest_per_provincie,
            stand="nooit ingevoerd",
        ),
        Systeem(
            "N",
            "Wetsvoorstel 2023, restant landelijk (N)",
            "Wetsvoorstel (N)",
            "U",
            _B["vng-g40-2023-05"],
            "Wat landelijk na fase 1 ontbreekt, wordt over alle gemeenten verdeeld naar inwoners, ook over wie al "
            "aanbood.",
            "Variant: de restregel is niet bekend. Dat fase 2 vroeg aanbod negeert, is het slechtste geval voor "
            "vroege aanbieders.",
            _rest_landelijk,
            landelijk=True,
            stand="nooit ingevoerd",
        ),
        Systeem(
            "VNG",
            "VNG/IPO-alternatief (vaste opgave)",
            "VNG/IPO",
            "R",
            _B["vng-g40-2023-05"],
            "De provinciale opgave ligt vast. Wat in de provincie ontbreekt, gaat alleen naar gemeenten onder hun "
            "opgave, "
            "naar rato van hun tekort en nooit daarboven.",
            "Uitwerking door dit dashboard van het positionpaper (mei 2023); geen wettekst.",
            _vng,
            soort="voorstel",
            stand="voorstel, nooit ingevoerd",
        ),
        Systeem(
            "wet",
            "Wet zoals toegepast (verdeelbesluit dec. 2024)",
            "Wet (2024)",
            "R",
            _B["nieuws-verdeelbesluit-2024"],
            "Het tekort van een provincie gaat alleen naar gemeenten onder hun opgave, naar inwoners en SES, nooit "
            "boven hun tekort; "
            "wie meer doet dan zijn opgave, verlaagt zo de taak van de anderen.",
            "Gerapporteerd over het verdeelbesluit van december 2024; de precieze rekenregel is een aanname.",
            _wet,
        ),
    )
}
STANDAARD_SYSTEEM = "P"


def systeem(code: str) -> Systeem:
    try:
        return SYSTEMEN[code]
    except KeyError:
        raise VerdeelFout(f"Onbekend systeem {code!r}; kies uit {', '.join(SYSTEMEN)}.") from None


def _controleer_aanbod(s: Sleutel, aanbod: np.ndarray) -> np.ndarray:
    aanbod = np.asarray(aanbod)
    if aanbod.shape != s.q.shape:
        raise VerdeelFout("Het aanbod moet één getal per gemeente zijn.")
    if not np.all(np.isfinite(aanbod.astype(float))) or np.any(aanbod < 0):
        raise VerdeelFout("Aanbod moet een eindig aantal plekken van 0 of meer zijn.")
    return aanbod.astype(np.int64)


# ------------------------------------------------------------------------------------------ scenario


def scenario_zin(s: Scenario) -> str:
    """Het scenario in woorden ('50 % van de andere gemeenten (willekeurig gekozen) vroeg 100 % van hun aandeel
    aanbiedt')."""
    if s.soort == "huidig":
        welke = "reguliere en noodplekken" if s.nood else "reguliere plekken"
        return f"elke andere gemeente haar huidige {welke} ({herkomst.plekken_peil()}) aanbiedt"
    return (
        f"{getal(s.deelname * 100)} % van de andere gemeenten ({KEUZES[s.keuze]}) vroeg {getal(s.omvang * 100)} % "
        "van hun aandeel aanbiedt"
    )


KEUZES = {"willekeurig": "willekeurig gekozen", "grootste": "de grootste gemeenten"}
#: De soorten scenario, met hun naam op het scherm (en in de link: scenario=Een deel biedt vroeg aan).
SOORTEN = {"uniform": "Een deel biedt vroeg aan", "huidig": f"Huidige plekken ({herkomst.plekken_peil()})"}
_ALLEEN_UNIFORM = (("soort", ("uniform",)),)


@dataclass(frozen=True)
class Scenario(MetOpties):
    """Wat de andere gemeenten in fase 1 aanbieden.

    soort 'uniform': een deel (deelname) van de andere gemeenten biedt `omvang` x hun eerlijk aandeel aan;
        wie, bepaalt `keuze` ('willekeurig' met `seed`, of 'grootste' naar inwoners).
    soort 'huidig': elke gemeente biedt haar huidige reguliere plekken aan (nov. 2025), met `nood` ook de noodplekken.
    """

    soort: str = optie(
        "uniform", label="Wat doen de andere gemeenten in fase 1?", url="scenario", vlag="--scenario", keuzes=SOORTEN
    )
    deelname: float = procentoptie(
        0.5,
        label="Deel van de andere gemeenten dat vroeg aanbiedt",
        url="deelname",
        alleen=_ALLEEN_UNIFORM,
    )
    omvang: float = procentoptie(
        1.0,
        label="Hoeveel zij aanbieden (van hun eerlijke aandeel)",
        url="omvang",
        hoogste=3,
        stap=10,
        scherm=(0, 200),
        alleen=_ALLEEN_UNIFORM,
    )
    keuze: str = optie("willekeurig", label="Wie biedt aan?", url="keuze", keuzes=KEUZES, alleen=_ALLEEN_UNIFORM)
    seed: int = optie(
        1,
        label="Toevalsstart",
        url="toevalsstart",
        oud=("seed",),
        hoogste=10_000,
        hulp="Welke gemeenten 'willekeurig' aanbieden; dezelfde start geeft dezelfde keuze.",
        alleen=(*_ALLEEN_UNIFORM, ("keuze", ("willekeurig",))),
    )
    nood: bool = optie(
        False,
        label="Ook noodplekken als aanbod tellen",
        url="nood",
        hulp="Standaard alleen reguliere plekken (de beste benadering van wat meetelt).",
        alleen=(("soort", ("huidig",)),),
    )

    def aanbod(self, verdeling: pd.DataFrame, behalve: str | None = None) -> np.ndarray:
        """Aanbod in fase 1 per gemeente (hele plekken); `behalve` biedt 0 aan."""
        n = len(verdeling)
        codes = verdeling["gemeentecode"].to_numpy()
        if self.soort == "huidig":
            aanbod = verdeling["regulier"].to_numpy(dtype=np.int64).copy()
            if self.nood:
                aanbod += verdeling["nood"].to_numpy(dtype=np.int64)
        else:
            kandidaten = np.flatnonzero(codes != behalve)
            aantal = int(round(self.deelname * len(kandidaten)))
            if self.keuze == "grootste":
                volgorde = kandidaten[np.argsort(-verdeling["inwoners"].to_numpy()[kandidaten], kind="stable")]
                gekozen = volgorde[:aantal]
            else:
                gekozen = np.random.default_rng(self.seed).choice(kandidaten, size=aantal, replace=False)
            aanbod = np.zeros(n, dtype=np.int64)
            aanbod[gekozen] = np.rint(self.omvang * verdeling["opgave"].to_numpy()[gekozen]).astype(np.int64)
        if behalve is not None:
            aanbod[codes == behalve] = 0
        return aanbod


# ---------------------------------------------------------------------------------------- uitkomsten


def _index(verdeling: pd.DataFrame, gemeentecode: str) -> int:
    treffers = np.flatnonzero(verdeling["gemeentecode"].to_numpy() == gemeentecode)
    if treffers.size == 0:
        raise VerdeelFout(f"Onbekende gemeentecode: {gemeentecode}.")
    return int(treffers[0])


def _taak_van(sys_: Systeem, s: Sleutel, aanbod: np.ndarray, i: int) -> int:
    """De taak van gemeente i; per provincie gerekend als het systeem per provincie werkt (zelfde uitkomst, sneller)."""
    if sys_.landelijk:
        return int(sys_.taken(s, aanbod)[i])
    deel, leden = s.deel(i)
    return int(sys_.taken(deel, aanbod[leden])[int(np.flatnonzero(leden == i)[0])])


def lasten(verdeling: pd.DataFrame, aanbod: np.ndarray, systeemcode: str) -> pd.DataFrame:
    """Per gemeente: eerlijk aandeel, aanbod, taak, last en last_min_aandeel (last − eerlijk aandeel)."""
    s = Sleutel.van(verdeling)
    taak = systeem(systeemcode).taken(s, aanbod)
    uit = verdeling[["gemeentecode", "gemeentenaam", "provincie", "inwoners"]].copy()
    uit["eerlijk_aandeel"] = s.q
    uit["aanbod"] = np.asarray(aanbod, dtype=np.int64)
    uit["taak"] = taak
    uit["last"] = uit["aanbod"] + uit["taak"]
    uit["last_min_aandeel"] = uit["last"] - uit["eerlijk_aandeel"]
    return uit


def wachten_of_vroeg(
    verdeling: pd.DataFrame, gemeentecode: str, aanbod_anderen: np.ndarray, systemen=tuple(SYSTEMEN)
) -> pd.DataFrame:
    """Per systeem, bij hetzelfde gedrag van de anderen: de last van de gemeente als zij wacht (aanbod 0) en als zij
    vroeg haar eerlijk aandeel aanbiedt, en beide verschillen met dat aandeel.

    gat_wachter = last(wachten) − q (negatief: de wachter draagt minder dan haar aandeel);
    gat_vroeg = last(vroeg) − q (positief: de vroege aanbieder krijgt er een taak bij)."""
    i = _index(verdeling, gemeentecode)
    s = Sleutel.van(verdeling)
    q = int(s.q[i])
    aanbod = np.asarray(aanbod_anderen, dtype=np.int64).copy()
    rijen = []
    for code in systemen:
        sys_ = systeem(code)
        aanbod[i] = 0
        wachten = int(_taak_van(sys_, s, aanbod, i))
        aanbod[i] = q
        vroeg = q + int(_taak_van(sys_, s, aanbod, i))
        rijen.append(
            {
                "systeem": code,
                "eerlijk_aandeel": q,
                "last_wachten": wachten,
                "last_vroeg": vroeg,
                "gat_wachter": wachten - q,
                "gat_vroeg": vroeg - q,
                "wachten_loont": wachten < q,
            }
        )
    return pd.DataFrame(rijen)


def curve(
    verdeling: pd.DataFrame, gemeentecode: str, aanbod_anderen: np.ndarray, systemen=tuple(SYSTEMEN), punten: int = 21
) -> pd.DataFrame:
    """Last van één gemeente als functie van haar eigen aanbod, van 0 tot twee keer haar aandeel."""
    i = _index(verdeling, gemeentecode)
    s = Sleutel.van(verdeling)
    q = int(s.q[i])
    eigen = np.unique(np.rint(np.linspace(0, 2 * q, punten)).astype(np.int64))
    aanbod = np.asarray(aanbod_anderen, dtype=np.int64).copy()
    rijen = []
    for a in eigen:
        aanbod[i] = a
        for code in systemen:
            taak = int(_taak_van(systeem(code), s, aanbod, i))
            rijen.append(
                {"eigen_aanbod": int(a), "systeem": code, "taak": taak, "last": int(a) + taak, "eerlijk_aandeel": q}
            )
    return pd.DataFrame(rijen)


def heel_land(verdeling: pd.DataFrame, aanbod: np.ndarray, systeemcode: str) -> tuple[pd.DataFrame, Landtotaal]:
    """Het beeld voor heel Nederland bij dit aanbod: per provincie wie onder en wie boven zijn eerlijk aandeel
    eindigt, en wat vroege aanbieders er in fase 2 bij krijgen.

    Per provincie: wachters (aanbod 0), onder (last < aandeel), plekken_onder (som aandeel − last over wie onder
    blijft),
    extra_taak_vroeg (som fase-2-taak van wie al minstens zijn aandeel aanbood), boven (som last − aandeel > 0)."""
    s = Sleutel.van(verdeling)
    aanbod = _controleer_aanbod(s, aanbod).astype(np.int64)
    taak = systeem(systeemcode).taken(s, aanbod).astype(np.int64)
    q = s.q
    last = aanbod + taak
    verschil = last - q
    onder, vroeg, wachter = verschil < 0, aanbod >= q, aanbod == 0
    kolommen = {
        "wachter": wachter.astype(np.int64),
        "onder": onder.astype(np.int64),
        "plekken_onder": np.where(onder, -verschil, 0),
        "extra_taak_vroeg": np.where(vroeg, taak, 0),
        "boven": np.maximum(0, verschil),
        "eerlijk_aandeel": q,
        "last": last,
    }
    # sommen per provincie in alfabetische volgorde (numpy: pandas' groupby kostte per systeem ~15 ms; issue 34)
    namen, groep = np.unique(verdeling["provincie"].to_numpy(dtype=object), return_inverse=True)
    per_prov = pd.DataFrame(
        {"provincie": namen}
        | {k: np.bincount(groep, weights=v, minlength=len(namen)).round().astype(np.int64) for k, v in kolommen.items()}
    )
    samen = Landtotaal(
        **{
            "gemeenten": int(len(q)),
            "wachters": int(wachter.sum()),
            "wachters_onder": int((wachter & onder).sum()),
            "onder": int(onder.sum()),
            "plekken_onder": int(kolommen["plekken_onder"].sum()),
            "extra_taak_vroeg": int(kolommen["extra_taak_vroeg"].sum()),
            "vroeg_met_extra_taak": int((vroeg & (taak > 0)).sum()),
            "aanbod": int(aanbod.sum()),
            "last": int(last.sum()),
            "opgave": int(q.sum()),
        }
    )
    return per_prov, samen


def voor_systeem(uitkomst: pd.DataFrame, systeem: str) -> Wachtuitkomst:
    """De regel van één systeem uit `wachten_of_vroeg`."""
    return Wachtuitkomst.uit(uitkomst.set_index("systeem").loc[systeem].to_dict() | {"systeem": systeem})


def met_labels(uitkomst: pd.DataFrame, kort: bool = False) -> pd.DataFrame:
    """De uitkomst met de naam van elk systeem in plaats van zijn code (`kort`: de korte naam met 'nooit ingevoerd'
    waar het systeem nooit gold, voor een telefoon; issue 32)."""
    naam = (lambda c: SYSTEMEN[c].legenda) if kort else (lambda c: SYSTEMEN[c].label)
    return uitkomst.assign(systeem=uitkomst["systeem"].map(naam))


def zonder_gemeente(aanbod: np.ndarray, verdeling: pd.DataFrame, gemeente: str | None) -> np.ndarray:
    """Het aanbod van de andere gemeenten: een kopie, met dat van `gemeente` op 0."""
    uit = np.array(aanbod, copy=True)
    if gemeente:
        uit[verdeling["gemeentecode"].to_numpy() == gemeente] = 0
    return uit


def aanbod_samenvatting(aanbod: np.ndarray) -> tuple[int, int]:
    """(plekken, gemeenten met aanbod)."""
    return int(np.sum(aanbod)), int(np.count_nonzero(aanbod))
