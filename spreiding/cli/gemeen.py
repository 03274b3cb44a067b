"""Wat de opdrachten delen: de parser, getallen lezen, het uitgangspunt, schrijven, gemeenten en provincies zoeken."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence

import pandas as pd

from .. import herkomst, opties
from ..data import laad_woonplaatsen
from ..fouten import VerdeelFout
from ..uitgangspunt import Uitgangspunt, huidige, maak
from ..uitvoer.tabellen import csv_nl, json_records, tekst_tabel
from ..zoeken import suggesties, woonplaats_gemeenten, zoek_gemeente, zoek_provincie

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
    "te_realiseren_na_uitruil",
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


def lees_geheel(minimum: int, maximum: int, wat: str) -> Callable[[str], int]:
    """Geheel getal; '12345', '12_345' en (Nederlandse notatie) '12.345' zijn alle drie 12345."""

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


def lees_getal(minimum: float, maximum: float, wat: str) -> Callable[[str], float]:
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


def opties_toevoegen(p: argparse.ArgumentParser, soort: type, titel: str) -> None:
    """De vlaggen van een parameterobject, uit de beschrijving op zijn velden (spreiding/opties.py): naam, bereik,
    keuzes en uitleg staan daar één keer, voor de command line, de link en de widgets."""
    g = p.add_argument_group(titel)
    for f, o in opties.velden(soort):
        naam = opties.vlag(f, o)
        alleen = "; alleen bij " + " en ".join(
            f"{opties.vlag(*next((v, b) for v, b in opties.velden(soort) if v.name == veld))} {'/'.join(goed)}"
            for veld, goed in o.alleen
        )
        hulp = o.label
        achter = alleen if o.alleen else ""
        w = opties.soort_widget(f, o)
        if w == "vinkje":
            if f.default:
                g.add_argument("--geen-" + naam[2:], dest=f.name, action="store_false", help=f"niet: {hulp}{achter}")
            else:
                g.add_argument(naam, dest=f.name, action="store_true", help=hulp + achter)
        elif w == "keuze":
            uitleg = "; ".join(f"{k}: {v}" for k, v in (o.keuzes or {}).items())
            g.add_argument(
                naam, dest=f.name, choices=tuple(o.keuzes or ()), default=f.default, help=f"{hulp} ({uitleg}){achter}"
            )
        else:
            wat = f"'{o.label}'"
            lezer = (
                lees_geheel(int(o.laagste), int(o.hoogste), wat)
                if opties.geheel(f)
                else lees_getal(o.laagste, o.hoogste, wat)
            )
            deel = " (een deel: 1 is 100 %%)" if o.schaal == 100 else ""
            g.add_argument(naam, dest=f.name, type=lezer, default=f.default, help=f"{hulp}{deel}{achter}")


def uit_opties(soort: type, args: argparse.Namespace):
    """Het parameterobject uit de vlaggen; een optie die bij de gekozen soort niet meetelt, krijgt haar standaard."""
    return opties.genormaliseerd(soort(**{f.name: getattr(args, f.name) for f, _ in opties.velden(soort)}))


def uitgangspunt_opties(p: argparse.ArgumentParser, standaard: str | None = None) -> None:
    """De opties van het uitgangspunt, uit de beschrijving van zijn velden (spreiding/uitgangspunt.py); `standaard`:
    de cyclus zonder --cyclus (anders die van vandaag). Zonder een vlag is de waarde None: de cyclus bepaalt haar."""
    standaard = standaard or huidige()
    g = p.add_argument_group("uitgangspunt")
    velden = {f.name: (opties.vlag(f, o), o) for f, o in opties.velden(Uitgangspunt)}
    vlag, o = velden["cyclus"]
    g.add_argument(
        vlag,
        dest="cyclus",
        choices=tuple(k for k in o.keuzes if k != "eigen"),
        default=None,
        help=f"{herkomst.cycli_in_het_kort()} Standaard {standaard}.",
    )
    vlag, o = velden["totaal"]
    g.add_argument(
        vlag,
        dest="totaal",
        type=lees_geheel(int(o.laagste), int(o.hoogste), "een landelijk totaal in plekken"),
        default=None,
        help=o.hulp,
    )
    vlag, o = velden["peildatum"]
    g.add_argument(vlag, dest="peildatum", type=int, choices=sorted(o.keuzes), default=None, help=o.hulp)
    vlag, o = velden["alpha"]
    g.add_argument(
        vlag,
        dest="alpha",
        type=lees_getal(o.laagste, o.hoogste, "de sterkte van de SES-correctie"),
        default=None,
        help=o.hulp,
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


def formaat_opties(p: argparse.ArgumentParser) -> None:
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
    """De gemeente bij een code, naam of woonplaats ('Sneek'); een woonplaats in twee gemeenten noemt beide."""
    woonplaatsen = laad_woonplaatsen()
    code = zoek_gemeente(tekst, gemeenten, woonplaatsen)
    if code is None:
        plaatsen = woonplaats_gemeenten(tekst, woonplaatsen)
        if len(plaatsen) > 1:
            namen = dict(zip(gemeenten["gemeentecode"], gemeenten["gemeentenaam"]))
            raise VerdeelFout(
                f"De woonplaats {str(tekst)[:40]!r} ligt in {len(plaatsen)} gemeenten: "
                + ", ".join(f"{namen[c]} ({c})" for c in plaatsen)
                + ". Geef de gemeente of haar code."
            )
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
