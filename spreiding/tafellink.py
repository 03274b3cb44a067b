"""De link van de regietafel: de ingevoerde afspraken (afspraken=GM0344:2400:GM0321,...) en de vergadering met de
toelichtingen (verslag={...}) als tekst in de URL, en terug, met een Nederlandse melding bij wat niet klopt.
Los van de regels van de tafel (spreiding/regietafel.py): dit is alleen het schrijven en lezen van de link."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from .lezen import kort, lees_aantal, lees_code
from .regietafel import (
    AFSPRAAKKOLOMMEN,
    MAX_AANWEZIG,
    VERGADERSTATUSSEN,
    Vergadering,
    gemeenten_in,
    schoon,
    standaard_afspraken,
)

#: Langer dan dit (tekens) gaat een deel niet in de adresbalk: browsers en servers kappen lange links af; bewaren kan
#: dan met de CSV of het verslag.
MAX_LINK = 1500


def past_in_link(tekst: str) -> bool:
    """Past deze linktekst in de adresbalk (hooguit MAX_LINK tekens)?"""
    return len(tekst) <= MAX_LINK


def naar_link(invoer: pd.DataFrame) -> str:
    """De ingevoerde afspraken als linktekst: 'GM0344:2400:GM0321,GM0321:0:GM0344' (code:afspraak[:partner]
    [:oekraine:statushouders]). Toelichtingen gaan in de vergaderlink (`vergadering_naar_link`)."""
    delen = []
    for r in schoon(invoer).sort_values("gemeentecode").itertuples():
        deel = f"{r.gemeentecode}:{r.afspraak}"
        if r.uitruil_met or r.oekraine or r.statushouders:
            deel += f":{r.uitruil_met}"
        if r.oekraine or r.statushouders:
            deel += f":{r.oekraine}:{r.statushouders}"
        delen.append(deel)
    return ",".join(delen)


def uit_link(tekst: str, codes: set[str], maximum: int) -> tuple[pd.DataFrame, list[str]]:
    """Lees `naar_link`-tekst terug (ook het oude 'code:afspraak'); wat niet klopt, wordt een Nederlandse melding
    en overgeslagen. Alleen gemeenten uit `codes` (de provincie)."""
    rijen, fouten = [], []
    for deel in [d for d in str(tekst).split(",") if d.strip()][:100]:
        stukken = deel.split(":")
        code = lees_code(stukken[0])
        if code is None or code not in codes:
            fouten.append(f"'{kort(deel, 20)}' hoort niet bij een gemeente van deze provincie")
            continue
        try:
            afspraak = lees_aantal(stukken[1] if len(stukken) > 1 else "", ".", maximum)
            partner = lees_code(stukken[2]) if len(stukken) > 2 and stukken[2] else ""
            if partner is None or (partner and (partner not in codes or partner == code)):
                raise ValueError("de uitruilpartner ligt niet in deze provincie")
            extra = [lees_aantal(s, ".", maximum) for s in stukken[3:5]] + [0, 0]
        except ValueError as fout:
            fouten.append(f"'{kort(deel, 20)}': {fout}")
            continue
        rijen.append(
            {
                "gemeentecode": code,
                "afspraak": afspraak,
                "uitruil_met": partner,
                "oekraine": extra[0],
                "statushouders": extra[1],
                "toelichting": "",
            }
        )
    tabel = (
        pd.DataFrame(rijen, columns=list(AFSPRAAKKOLOMMEN)) if rijen else pd.DataFrame(columns=list(AFSPRAAKKOLOMMEN))
    )
    return schoon(tabel.drop_duplicates("gemeentecode", keep="last")), fouten


def vergadering_naar_link(v: Vergadering, notities: dict[str, str]) -> str:
    """Vergadering en toelichtingen per gemeente als JSON voor de link (leeg als er niets is ingevuld)."""
    inhoud = {
        k: w
        for k, w in {
            "datum": v.datum.isoformat() if v.datum else "",
            "aanwezig": v.aanwezig,
            "status": v.status if v.status != "concept" else "",
            "notities": {c: t for c, t in sorted(notities.items()) if t},
        }.items()
        if w
    }
    return json.dumps(inhoud, ensure_ascii=False, separators=(",", ":")) if inhoud else ""


def vergadering_uit_link(tekst: str, codes: set[str]) -> tuple[Vergadering, dict[str, str], list[str]]:
    """Lees `vergadering_naar_link` terug: (vergadering, toelichting per gemeentecode, meldingen)."""
    fouten: list[str] = []
    try:
        ruw = json.loads(tekst)
        if not isinstance(ruw, dict):
            raise ValueError
    except ValueError:
        return Vergadering(), {}, ["de gegevens van de vergadering in de link zijn onleesbaar"]
    datum = None
    if ruw.get("datum"):
        try:
            datum = date.fromisoformat(str(ruw["datum"]))
        except ValueError:
            fouten.append("de datum van de vergadering in de link is geen datum")
    status = ruw.get("status") or "concept"
    if status not in VERGADERSTATUSSEN:
        fouten.append("de status van het verslag in de link is niet 'concept' of 'vastgesteld'")
        status = "concept"
    aanwezig = str(ruw.get("aanwezig") or "")[:MAX_AANWEZIG]
    notities = ruw.get("notities") if isinstance(ruw.get("notities"), dict) else {}
    notities = {str(c): str(t)[:500] for c, t in notities.items() if str(c) in codes}
    return Vergadering(datum, aanwezig, status), notities, fouten


def uit_de_link(
    verdeling: pd.DataFrame, provincie: str, afspraken: str, verslag: str, maximum: int
) -> tuple[pd.DataFrame, Vergadering, list[str]]:
    """De ingevoerde regels, de vergadering en de meldingen uit de twee linkparameters (afspraken=…, verslag=…).
    Een toelichting bij een gemeente zonder ingevoerde afspraak wordt een ingevoerde regel met de huidige
    reguliere plekken als afspraak (zo stond zij in de tabel toen de toelichting werd geschreven)."""
    codes = gemeenten_in(verdeling, provincie)
    invoer, fouten = uit_link(afspraken, codes, maximum)
    vergadering, notities, fouten_v = vergadering_uit_link(verslag or "{}", codes)
    basis = standaard_afspraken(verdeling, provincie, "regulier").set_index("gemeentecode")
    for code, tekst in notities.items():
        if code in set(invoer["gemeentecode"]):
            invoer.loc[invoer["gemeentecode"] == code, "toelichting"] = tekst
        else:
            rij = basis.loc[[code]].reset_index().assign(toelichting=tekst)
            invoer = pd.concat([invoer, rij], ignore_index=True)
    return schoon(invoer), vergadering, fouten + fouten_v
