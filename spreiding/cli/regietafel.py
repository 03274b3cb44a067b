"""python -m spreiding regietafel ..."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from .. import regietafel as regietafel_regels
from ..data import laad_gemeenten
from ..fouten import VerdeelFout
from ..notatie import getal
from ..uitvoer.tabellen import json_records
from ..verdeling import verdeel
from .gemeen import (
    formaat_opties,
    provincienaam,
    schrijf,
    uitgangspunt_opties,
    uitgangspunt_uit,
)


def afspraken_uit(args, verdeling: pd.DataFrame, provincie: str) -> pd.DataFrame:
    """De tabel van de provincie: beginwaarden, met de regels uit --afspraken als ingevoerd."""
    from ..invoer import lees_afspraken  # lui: alleen bij --invoer (snelle --help)

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
    from ..uitvoer import verslag  # lui: fpdf en openpyxl alleen voor het verslag (snelle --help)

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


def opdracht(sub) -> None:
    """De subopdracht `regietafel` met haar opties."""
    p = sub.add_parser(
        "regietafel",
        help="afspraken van een provinciale regietafel toetsen en het verslag maken",
        description="Toets de afspraken van een provincie: haalt zij haar opgave, wat ontbreekt, wat zou een "
        "verdeelbesluit opleggen.",
    )
    uitgangspunt_opties(p)
    p.add_argument(
        "--provincie", required=True, help="provincienaam, of 'alle' (met --verslag MAP: een verslag per provincie)"
    )
    p.add_argument(
        "--afspraken",
        help="CSV of .xlsx met gemeentecode;afspraak en eventueel toelichting;uitruil_met;oekraine;statushouders "
        "(niet genoemde gemeenten: de beginwaarde)",
    )
    p.add_argument(
        "--oplegging",
        choices=tuple(regietafel_regels.OPLEGGINGEN),
        default=regietafel_regels.STANDAARD_OPLEGGING,
        help="hoe een verdeelbesluit het ontbrekende verdeelt (aanname): naar rato van het resterende tekort of van "
        "de opgave",
    )
    p.add_argument(
        "--extra-telt",
        action="store_true",
        help="plekken voor Oekraïners en statushouders tellen mee voor de asielopgave (aanname)",
    )
    p.add_argument("--datum", help="datum van de vergadering (JJJJ-MM-DD)")
    p.add_argument("--aanwezig", help="wie aanwezig was (vrije tekst)")
    p.add_argument("--status", choices=tuple(regietafel_regels.VERGADERSTATUSSEN), default="concept")
    p.add_argument(
        "--standaard",
        choices=tuple(regietafel_regels.STANDAARDEN),
        default="regulier",
        help="beginwaarde van de afspraken: regulier, opgave of huidig",
    )
    p.add_argument("--verslag", help="schrijf het verslag: een .pdf of .xlsx (bij --provincie alle: een map)")
    formaat_opties(p)
    p.set_defaults(functie=cmd_regietafel)
