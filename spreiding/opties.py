"""Elke instelbare optie één keer beschreven: op het veld van haar dataclass (`optie(...)`).

Uit die ene beschrijving komen de vlag van de command line (`--aandeel-klein`), `argumenten()` (de opdracht onder
'Naberekenen'), de sleutel in de link (`klein=20`), het label, het bereik, de stap en de eenheid van de widget
(weergave/bediening.py: `opties`). Vroeger stond elke optie er drie keer: in argparse (spreiding/cli/), in een
`argumenten()` met de hand en als widget met een eigen sleutel (`b1`, `br`, `bv`) en eigen grenzen.

De waarde in de link is die van het scherm: een deel (0,2) staat er als procent (`klein=20`), zoals de schuif hem
toont; op de command line staat het deel zelf (`--aandeel-klein 0.2`), zoals het model rekent.
Een optie die bij de gekozen soort niet meetelt (`alleen=(("soort", ("uniform",)),)`) staat niet in de opdracht, krijgt
op de command line haar standaard, en is op het scherm uitgeschakeld (met de reden)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .fouten import VerdeelFout
from .notatie import getal


@dataclass(frozen=True)
class Optie:
    """Beschrijving van één optie. `laagste`/`hoogste`: het bereik in de eenheid van het model (een deel, euro,
    jaren), voor de command line en de controle van het object. `schaal` zet een modelwaarde om naar het scherm en
    de link (100: procenten); `stap` en `scherm` (een smaller bereik voor een schuif) zijn in schermeenheden."""

    label: str
    url: str
    laagste: float = 0
    hoogste: float = 0
    stap: float = 1
    eenheid: str = ""
    schaal: float = 1
    hulp: str = ""
    vlag: str = ""  # leeg: '--' + de veldnaam met streepjes
    keuzes: Mapping[str, str] | None = None  # waarde -> tekst op het scherm
    widget: str = ""  # 'schuif', 'getal', 'vinkje', 'keuze' (leeg: afgeleid van de soort)
    scherm: tuple[float, float] | None = None
    alleen: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # ((veld, waarden), ...): alleen dan telt de optie mee
    oud: tuple[str, ...] = ()  # oudere sleutels in links (b1, br, ...): die werken nog


def optie(standaard: Any, **beschrijving: Any) -> Any:
    """Een veld met standaard en beschrijving: `realisatie: float = optie(1.1, label=..., url=...)`."""
    return field(default=standaard, metadata={"optie": Optie(**beschrijving)})


def beschreven(**beschrijving: Any) -> Any:
    """Een veld zonder standaard, met beschrijving (het uitgangspunt: zijn standaard hangt af van de cyclus)."""
    return field(metadata={"optie": Optie(**beschrijving)})


def beschrijving(soort: type, naam: str) -> Optie:
    """De beschrijving van veld `naam` van `soort`."""
    return next(o for f, o in velden(soort) if f.name == naam)


def procentoptie(standaard: float, **beschrijving: Any) -> Any:
    """Een deel (0 tot `hoogste`, standaard 1) dat op het scherm en in de link een percentage is, in stappen van 5 %."""
    return optie(standaard, **({"hoogste": 1, "schaal": 100, "stap": 5, "eenheid": " %"} | beschrijving))


class MetOpties:
    """Voor een dataclass met beschreven velden: de controle van het bereik bij het maken (een VerdeelFout met de
    Nederlandse melding) en `argumenten()` voor de opdracht op de pagina."""

    def __post_init__(self) -> None:
        fout = problemen(self)
        if fout:
            raise VerdeelFout(fout[0])

    def argumenten(self) -> list[str]:
        return argumenten(self)


def velden(soort: type) -> list[tuple[dataclasses.Field, Optie]]:
    """De beschreven velden van een dataclass, in de volgorde van de klasse."""
    return [(f, f.metadata["optie"]) for f in dataclasses.fields(soort) if "optie" in f.metadata]


def vlag(f: dataclasses.Field, o: Optie) -> str:
    return o.vlag or "--" + f.name.replace("_", "-")


def standaarden(soort: type) -> dict[str, Any]:
    return {f.name: f.default for f, _ in velden(soort)}


def telt_mee(o: Optie, waarden: Mapping[str, Any]) -> bool:
    """Telt de optie mee bij deze waarden van de andere velden?"""
    return all(waarden.get(veld) in goed for veld, goed in o.alleen)


def waarom_niet(soort: type, o: Optie, waarden: Mapping[str, Any]) -> str | None:
    """Waarom de optie niet meetelt, in de woorden van het scherm ('Alleen bij 'willekeurig gekozen'.'), of None."""
    beschrijving = {f.name: b for f, b in velden(soort)}
    for veld, goed in o.alleen:
        if waarden.get(veld) not in goed:
            namen = beschrijving[veld].keuzes or {}
            return "Alleen bij " + " of ".join(f"'{namen.get(w, w)}'" for w in goed) + "."
    return None


def problemen(obj: Any) -> list[str]:
    """Wat er aan een object niet klopt volgens de beschrijving van zijn opties (bereik, geheel getal, keuze)."""
    uit: list[str] = []
    for f, o in velden(type(obj)):
        waarde = getattr(obj, f.name)
        naam = o.label.rstrip("?")
        if soort_widget(f, o) == "vinkje":
            if not isinstance(waarde, (bool, np.bool_)):
                uit.append(f"'{naam}' is ja of nee.")
        elif o.keuzes is not None:
            if waarde not in o.keuzes:
                uit.append(f"Onbekende keuze {str(waarde)[:30]!r} voor '{naam}'; kies uit {', '.join(o.keuzes)}.")
        elif isinstance(waarde, (bool, np.bool_)) or not isinstance(waarde, (int, float, np.integer, np.floating)):
            uit.append(f"'{naam}' moet een getal zijn.")
        elif geheel(f) and not isinstance(waarde, (int, np.integer)):
            uit.append(f"'{naam}' moet een geheel getal zijn.")
        elif not math.isfinite(waarde) or not o.laagste <= waarde <= o.hoogste:
            deel = " (een deel: 1 is 100 %)" if o.schaal == 100 else ""
            uit.append(
                f"'{naam}' moet tussen {getal(o.laagste, 2)} en {getal(o.hoogste, 2)} liggen{deel}.".replace(",00", "")
            )
    return uit


def geheel(f: dataclasses.Field) -> bool:
    return f.type in (int, "int")


def soort_widget(f: dataclasses.Field, o: Optie) -> str:
    if o.widget:
        return o.widget
    if f.type in (bool, "bool"):
        return "vinkje"
    if o.keuzes is not None:
        return "keuze"
    return "getal" if geheel(f) else "schuif"


def _tekst(waarde: Any) -> str:
    """Een getal als tekst die precies terugleest (0.2, 1.1, 5; geen 0.20000000000000001)."""
    if isinstance(waarde, float):
        kort = f"{waarde:g}"
        return kort if float(kort) == waarde else repr(waarde)
    return str(waarde)


def genormaliseerd(obj: Any) -> Any:
    """Het object met de standaard op elke optie die niet meetelt (zoals de command line en de pagina het lezen)."""
    waarden = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    std = standaarden(type(obj))
    nieuw = {f.name: std[f.name] for f, o in velden(type(obj)) if not telt_mee(o, waarden)}
    return dataclasses.replace(obj, **nieuw) if nieuw else obj


def argumenten(obj: Any) -> list[str]:
    """De opties die afwijken van de standaard en meetellen, als command-line-argumenten (voor 'Naberekenen')."""
    waarden = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    delen: list[str] = []
    for f, o in velden(type(obj)):
        waarde = waarden[f.name]
        if waarde == f.default or not telt_mee(o, waarden):
            continue
        if isinstance(waarde, bool):
            delen.append(vlag(f, o) if waarde else "--geen-" + vlag(f, o)[2:])
        else:
            delen += [vlag(f, o), _tekst(waarde)]
    return delen


def schermbereik(o: Optie) -> tuple[float, float]:
    """Het bereik van de widget in schermeenheden: `scherm`, of het bereik van het model keer de schaal."""
    return o.scherm or (o.laagste * o.schaal, o.hoogste * o.schaal)


def naar_scherm(f: dataclasses.Field, o: Optie, waarde: Any) -> Any:
    """Modelwaarde -> waarde van de widget (0.2 -> 20 bij procenten)."""
    if soort_widget(f, o) in ("vinkje", "keuze"):
        return waarde
    scherm = round(waarde * o.schaal, 9)  # 1.1 * 100 is 110.00000000000001
    return int(scherm) if float(o.stap).is_integer() and float(scherm).is_integer() else scherm


def uit_scherm(f: dataclasses.Field, o: Optie, waarde: Any) -> Any:
    """Waarde van de widget -> modelwaarde (20 -> 0.2 bij procenten)."""
    if soort_widget(f, o) in ("vinkje", "keuze"):
        return waarde
    if geheel(f):
        return int(round(waarde / o.schaal))
    return round(float(waarde) / o.schaal, 12)  # 35 / 100 is 0.35, 7 / 100 is 0.07


def als_tekst(obj: Any) -> list[tuple[str, str]]:
    """Elke optie die meetelt als (label, waarde in de notatie van het scherm): voor de instellingen in een export."""
    waarden = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    uit: list[tuple[str, str]] = []
    for f, o in velden(type(obj)):
        if not telt_mee(o, waarden):
            continue
        waarde = waarden[f.name]
        if o.keuzes is not None:
            tekst = o.keuzes[waarde]
        elif soort_widget(f, o) == "vinkje":
            tekst = "ja" if waarde else "nee"
        else:
            scherm = naar_scherm(f, o, waarde)
            tekst = getal(scherm, 0 if float(scherm).is_integer() else 2) + o.eenheid
        uit.append((o.label.rstrip("?"), tekst))
    return uit
