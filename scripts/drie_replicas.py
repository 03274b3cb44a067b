"""Het bewijs van de schaalopzet op deze machine: drie replica's van de app op loopback achter HAProxy (uit Debians
pakketten) met sticky sessies per cookie, de belastingmeting door de proxy, en één replica die tijdens de meting stopt.

Gebruik: python -m scripts.drie_replicas [--aantallen 10,25,50] [--sessies 30]
Vereist: haproxy (apt-get install haproxy). De configuratie is die van deploy/haproxy.cfg, met drie vaste servers op
loopback in plaats van de DNS-ontdekking van docker compose.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.app_server import PROJECT, AppServer, vrije_poort, wacht_op_gezond
from bench.belasting import KOP, Opzet, regel, ronde
from bench.protocol import Bezoeker


def haproxy_config(poort: int, replicas: list[AppServer]) -> str:
    tekst = (PROJECT / "deploy" / "haproxy.cfg").read_text(encoding="utf-8")
    tekst = re.sub(r"resolvers docker\n(    .*\n)+", "", tekst)
    tekst = tekst.replace("bind *:8080", f"bind 127.0.0.1:{poort}")
    tekst = tekst.replace("    log stdout format raw local0\n", "")
    servers = "".join(
        f"    server app{i} 127.0.0.1:{r.poort} check inter 1s fall 3 rise 2\n" for i, r in enumerate(replicas, 1)
    )
    return re.sub(r"    server-template .*\n", servers, tekst)


def start_proxy(replicas) -> tuple[subprocess.Popen, str]:
    """HAProxy op een vrije poort voor deze replica's (elk met `.poort`); wacht tot de proxy en haar
    gezondheidscontroles alle replica's zien. Geeft (proces, url)."""
    poort = vrije_poort()
    cfg = Path(tempfile.mkdtemp(prefix="spreiding-haproxy-")) / "haproxy.cfg"
    cfg.write_text(haproxy_config(poort, replicas), encoding="utf-8")
    proxy = subprocess.Popen(["haproxy", "-f", str(cfg), "-db"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{poort}"
    wacht_op_gezond(url)
    time.sleep(3)  # de gezondheidscontroles van HAProxy zien alle drie replica's
    return proxy, url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aantallen", default="10,25,50")
    parser.add_argument("--sessies", type=int, default=30, help="sessies in de stop-proef")
    args = parser.parse_args(argv)
    if shutil.which("haproxy") is None:
        print("haproxy ontbreekt: apt-get install haproxy", file=sys.stderr)
        return 2
    replicas = [AppServer().start() for _ in range(3)]
    proxy, url = start_proxy(replicas)
    try:
        pids = [r.proces.pid for r in replicas]
        for _ in range(6):  # opwarmen: round-robin langs alle drie replica's
            Bezoeker(url, "kaart").open()
        print(
            f"Drie replica's ({', '.join(str(r.poort) for r in replicas)}) achter HAProxy op {url}, sticky per cookie "
            "SERVERID"
        )
        print(KOP)
        for modus in ("stoot", "verspreid"):
            for n in [int(x) for x in args.aantallen.split(",")]:
                u, voor, na = ronde(Opzet(url, 3, modus == "verspreid"), n, pids)
                print(regel(modus, n, u, voor, na, pids), flush=True)

        print(f"\nStop-proef: {args.sessies} sessies open, dan stopt replica 2 ({replicas[1].poort}).")
        sessies = [Bezoeker(url, "kaart", "gemeente=Utrecht") for _ in range(args.sessies)]
        for b in sessies:
            b.open()
        waar = Counter(b.server for b in sessies)
        print(f"  verdeling voor de stop: {dict(waar)}")
        replicas[1].stop()
        time.sleep(3)  # HAProxy merkt de replica als 'down'
        goed, fout = Counter(), Counter()
        for b in sessies:
            try:
                b.zet("Kleur op de kaart", "Per 1.000 inwoners")
                goed[b.server] += 1
            except Exception:  # noqa: BLE001 - de sessies op de gestopte replica verliezen hun websocket
                fout[b.server] += 1
        print(
            f"  na de stop, een wijziging per sessie: gelukt per replica {dict(goed)}; mislukt (websocket weg) "
            f"{dict(fout)}"
        )
        herverbonden = Counter()
        for b in sessies:
            if b.server in fout:
                b.sluit()
                b.ws = None
                b.open()  # zoals een browser opnieuw verbindt: met dezelfde cookie, naar een levende replica
                herverbonden[b.server] += 1
        print(f"  opnieuw verbonden sessies van de gestopte replica, nu op: {dict(herverbonden)}")
        nieuw = [Bezoeker(url, "kaart", "gemeente=Zwolle") for _ in range(20)]
        fouten_nieuw = 0
        for b in nieuw:
            try:
                b.open()
            except Exception:  # noqa: BLE001
                fouten_nieuw += 1
        print(f"  20 nieuwe sessies na de stop: {dict(Counter(b.server for b in nieuw))}; fouten {fouten_nieuw}")
        levend = {b.server for b in nieuw}
        print(
            f"  gestopte replica in de nieuwe verdeling: {'ja' if (set(fout) & levend) else 'nee'} (dood: "
            f"{sorted(set(fout)) or '-'})"
        )
        for b in sessies + nieuw:
            b.sluit()
    finally:
        proxy.terminate()
        for r in replicas:
            r.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
