"""Command line: python -m spreiding {verdeling,prikkel,bonus} ...

Dezelfde functies als de app, dus dezelfde getallen. Fouten geven een Nederlandse melding op
stderr en exitcode 2, nooit een traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

import pandas as pd

from . import bonus as bonus_regels
from . import prikkel as prikkel_regels
from .data import DataFout, laad_gemeenten
from .invoer import InvoerFout
from .verdeling import (
    CYCLI,
    STANDAARD_SES_FACTOR,
    VerdeelFout,
    VerdeelParameters,
    per_provincie,
    ses_beschikbaar,
    standaard_ses_factor,
    verdeel,
)
from .zoeken import zoek_gemeente


class Parser(argparse.ArgumentParser):
    """argparse met Nederlandse foutmeldingen."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse-API
        vertaald = (
            message.replace("the following arguments are required", "deze opties zijn verplicht")
            .replace("invalid choice", "ongeldige keuze")
            .replace("choose from", "kies uit")
            .replace("argument ", "optie ")
            .replace("unrecognized arguments", "onbekende opties")
            .replace("expected one argument", "verwacht een waarde")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"Fout: {vertaald}\n")


def _positief_geheel(tekst: str) -> int:
    try:
        waarde = float(tekst.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen getal; geef een geheel aantal plekken, bijv. 96000")
    if waarde != int(waarde):
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel aantal plekken")
    if waarde <= 0:
        raise argparse.ArgumentTypeError("het totaal moet groter dan 0 zijn")
    return int(waarde)


def _getal(minimum: float | None = None, maximum: float | None = None) -> Callable[[str], float]:
    def lees(tekst: str) -> float:
        try:
            waarde = float(tekst.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{tekst}' is geen getal")
        if minimum is not None and waarde < minimum:
            raise argparse.ArgumentTypeError(f"{tekst} is kleiner dan {minimum:g}")
        if maximum is not None and waarde > maximum:
            raise argparse.ArgumentTypeError(f"{tekst} is groter dan {maximum:g}")
        return waarde

    return lees


def schrijf(tabel: pd.DataFrame, formaat: str, uit=None) -> None:
    """Schrijf een tabel als csv, json of leesbare tabel."""
    uit = uit or sys.stdout
    if formaat == "csv":
        tabel.to_csv(uit, index=False, lineterminator="\n")
    elif formaat == "json":
        json.dump(json.loads(tabel.to_json(orient="records", force_ascii=False)), uit, ensure_ascii=False, indent=1)
        uit.write("\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200):
            uit.write(tabel.to_string(index=False) + "\n")


def _zoek_provincie(naam: str, provincies: list[str]) -> str:
    for p in provincies:
        if p.casefold() == naam.strip().casefold():
            return p
    raise VerdeelFout(f"Onbekende provincie: {naam!r}. Kies uit: {', '.join(provincies)}.")


def _ses_factor(args, gemeenten: pd.DataFrame) -> float:
    """k uit --ses-factor, anders de standaard; zonder SES-WOA-scores in de gegevens is dat 0."""
    if args.ses_factor is not None:
        return args.ses_factor
    if not ses_beschikbaar(gemeenten):
        print("Let op: de gegevens bevatten geen SES-WOA-scores; er is alleen naar inwonertal verdeeld (k = 0).", file=sys.stderr)
    return standaard_ses_factor(gemeenten)


def cmd_verdeling(args) -> int:
    gemeenten = laad_gemeenten()
    tabel = verdeel(gemeenten, VerdeelParameters(totaal=args.totaal, ses_factor=_ses_factor(args, gemeenten)))
    if args.provincie:
        provincie = _zoek_provincie(args.provincie, sorted(tabel["provincie"].unique()))
    if args.niveau == "provincie":
        uit = per_provincie(tabel)[["provincie", "opgave", "opgave_amv", "inwoners", "gemeenten"]]
        if args.provincie:
            uit = uit[uit["provincie"] == provincie]
    else:
        uit = tabel[["gemeentecode", "gemeentenaam", "provincie", "inwoners", "ses_woa", "opgave", "opgave_amv", "per_1000"]]
        uit = uit.assign(per_1000=uit["per_1000"].round(3))
        if args.provincie:
            uit = uit[uit["provincie"] == provincie]
    schrijf(uit.reset_index(drop=True), args.format)
    return 0


def _gemeentecode(tekst: str, gemeenten: pd.DataFrame) -> str:
    gevonden = zoek_gemeente(tekst, gemeenten)
    if gevonden is None:
        raise VerdeelFout(f"Onbekende gemeente: {tekst!r}. Geef een gemeentecode (bijv. GM0363) of een naam.")
    return gevonden


def cmd_prikkel(args) -> int:
    gemeenten = laad_gemeenten()
    code = _gemeentecode(args.gemeente, gemeenten)
    scenario = prikkel_regels.Scenario(
        deelname=args.deelname, omvang=args.omvang, keuze=args.keuze, seed=args.seed
    )
    parameters = prikkel_regels.PrikkelParameters(totaal=args.totaal, ses_factor=_ses_factor(args, gemeenten))
    systemen = [args.systeem] if args.systeem else list(prikkel_regels.SYSTEMEN)
    uitkomst = prikkel_regels.voor_gemeente(gemeenten, code, int(args.aanbod), scenario, parameters, systemen)
    schrijf(uitkomst, args.format)
    return 0


def cmd_bonus(args) -> int:
    gemeenten = laad_gemeenten()
    parameters = bonus_regels.BonusParameters(
        bedrag_fase1=args.bedrag_fase1,
        bedrag_fase2=args.bedrag_fase2,
        bedrag_regeling=args.bedrag_regeling,
        bedrag_vng=args.bedrag_vng,
        drempel=int(args.drempel),
        minimale_duur=int(args.minimale_duur),
        regeling_drempel_geldt=args.regeling_drempel,
    )
    scenario = bonus_regels.BonusScenario(
        realisatie=args.realisatie, aandeel_klein=args.aandeel_klein, aandeel_fase1=args.aandeel_fase1,
        locatieduur=int(args.locatieduur),
    )
    verdeling = verdeel(gemeenten, VerdeelParameters(totaal=args.totaal, ses_factor=_ses_factor(args, gemeenten)))
    plekken = bonus_regels.scenario_plekken(verdeling, scenario, parameters)
    tabel = bonus_regels.uitbetaling(verdeling, plekken, parameters)
    if args.niveau == "land":
        schrijf(bonus_regels.totalen(tabel), args.format)
    elif args.niveau == "provincie":
        schrijf(bonus_regels.per_provincie(tabel), args.format)
    else:
        kolommen = ["gemeentecode", "gemeentenaam", "provincie", "inwoners", "opgave", "gerealiseerd", *bonus_regels.SYSTEEM_KOLOMMEN]
        schrijf(tabel[kolommen], args.format)
    return 0


def maak_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m spreiding", description="Spreidingswet: verdeling, prikkel en bonus.")
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=Parser)

    def gemeenschappelijk(p: argparse.ArgumentParser) -> None:
        p.add_argument("--totaal", type=_positief_geheel, default=CYCLI["cyclus 1 (2024-2026)"], help="landelijke capaciteitsraming (standaard 96000)")
        p.add_argument("--ses-factor", type=_getal(0.0), default=None, help=f"k in inwoners x (1 + k x SES-WOA) [aanname]; standaard {STANDAARD_SES_FACTOR:g}, of 0 als de gegevens geen SES-WOA bevatten")
        p.add_argument("--format", choices=("csv", "json", "table"), default="table")

    v = sub.add_parser("verdeling", help="opgave per gemeente of provincie")
    gemeenschappelijk(v)
    v.add_argument("--provincie", help="alleen deze provincie")
    v.add_argument("--niveau", choices=("gemeente", "provincie"), default="gemeente")
    v.set_defaults(functie=cmd_verdeling)

    p = sub.add_parser("prikkel", help="wachten in fase 1: eerlijk aandeel, taak en last per systeem")
    gemeenschappelijk(p)
    p.add_argument("--gemeente", required=True, help="gemeentecode of naam")
    p.add_argument("--aanbod", type=_getal(0.0), default=0.0, help="eigen aanbod in fase 1 (plekken)")
    p.add_argument("--deelname", type=_getal(0.0, 1.0), default=0.5, help="deel van de andere gemeenten dat vroeg aanbiedt")
    p.add_argument("--omvang", type=_getal(0.0, 3.0), default=1.0, help="aanbod als deel van het eerlijke aandeel")
    p.add_argument("--keuze", choices=prikkel_regels.KEUZES, default="willekeurig", help="welke gemeenten aanbieden")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--systeem", choices=prikkel_regels.SYSTEMEN, default=None)
    p.set_defaults(functie=cmd_prikkel)

    b = sub.add_parser("bonus", help="uitkeringen per gemeente onder elk systeem")
    gemeenschappelijk(b)
    d = bonus_regels.BonusParameters()
    b.add_argument("--realisatie", type=_getal(0.0, 5.0), default=1.0, help="gerealiseerd als deel van de opgave")
    b.add_argument("--aandeel-klein", type=_getal(0.0, 1.0), default=0.2, help="deel in kleinschalige locaties")
    b.add_argument("--aandeel-fase1", type=_getal(0.0, 1.0), default=0.5, help="deel gerealiseerd in fase 1")
    b.add_argument("--bedrag-fase1", type=_getal(0.0), default=d.bedrag_fase1)
    b.add_argument("--bedrag-fase2", type=_getal(0.0), default=d.bedrag_fase2)
    b.add_argument("--bedrag-regeling", type=_getal(0.0), default=d.bedrag_regeling)
    b.add_argument("--bedrag-vng", type=_getal(0.0), default=d.bedrag_vng)
    b.add_argument("--drempel", type=_getal(0.0), default=d.drempel, help="minimale locatiegrootte (plekken)")
    b.add_argument("--minimale-duur", type=_getal(0.0), default=d.minimale_duur, help="jaren voor 'duurzaam'")
    b.add_argument("--locatieduur", type=_getal(0.0), default=bonus_regels.BonusScenario.locatieduur, help="jaren dat locaties open blijven")
    b.add_argument("--regeling-drempel", action="store_true", help="de drempel geldt ook voor de regeling 2024 [aanname]")
    b.add_argument("--niveau", choices=("gemeente", "provincie", "land"), default="gemeente")
    b.set_defaults(functie=cmd_bonus)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = maak_parser().parse_args(argv)
    try:
        return args.functie(args)
    except (DataFout, VerdeelFout, InvoerFout) as fout:
        print(f"Fout: {fout}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # bijv. `| head`
        return 0
