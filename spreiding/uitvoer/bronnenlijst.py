"""docs/bronnen.md uit spreiding/parameters/: elke bron met link, elke parameter met label en eenheid, en elke
waarde met de dag waarop zij geldt, status en bron."""

from __future__ import annotations

from ..parameters import STATUSSEN, Parameters

SOORTEN = {
    "wet": "Wet- en regelgeving en Kamerstukken",
    "document": "Brondocumenten (VNG, provincie, VluchtelingenWerk)",
    "nieuws": "Nieuws en gerapporteerde cijfers",
    "gegevens": "Gegevens",
    "aanname": "Aannames van dit dashboard",
}


def anker(sleutel: str) -> str:
    return "bron-" + sleutel.lower().replace(".", "-")


def markdown(p: Parameters) -> str:
    regels = [
        "# Bronnen",
        "",
        "Gemaakt uit `spreiding/parameters/*.toml` met `python -m spreiding bronnen -o docs/bronnen.md`; niet met de "
        "hand bewerken.",
        "",
        "Status: **C** officiële tekst, **R** gerapporteerd (nieuws, brieven, secundaire bron), **U** aanname van dit "
        "dashboard.",
        "",
    ]
    for soort, kop in SOORTEN.items():
        bronnen = [b for b in p.bronnen.values() if b.soort == soort]
        if not bronnen:
            continue
        regels += [f"## {kop}", ""]
        for b in bronnen:
            link = f" <{b.url}>" if b.url else ""
            document = f" (brondocument {b.bestand})" if b.bestand else ""
            regels.append(f'- <a id="{anker(b.sleutel)}"></a>**{b.uitgever}**: {b.titel}, {b.datum}{document}.{link}')
        regels.append("")
    regels += [
        "## Waarden",
        "",
        "Elke parameter heeft waarden naar datum: een waarde geldt vanaf haar dag tot de volgende.",
        "",
        "| parameter | label (eenheid) | vanaf | waarde | status | bron | toelichting |",
        "|---|---|---|---|---|---|---|",
    ]
    artikelen = {  # (parameter, bron) -> artikel, uit de referenties
        (par.sleutel, r.bron.sleutel): r.artikel for par in p.parameters.values() for r in par.referenties if r.artikel
    }
    for g in p.alle_gegevens():
        waarde = "niet bekend" if g.waarde is None else g.waarde
        artikel = artikelen.get((g.sleutel, g.bron.sleutel))
        regels.append(
            f"| `{g.sleutel}` | {g.label} ({g.eenheid}) | {g.van.isoformat() if g.van else ''} | {waarde} | "
            f"{g.status} ({STATUSSEN[g.status]}) | [{g.bron.uitgever}](#{anker(g.bron.sleutel)})"
            f"{', ' + artikel if artikel else ''} | {g.toelichting} |"
        )
    regels += ["", "## Citaten", ""]
    for c in p.citaten.values():
        regels.append(f"- `{c.sleutel}`: “{c.tekst}” ({c.bron.uitgever}, {c.bron.datum})")
    return "\n".join(regels) + "\n"
