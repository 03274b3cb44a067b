"""Belasting: N bezoekers tegelijk openen de kaart en veranderen een widget; per N de mediaan en het 95e percentiel
van de tijd tot de eerste kaart en per widgetwijziging, de fouten en het servergeheugen per sessie.

Gebruik:
    python -m bench.belasting                          # start zelf een server op deze machine
    python -m bench.belasting --url http://127.0.0.1:8600 --pid 1234,1235   # een draaiende server of proxy
    python -m bench.belasting --aantallen 10,25,50,100 --wijzigingen 3 --modus beide
    python -m bench.belasting --aantallen 100 --modus stoot --referentie   # daarna de minimale app, met verhouding
    python -m bench.belasting --soak 1800                # 30 minuten sessies op gemengde pagina's: RSS per minuut

Elke bezoeker spreekt Streamlits websocketprotocol (bench/protocol.py): GET van de pagina (cookie van een
eventuele proxy), websocket, herberekening, dan `--wijzigingen` keer een andere kleur op de kaart. Twee modi:
- stoot: alle N bezoekers openen en klikken op precies hetzelfde moment (het slechtste geval);
- verspreid: de bezoekers komen binnen 10 s binnen en klikken elk na 2 tot 5 s bedenktijd (een drukke middag).
Doelen (issue): 50 sessies zonder fout, p95 van een widgetwijziging onder 3 s bij 50 sessies, < 30 MB per sessie.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import psutil

from bench.app_server import AppServer
from bench.protocol import Bezoeker

KOP = (
    "modus        N | eerste kaart  | wijziging (s) | fout  | geheugen (MB)       | cpu (s)           | replica's\n"
    "               | median   p95  | median   p95  |       |  voor    met  /sessie | server meting duur |"
)
KLEUREN = ["Per 1.000 inwoners", "Huidige plekken", "Saldo regulier (telt voor de opgave)", "Opgave"]
GEMEENTEN = ["Heerlen", "Utrecht", "Zwolle", "Westerwolde", "Amsterdam", "Groningen", "Almere", "Zeist"]


@dataclass
class Uitslag:
    eerste_kaart: list[float] = field(default_factory=list)
    wijziging: list[float] = field(default_factory=list)
    fouten: Counter = field(default_factory=Counter)
    servers: Counter = field(default_factory=Counter)
    cpu: tuple[float, float, float] = (0.0, 0.0, 0.0)  # cpu-seconden server, cpu-seconden meting, duur (s)
    slot: threading.Lock = field(default_factory=threading.Lock)


@dataclass(frozen=True)
class Opzet:
    url: str
    wijzigingen: int
    verspreid: bool
    referentie: bool = False  # bench/referentie_app.py: één schuif en één figuur, de ondergrens van Streamlit


def p95(waarden: list[float]) -> float:
    if not waarden:
        return float("nan")
    gesorteerd = sorted(waarden)
    return gesorteerd[min(len(gesorteerd) - 1, int(round(0.95 * (len(gesorteerd) - 1))))]


def mediaan(waarden: list[float]) -> float:
    return statistics.median(waarden) if waarden else float("nan")


def rss_mb(pids: list[int]) -> float:
    totaal = 0
    for pid in pids:
        try:
            p = psutil.Process(pid)
            totaal += p.memory_info().rss + sum(k.memory_info().rss for k in p.children(recursive=True))
        except psutil.Error:
            pass
    return totaal / 2**20


def cpu_s(pids: list[int]) -> float:
    totaal = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
            totaal += t.user + t.system
        except psutil.Error:
            pass
    return totaal


def bezoeker(opzet: Opzet, i: int, uitslag: Uitslag, start: threading.Barrier, open_: list) -> None:
    kans = random.Random(i)
    if opzet.referentie:
        b = Bezoeker(opzet.url, "")
    else:
        b = Bezoeker(opzet.url, "kaart", f"gemeente={GEMEENTEN[i % len(GEMEENTEN)]}")
    open_.append(b)
    try:
        start.wait(timeout=120)
        if opzet.verspreid:
            time.sleep(kans.uniform(0, 10))
        run = b.open()
        with uitslag.slot:
            uitslag.eerste_kaart.append(run.eerste_figuur or run.seconden)
            uitslag.servers[b.server or "-"] += 1
        for k in range(opzet.wijzigingen):
            if opzet.verspreid:
                time.sleep(kans.uniform(2, 5))
            if opzet.referentie:
                run = b.zet("Waarde", 10 + (i + k) % 80)
            else:
                run = b.zet("Kleur op de kaart", KLEUREN[(i + k) % len(KLEUREN)])
            with uitslag.slot:
                if run.fout is None:
                    uitslag.wijziging.append(run.seconden)
                else:
                    uitslag.fouten[run.fout] += 1
    except Exception as fout:  # noqa: BLE001 - elke fout van een bezoeker telt, de meting gaat door
        with uitslag.slot:
            uitslag.fouten[type(fout).__name__] += 1


def ronde(opzet: Opzet, n: int, pids: list[int]) -> tuple[Uitslag, float, float]:
    """n bezoekers tegelijk; geeft (uitslag, geheugen vooraf, geheugen met n open sessies)."""
    uitslag = Uitslag()
    open_: list[Bezoeker] = []
    voor = rss_mb(pids)
    cpu_server, cpu_meting, begin = cpu_s(pids), time.process_time(), time.perf_counter()
    start = threading.Barrier(n)
    draden = [threading.Thread(target=bezoeker, args=(opzet, i, uitslag, start, open_), daemon=True) for i in range(n)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=900)
    na = rss_mb(pids)
    uitslag.cpu = (cpu_s(pids) - cpu_server, time.process_time() - cpu_meting, time.perf_counter() - begin)
    for b in open_:
        b.sluit()
    return uitslag, voor, na


def regel(modus: str, n: int, u: Uitslag, voor: float, na: float, pids: list[int]) -> str:
    per_sessie = (na - voor) / n if pids else float("nan")
    servers = ", ".join(f"{k}: {v}" for k, v in sorted(u.servers.items())) if set(u.servers) != {"-"} else "-"
    return (
        f"{modus:9s} {n:>4} | {mediaan(u.eerste_kaart):6.2f} {p95(u.eerste_kaart):6.2f} | {mediaan(u.wijziging):6.2f} "
        f"{p95(u.wijziging):6.2f} | {sum(u.fouten.values()):5d} | {voor:6.0f} {na:6.0f} {per_sessie:5.1f} | "
        f"{u.cpu[0]:5.1f} {u.cpu[1]:5.1f} {u.cpu[2]:5.1f} | {servers}"
        + (f"\n          fouten: {dict(u.fouten)}" if u.fouten else "")
    )


#: De soak: gemengde pagina's, elk met de wijziging die een bezoeker daar doet (label, waarden).
SOAK_PAGINAS = [
    ("kaart", "gemeente={g}", "Kleur op de kaart", KLEUREN),
    ("kaart", "niveau=Provincies", "Kleur op de kaart", KLEUREN),
    ("gemeente", "gemeente={g}", None, None),
    ("wachten", "gemeente={g}", "Deel van de andere gemeenten dat vroeg aanbiedt", [30.0, 50.0, 70.0, 90.0]),
    ("bonus", "", "Deel in kleinschalige locaties", [10.0, 20.0, 40.0]),
    ("regietafel", "provincie=Utrecht", None, None),
    ("vergelijk", "gemeente={g}", None, None),
    ("start", "", None, None),
]


def soak(url: str, pids: list[int], seconden: float, tegelijk: int = 6) -> int:
    """Issue 34: `tegelijk` bezoekers openen en sluiten sessies op gemengde pagina's (een op de drie haalt een
    download), `seconden` lang; elke minuut het servergeheugen (RSS). Eindigt met de groei over de laatste 10 minuten
    (doel: minder dan 5 %); een download die niet aankomt (404) telt als fout."""
    stop = time.monotonic() + seconden
    teller, fouten, downloads = Counter(), Counter(), Counter()
    slot = threading.Lock()

    def bezoek(i: int) -> None:
        rng = random.Random(i)
        while time.monotonic() < stop:
            pagina, query, label, waarden = rng.choice(SOAK_PAGINAS)
            b = Bezoeker(url, pagina, query.format(g=rng.choice(GEMEENTEN)))
            try:
                run = b.open()
                if label and label in b.widgets:
                    run = b.zet(label, rng.choice(waarden))
                # een op de drie bezoekers haalt een download van de pagina (PDF, Excel, CSV): die maakt de server
                # pas bij de klik, en wat hij maakt moet ook weer verdwijnen
                knop = rng.choice(sorted(b.downloads)) if b.downloads and rng.random() < 1 / 3 else None
                grootte = b.download(knop) if knop else 0
                with slot:
                    teller[pagina] += 1
                    if knop:
                        downloads[knop] += 1
                        downloads["bytes"] += grootte
                    if run.fout:
                        fouten[run.fout] += 1
            except Exception as fout:  # noqa: BLE001 - een meting telt fouten, ze stopt er niet voor
                with slot:
                    fouten[type(fout).__name__] += 1
            finally:
                b.sluit()

    draden = [threading.Thread(target=bezoek, args=(i,), daemon=True) for i in range(tegelijk)]
    begin = time.monotonic()
    for d in draden:
        d.start()
    metingen: list[tuple[float, float]] = []
    while time.monotonic() < stop:
        metingen.append(((time.monotonic() - begin) / 60, rss_mb(pids)))
        print(
            f"minuut {metingen[-1][0]:5.1f}: RSS {metingen[-1][1]:6.1f} MB, sessies {sum(teller.values())}", flush=True
        )
        time.sleep(min(60.0, max(0.0, stop - time.monotonic())))
    for d in draden:
        d.join(timeout=120)
    metingen.append(((time.monotonic() - begin) / 60, rss_mb(pids)))
    laatste = [m for m in metingen if m[0] >= metingen[-1][0] - 10]
    groei = 100 * (laatste[-1][1] / laatste[0][1] - 1)
    print(
        f"soak: {sum(teller.values())} sessies in {metingen[-1][0]:.0f} min ({dict(teller)}), "
        f"downloads {dict(downloads)}, fouten {dict(fouten)}; "
        f"RSS {metingen[0][1]:.0f} -> {metingen[-1][1]:.0f} MB; laatste 10 minuten {groei:+.1f} % (doel < 5 %)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="een draaiende app of proxy (anders start de meting er zelf een)")
    parser.add_argument("--pid", default="", help="proces-id(s) van de server(s), komma's ertussen, voor het geheugen")
    parser.add_argument("--aantallen", default="10,25,50", help="aantallen gelijktijdige bezoekers")
    parser.add_argument("--wijzigingen", type=int, default=3)
    parser.add_argument("--modus", choices=("stoot", "verspreid", "beide"), default="beide")
    parser.add_argument(
        "--referentie",
        action="store_true",
        help="daarna dezelfde bezoekers tegen bench/referentie_app.py (de ondergrens), met de verhouding per modus",
    )
    parser.add_argument(
        "--soak", type=float, default=0, help="seconden sessies openen en sluiten (geheugen per minuut)"
    )
    args = parser.parse_args(argv)
    server = None
    if args.url:
        url, pids = args.url, [int(p) for p in args.pid.split(",") if p]
    else:
        server = AppServer().start()
        url, pids = server.url, [server.proces.pid]
    try:
        if args.soak:
            return soak(url, pids, args.soak)
        Bezoeker(url, "kaart").open()  # opwarmen: caches en statische bestanden
        print(
            f"Belasting op {url} ({psutil.cpu_count()} cores; belasting van de machine vooraf: "
            f"{psutil.getloadavg()[0]:.2f})"
        )
        print(KOP)
        modi = ["stoot", "verspreid"] if args.modus == "beide" else [args.modus]
        aantallen = [int(x) for x in args.aantallen.split(",")]
        app_uitslag: dict[tuple[str, int], Uitslag] = {}
        for modus in modi:
            for n in aantallen:
                u, voor, na = ronde(Opzet(url, args.wijzigingen, modus == "verspreid"), n, pids)
                app_uitslag[(modus, n)] = u
                print(regel(modus, n, u, voor, na, pids), flush=True)
                time.sleep(2)
    finally:
        if server:
            server.stop()
    if args.referentie:
        vergelijk_met_referentie(args, modi, aantallen, app_uitslag)
    return 0


def vergelijk_met_referentie(args, modi: list[str], aantallen: list[int], app_uitslag: dict) -> None:
    """Dezelfde rondes tegen de minimale app, in dezelfde run (issue 34): de verhouding is zo niet afhankelijk van
    hoe druk de machine die dag was. Eindigt met één regel per modus: 'verhouding eerste kaart p95: X (…)'."""
    referentie = AppServer(app="bench/referentie_app.py").start()
    try:
        Bezoeker(referentie.url, "").open()
        print(f"Referentie (bench/referentie_app.py) op {referentie.url}")
        print(KOP)
        regels = []
        for modus in modi:
            for n in aantallen:
                opzet = Opzet(referentie.url, args.wijzigingen, modus == "verspreid", referentie=True)
                u, voor, na = ronde(opzet, n, [referentie.proces.pid])
                print(regel(modus, n, u, voor, na, [referentie.proces.pid]), flush=True)
                a, b = p95(app_uitslag[(modus, n)].eerste_kaart), p95(u.eerste_kaart)
                cpu_a, cpu_b = app_uitslag[(modus, n)].cpu[0] / n, u.cpu[0] / n
                regels.append(
                    f"verhouding eerste kaart p95 ({modus}, {n}): {a / b:.1f} (app {a:.2f} s, referentie {b:.2f} s); "
                    f"cpu per sessie {1000 * cpu_a:.0f} ms tegen {1000 * cpu_b:.0f} ms"
                )
                time.sleep(2)
        for r in regels:
            print(r)
    finally:
        referentie.stop()


if __name__ == "__main__":
    sys.exit(main())
