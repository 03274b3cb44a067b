"""De wettelijke en gepubliceerde waarden, als gedateerde, geciteerde gegevens in bevroren dataclasses.

De bestanden in deze map, elk over één onderwerp:
- bronnen.toml    de bronnen (titel, uitgever, datum, link, korte vermelding);
- wet.toml        wet, regeling en bedragen (wetsvoorstel, restregel, verdeling, plekken, bonus);
- cycli.toml      cycli als periodes, wat per cyclus geldt, tijdlijn, stand van de wet, aanvraagtermijnen en de
                  gepubliceerde aantallen van cyclus 1;
- citaten.toml    korte citaten uit de brondocumenten;
- controles.toml  de CBS-landtotalen waarop de databouw toetst.

Zoals bij PolicyEngine en OpenFisca is een parameter een reeks waarden naar datum, met label, eenheid en
referenties (bron en artikel). Daarbij heeft hier elke waarde een status: C = officiële tekst, R = gerapporteerd,
U = aanname van dit dashboard. Een datum die de bron niet op de dag noemt ("voorjaar 2024") is een `Datum` met
een begin, een eind en een weergave. De bestanden worden één keer gelezen (`PARAMETERS`).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..fouten import DataFout
from ..notatie import datum as datum_tekst

MAP = Path(__file__).resolve().parent
BESTANDEN = ("bronnen.toml", "wet.toml", "cycli.toml", "citaten.toml", "controles.toml")

STATUSSEN = {
    "C": "officieel",
    "R": "gerapporteerd",
    "U": "aanname",
}


@dataclass(frozen=True)
class Bron:
    """Een document, bericht of gegevensbestand waar een waarde vandaan komt."""

    sleutel: str
    titel: str
    uitgever: str
    datum: str
    soort: str
    url: str | None = None
    bestand: str | None = None  # nummer van het brondocument (000-004) in de map met brondocumenten
    zin: str | None = None  # de vermelding in een zin, bijv. "CBS, 1 januari 2024"

    def kort(self) -> str:
        """'uitgever (datum)', bijv. voor een bronregel onder een figuur."""
        return f"{self.uitgever} ({self.datum})"

    def vermelding(self) -> str:
        """De bron in een zin: `zin`, anders 'uitgever (datum)'."""
        return self.zin or self.kort()


@dataclass(frozen=True)
class Datum:
    """Een dag (van == tot), of een periode als de bron geen dag noemt; `weergave` is hoe de bron het zegt."""

    van: date
    tot: date
    weergave: str | None = None

    @property
    def precies(self) -> bool:
        return self.van == self.tot

    def tekst(self) -> str:
        return self.weergave or datum_tekst(self.van)


@dataclass(frozen=True)
class Referentie:
    bron: Bron
    artikel: str | None = None


@dataclass(frozen=True)
class Gegeven:
    """Eén waarde van een parameter, met de dag waarop zij gaat gelden, haar status en bron."""

    sleutel: str
    waarde: Any  # None: niet bekend
    status: str
    bron: Bron
    toelichting: str = ""
    van: date | None = None
    label: str = ""
    eenheid: str = ""

    @property
    def status_label(self) -> str:
        return STATUSSEN[self.status]

    @property
    def is_aanname(self) -> bool:
        return self.status == "U"


@dataclass(frozen=True)
class Parameter:
    """Een parameter: label, eenheid, referenties en waarden naar datum (oplopend). Zonder datum gelezen gedraagt
    hij zich als zijn laatste waarde (`waarde`, `status`, `bron`, `toelichting`)."""

    sleutel: str
    label: str
    eenheid: str
    referenties: tuple[Referentie, ...]
    waarden: tuple[Gegeven, ...]

    def op(self, dag: date) -> Gegeven | None:
        """De waarde die op `dag` geldt (de laatste met `van` <= dag), of None vóór de eerste."""
        geldig = [w for w in self.waarden if w.van <= dag]
        return geldig[-1] if geldig else None

    @property
    def laatste(self) -> Gegeven:
        return self.waarden[-1]

    waarde = property(lambda self: self.laatste.waarde)
    status = property(lambda self: self.laatste.status)
    bron = property(lambda self: self.laatste.bron)
    toelichting = property(lambda self: self.laatste.toelichting)
    status_label = property(lambda self: self.laatste.status_label)
    is_aanname = property(lambda self: self.laatste.is_aanname)


@dataclass(frozen=True)
class Cyclus:
    """Een cyclus is een periode [begin, einde); wat erin geldt, komt uit de parameters per cyclus. `code` is de
    sleutel die ook in de link, op de command line en in uitgangspunt.Uitgangspunt.cyclus staat ('1', '2')."""

    code: str
    naam: str
    kort: str
    totaal: Gegeven
    peildatum: Gegeven
    cijfers: str  # "gepubliceerd" of "gereconstrueerd"
    cijfers_toelichting: str
    begin: date
    einde: date
    amv: Gegeven | None = None
    #: hoe een vergelijking de aantallen van deze cyclus als basis noemt ('de indicatieve opgave van januari 2024');
    #: leeg: de korte naam ('cyclus 2')
    als_basis: str = ""
    bron: Bron | None = None  # waar de aantallen per gemeente en de huidige plekken vandaan komen
    #: gemeentecode -> de aantallen van deze cyclus zoals in het nieuws geciteerd [R] (cyclus 1), anders leeg
    gepubliceerd: dict[str, Gegeven] = field(default_factory=dict, repr=False)
    #: provincie -> gepubliceerde provinciale opgave van deze cyclus [R], waar bekend
    gepubliceerd_provincie: dict[str, Gegeven] = field(default_factory=dict, repr=False)
    #: provincie -> wat zij in deze cyclus nog nodig heeft volgens het ministerie [R], waar gerapporteerd
    nog_nodig: dict[str, Gegeven] = field(default_factory=dict, repr=False)

    @property
    def is_gepubliceerd(self) -> bool:
        """Zijn de aantallen per gemeente van deze cyclus gepubliceerd (en dus de bron van de correctiefactor)?"""
        return self.cijfers == "gepubliceerd"

    def loopt_op(self, dag: date) -> bool:
        return self.begin <= dag < self.einde

    def op(self, parameter: Parameter) -> Gegeven | None:
        """De waarde van een parameter per cyclus in deze cyclus (op haar eerste dag)."""
        return parameter.op(self.begin)


@dataclass(frozen=True)
class Wetsvoorstel:
    naam: str
    kort: str
    totaal: Parameter
    amv: Parameter
    peildatum: Parameter
    alpha: Parameter


@dataclass(frozen=True)
class Stap:
    """Een stap van een cyclus: een dag of periode (`datum`), met een eind (`tot`) als het een tijdvak is."""

    cyclus: str
    stap: str
    datum: Datum
    status: str
    bron: Bron
    tot: Datum | None = None
    toelichting: str = ""

    def kort(self, tekens: int = 48) -> str:
        """De stap in hooguit `tekens` tekens (met '…' als hij langer is), voor een label in een figuur."""
        return self.stap if len(self.stap) <= tekens else self.stap[:tekens] + "…"

    @property
    def wanneer(self) -> str:
        """'1 februari 2024', 'medio 2027' of '1 februari 2024 – oktober 2024'."""
        return self.datum.tekst() + (f" – {self.tot.tekst()}" if self.tot else "")

    @property
    def begin(self) -> date:
        return self.datum.van

    @property
    def einde(self) -> date | None:
        """De laatste dag van de stap als die een periode is (een tijdvak, of een onzekere datum), anders None."""
        if self.tot is not None:
            return self.tot.tot
        return None if self.datum.precies else self.datum.tot

    def voorbij(self, dag: date) -> bool:
        """Is de stap op `dag` helemaal voorbij?"""
        return (self.einde or self.begin) < dag


@dataclass(frozen=True)
class Gebeurtenis:
    datum: Datum
    gebeurtenis: str
    bron: Bron


@dataclass(frozen=True)
class Aanvraagtermijn:
    """Tot wanneer een college de bonus van de regeling 2024 voor een cyclus kan aanvragen (art. 3, vierde lid)."""

    cyclus: str
    voor: date  # de aanvraag moet vóór deze datum binnen zijn
    status: str
    bron: Bron
    toelichting: str


@dataclass(frozen=True)
class Citaat:
    sleutel: str
    tekst: str
    bron: Bron


class Groep(dict):
    """Een groep parameters (verdeling, bonus, …): een dict waarvan elke parameter ook een attribuut is
    (`PARAMETERS.bonus.drempel`), zodat een pagina niet met een tekstsleutel in een tabel grijpt."""

    def __getattr__(self, naam: str):
        try:
            return self[naam]
        except KeyError:
            raise AttributeError(naam) from None


@dataclass(frozen=True)
class Parameters:
    bronnen: dict[str, Bron]
    cycli: dict[str, Cyclus]
    wetsvoorstel: Wetsvoorstel
    verdeling: Groep
    restregel: Groep
    plekken: Groep
    #: gemeentecode -> het aantal uit het verdeelbesluit van december 2024 [R], met bron en citaat (toelichting)
    verdeelbesluit: dict[str, Gegeven]
    bonus: Groep
    cbs: Groep
    tijdlijn: tuple[Stap, ...]
    status_wet: tuple[Gebeurtenis, ...]
    citaten: dict[str, Citaat]
    bonus_aanvraag: tuple[Aanvraagtermijn, ...] = ()
    parameters: dict[str, Parameter] = field(default_factory=dict, repr=False)

    def bron(self, sleutel: str) -> Bron:
        """De bron met deze sleutel uit bronnen.toml (bijv. 'stcrt-2024-3349')."""
        return self.bronnen[sleutel]

    def citaat(self, sleutel: str) -> Citaat:
        return self.citaten[sleutel]

    def alle_gegevens(self) -> tuple[Gegeven, ...]:
        """Elke gedateerde waarde (voor docs/bronnen.md en de bronnenpagina)."""
        return (
            tuple(w for p in self.parameters.values() for w in p.waarden)
            + tuple(g for c in self.cycli.values() for g in c.gepubliceerd.values())
            + tuple(self.verdeelbesluit.values())
            + tuple(g for c in self.cycli.values() for g in c.nog_nodig.values())
        )

    @property
    def bronnen_tot(self) -> date:
        """Tot welke datum de stand van de wet in de brondocumenten reikt (het eind van de laatste gebeurtenis)."""
        return max(g.datum.tot for g in self.status_wet)

    # ------------------------------------------------------ cycli: wat geldt op een datum (zoals OpenFisca's periode)

    @property
    def cycli_nieuwste_eerst(self) -> tuple[Cyclus, ...]:
        return tuple(sorted(self.cycli.values(), key=lambda c: c.begin, reverse=True))

    def cyclus_op(self, dag: date) -> Cyclus | None:
        """De cyclus die op `dag` loopt, of None (vóór de eerste of na de laatste)."""
        return next((c for c in self.cycli.values() if c.loopt_op(dag)), None)

    def huidige_cyclus(self, dag: date | None = None) -> Cyclus:
        """De cyclus van vandaag (of `dag`); na de laatste bekende cyclus die laatste, vóór de eerste de eerste."""
        dag = dag or date.today()
        gestart = [c for c in self.cycli_nieuwste_eerst if c.begin <= dag]
        return self.cyclus_op(dag) or (gestart[0] if gestart else self.cycli_nieuwste_eerst[-1])

    @property
    def gepubliceerde_cyclus(self) -> Cyclus:
        """De (nieuwste) cyclus waarvan de aantallen per gemeente gepubliceerd zijn: de bron van de correctiefactor
        en van de huidige plekken in data/."""
        return next(c for c in self.cycli_nieuwste_eerst if c.is_gepubliceerd)

    def vorige_cyclus(self, cyclus: Cyclus) -> Cyclus | None:
        eerder = [c for c in self.cycli_nieuwste_eerst if c.begin < cyclus.begin]
        return eerder[0] if eerder else None

    def gerapporteerd(self, cyclus: Cyclus, sleutel: str) -> Gegeven | None:
        """Een gerapporteerde waarde (bijv. 'nog_te_realiseren_gerapporteerd') van `cyclus` zelf, of None: een
        waarde van een eerdere cyclus geldt niet voor een volgende."""
        g = cyclus.op(self.parameters[f"cyclus.{sleutel}"])
        return g if g is not None and g.van is not None and g.van >= cyclus.begin else None


# ------------------------------------------------------------------------------------------------ lezen


class _Lezer:
    def __init__(self, bestand: str, bronnen: dict[str, Bron]):
        self.bestand = bestand
        self.bronnen = bronnen

    def fout(self, tekst: str) -> DataFout:
        return DataFout(f"parameters/{self.bestand}: {tekst}")

    def bron(self, sleutel: Any, waar: str) -> Bron:
        if sleutel not in self.bronnen:
            raise self.fout(f"{waar} verwijst naar een onbekende bron {sleutel!r}.")
        return self.bronnen[sleutel]

    def status(self, status: Any, waar: str) -> str:
        if not isinstance(status, str) or status not in STATUSSEN:
            raise self.fout(f"{waar} heeft geen geldige status (C, R of U): {status!r}.")
        return status

    def gepubliceerd(self, cyc: dict, naam: str) -> dict[str, Gegeven]:
        """De in het nieuws geciteerde aantallen per gemeente van een cyclus (tabel `naam` in cycli.toml)."""
        if naam not in cyc:
            raise self.fout(f"de tabel {naam} ontbreekt.")
        g = cyc[naam]
        bron = self.bron(g["referenties"][0]["bron"], naam)
        return {
            code: Gegeven(
                f"{naam}.{code}",
                v["waarde"],
                self.status(g["status"], naam),
                bron,
                v["naam"],
                self.dag(g["van"], naam),
                g["label"],
                g["eenheid"],
            )
            for code, v in g["gemeenten"].items()
        }

    def dag(self, ruw: Any, waar: str) -> date:
        if not isinstance(ruw, date):
            raise self.fout(f"{waar} is geen datum (jjjj-mm-dd): {ruw!r}.")
        return ruw

    def datum(self, ruw: Any, waar: str) -> Datum:
        """2024-02-01, of { van, tot, weergave } voor een periode."""
        if isinstance(ruw, date):
            return Datum(ruw, ruw)
        if isinstance(ruw, dict) and set(ruw) <= {"van", "tot", "weergave"} and "van" in ruw and "tot" in ruw:
            d = Datum(self.dag(ruw["van"], waar), self.dag(ruw["tot"], waar), ruw.get("weergave"))
            if d.tot < d.van:
                raise self.fout(f"{waar}: de periode eindigt vóór zij begint.")
            return d
        raise self.fout(f"{waar} is geen datum of periode {{ van, tot, weergave }}: {ruw!r}.")

    def gerapporteerd(self, ruw: dict, sectie: str, soort: str) -> dict[str, Gegeven]:
        """Een gerapporteerd getal per gemeente of provincie, elk met een eigen bron en citaat (toelichting):
        [sectie] met label, eenheid, van en status, en [sectie.soort] met { waarde, bron, citaat, naam? }."""
        s = ruw[sectie]
        return {
            sleutel: Gegeven(
                f"{sectie}.{sleutel}",
                v["waarde"],
                self.status(s["status"], sectie),
                self.bron(v["bron"], f"{sectie}.{sleutel}"),
                v["citaat"],
                self.dag(s["van"], sectie),
                f"{s['label']}: {v.get('naam', sleutel)}",
                s["eenheid"],
            )
            for sleutel, v in s[soort].items()
        }

    def parameter(self, sleutel: str, ruw: Any) -> Parameter:
        if not isinstance(ruw, dict) or not {"label", "eenheid", "referenties", "waarden"} <= set(ruw):
            raise self.fout(f"{sleutel} mist label, eenheid, referenties of waarden.")
        referenties = tuple(Referentie(self.bron(r.get("bron"), sleutel), r.get("artikel")) for r in ruw["referenties"])
        if not referenties or not ruw["waarden"]:
            raise self.fout(f"{sleutel} heeft geen referentie of geen waarde.")
        waarden = []
        for i, w in enumerate(ruw["waarden"]):
            waar = f"{sleutel}, waarde {i + 1}"
            bron = self.bron(w["bron"], waar) if "bron" in w else referenties[0].bron
            waarden.append(
                Gegeven(
                    sleutel,
                    w.get("waarde"),
                    self.status(w.get("status"), waar),
                    bron,
                    w.get("toelichting", ""),
                    self.dag(w.get("van"), waar),
                    ruw["label"],
                    ruw["eenheid"],
                )
            )
        if any(a.van >= b.van for a, b in zip(waarden, waarden[1:])):
            raise self.fout(f"{sleutel}: de waarden staan niet op oplopende datum.")
        return Parameter(sleutel, ruw["label"], ruw["eenheid"], referenties, tuple(waarden))


def _lees_bestanden(map_: Path) -> dict[str, dict]:
    ruw = {}
    for naam in BESTANDEN:
        try:
            ruw[naam] = tomllib.loads((map_ / naam).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as fout:
            raise DataFout(f"Het parameterbestand {naam} is onleesbaar: {fout}") from fout
    return ruw


def lees(map_: Path = MAP) -> Parameters:
    """Lees en controleer de parameterbestanden."""
    ruw = _lees_bestanden(map_)
    bronnen = {k: Bron(sleutel=k, **v) for k, v in ruw["bronnen.toml"]["bronnen"].items()}
    params: dict[str, Parameter] = {}
    groepen: dict[str, dict[str, Parameter]] = {}

    def groep(bestand: str, naam: str, tabel: dict) -> dict[str, Parameter]:
        lezer = _Lezer(bestand, bronnen)
        for k, v in tabel.items():
            sleutel = f"{naam}.{k}"
            if sleutel in params:
                raise lezer.fout(f"{sleutel} staat in meer dan één bestand.")
            params[sleutel] = lezer.parameter(sleutel, v)
            groepen.setdefault(naam, {})[k] = params[sleutel]
        return groepen.get(naam, {})

    wet, cyc = ruw["wet.toml"], ruw["cycli.toml"]
    for naam in ("restregel", "verdeling", "plekken", "bonus"):
        groep("wet.toml", naam, wet.get(naam, {}))
    for naam in ("verdeling", "bonus", "plekken"):  # uitkomsten van cyclus 1 en het peilmoment van de plekken
        groep("cycli.toml", naam, cyc.get(naam, {}))
    groep("controles.toml", "cbs", ruw["controles.toml"]["cbs"])
    w = dict(wet["wetsvoorstel"])
    wnaam, wkort = w.pop("naam"), w.pop("kort")
    groep("wet.toml", "wetsvoorstel", w)
    per_cyclus = groep("cycli.toml", "cyclus", cyc["cyclus"])

    lezer = _Lezer("cycli.toml", bronnen)
    wv = groepen["wetsvoorstel"]
    wetsvoorstel = Wetsvoorstel(wnaam, wkort, wv["totaal"], wv["amv"], wv["peildatum_inwoners"], wv["alpha"])

    tijdlijn = tuple(
        sorted(
            (
                Stap(
                    cyclus=str(s["cyclus"]),
                    stap=s["stap"],
                    datum=lezer.datum(s["datum"], s["stap"]),
                    status=lezer.status(s.get("status"), s["stap"]),
                    bron=lezer.bron(s["bron"], s["stap"]),
                    tot=lezer.datum(s["tot"], s["stap"]) if "tot" in s else None,
                    toelichting=s.get("toelichting", ""),
                )
                for s in cyc["tijdlijn"]
            ),
            key=lambda s: (s.cyclus, s.datum.van),
        )
    )
    status_wet = tuple(
        sorted(
            (
                Gebeurtenis(
                    lezer.datum(g["datum"], g["gebeurtenis"]), g["gebeurtenis"], lezer.bron(g["bron"], "status_wet")
                )
                for g in cyc["status_wet"]
            ),
            key=lambda g: g.datum.van,
        )
    )
    aanvraag = tuple(
        Aanvraagtermijn(
            str(t["cyclus"]),
            lezer.dag(t["voor"], "bonus_aanvraag"),
            lezer.status(t.get("status"), "bonus_aanvraag"),
            lezer.bron(t["bron"], "bonus_aanvraag"),
            t["toelichting"],
        )
        for t in sorted(cyc["bonus_aanvraag"], key=lambda t: str(t["cyclus"]))
    )
    verdeelbesluit = lezer.gerapporteerd(cyc, "verdeelbesluit_cyclus1", "gemeenten")
    cycli = {}
    for c in cyc["cycli"]:
        begin, einde = lezer.dag(c["van"], f"cyclus {c['code']}"), lezer.dag(c["tot"], f"cyclus {c['code']}")
        totaal, peildatum = per_cyclus["totaal"].op(begin), per_cyclus["peildatum_inwoners"].op(begin)
        amv = per_cyclus["amv"].op(begin)
        if totaal is None or peildatum is None:
            raise lezer.fout(f"cyclus {c['code']} heeft geen totaal of peildatum op haar eerste dag.")
        code = str(c["code"])
        cycli[code] = Cyclus(
            code=code,
            naam=c["naam"],
            kort=c["kort"],
            totaal=totaal,
            peildatum=peildatum,
            amv=amv if amv is not None and amv.waarde is not None else None,
            cijfers=c["cijfers"],
            cijfers_toelichting=c["cijfers_toelichting"],
            als_basis=c.get("als_basis", ""),
            begin=begin,
            einde=einde,
            bron=lezer.bron(c["bron"], f"cyclus {code}") if "bron" in c else None,
            # gerapporteerde cijfers hangen aan hun cyclus: de rij noemt de tabel of parameter
            gepubliceerd=lezer.gepubliceerd(cyc, c["gepubliceerd"]) if "gepubliceerd" in c else {},
            gepubliceerd_provincie={p: params[k].op(begin) for p, k in c.get("gepubliceerd_provincie", {}).items()},
            nog_nodig=lezer.gerapporteerd(cyc, c["nog_nodig"], "provincies") if "nog_nodig" in c else {},
        )
    clezer = _Lezer("citaten.toml", bronnen)
    citaten = {
        k: Citaat(k, v["tekst"], clezer.bron(v["bron"], f"citaat {k}"))
        for k, v in ruw["citaten.toml"]["citaten"].items()
    }
    return Parameters(
        bronnen=bronnen,
        cycli=cycli,
        wetsvoorstel=wetsvoorstel,
        verdeling=Groep(groepen["verdeling"]),
        restregel=Groep(groepen["restregel"]),
        plekken=Groep(groepen["plekken"]),
        verdeelbesluit=verdeelbesluit,
        bonus=Groep(groepen["bonus"]),
        cbs=Groep(groepen["cbs"]),
        tijdlijn=tijdlijn,
        status_wet=status_wet,
        citaten=citaten,
        bonus_aanvraag=aanvraag,
        parameters=params,
    )


@cache
def parameters() -> Parameters:
    """De parameters van dit pakket (één keer gelezen); $SPREIDING_PARAMETERS wijst een andere map aan (een test met
    een cyclus erbij, of een installatie die een nieuwe raming toevoegt voordat er een nieuwe versie is)."""
    return lees(Path(os.environ["SPREIDING_PARAMETERS"]) if os.environ.get("SPREIDING_PARAMETERS") else MAP)


PARAMETERS = parameters()
