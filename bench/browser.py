"""Snelheid zoals een bezoeker haar voelt, in headless Chromium, naast een minimale Streamlit-app als ondergrens.

Gebruik: python -m bench.browser [--rondes 5]
Meet per pagina een koude link (nieuwe browsercontext) en een warme link (zelfde context, tweede bezoek): de tijd tot de
figuur getekend is en tot Streamlit klaar is, en de bytes over de lijn (HTTP en websocket); en per belangrijke
widgetwijziging de tijd tot de figuur opnieuw getekend is en tot klaar, en of de kaart opnieuw werd opgebouwd.
De twee apps worden om en om gemeten; mediaan en maximum over de rondes; de verhouding tot de minimale app.
Doelen (issue): elke widgetwijziging binnen 1,5 x de minimale app (mediaan) en onder 300 ms (p95); een koude link naar
/kaart met de kaart getekend binnen 1,3 x de figuur van de minimale app.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import psutil
from playwright.sync_api import sync_playwright

from bench.app_server import BUREAU, CHROMIUM_ARGS, PROJECT, AppServer, chromium_pad

#: JavaScript: een handtekening van figuur i (titel, de eerste waarden van het eerste spoor, aantal sporen).
SIG = """const sig = (i) => { const g = document.querySelectorAll('.js-plotly-plot')[i];
    if (!g || !g._fullData || !g._fullLayout) return null;
    const t = g._fullData[0], ti = (g._fullLayout.title && g._fullLayout.title.text) || '';
    const z = t ? [].concat(Array.from(t.z || []), Array.from(t.x || []), Array.from(t.y || [])) : [];
    return ti + '|' + z.slice(0, 150).join(',') + '|' + g._fullData.length; };"""
#: Wacht tot de handtekening van figuur `i` verandert (of bestaat), dan twee animatieframes (getekend); geeft de
#: verstreken ms sinds window.__t0 (-1 na 15 s).
WACHT_FIGUUR = (
    """([i, oud]) => new Promise(klaar => { setTimeout(() => klaar(-1), 15000); """
    + SIG
    + """
  const kijk = () => { const s = sig(i);
    if (s !== null && s !== oud) {
      requestAnimationFrame(() => requestAnimationFrame(() => klaar(performance.now() - window.__t0)));
    } else requestAnimationFrame(kijk); };
  kijk(); })"""
)
HANDTEKENING = "(i) => { " + SIG + " return sig(i); }"
#: Wacht tot Streamlit drie animatieframes lang niets meer doet (geen statuswidget, geen skelet).
WACHT_KLAAR = """() => new Promise(klaar => { let rustig = 0; setTimeout(() => klaar(-1), 15000);
  const kijk = () => {
    const bezig = document.querySelector('[data-testid="stStatusWidget"], [data-testid="stSkeleton"]');
    rustig = bezig ? 0 : rustig + 1;
    if (rustig >= 3) klaar(performance.now() - window.__t0); else requestAnimationFrame(kijk); };
  requestAnimationFrame(kijk); })"""
LUISTER = """() => { if (!window.__luister) { window.__luister = true;
  for (const t of ['pointerup', 'keydown'])
    document.addEventListener(t, () => { window.__t0 = performance.now(); }, true); } }"""
#: Merkt de grafiek-div; true als hij al gemerkt was (dus niet opnieuw opgebouwd).
KAART_GEMERKT = """() => { const g = document.querySelector('.js-plotly-plot'); if (!g) return false;
  const m = g.__merk === 1; g.__merk = 1; return m; }"""


class Teller:
    """Bytes over de lijn via het Chrome DevTools Protocol: HTTP-antwoorden en websocketframes."""

    def __init__(self, context, pagina):
        self.bytes = 0
        cdp = context.new_cdp_session(pagina)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", lambda e: self._tel(e.get("encodedDataLength", 0)))
        cdp.on(
            "Network.webSocketFrameReceived", lambda e: self._tel(len(e["response"].get("payloadData", "")) * 3 // 4)
        )

    def _tel(self, n: int) -> None:
        self.bytes += int(n)


def stap(tekst: str) -> None:
    print(tekst, file=sys.stderr, flush=True)


def open_link(context, url: str, figuur: int | None) -> dict:
    stap(f"open {url}")
    p = context.new_page()
    teller = Teller(context, p)
    p.add_init_script("window.__t0 = performance.now();")
    p.goto(url, wait_until="commit")
    uit = {}
    if figuur is not None:
        uit["figuur"] = p.evaluate(WACHT_FIGUUR, [figuur, None])
    uit["klaar"] = p.evaluate(WACHT_KLAAR)
    p.wait_for_timeout(300)
    uit["bytes"] = teller.bytes
    return {"pagina": p, **uit}


def wijzig(p, actie, figuur: int) -> dict:
    oud = p.evaluate(HANDTEKENING, figuur)
    p.evaluate(KAART_GEMERKT)
    # de klok start bij de laatste invoer (toets of loslaten van de muis), niet bij Playwrights voorbereiding
    p.evaluate(LUISTER)
    actie(p)
    geschilderd = p.evaluate(WACHT_FIGUUR, [figuur, oud])
    klaar = p.evaluate(WACHT_KLAAR)
    return {"figuur": geschilderd, "klaar": klaar, "zelfde_kaart": p.evaluate(KAART_GEMERKT)}


def schuif(label_key: str, richting: str = "ArrowRight"):
    def actie(p):
        r = p.locator(f".st-key-{label_key}").get_by_role("slider")
        r.focus()
        p.keyboard.press(richting)

    return actie


def keuze(label_key: str, optie: str):
    def actie(p):
        p.locator(f".st-key-{label_key} input[role=combobox]").click()
        p.get_by_role("option", name=optie, exact=True).click()

    return actie


def knop(naam: str):
    return lambda p: p.get_by_role("radio", name=naam).click()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rondes", type=int, default=5)
    parser.add_argument(
        "--app-map", type=Path, default=PROJECT, help="map met de app (bv. een git worktree van een oudere versie)"
    )
    args = parser.parse_args(argv)
    metingen: dict[str, list[float]] = defaultdict(list)
    last = []
    with AppServer(map_=args.app_map) as app, AppServer(app="bench/referentie_app.py") as ref, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_pad(), args=CHROMIUM_ARGS)
        for _ in range(args.rondes):
            last.append(psutil.getloadavg()[0])
            # minimale app: koude link en een schuifbeweging
            ctx = browser.new_context(**BUREAU)
            r = open_link(ctx, ref.url, 0)
            metingen["minimaal koud: figuur"].append(r["figuur"])
            metingen["minimaal koud: klaar"].append(r["klaar"])
            metingen["minimaal koud: KB"].append(r["bytes"] / 1024)
            for k in range(3):
                w = wijzig(r["pagina"], schuif("waarde", "ArrowRight" if k % 2 == 0 else "ArrowLeft"), 0)
                metingen["minimaal schuif: figuur"].append(w["figuur"])
                metingen["minimaal schuif: klaar"].append(w["klaar"])
            ctx.close()
            # de app
            for pad, naam, figuur in (
                ("/kaart", "kaart", 0),
                ("/wachten?gemeente=Utrecht", "wachten", 0),
                ("/bonus", "bonus", 0),
                ("/", "start", None),
            ):
                ctx = browser.new_context(**BUREAU)  # koud: lege browsercache
                r = open_link(ctx, app.url + pad, figuur)
                if figuur is not None:
                    metingen[f"{naam} koud: figuur"].append(r["figuur"])
                metingen[f"{naam} koud: klaar"].append(r["klaar"])
                metingen[f"{naam} koud: KB"].append(r["bytes"] / 1024)
                r["pagina"].close()
                if naam != "kaart":
                    ctx.close()
                    continue
                r = open_link(ctx, app.url + "/kaart", 0)  # warm: tweede bezoek in dezelfde context
                metingen["kaart warm: figuur"].append(r["figuur"])
                metingen["kaart warm: KB"].append(r["bytes"] / 1024)
                r["pagina"].close()
                ctx.close()
            ctx = browser.new_context(**BUREAU)
            r = open_link(ctx, app.url + "/kaart", 0)
            p = r["pagina"]
            for naam, actie in (
                ("kleur", keuze("kleur", "Per 1.000 inwoners")),
                ("kleur", keuze("kleur", "Opgave")),
                ("cyclus", knop("Cyclus 1")),
                ("cyclus", knop("Cyclus 2")),
            ):
                w = wijzig(p, actie, 0)
                metingen[f"kaart {naam}: figuur"].append(w["figuur"])
                metingen[f"kaart {naam}: klaar"].append(w["klaar"])
                metingen[f"kaart {naam}: zelfde kaart"].append(1.0 if w["zelfde_kaart"] else 0.0)
            p.close()
            r = open_link(ctx, app.url + "/wachten?gemeente=Utrecht", 0)
            for k in range(3):
                w = wijzig(r["pagina"], schuif("deelname", "ArrowRight" if k % 2 == 0 else "ArrowLeft"), 0)
                metingen["wachten schuif: figuur"].append(w["figuur"])
                metingen["wachten schuif: klaar"].append(w["klaar"])
            r["pagina"].close()
            # figuur 1 (per provincie en systeem) hangt alleen van het deel kleinschalig af als de drempel per locatie
            # geldt; de standaardlezing is per gemeente (spreiding/parameters/wet.toml), dus de link kiest 'locatie'
            r = open_link(ctx, app.url + "/bonus?lezing=locatie", 1)
            for k in range(3):
                w = wijzig(r["pagina"], schuif("klein", "ArrowRight" if k % 2 == 0 else "ArrowLeft"), 1)
                metingen["bonus schuif: figuur"].append(w["figuur"])
                metingen["bonus schuif: klaar"].append(w["klaar"])
            ctx.close()
        browser.close()
    print(f"App: {args.app_map}")
    print(
        f"Chromium (headless), {args.rondes} rondes, om en om met de minimale app; belasting van de machine: "
        f"{min(last):.2f} tot {max(last):.2f} (2 cores)"
    )
    grond_figuur = statistics.median(metingen["minimaal schuif: figuur"])
    grond_koud = statistics.median(metingen["minimaal koud: figuur"])
    print(f"{'meting':32s} {'mediaan':>9s} {'max':>9s} {'p95':>9s}  verhouding tot minimaal")
    for naam, waarden in metingen.items():
        med, mx = statistics.median(waarden), max(waarden)
        p95 = sorted(waarden)[min(len(waarden) - 1, round(0.95 * (len(waarden) - 1)))]
        eenheid = "KB" if naam.endswith("KB") else ("" if "zelfde" in naam else "ms")
        if "zelfde" in naam:
            print(f"{naam:32s} {100 * med:8.0f}% van de wijzigingen zonder nieuwe kaart")
            continue
        verhouding = ""
        if naam.endswith(": figuur") and "koud" in naam and "minimaal" not in naam:
            verhouding = f"{med / grond_koud:4.2f} x (koud, figuur)"
        elif naam.endswith(": figuur") and "minimaal" not in naam and "warm" not in naam:
            verhouding = f"{med / grond_figuur:4.2f} x (widget, figuur)"
        print(f"{naam:32s} {med:8.0f}{eenheid:>1s} {mx:8.0f}{eenheid:>1s} {p95:8.0f}{eenheid:>1s}  {verhouding}")
    # één regel om op te sturen (issue 34): de slechtste verhouding van een widgetwijziging en van een koude pagina
    wijzigingen = {
        naam.removesuffix(": figuur"): statistics.median(w) / grond_figuur
        for naam, w in metingen.items()
        if naam.endswith(": figuur") and not any(x in naam for x in ("koud", "warm", "minimaal"))
    }
    koud = {
        naam.removesuffix(" koud: figuur"): statistics.median(w) / grond_koud
        for naam, w in metingen.items()
        if naam.endswith(" koud: figuur") and "minimaal" not in naam
    }
    mislukt = sorted(naam for naam, v in wijzigingen.items() if v < 0)  # -1 ms: de figuur veranderde niet binnen 15 s
    if mislukt:
        print(f"mislukte metingen (geen nieuwe figuur binnen de wachttijd): {', '.join(mislukt)}")
    wijzigingen = {naam: v for naam, v in wijzigingen.items() if v >= 0}
    if wijzigingen:
        slechtste = max(wijzigingen, key=wijzigingen.get)
        pagina, _, widget = slechtste.partition(" ")
        print(f"slechtste verhouding wijziging: {wijzigingen[slechtste]:.2f} ({pagina}, {widget})")
    if koud:
        slechtste = max(koud, key=koud.get)
        print(f"slechtste verhouding koude pagina: {koud[slechtste]:.2f} ({slechtste})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
