"""Command line: python -m spreiding {verdeling,prikkel,bonus,regietafel,briefing,bronnen} ...

Dezelfde functies en parameterobjecten als de app, dus dezelfde getallen: elke pagina toont de opdracht die zij uit
haar eigen parameterobjecten maakt (`opdracht`). Fouten geven een Nederlandse melding op stderr en exitcode 2,
nooit een traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from . import bonus as bonus_regels
from . import prikkel as prikkel_regels
from . import regietafel as regietafel_regels
from .data import laad_gemeenten
from .fouten import SpreidingFout, VerdeelFout
from .notatie import getal
from .opdracht import PROGRAMMA
from .parameters import PARAMETERS
from .uitgangspunt import ALPHA_BEREIK, MAX_TOTAAL, PEILJAREN, Uitgangspunt, maak
from .uitvoer.tabellen import csv_nl, json_records, tekst_tabel
from .verdeling import landelijk, per_provincie, verdeel
from .zoeken import suggesties, zoek_gemeente, zoek_provincie

GEMEENTE_KOLOMMEN = [
    "gemeentecode",
    "gemeentenaam",
    "provincie",
    "inwoners",
    "correctiefactor",
    "opgave",
    "per_1000",
    "regulier",
    "nood",
    "saldo",
    "saldo_regulier",
    "te_realiseren",
]
PROVINCIE_KOLOMMEN = [
    "provincie",
    "gemeenten",
    "inwoners",
    "opgave",
    "per_1000",
    "regulier",
    "nood",
    "saldo",
    "saldo_regulier",
    "te_realiseren",
    "som_tekorten",
]


# ------------------------------------------------------------------------ argparse in het Nederlands


class _Opmaak(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix="Gebruik: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse met Nederlandse hulp en foutmeldingen."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Opmaak)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._optionals.title = "opties"
        self._positionals.title = "opdrachten"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> None:
        vertaald = (
            message.replace("the following arguments are required", "deze opties zijn verplicht")
            .replace("invalid choice", "ongeldige keuze")
            .replace("choose from", "kies uit")
            .replace("argument ", "optie ")
            .replace("unrecognized arguments", "onbekende opties")
            .replace("expected one argument", "verwacht een waarde")
            .replace("not allowed with argument", "gaat niet samen met")
            .replace("invalid", "ongeldige waarde")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"Fout: {vertaald}\n")


def _geheel(minimum: int, maximum: int, wat: str) -> Callable[[str], int]:
    """Geheel getal; '96000', '96_000' en (Nederlandse notatie) '96.000' zijn alle drie 96000."""

    def lees(tekst: str) -> int:
        ruw = str(tekst).strip().replace("_", "")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", ruw):
            ruw = ruw.replace(".", "")
        try:
            waarde = float(ruw.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{str(tekst)[:30]}' is geen getal; geef {wat}") from None
        if not math.isfinite(waarde) or waarde != int(waarde):
            raise argparse.ArgumentTypeError(f"'{str(tekst)[:30]}' is geen geheel getal; geef {wat}")
        if not minimum <= waarde <= maximum:
            raise argparse.ArgumentTypeError(f"{wat} moet tussen {minimum:,} en {maximum:,} liggen".replace(",", "."))
        return int(waarde)

    return lees


def _getal(minimum: float, maximum: float, wat: str) -> Callable[[str], float]:
    def lees(tekst: str) -> float:
        try:
            waarde = float(str(tekst).replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{str(tekst)[:30]}' is geen getal; geef {wat}") from None
        if not math.isfinite(waarde) or not minimum <= waarde <= maximum:
            raise argparse.ArgumentTypeError(f"{wat} moet tussen {minimum:g} en {maximum:g} liggen".replace(".", ","))
        return waarde

    return lees


# ----------------------------------------------------------------------------------- gedeelde opties


def _uitgangspunt_opties(p: argparse.ArgumentParser, standaard: str) -> None:
    g = p.add_argument_group("uitgangspunt")
    g.add_argument(
        "--cyclus",
        choices=("1", "2", "wetsvoorstel"),
        default=None,
        help="cyclus 1 (96.000, gereconstrueerd), 2 (88.000, zoals gepubliceerd) of het wetsvoorstel (77.100, alleen "
        f"inwoners); standaard {standaard}",
    )
    g.add_argument(
        "--totaal",
        type=_geheel(1, MAX_TOTAAL, "een landelijk totaal in plekken"),
        default=None,
        help="eigen landelijk totaal (in plaats van --cyclus)",
    )
    g.add_argument(
        "--peildatum",
        type=int,
        choices=PEILJAREN,
        default=None,
        help="bij --totaal: inwoners op 1 januari van dit jaar (standaard 2024)",
    )
    g.add_argument(
        "--alpha",
        type=_getal(*ALPHA_BEREIK, "de sterkte van de SES-correctie"),
        default=None,
        help="sterkte van de SES-correctie: 1 = zoals gepubliceerd, 0 = alleen inwoners",
    )
    p.set_defaults(standaard_cyclus=standaard)


def uitgangspunt_uit(args) -> Uitgangspunt:
    if args.totaal is not None and args.cyclus is not None:
        raise VerdeelFout("Geef --cyclus of --totaal, niet allebei.")
    if args.totaal is not None:
        return maak("eigen", args.totaal, args.peildatum, args.alpha)
    if args.peildatum is not None:
        raise VerdeelFout("--peildatum hoort bij een eigen --totaal; een cyclus heeft haar eigen peildatum.")
    return maak(args.cyclus or args.standaard_cyclus, alpha=args.alpha)


def _formaat(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=("tabel", "csv", "json"),
        default="tabel",
        help="tabel (Nederlandse notatie), csv (';' en decimale komma) of json",
    )


def schrijf(tabel: pd.DataFrame, kolommen: Sequence[str], formaat: str, uit=None) -> None:
    uit = uit or sys.stdout
    kolommen = [k for k in kolommen if k in tabel.columns]
    if formaat == "csv":
        uit.write(csv_nl(tabel, kolommen, nederlandse_koppen=False, bom=False).decode("utf-8").replace("\r\n", "\n"))
    elif formaat == "json":
        json.dump(json_records(tabel, kolommen), uit, ensure_ascii=False, indent=1)
        uit.write("\n")
    else:
        uit.write(tekst_tabel(tabel, kolommen))


def gemeentecode(tekst: str, gemeenten: pd.DataFrame) -> str:
    code = zoek_gemeente(tekst, gemeenten)
    if code is None:
        hint = suggesties(tekst, gemeenten)
        raise VerdeelFout(
            f"Onbekende gemeente: {str(tekst)[:40]!r}."
            + (f" Bedoelde u: {', '.join(hint)}?" if hint else "")
            + " Geef een gemeentecode (bijv. GM0363) of een naam."
        )
    return code


def provincienaam(tekst: str, gemeenten: pd.DataFrame) -> str:
    provincies = sorted(set(gemeenten["provincie"]))
    naam = zoek_provincie(tekst, provincies)
    if naam is None:
        raise VerdeelFout(f"Onbekende provincie: {str(tekst)[:40]!r}. Kies uit: {', '.join(provincies)}.")
    return naam


# ----------------------------------------------------------------------------------------- verdeling


def cmd_verdeling(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    tabel = verdeel(gemeenten, u.parameters())
    amv = ["opgave_amv"] if u.amv else []
    if args.niveau == "land":
        uit = pd.DataFrame([landelijk(tabel)])
        kolommen = PROVINCIE_KOLOMMEN + amv
    elif args.niveau == "provincie":
        uit = u.met_herkomst(per_provincie(tabel), "provincie", "provincie")
        kolommen = PROVINCIE_KOLOMMEN + amv
        if args.provincie:
            uit = uit[uit["provincie"] == provincienaam(args.provincie, gemeenten)]
    else:
        uit = u.met_herkomst(tabel)
        kolommen = GEMEENTE_KOLOMMEN + amv
        if args.provincie:
            uit = uit[uit["provincie"] == provincienaam(args.provincie, gemeenten)]
        if args.gemeente:
            uit = uit[uit["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
    uit = uit.assign(cijfers=u.cijfers)
    schrijf(uit.reset_index(drop=True), kolommen + u.herkomstkolommen(), args.format)
    return 0


# ------------------------------------------------------------------------------------------- prikkel


def _scenario_opties(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("wat de andere gemeenten in fase 1 aanbieden")
    g.add_argument(
        "--scenario",
        choices=tuple(prikkel_regels.SOORTEN),
        default="uniform",
        help="uniform (een deel biedt vroeg aan) of huidig (de huidige reguliere plekken, nov. 2025)",
    )
    g.add_argument(
        "--deelname",
        type=_getal(0, 1, "de deelname"),
        default=0.5,
        help="deel van de andere gemeenten dat vroeg aanbiedt (0 tot 1)",
    )
    g.add_argument(
        "--omvang",
        type=_getal(0, 3, "de omvang"),
        default=1.0,
        help="aanbod als deel van hun eerlijk aandeel (0 tot 3)",
    )
    g.add_argument(
        "--keuze",
        choices=tuple(prikkel_regels.KEUZES),
        default="willekeurig",
        help="wie aanbiedt: willekeurig (met --seed) of de grootste gemeenten",
    )
    g.add_argument(
        "--seed", type=_geheel(0, 10_000, "een toevalsstart"), default=1, help="toevalsstart bij --keuze willekeurig"
    )
    g.add_argument("--nood", action="store_true", help="bij --scenario huidig ook de noodplekken als aanbod tellen")


def scenario_uit(args) -> prikkel_regels.Scenario:
    if args.scenario == "huidig":
        return prikkel_regels.Scenario(soort="huidig", nood=args.nood)
    return prikkel_regels.Scenario(
        deelname=args.deelname,
        omvang=args.omvang,
        keuze=args.keuze,
        seed=args.seed if args.keuze == "willekeurig" else 1,
    )


def cmd_prikkel(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    verdeling = verdeel(gemeenten, u.parameters())
    scenario = scenario_uit(args)
    systemen = [args.systeem] if args.systeem else list(prikkel_regels.SYSTEMEN)
    if args.niveau == "land":
        aanbod = scenario.aanbod(verdeling)
        per_prov, samen = prikkel_regels.heel_land(verdeling, aanbod, args.systeem or prikkel_regels.STANDAARD_SYSTEEM)
        if args.format == "json":
            json.dump(
                {"totaal": samen, "provincies": json_records(per_prov, list(per_prov.columns))},
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            schrijf(per_prov, ["provincie", "wachter", "onder", "ontlopen", "extra_taak_vroeg", "boven"], args.format)
        return 0
    if not args.gemeente:
        raise VerdeelFout("Geef --gemeente (of --niveau land voor heel Nederland).")
    code = gemeentecode(args.gemeente, gemeenten)
    uitkomst = prikkel_regels.wachten_of_vroeg(verdeling, code, scenario.aanbod(verdeling, behalve=code), systemen)
    uitkomst.insert(0, "gemeentecode", code)
    schrijf(
        uitkomst,
        [
            "gemeentecode",
            "systeem",
            "eerlijk_aandeel",
            "last_wachten",
            "last_vroeg",
            "gat_wachter",
            "gat_vroeg",
            "wachten_loont",
        ],
        args.format,
    )
    return 0


# --------------------------------------------------------------------------------------------- bonus


def _bonus_opties(p: argparse.ArgumentParser) -> None:
    d = bonus_regels.BonusParameters()
    s = bonus_regels.BonusScenario()
    g = p.add_argument_group("welke plekken gerealiseerd zijn (scenario)")
    g.add_argument(
        "--scenario",
        choices=("huidig", "uniform"),
        default=s.soort,
        help="huidig: de huidige reguliere plekken (nov. 2025); uniform: --realisatie x de opgave",
    )
    g.add_argument(
        "--realisatie",
        type=_getal(0, bonus_regels.MAX_REALISATIE, "de realisatie"),
        default=s.realisatie,
        help="bij uniform: gerealiseerd als deel van de opgave",
    )
    g.add_argument(
        "--nood", action="store_true", help="bij huidig ook de noodplekken meetellen (niet duurzaam; aanname)"
    )
    g.add_argument(
        "--aandeel-klein",
        type=_getal(0, 1, "het aandeel kleinschalig"),
        default=s.aandeel_klein,
        help="deel in kleinschalige locaties (< drempel)",
    )
    g.add_argument(
        "--aandeel-fase1",
        type=_getal(0, 1, "het aandeel fase 1"),
        default=s.aandeel_fase1,
        help="deel dat er bij de start van fase 2 al is",
    )
    g.add_argument(
        "--locatieduur",
        type=_geheel(0, bonus_regels.MAX_JAREN, "een aantal jaren"),
        default=s.locatieduur,
        help="jaren dat locaties open blijven",
    )
    r = p.add_argument_group("bedragen en drempels (standaard volgens de bronnen)")
    for veld, uitleg in (
        ("concept_fase1", "conceptregeling 2023, euro per plek in fase 1"),
        ("concept_fase2", "conceptregeling 2023, euro per plek in fase 2"),
        ("regeling_bedrag", "regeling 2024, euro per plek boven de opgave"),
        ("vng_bedrag", "VNG/IPO, euro per plek boven de opgave (aanname)"),
    ):
        r.add_argument(
            "--" + veld.replace("_", "-"),
            type=_geheel(0, bonus_regels.MAX_BEDRAG, "een bedrag in euro"),
            default=getattr(d, veld),
            help=uitleg,
        )
    r.add_argument(
        "--drempel",
        type=_geheel(0, bonus_regels.MAX_DREMPEL, "een aantal plekken"),
        default=d.drempel,
        help="minimale locatiegrootte (plekken)",
    )
    r.add_argument(
        "--min-jaren",
        type=_geheel(0, bonus_regels.MAX_JAREN, "een aantal jaren"),
        default=d.min_jaren,
        help="minimale duur voor 'duurzaam' (jaren)",
    )
    r.add_argument(
        "--regeling-drempel", action="store_true", help="de drempel geldt ook voor de regeling 2024 (aanname)"
    )
    r.add_argument(
        "--drempel-lezing",
        choices=tuple(bonus_regels.DREMPEL_LEZINGEN),
        default=d.drempel_lezing,
        help="de drempel geldt per locatie of per gemeente (meerdere locaties samen); onduidelijk, aanname",
    )


def bonus_uit(args) -> tuple[bonus_regels.BonusScenario, bonus_regels.BonusParameters]:
    scenario = bonus_regels.BonusScenario(
        soort=args.scenario,
        realisatie=args.realisatie if args.scenario == "uniform" else bonus_regels.BonusScenario.realisatie,
        aandeel_klein=args.aandeel_klein,
        aandeel_fase1=args.aandeel_fase1,
        locatieduur=args.locatieduur,
        nood=args.nood and args.scenario == "huidig",
    )
    parameters = bonus_regels.BonusParameters(
        concept_fase1=args.concept_fase1,
        concept_fase2=args.concept_fase2,
        regeling_bedrag=args.regeling_bedrag,
        vng_bedrag=args.vng_bedrag,
        drempel=args.drempel,
        min_jaren=args.min_jaren,
        regeling_drempel=args.regeling_drempel,
        drempel_lezing=args.drempel_lezing,
    )
    return scenario, parameters


def cmd_bonus(args) -> int:
    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    verdeling = verdeel(gemeenten, u.parameters())
    scenario, parameters = bonus_uit(args)
    tabel = bonus_regels.uitbetaling(verdeling, bonus_regels.plekken(verdeling, scenario, parameters), parameters)
    if args.niveau == "land":
        schrijf(
            bonus_regels.totalen(tabel),
            ["systeem", "totaal_euro", "gemeenten_met_bonus", "kleine_gemeenten_euro", "moment"],
            args.format,
        )
    elif args.niveau == "provincie":
        schrijf(
            bonus_regels.per_provincie(tabel),
            ["provincie", "opgave", "gerealiseerd", "boven_aantal", *bonus_regels.KOLOMMEN],
            args.format,
        )
    else:
        if args.gemeente:
            tabel = tabel[tabel["gemeentecode"] == gemeentecode(args.gemeente, gemeenten)]
        schrijf(
            tabel,
            [
                "gemeentecode",
                "gemeentenaam",
                "provincie",
                "inwoners",
                "opgave",
                "gerealiseerd",
                "boven_aantal",
                *bonus_regels.KOLOMMEN,
            ],
            args.format,
        )
    return 0


# ---------------------------------------------------------------------------------------- regietafel


def afspraken_uit(args, verdeling: pd.DataFrame, provincie: str) -> pd.DataFrame:
    """De tabel van de provincie: beginwaarden, met de regels uit --afspraken als ingevoerd."""
    from .invoer import lees_afspraken

    ingevoerd = None
    if args.afspraken:
        pad = Path(args.afspraken)
        try:
            inhoud = pad.read_bytes()
        except OSError:
            raise VerdeelFout(f"Het bestand {pad.name} kan niet worden gelezen.") from None
        ingevoerd, mededelingen = lees_afspraken(inhoud, pad.name, verdeling, provincie, int(verdeling["opgave"].sum()))
        for m in mededelingen:
            print(f"Let op: {m}", file=sys.stderr)
    return regietafel_regels.tafel(verdeling, provincie, args.standaard, ingevoerd)


def vergadering_uit(args) -> regietafel_regels.Vergadering:
    datum = None
    if args.datum:
        try:
            datum = date.fromisoformat(args.datum)
        except ValueError:
            raise VerdeelFout(f"'{str(args.datum)[:20]}' is geen datum; schrijf bijvoorbeeld 2026-11-20.") from None
    return regietafel_regels.Vergadering(datum, args.aanwezig or "", args.status)


REGIETAFEL_KOLOMMEN = list(regietafel_regels.EXPORTKOLOMMEN)


def cmd_regietafel(args) -> int:
    from .uitvoer import verslag

    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    verdeling = verdeel(gemeenten, u.parameters())
    vergadering = vergadering_uit(args)
    opties = {"oplegging": args.oplegging, "extra_telt": args.extra_telt, "vergadering": vergadering}
    if str(args.provincie).strip().lower() == "alle":
        if args.afspraken:
            raise VerdeelFout(
                "Met --provincie alle kan geen afsprakenbestand worden gebruikt (dat geldt voor één provincie)."
            )
        if not args.verslag:
            raise VerdeelFout("Geef bij --provincie alle een map voor de verslagen: --verslag MAP.")
        doel = Path(args.verslag)
        doel.mkdir(parents=True, exist_ok=True)
        for provincie in sorted(set(verdeling["provincie"])):
            tabel = regietafel_regels.tafel(verdeling, provincie, args.standaard, None)
            t = regietafel_regels.toets(verdeling, provincie, tabel, **opties)
            pad = doel / f"verslag_{verslag.bestandsnaam(provincie)}_{u.bestandsdeel}.pdf"
            pad.write_bytes(verslag.pdf(t, u, args.standaard))
            print(pad)
        return 0
    provincie = provincienaam(args.provincie, gemeenten)
    t = regietafel_regels.toets(verdeling, provincie, afspraken_uit(args, verdeling, provincie), **opties)
    if args.verslag:
        pad = Path(args.verslag)
        inhoud = (
            verslag.xlsx(t, u, args.standaard) if pad.suffix.lower() == ".xlsx" else verslag.pdf(t, u, args.standaard)
        )
        pad.write_bytes(inhoud)
        print(f"Verslag geschreven: {pad}", file=sys.stderr)
    if args.format == "json":
        json.dump(
            {
                "provincie": t.provincie,
                "opgave": t.opgave,
                "afgesproken": t.afgesproken,
                "ontbreekt": t.ontbreekt,
                "haalt_opgave": t.haalt_opgave,
                "opgelegd": t.opgelegd,
                "oplegging": {
                    "lezing": t.oplegging,
                    "omschrijving": regietafel_regels.OPLEGGINGEN[t.oplegging],
                    "status": "U",
                    "uitleg": regietafel_regels.OPLEGGING_UITLEG[t.oplegging],
                },
                "extra_telt": t.extra_telt,
                "beginwaarde": regietafel_regels.STANDAARDEN[args.standaard],
                "ingevoerd": t.ingevoerd,
                "vergadering": {
                    "datum": t.vergadering.datum.isoformat() if t.vergadering.datum else None,
                    "aanwezig": t.vergadering.aanwezig,
                    "status": t.vergadering.status,
                },
                "uitgangspunt": u.label,
                "gemeenten": json_records(t.gemeenten, REGIETAFEL_KOLOMMEN),
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        sys.stdout.write("\n")
        return 0
    if args.format == "tabel":
        print(
            f"{t.provincie}: opgave {getal(t.opgave)}, afgesproken {getal(t.afgesproken)}, ontbreekt "
            f"{getal(t.ontbreekt)}."
        )
        for regel in t.uitruil():
            print(regel)
        print()
    schrijf(t.gemeenten, REGIETAFEL_KOLOMMEN, args.format)
    return 0


# ------------------------------------------------------------------------------- briefing en bronnen


def cmd_briefing(args) -> int:
    from .uitvoer import briefing

    gemeenten = laad_gemeenten()
    u = uitgangspunt_uit(args)
    if bool(args.gemeente) == bool(args.provincie):
        raise VerdeelFout("Geef --gemeente of --provincie (één van de twee).")
    if args.gemeente:
        inhoud = briefing.gemeente_pdf(gemeenten, gemeentecode(args.gemeente, gemeenten), u)
    else:
        inhoud = briefing.provincie_pdf(gemeenten, provincienaam(args.provincie, gemeenten), u)
    pad = Path(args.o)
    pad.write_bytes(inhoud)
    print(f"Briefing geschreven: {pad} ({len(inhoud) // 1024} KB)", file=sys.stderr)
    return 0


def cmd_bronnen(args) -> int:
    from .uitvoer.bronnenlijst import markdown

    tekst = markdown(PARAMETERS)
    if args.o:
        Path(args.o).write_text(tekst, encoding="utf-8")
    else:
        sys.stdout.write(tekst)
    return 0


# -------------------------------------------------------------------------------------------- parser


def maak_parser() -> Parser:
    parser = Parser(
        prog=PROGRAMMA,
        description="Spreidingswet in cijfers: verdeling, prikkel, bonus, regietafel, briefing en bronnen.",
    )
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=Parser, metavar="OPDRACHT")

    v = sub.add_parser(
        "verdeling",
        help="opgave per gemeente of provincie",
        description="Opgave per gemeente of provincie, met de huidige plekken.",
    )
    _uitgangspunt_opties(v, "2")
    v.add_argument(
        "--niveau",
        choices=("gemeente", "provincie", "land"),
        default="gemeente",
        help="gemeente, provincie of land (nog te realiseren telt op het niveau zelf; uitruil binnen het niveau mag)",
    )
    v.add_argument("--provincie", help="alleen deze provincie")
    v.add_argument("--gemeente", help="alleen deze gemeente (code of naam)")
    _formaat(v)
    v.set_defaults(functie=cmd_verdeling)

    p = sub.add_parser(
        "prikkel",
        help="wachten in fase 1: last bij wachten en bij vroeg aanbieden, per systeem",
        description="Wachten loont? De last van een gemeente als zij wacht en als zij vroeg aanbiedt, per systeem.",
    )
    _uitgangspunt_opties(p, "wetsvoorstel")
    p.add_argument("--gemeente", help="gemeentecode of naam")
    p.add_argument(
        "--systeem",
        choices=tuple(prikkel_regels.SYSTEMEN),
        default=None,
        help="P (wetsvoorstel, rest per provincie), N (rest landelijk; P en N zijn twee lezingen, geen van beide "
        "is de wet), VNG (VNG/IPO) of wet (zoals toegepast); zonder: alle",
    )
    p.add_argument(
        "--niveau",
        choices=("gemeente", "land"),
        default="gemeente",
        help="land: per provincie wie onder en boven het eerlijk aandeel eindigt",
    )
    _scenario_opties(p)
    _formaat(p)
    p.set_defaults(functie=cmd_prikkel)

    b = sub.add_parser(
        "bonus",
        help="bonus per gemeente onder elk systeem",
        description="Bonus per gemeente onder de conceptregeling 2023, de regeling 2024 en het VNG/IPO-alternatief.",
    )
    _uitgangspunt_opties(b, "2")
    b.add_argument("--niveau", choices=("gemeente", "provincie", "land"), default="gemeente")
    b.add_argument("--gemeente", help="alleen deze gemeente (code of naam)")
    _bonus_opties(b)
    _formaat(b)
    b.set_defaults(functie=cmd_bonus)

    r = sub.add_parser(
        "regietafel",
        help="afspraken van een provinciale regietafel toetsen en het verslag maken",
        description="Toets de afspraken van een provincie: haalt zij haar opgave, wat ontbreekt, wat zou een "
        "verdeelbesluit opleggen.",
    )
    _uitgangspunt_opties(r, "2")
    r.add_argument(
        "--provincie", required=True, help="provincienaam, of 'alle' (met --verslag MAP: een verslag per provincie)"
    )
    r.add_argument(
        "--afspraken",
        help="CSV of .xlsx met gemeentecode;afspraak en eventueel toelichting;uitruil_met;oekraine;statushouders "
        "(niet genoemde gemeenten: de beginwaarde)",
    )
    r.add_argument(
        "--oplegging",
        choices=tuple(regietafel_regels.OPLEGGINGEN),
        default=regietafel_regels.STANDAARD_OPLEGGING,
        help="hoe een verdeelbesluit het ontbrekende verdeelt (aanname): naar rato van het resterende tekort of van "
        "de opgave",
    )
    r.add_argument(
        "--extra-telt",
        action="store_true",
        help="plekken voor Oekraïners en statushouders tellen mee voor de asielopgave (aanname)",
    )
    r.add_argument("--datum", help="datum van de vergadering (JJJJ-MM-DD)")
    r.add_argument("--aanwezig", help="wie aanwezig was (vrije tekst)")
    r.add_argument("--status", choices=tuple(regietafel_regels.VERGADERSTATUSSEN), default="concept")
    r.add_argument(
        "--standaard",
        choices=tuple(regietafel_regels.STANDAARDEN),
        default="regulier",
        help="beginwaarde van de afspraken: regulier, opgave of huidig",
    )
    r.add_argument("--verslag", help="schrijf het verslag: een .pdf of .xlsx (bij --provincie alle: een map)")
    _formaat(r)
    r.set_defaults(functie=cmd_regietafel)

    f = sub.add_parser(
        "briefing",
        help="briefing van één pagina (PDF) voor een gemeente of provincie",
        description="Maak een briefing (PDF) voor een gemeente of provincie.",
    )
    _uitgangspunt_opties(f, "2")
    f.add_argument("--gemeente", help="gemeentecode of naam")
    f.add_argument("--provincie", help="provincienaam")
    f.add_argument("-o", required=True, help="uitvoerbestand (.pdf)")
    f.set_defaults(functie=cmd_briefing)

    n = sub.add_parser(
        "bronnen",
        help="de bronnenlijst (docs/bronnen.md) uit parameters.toml",
        description="Schrijf de bronnenlijst als Markdown.",
    )
    n.add_argument("-o", help="uitvoerbestand (standaard: scherm)")
    n.set_defaults(functie=cmd_bronnen)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = maak_parser().parse_args(argv)
    try:
        return args.functie(args)
    except SpreidingFout as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # bijv. `| head`
        return 0
    except OSError as fout:
        print(f"Fout: bestand kan niet worden geschreven of gelezen ({fout.strerror}).", file=sys.stderr)
        return 2
