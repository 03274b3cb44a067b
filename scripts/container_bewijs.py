"""Het bewijs dat het containerbeeld werkt, op deze machine: bouwen, starten, gezond, een echte sessie, en drie
replica's achter HAProxy onder belasting, waarvan er één stopt.

Gebruik: python -m scripts.container_bewijs [--bezoekers 100] [--sessies 30] [--houd-beeld]

Stappen (elke stap meet wat de README "Voor veel bezoekers" noemt):
1. voorbereiden: een containermachine (podman, of docker waar die er is); ontbreekt die, dan installeert het script
   podman en runc uit Debians pakketten (als root), met een containers.conf zonder standaard-ulimits (crun en de
   standaard RLIMIT_NOFILE falen op deze machines) en runc als runtime; en haproxy als die ontbreekt;
2. basis: is er geen register bereikbaar, dan een lokaal basisbeeld uit Debians pakketten (debootstrap bookworm,
   minbase, met python3 3.11 en python3-venv), ingelezen als localhost/spreiding-basis:bookworm;
3. bouwen met de Dockerfile (BASIS als build-arg; --network host en de CA-bundel van de machine voor pip);
4. één container met --read-only (alleen /tmp als tmpfs), als uid 10001: tijd tot de eigen HEALTHCHECK
   'healthy' meldt, geheugen in rust, en een sessie via het websocketprotocol (bench/protocol.py) die de kaart krijgt;
5. drie containers achter HAProxy (deploy/haproxy.cfg, met de drie vaste adressen in plaats van de DNS-ontdekking
   van compose; HAProxy uit Debian op de machine, want er is geen register voor het haproxy-beeld): een stoot van
   `--bezoekers` tegelijk (bench/belasting.py), dan `--sessies` open sessies, één container stopt, de sessies op de
   andere gaan door en nieuwe sessies gaan naar de levende;
6. een tabel, en als laatste regel `container proof: ok …` (code 0) of een Nederlandse melding (code 1).
Het ruimt zijn containers en HAProxy op, ook bij een fout.

In CI alleen met CONTAINER_BEWIJS=1 (zie .ci/run): het duurt minuten.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.app_server import vrije_poort
from bench.belasting import Opzet, mediaan, p95, ronde
from bench.protocol import Bezoeker
from scripts.drie_replicas import start_proxy

PROJECT = Path(__file__).resolve().parents[1]
BEELD = "localhost/spreidingswet:bewijs"
BASIS_LOKAAL = "localhost/spreiding-basis:bookworm"
BOUWBASIS_LOKAAL = "localhost/spreiding-bouw:bookworm"
BASIS_REGISTER = "python:3.11-slim"
CA = Path("/etc/ssl/certs/ca-certificates.crt")
CONTAINERS_CONF = Path("/etc/containers/containers.conf")
UID = 10001
VOORVOEGSEL = "spreiding-bewijs-"
#: Wat een container nodig heeft om alleen-lezen te draaien: /tmp (HOME, Streamlit); de app schrijft verder niets.
ALLEEN_LEZEN = ["--read-only", "--tmpfs", "/tmp:rw,mode=1777,size=64m"]
#: binutils en wat debootstrap ervoor meebracht (bookworm), voor strip in het bouwbeeld; niet in het beeld dat draait.
BINUTILS = (
    "binutils",
    "binutils-x86-64-linux-gnu",
    "binutils-common",
    "libbinutils",
    "libctf0",
    "libctf-nobfd0",
    "libgprofng0",
    "libjansson4",
)
DOELEN = {"beeld_mb": 450, "gezond_s": 10, "stoot_p95_s": 3}


class BewijsFout(RuntimeError):
    """Een stap die niet lukt: de melding is Nederlands en zegt welke stap."""


def _draai(*args: str, timeout: float = 600, invoer: bytes | None = None, stil: bool = True) -> str:
    uit = subprocess.run(list(args), capture_output=True, timeout=timeout, input=invoer)
    if uit.returncode != 0:
        tekst = (uit.stderr or uit.stdout).decode(errors="replace").strip().splitlines()
        raise BewijsFout(f"'{' '.join(args[:3])} …' faalde (code {uit.returncode}): {' / '.join(tekst[-3:])}")
    return uit.stdout.decode(errors="replace")


def _als_root(*args: str) -> list[str]:
    return list(args) if os.geteuid() == 0 else ["sudo", *args]


# ------------------------------------------------------------------------------------------ 1 en 2


def _docker_draait() -> bool:
    """Is er een docker met een bereikbare daemon?"""
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0


def voorbereiden() -> str:
    """De containermachine: podman (of docker); installeert podman, runc en haproxy als ze ontbreken."""
    nodig = []
    if shutil.which("podman") is None and not _docker_draait():
        nodig += ["podman", "runc"]  # een docker-client zonder daemon (zoals op deze machines) telt niet
    if shutil.which("haproxy") is None:
        nodig.append("haproxy")
    if nodig:
        omgeving = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(_als_root("apt-get", "update", "-qq"), check=True, env=omgeving, timeout=600)
        subprocess.run(
            _als_root("apt-get", "install", "-y", "-qq", *nodig),
            check=True,
            env=omgeving,
            timeout=900,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    engine = "podman" if shutil.which("podman") else "docker"
    if engine == "podman" and (not CONTAINERS_CONF.exists() or "default_ulimits" not in CONTAINERS_CONF.read_text()):
        if not shutil.which("runc"):
            subprocess.run(
                _als_root("apt-get", "install", "-y", "-qq", "runc"), check=True, timeout=900, stdout=subprocess.DEVNULL
            )
        CONTAINERS_CONF.parent.mkdir(parents=True, exist_ok=True)
        CONTAINERS_CONF.write_text('[containers]\ndefault_ulimits = []\n\n[engine]\nruntime = "runc"\n')
    return engine


def _beeld_bestaat(engine: str, naam: str) -> bool:
    return (
        subprocess.run(
            [engine, "image", "exists" if engine == "podman" else "inspect", naam], capture_output=True
        ).returncode
        == 0
    )


def basis(engine: str) -> tuple[str, str]:
    """(basis, bouwbasis): het slim-beeld uit het register als dat bereikbaar is (voor beide), anders twee lokale
    Debian-beelden uit debootstrap: een kaal beeld om te draaien en hetzelfde met binutils om te bouwen."""
    if _beeld_bestaat(engine, BASIS_REGISTER):
        return BASIS_REGISTER, BASIS_REGISTER
    try:
        _draai(engine, "pull", "-q", BASIS_REGISTER, timeout=60)
        return BASIS_REGISTER, BASIS_REGISTER
    except (BewijsFout, subprocess.TimeoutExpired):
        pass
    if _beeld_bestaat(engine, BASIS_LOKAAL) and _beeld_bestaat(engine, BOUWBASIS_LOKAAL):
        return BASIS_LOKAAL, BOUWBASIS_LOKAAL
    if shutil.which("debootstrap") is None:
        subprocess.run(
            _als_root("apt-get", "install", "-y", "-qq", "debootstrap"),
            check=True,
            timeout=900,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    spiegel = _debian_spiegel()
    with tempfile.TemporaryDirectory(prefix="spreiding-basis-", dir="/var/tmp") as map_:
        wortel = Path(map_) / "rootfs"
        _draai(
            *_als_root(
                "debootstrap",
                "--variant=minbase",
                "--include=python3,python3-venv,ca-certificates,binutils",
                "bookworm",
                str(wortel),
                spiegel,
            ),
            timeout=1800,
        )
        _importeer(engine, wortel, BOUWBASIS_LOKAAL)
        # het beeld om te draaien: zonder binutils, en zonder wat een draaiend beeld niet nodig heeft:
        # pakketbeheer (er wordt in het beeld niets meer geïnstalleerd), documentatie, vertalingen,
        # tekensetconversie (gconv) en perl
        _draai(*_als_root("chroot", str(wortel), "dpkg", "--purge", *BINUTILS))
        for weg in (
            "var/lib/apt/lists",
            "var/cache/apt",
            "var/cache/debconf",
            "var/log",
            "usr/share/doc",
            "usr/share/man",
            "usr/share/info",
            "usr/share/locale",
            "usr/share/common-licenses",
            "usr/share/bash-completion",
            "usr/lib/x86_64-linux-gnu/gconv",
            "usr/lib/x86_64-linux-gnu/perl-base",
            "usr/share/perl5",
            "usr/lib/apt",
            "usr/share/zsh",
        ):
            subprocess.run(_als_root("rm", "-rf", str(wortel / weg)), check=True)
        for bestand in ("usr/bin/perl", "usr/bin/perl5.36.0", "usr/bin/apt", "usr/bin/apt-get", "usr/bin/apt-cache"):
            subprocess.run(_als_root("rm", "-f", str(wortel / bestand)), check=True)
        _importeer(engine, wortel, BASIS_LOKAAL)
    return BASIS_LOKAAL, BOUWBASIS_LOKAAL


def _importeer(engine: str, wortel: Path, naam: str) -> None:
    tar = subprocess.Popen(["tar", "-C", str(wortel), "-c", "."], stdout=subprocess.PIPE)
    _draai(engine, "import", "-", naam, invoer=tar.stdout.read(), timeout=900)
    tar.wait()


def _debian_spiegel() -> str:
    """De Debian-spiegel uit de apt-bronnen van de machine (debootstrap gebruikt dezelfde)."""
    for pad in [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]:
        if not pad.is_file():
            continue
        for regel in pad.read_text(errors="replace").splitlines():
            delen = regel.split()
            if regel.startswith("URIs:") and len(delen) > 1 and "security" not in delen[1]:
                return delen[1]
            if regel.startswith("deb ") and len(delen) > 1 and "security" not in regel:
                return delen[2] if delen[1].startswith("[") else delen[1]
    return "http://deb.debian.org/debian"


# ------------------------------------------------------------------------------------------ 3 en 4


def bouw(engine: str, basisbeeld: str, bouwbasis: str) -> tuple[float, float]:
    """Bouw het beeld; geeft (grootte in MB, bouwtijd in s)."""
    begin = time.perf_counter()
    args = [
        engine,
        "build",
        "-t",
        BEELD,
        "--network",
        "host",
        "--build-arg",
        f"BASIS={basisbeeld}",
        "--build-arg",
        f"BOUWBASIS={bouwbasis}",
    ]
    if engine == "podman":
        args += ["--format", "docker"]  # anders valt de HEALTHCHECK uit het beeld
    if engine == "podman" and CA.is_file():  # de CA-bundel van de machine, alleen tijdens het bouwen
        args += ["-v", f"{CA}:/run/machine-ca.crt:ro", "--build-arg", "PIP_CERT=/run/machine-ca.crt"]
    _draai(*args, str(PROJECT), timeout=1800)
    grootte = int(_draai(engine, "image", "inspect", "--format", "{{.Size}}", BEELD).strip())
    return grootte / 1e6, time.perf_counter() - begin


@dataclass
class Container:
    engine: str
    naam: str
    poort: int
    pid: int = 0
    gezond_na: float = float("nan")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.poort}"

    def opdracht(self) -> list[str]:
        """De opdracht die de container start (alleen-lezen, met tmpfs waar de app schrijft)."""
        return [
            self.engine,
            "run",
            "-d",
            "--name",
            self.naam,
            *ALLEEN_LEZEN,
            "--memory",
            "768m",
            "-p",
            f"127.0.0.1:{self.poort}:8501",
            BEELD,
        ]

    def start(self) -> Container:
        self._begin = time.perf_counter()
        _draai(*self.opdracht())
        self.pid = int(_draai(self.engine, "inspect", "--format", "{{.State.Pid}}", self.naam).strip())
        return self

    def wacht_gezond(self, seconden: float = 60) -> float:
        """Tot de eigen HEALTHCHECK van het beeld 'healthy' meldt. Podman zonder systemd voert de controle niet
        zelf periodiek uit: dan vraagt het script haar uit te voeren (`podman healthcheck run`), elke 0,25 s."""
        einde = self._begin + seconden
        while time.perf_counter() < einde:
            if self.engine == "podman":
                subprocess.run([self.engine, "healthcheck", "run", self.naam], capture_output=True, timeout=10)
            status = _draai(self.engine, "inspect", "--format", "{{.State.Health.Status}}", self.naam).strip()
            if status == "healthy":
                self.gezond_na = time.perf_counter() - self._begin
                return self.gezond_na
            time.sleep(0.25)
        raise BewijsFout(f"container {self.naam} meldde na {seconden:g} s nog niet 'healthy' (status {status!r})")

    def uid(self) -> int:
        return int(_draai(self.engine, "exec", self.naam, "id", "-u").strip())

    def alleen_lezen(self) -> bool:
        vlag = _draai(self.engine, "inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", self.naam).strip()
        schrijf = subprocess.run([self.engine, "exec", self.naam, "touch", "/app/poging"], capture_output=True)
        return vlag == "true" and schrijf.returncode != 0

    def geheugen_mb(self) -> float:
        import psutil

        proc = psutil.Process(self.pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 1e6

    def stop(self) -> None:
        subprocess.run([self.engine, "stop", "-t", "3", self.naam], capture_output=True, timeout=60)

    def weg(self) -> None:
        subprocess.run([self.engine, "rm", "-f", self.naam], capture_output=True, timeout=60)


# ------------------------------------------------------------------------------------------ 5


@dataclass
class Uitkomst:
    """De tabel. Een eis (werkt het?) die niet klopt, laat het bewijs mislukken; een snelheids- of groottedoel dat niet
    gehaald wordt, staat in de tabel en in de laatste regel, maar is geen fout van de opzet."""

    regels: list[tuple[str, str, str]] = field(default_factory=list)  # (stap, gemeten, eis of doel)
    fouten: list[str] = field(default_factory=list)
    gemist: list[str] = field(default_factory=list)

    def meet(self, stap: str, gemeten: str, doel: str = "", goed: bool = True, eis: bool = True) -> None:
        soort = "eis" if eis else "doel"
        self.regels.append(
            (stap, gemeten, (f"{soort}: {doel}" if doel else "") + ("" if goed else "  << niet gehaald"))
        )
        if not goed:
            (self.fouten if eis else self.gemist).append(f"{stap.strip()}: {gemeten} ({soort} {doel})")

    def tabel(self) -> str:
        b = [max(len(r[i]) for r in [("stap", "gemeten", "doel"), *self.regels]) for i in range(3)]
        kop = f"{'stap':<{b[0]}} | {'gemeten':<{b[1]}} | doel"
        return "\n".join([kop, "-" * len(kop), *(f"{s:<{b[0]}} | {g:<{b[1]}} | {d}" for s, g, d in self.regels)])


def drie_replicas(engine: str, uit: Uitkomst, bezoekers: int, sessies: int, containers: list[Container]) -> None:
    replicas = [Container(engine, f"{VOORVOEGSEL}app{i}", vrije_poort()) for i in (1, 2, 3)]
    containers.extend(replicas)
    for r in replicas:
        r.start()
    for r in replicas:
        r.wacht_gezond()
    uit.meet(
        "3 replica's: tijd tot healthy",
        " / ".join(f"{r.gezond_na:.1f} s" for r in replicas),
        "elk < 10 s",
        all(r.gezond_na < DOELEN["gezond_s"] for r in replicas),
        eis=False,
    )
    proxy, url = start_proxy(replicas)
    try:
        for _ in range(6):  # opwarmen: round-robin langs alle drie (caches, statische bestanden)
            Bezoeker(url, "kaart").open()
        pids = [r.pid for r in replicas]
        u, voor, na = ronde(Opzet(url, 1, False), bezoekers, pids)
        verdeling = dict(sorted(u.servers.items()))
        uit.meet(
            f"3 replica's, stoot van {bezoekers} tegelijk: eerste kaart p95",
            f"{p95(u.eerste_kaart):.2f} s (mediaan {mediaan(u.eerste_kaart):.2f} s)",
            "< 3 s",
            p95(u.eerste_kaart) < DOELEN["stoot_p95_s"],
            eis=False,
        )
        uit.meet(
            "  sessies per replica",
            ", ".join(f"{v}" for v in verdeling.values()),
            "alle drie > 0",
            len([v for v in verdeling.values() if v > 0]) == 3,
        )
        uit.meet(
            "  fouten in de stoot",
            str(sum(u.fouten.values())) + (f" {dict(u.fouten)}" if u.fouten else ""),
            "0",
            not u.fouten,
        )
        uit.meet("  geheugen drie replica's (voor / met sessies)", f"{voor:.0f} / {na:.0f} MB")

        open_ = [Bezoeker(url, "kaart", "gemeente=Utrecht") for _ in range(sessies)]
        for b in open_:
            b.open()
        voor_stop = Counter(b.server for b in open_)
        slachtoffer = replicas[1]
        slachtoffer.stop()
        time.sleep(4)  # HAProxy merkt de replica als 'down' (inter 1s, fall 3)
        goed, fout = Counter(), Counter()
        for b in open_:
            try:
                run = b.zet("Kleur op de kaart", "Per 1.000 inwoners")
                (goed if run.fout is None else fout)[b.server] += 1
            except Exception:  # noqa: BLE001 - de sessies op de gestopte container verliezen hun websocket
                fout[b.server] += 1
        levend_goed = sum(goed.values())
        uit.meet(
            f"{sessies} open sessies, dan stopt {slachtoffer.naam}",
            f"voor: {dict(voor_stop)}; daarna gelukt {levend_goed}, websocket weg {sum(fout.values())}",
            "sessies op de andere gaan door",
            # precies de sessies van de gestopte container verliezen hun websocket, alle andere gaan door
            len(fout) == 1 and levend_goed == sum(n for s, n in voor_stop.items() if s not in fout),
        )
        for b in open_:
            b.sluit()
        nieuw = [Bezoeker(url, "kaart", "gemeente=Zwolle") for _ in range(20)]
        mis = 0
        for b in nieuw:
            try:
                if b.open().eerste_figuur is None:
                    mis += 1
            except Exception:  # noqa: BLE001
                mis += 1
        naar = Counter(b.server for b in nieuw)
        dood = set(fout)
        uit.meet(
            "20 nieuwe sessies na de stop",
            f"{dict(naar)}; fouten {mis}",
            "alleen naar levende, 0 fouten",
            mis == 0 and not (dood & set(naar)),
        )
        for b in nieuw:
            b.sluit()
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bezoekers", type=int, default=100, help="bezoekers tegelijk in de stoot (standaard 100)")
    parser.add_argument("--sessies", type=int, default=30, help="open sessies in de stop-proef")
    parser.add_argument("--houd-beeld", action="store_true", help="het gebouwde beeld niet verwijderen")
    args = parser.parse_args(argv)
    begin = time.perf_counter()
    uit = Uitkomst()
    containers: list[Container] = []
    engine = "?"
    try:
        engine = voorbereiden()
        basisbeeld, bouwbasis = basis(engine)
        uit.meet("containermachine en basis", f"{engine} {_draai(engine, '--version').split()[-1]}, {basisbeeld}")
        grootte, bouwtijd = bouw(engine, basisbeeld, bouwbasis)
        uit.meet(
            "beeld: grootte",
            f"{grootte:.0f} MB (gebouwd in {bouwtijd:.0f} s)",
            "< 450 MB",
            grootte < DOELEN["beeld_mb"],
            eis=False,
        )
        een = Container(engine, f"{VOORVOEGSEL}een", vrije_poort())
        containers.append(een)
        een.start()
        een.wacht_gezond()
        uit.meet(
            "één container: van run tot healthy",
            f"{een.gezond_na:.1f} s",
            "< 10 s",
            een.gezond_na < DOELEN["gezond_s"],
            eis=False,
        )
        uit.meet("  gebruiker", f"uid {een.uid()}", f"uid {UID}", een.uid() == UID)
        alleen_lezen = een.alleen_lezen()
        uit.meet(
            "  alleen-lezen bestandssysteem",
            "ja" if alleen_lezen else "nee",
            "--read-only, schrijven faalt",
            alleen_lezen,
        )
        run = Bezoeker(een.url, "kaart", "gemeente=Heerlen").open()
        uit.meet(
            "  sessie via websocket: kaart",
            f"{run.seconden:.2f} s, {run.elementen} elementen",
            "kaart ontvangen",
            run.eerste_figuur is not None and run.fout is None,
        )
        time.sleep(5)
        uit.meet("  geheugen in rust (na één sessie)", f"{een.geheugen_mb():.0f} MB")
        Bezoeker(een.url, "kaart").open()  # warm, zoals de replica's straks
        enkel, _, _ = ronde(Opzet(een.url, 0, False), args.bezoekers, [een.pid])
        uit.meet(
            f"  één container, stoot van {args.bezoekers} tegelijk: eerste kaart p95 (ter vergelijking)",
            f"{p95(enkel.eerste_kaart):.2f} s (mediaan {mediaan(enkel.eerste_kaart):.2f} s); fouten "
            f"{sum(enkel.fouten.values())}",
        )
        een.weg()
        drie_replicas(engine, uit, args.bezoekers, args.sessies, containers)
    except (BewijsFout, subprocess.SubprocessError, OSError) as fout:
        uit.fouten.append(str(fout))
    finally:
        for c in containers:
            c.weg()
        if not args.houd_beeld and engine != "?":
            subprocess.run([engine, "rmi", "-f", BEELD], capture_output=True)
    print(uit.tabel())
    duur = time.perf_counter() - begin
    if uit.fouten:
        print("\n".join(f"- {f}" for f in uit.fouten))
        print(f"containerbewijs mislukt na {duur:.0f} s: {uit.fouten[0]}")
        return 1
    gemist = f"; doel niet gehaald: {'; '.join(uit.gemist)}" if uit.gemist else "; alle doelen gehaald"
    print(f"container proof: ok ({engine}, {len(uit.regels)} metingen, {duur:.0f} s{gemist})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
