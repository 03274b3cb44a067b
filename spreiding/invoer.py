"""Controle van geüploade bestanden: aanbod in fase 1, gerealiseerde plekken, afspraken van een regietafel.

Elk bestand wordt gecontroleerd vóór gebruik; elk probleem wordt een regel in een InvoerFout (Nederlands, met het
regelnummer), en een bestand met een fout wordt in zijn geheel niet gebruikt: wat al op het scherm stond, blijft.
Geaccepteerd: CSV met ',' of ';' (Nederlandse Excel: ';', decimale komma, BOM), UTF-8 of Latin-1/Windows-1252, en
voor afspraken ook .xlsx. Nederlandse notatie consequent: in een ';'-bestand is '1.000' duizend; in een ','-bestand
is '1.000' dubbelzinnig en wordt het geweigerd.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
import pandas as pd

from .fouten import InvoerFout
from .lezen import kort, lees_aantal, lees_code
from .notatie import MAANDEN
from .regietafel import VERGADERSTATUSSEN, Vergadering
from .uitvoer.kolommen import KOLOMMEN
from .zoeken import code_bij_naam

#: Een CSV van 342 regels is een paar KB; 256 KB laat ruim marge en houdt het geheugen per upload klein.
MAX_BYTES = 256 * 1024
MAX_REGELS = 2_000
MAX_TEKST = 500  # tekens per toelichting
#: Zoveel problemen worden er hoogstens gemeld (de rest samengevat).
MAX_MELDINGEN = 25


class UploadFout(InvoerFout):
    """Een upload met één of meer problemen; `regels` zijn de meldingen per regel van het bestand."""

    def __init__(self, kop: str, regels: list[str] | None = None):
        self.kop = kop
        self.regels = list(regels or [])
        tekst = kop
        if self.regels:
            getoond = self.regels[:MAX_MELDINGEN]
            tekst += " " + " ".join(getoond)
            if len(self.regels) > MAX_MELDINGEN:
                tekst += f" (en nog {len(self.regels) - MAX_MELDINGEN} problemen)"
        super().__init__(tekst)


@dataclass
class Gelezen:
    """Een gecontroleerd bestand: de tabel (kolommen als gevraagd) en mededelingen die geen fout zijn."""

    tabel: pd.DataFrame
    mededelingen: list[str] = field(default_factory=list)
    decimaal: str = "."


# ---------------------------------------------------------------------------------------- ruwe tekst


def _tekst(inhoud: bytes) -> tuple[str, str | None]:
    """Bytes -> tekst; UTF-8 (met of zonder BOM), anders Windows-1252. Binaire bestanden worden geweigerd."""
    if len(inhoud) == 0:
        raise UploadFout("Het bestand is leeg (0 bytes).")
    if len(inhoud) > MAX_BYTES:
        raise UploadFout(
            f"Het bestand is te groot ({len(inhoud) // 1024} KB); het mag hoogstens {MAX_BYTES // 1024} KB zijn. "
            "Een tabel van alle 342 gemeenten is een paar KB."
        )
    if b"\x00" in inhoud[:4096] or inhoud[:4] in (b"PK\x03\x04", b"%PDF", b"\x89PNG"):
        raise UploadFout(
            "Dit is geen tekstbestand (CSV). Sla de tabel op als 'CSV (puntkomma gescheiden)' of als .xlsx."
        )
    try:
        return inhoud.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        tekst = inhoud.decode("cp1252", errors="replace")
        return tekst, "Het bestand is niet in UTF-8 maar in Windows-1252/Latin-1 gelezen."


def _scheiding(kop: str) -> str:
    tellingen = {s: kop.count(s) for s in (";", ",", "\t")}
    beste = max(tellingen, key=tellingen.get)
    return beste if tellingen[beste] > 0 else ","


#: Kolom met het echte regelnummer in het bestand (1 = de kopregel), voor de meldingen.
REGEL = "_regel"


def _tabel_uit_csv(inhoud: bytes) -> tuple[pd.DataFrame, list[str], str]:
    """CSV -> tabel van tekst, met in REGEL het regelnummer in het bestand. Een regel met meer velden dan de kopregel
    wordt geweigerd met de reden die er bijna altijd achter zit (een scheidingsteken in een toelichting); een regel
    met minder velden krijgt lege velden."""
    tekst, melding = _tekst(inhoud)
    regels = tekst.splitlines()
    kop = next((r for r in regels if r.strip()), "")
    if not kop:
        raise UploadFout("Het bestand bevat geen kopregel en geen gegevens.")
    scheiding = _scheiding(kop)
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding, quotechar='"', strict=True)
    koppen: list[str] | None = None
    rijen: list[list[str]] = []
    nummers: list[int] = []
    te_veel: list[str] = []
    try:
        begin = 1
        for velden in lezer:
            regel, begin = begin, lezer.line_num + 1
            if not any(v.strip() for v in velden):
                continue
            if koppen is None:
                koppen = velden
                continue
            if len(velden) > len(koppen):
                te_veel.append(
                    f"Regel {regel} heeft {len(velden)} velden, de kopregel {len(koppen)}: staat er een '{scheiding}' "
                    'in de toelichting? Zet de tekst dan tussen aanhalingstekens ("…").'
                )
                continue
            rijen.append(velden + [""] * (len(koppen) - len(velden)))
            nummers.append(regel)
            if len(rijen) > MAX_REGELS:
                break
    except csv.Error as fout:
        raise UploadFout(f"Het bestand is geen leesbare CSV (regel {lezer.line_num}: {kort(str(fout), 60)}).") from fout
    if te_veel:
        raise UploadFout("Het bestand is niet gebruikt: niet elke regel past onder de kopregel.", te_veel)
    tabel = pd.DataFrame(rijen, columns=[str(k) for k in (koppen or [])], dtype=object)
    tabel[REGEL] = nummers
    return tabel, [melding] if melding else [], scheiding


def _tabel_uit_xlsx(inhoud: bytes) -> pd.DataFrame:
    if len(inhoud) > MAX_BYTES:
        raise UploadFout(
            f"Het bestand is te groot ({len(inhoud) // 1024} KB); het mag hoogstens {MAX_BYTES // 1024} KB zijn."
        )
    try:
        import openpyxl  # lui: openpyxl laden kost ~0,1 s, alleen nodig bij een Excel-bestand

        with zipfile.ZipFile(io.BytesIO(inhoud)) as z:  # een zip-bom uitpakken zou het geheugen vullen
            if sum(i.file_size for i in z.infolist()) > 20 * MAX_BYTES:
                raise UploadFout("Het Excel-bestand is uitgepakt te groot.")
        # data_only=False: een formule komt als tekst (=...) binnen; nooit uitgerekend of als formule teruggeschreven
        boek = openpyxl.load_workbook(io.BytesIO(inhoud), read_only=True, data_only=False)
        # een verslag uit deze app: de tabel staat op het blad 'Afspraken' (het eerste blad is het verslag als tekst)
        blad = boek["Afspraken"] if "Afspraken" in boek.sheetnames else boek.worksheets[0]
        rijen = []
        for nummer, rij in enumerate(blad.iter_rows(values_only=True, max_row=MAX_REGELS + 2), start=1):
            rijen.append(
                [
                    nummer,
                    *(
                        "" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                        for v in rij
                    ),
                ]
            )
        boek.close()
    except UploadFout:
        raise
    except Exception as fout:  # openpyxl en zipfile geven uiteenlopende fouttypen voor kapotte bestanden
        raise UploadFout("Het Excel-bestand is onleesbaar of beschadigd.") from fout
    rijen = [r for r in rijen if any(c.strip() for c in r[1:])]
    if not rijen:
        raise UploadFout("Het Excel-bestand is leeg.")
    breedte = len(rijen[0]) - 1
    tabel = pd.DataFrame(
        [(r[1:] + [""] * breedte)[:breedte] for r in rijen[1:]], columns=[str(c) for c in rijen[0][1:]], dtype=object
    )
    tabel[REGEL] = [r[0] for r in rijen[1:]]  # het rijnummer in Excel
    return tabel


def lees_tabel(
    inhoud: bytes,
    naam: str,
    verwacht: list[str],
    optioneel: tuple[str, ...] = (),
    extra_toegestaan: bool = False,
    koppen: dict[str, str] | None = None,
) -> Gelezen:
    """Lees een CSV of .xlsx met de kolommen `verwacht` (plus eventueel `optioneel`); andere kolommen zijn een fout,
    of worden met `extra_toegestaan` genegeerd (met een mededeling). `koppen` vertaalt Nederlandse koppen (in kleine
    letters) naar kolomnamen, zodat een verslag uit de app terug kan."""
    if not isinstance(inhoud, (bytes, bytearray)):
        raise UploadFout("Het bestand kon niet worden gelezen.")
    inhoud = bytes(inhoud)
    mededelingen: list[str] = []
    decimaal = "."
    if naam.lower().endswith(".xlsx") or inhoud[:4] == b"PK\x03\x04":
        tabel = _tabel_uit_xlsx(inhoud)
        decimaal = ","  # Excel geeft getallen als getal; tekst in een cel volgt de Nederlandse notatie
    else:
        tabel, mededelingen, scheiding = _tabel_uit_csv(inhoud)
        decimaal = "," if scheiding == ";" else "."
    tabel.columns = [k if k == REGEL else str(k).strip().lower().lstrip("\ufeff") for k in tabel.columns]
    tabel.columns = [(koppen or {}).get(k, k) for k in tabel.columns]
    if "gemeentecode" in verwacht and "gemeentecode" not in tabel.columns:
        # een bestand met namen in plaats van codes: _codes zoekt elke naam op (precies één gemeente, of een melding)
        naamkolom = next((k for k in ("gemeentenaam", "gemeente", "naam") if k in tabel.columns), None)
        if naamkolom is not None:
            tabel = tabel.rename(columns={naamkolom: "gemeentenaam"})
            verwacht = ["gemeentenaam" if k == "gemeentecode" else k for k in verwacht]
    ontbreekt = [k for k in verwacht if k not in tabel.columns]
    onbekend = [k for k in tabel.columns if k not in verwacht and k not in optioneel and k != REGEL]
    genegeerd = []
    if extra_toegestaan and onbekend and not ontbreekt:
        genegeerd, onbekend = onbekend, []
        tabel = tabel[[k for k in tabel.columns if k not in genegeerd]]
        mededelingen.append(f"{len(genegeerd)} andere kolom(men) genegeerd.")
    if ontbreekt or onbekend:
        delen = []
        if ontbreekt:
            delen.append(
                "ontbrekende kolom(men): "
                + ", ".join("gemeentecode (of gemeentenaam)" if k == "gemeentecode" else k for k in ontbreekt)
            )
        if onbekend:
            delen.append("onverwachte kolom(men): " + ", ".join(kort(k, 30) for k in onbekend[:5]))
        raise UploadFout(f"Verkeerde kolommen ({'; '.join(delen)}). Verwacht: {';'.join([*verwacht, *optioneel])}.")
    if tabel.empty:
        raise UploadFout("Het bestand bevat een kopregel maar geen gegevens.")
    if len(tabel) > MAX_REGELS:
        raise UploadFout(f"Het bestand heeft meer dan {MAX_REGELS} regels; een tabel van alle gemeenten heeft er 342.")
    tabel = tabel.apply(lambda k: k if k.name == REGEL else k.astype(str).str.strip())
    return Gelezen(tabel, mededelingen, decimaal)


# ------------------------------------------------------------------------------------------- waarden


def _regels(tabel: pd.DataFrame) -> list[int]:
    """De echte regelnummers in het bestand (uit REGEL; anders 2, 3, … onder één kopregel)."""
    return list(tabel[REGEL]) if REGEL in tabel.columns else list(range(2, len(tabel) + 2))


def _waar(regel: int, code: str | None, namen: dict[str, str] | None) -> str:
    """'Regel 53 (Arnhem, GM0202)', of 'Regel 53' als de gemeente niet bekend is."""
    if code and namen and code in namen:
        return f"Regel {regel} ({namen[code]}, {code})"
    return f"Regel {regel}"


def _codes(
    tabel: pd.DataFrame,
    bekend: set[str],
    problemen: list[str],
    toegestaan: set[str] | None = None,
    waar: str = "",
    gemeenten: pd.DataFrame | None = None,
) -> list[str | None]:
    """De gemeentecode van elke regel: uit de kolom gemeentecode, of (zonder die kolom) uit de naam in gemeentenaam,
    als die naam precies één gemeente is (hoofdletters, accenten, "'s-" en 'Bergen (NH.)' maken niet uit)."""
    namen = dict(zip(gemeenten["gemeentecode"], gemeenten["gemeentenaam"])) if gemeenten is not None else None
    op_naam = "gemeentecode" not in tabel.columns
    codes = []
    niet_gevonden = []
    for regel, ruw in zip(_regels(tabel), tabel["gemeentenaam" if op_naam else "gemeentecode"]):
        if op_naam:
            code = code_bij_naam(ruw, gemeenten) if gemeenten is not None else None
            if code is None:
                niet_gevonden.append(f"'{kort(ruw, 30)}' (regel {regel})")
        else:
            code = lees_code(ruw)
            if code is None or code not in bekend:
                problemen.append(
                    f"Regel {regel}: onbekende gemeentecode '{kort(ruw, 20)}' (gebruik CBS-codes zoals GM0363)."
                )
                code = None
        if code is not None and toegestaan is not None and code not in toegestaan:
            problemen.append(f"{_waar(regel, code, namen)}: ligt niet in {waar}.")
            code = None
        codes.append(code)
    if niet_gevonden:
        problemen.append(
            "Deze namen zijn niet precies één gemeente (schrijf de CBS-naam, bijv. 'Bergen (NH.)', of gebruik een "
            "kolom gemeentecode): " + ", ".join(niet_gevonden[:15]) + (" …" if len(niet_gevonden) > 15 else "") + "."
        )
    return codes


def _dubbel(codes: list[str | None], problemen: list[str], regels: list[int], namen=None) -> None:
    gezien: dict[str, int] = {}
    for regel, code in zip(regels, codes):
        if code is None:
            continue
        if code in gezien:
            problemen.append(f"{_waar(regel, code, namen)}: staat er al op regel {gezien[code]}.")
        else:
            gezien[code] = regel


def _aantallen(
    tabel: pd.DataFrame,
    kolom: str,
    decimaal: str,
    maximum: int,
    problemen: list[str],
    codes: list[str | None] | None = None,
    namen: dict[str, str] | None = None,
) -> list[int | None]:
    uit = []
    codes = codes or [None] * len(tabel)
    for regel, code, ruw in zip(_regels(tabel), codes, tabel[kolom]):
        try:
            uit.append(lees_aantal(ruw, decimaal, maximum))
        except ValueError as fout:
            problemen.append(f"{_waar(regel, code, namen)}, kolom {kolom}: {fout}.")
            uit.append(None)
    return uit


# ----------------------------------------------------------------------------------- soorten uploads


def lees_aanbod(inhoud: bytes, naam: str, verdeling: pd.DataFrame, maximum: int) -> tuple[np.ndarray, list[str]]:
    """CSV `gemeentecode;aanbod` -> (aanbod per gemeente in de volgorde van `verdeling`, mededelingen).
    Niet genoemde gemeenten bieden 0 aan. Geeft altijd een nieuwe, beschrijfbare array."""
    gelezen = lees_tabel(inhoud, naam, ["gemeentecode", "aanbod"])
    problemen: list[str] = []
    namen = dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))
    codes = _codes(gelezen.tabel, set(verdeling["gemeentecode"]), problemen, gemeenten=verdeling)
    _dubbel(codes, problemen, _regels(gelezen.tabel), namen)
    aantallen = _aantallen(gelezen.tabel, "aanbod", gelezen.decimaal, maximum, problemen, codes, namen)
    if problemen:
        raise UploadFout(f"Het bestand {kort(naam)} is niet gebruikt.", problemen)
    reeks = pd.Series(dict(zip(codes, aantallen)), dtype="int64")
    aanbod = reeks.reindex(verdeling["gemeentecode"]).fillna(0).to_numpy(dtype=np.int64).copy()
    return aanbod, gelezen.mededelingen


PLEKKOLOMMEN_UPLOAD = ["gemeentecode", "plekken_groot", "plekken_klein", "fase"]


def lees_plekken(
    inhoud: bytes, naam: str, verdeling: pd.DataFrame, maximum: int, min_jaren_voldaan: bool = True
) -> tuple[pd.DataFrame, list[str]]:
    """CSV `gemeentecode;plekken_groot;plekken_klein;fase` -> plekken per gemeente naar grootte en fase.
    Een gemeente mag meer regels hebben (bijv. per fase); regels met dezelfde code en fase worden opgeteld, en dat
    wordt gemeld."""
    gelezen = lees_tabel(inhoud, naam, PLEKKOLOMMEN_UPLOAD)
    problemen: list[str] = []
    namen = dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))
    codes = _codes(gelezen.tabel, set(verdeling["gemeentecode"]), problemen, gemeenten=verdeling)
    groot = _aantallen(gelezen.tabel, "plekken_groot", gelezen.decimaal, maximum, problemen, codes, namen)
    klein = _aantallen(gelezen.tabel, "plekken_klein", gelezen.decimaal, maximum, problemen, codes, namen)
    fasen = []
    for regel, code, ruw in zip(_regels(gelezen.tabel), codes, gelezen.tabel["fase"]):
        if ruw not in ("1", "2"):
            problemen.append(f"{_waar(regel, code, namen)}, kolom fase: '{kort(ruw, 10)}' moet 1 of 2 zijn.")
        fasen.append(ruw)
    if problemen:
        raise UploadFout(f"Het bestand {kort(naam)} is niet gebruikt.", problemen)
    lang = pd.DataFrame({"gemeentecode": codes, "groot": groot, "klein": klein, "fase": fasen})
    mededelingen = list(gelezen.mededelingen)
    dubbel = lang[lang.duplicated(["gemeentecode", "fase"], keep=False)]
    if not dubbel.empty:
        namen = ", ".join(sorted(set(dubbel["gemeentecode"]))[:10])
        mededelingen.append(f"Meer regels voor dezelfde gemeente en fase zijn opgeteld: {namen}.")
    uit = pd.DataFrame({"gemeentecode": verdeling["gemeentecode"].to_numpy()})
    for soort in ("groot", "klein"):
        for f in ("1", "2"):
            som = lang[lang["fase"] == f].groupby("gemeentecode")[soort].sum()
            uit[f"{soort}_fase{f}"] = uit["gemeentecode"].map(som).fillna(0).astype(np.int64)
    uit.attrs["duurzaam"] = min_jaren_voldaan
    return uit, mededelingen


def lees_afspraken(
    inhoud: bytes, naam: str, verdeling: pd.DataFrame, provincie: str, maximum: int
) -> tuple[pd.DataFrame, list[str]]:
    """CSV of .xlsx `gemeentecode;afspraak;toelichting;uitruil_met;oekraine;statushouders` voor één provincie ->
    tabel met precies één regel per genoemde gemeente (de ingevoerde regels). Alleen gemeentecode en afspraak zijn
    verplicht; de koppen mogen ook de Nederlandse koppen van het verslag (Excel) zijn. Teksten worden ingekort tot
    MAX_TEKST tekens; een uitruilpartner moet in dezelfde provincie liggen."""
    optioneel = ("toelichting", "uitruil_met", "oekraine", "statushouders", "ingevoerd")
    koppen = {
        k.kop.lower(): sleutel for sleutel, k in KOLOMMEN.items() if sleutel in ("gemeentecode", "afspraak", *optioneel)
    }
    koppen[KOLOMMEN["uitruil_naam"].kop.lower()] = "uitruil_met"  # het verslag zet er de naam van de partner in
    koppen[KOLOMMEN["gemeentenaam"].kop.lower()] = "gemeentenaam"
    optioneel = (*optioneel, "gemeentenaam", "uitruil_naam")
    gelezen = lees_tabel(
        inhoud, naam, ["gemeentecode", "afspraak"], optioneel=optioneel, extra_toegestaan=True, koppen=koppen
    )
    if REGEL not in gelezen.tabel.columns:
        gelezen.tabel[REGEL] = _regels(gelezen.tabel)
    problemen: list[str] = []
    sleutel = "gemeentecode" if "gemeentecode" in gelezen.tabel.columns else "gemeentenaam"
    leeg = gelezen.tabel[sleutel] == ""  # de totaalregel van een verslag
    if "ingevoerd" in gelezen.tabel.columns:  # een verslag: alleen de aan de tafel ingevoerde regels
        leeg |= gelezen.tabel["ingevoerd"].str.lower().isin(["nee", "false", "0"])
    if leeg.any():
        gelezen.tabel = gelezen.tabel[~leeg].reset_index(drop=True)
        gelezen.mededelingen.append(f"{int(leeg.sum())} regel(s) zonder gemeente of met een beginwaarde overgeslagen.")
        if gelezen.tabel.empty:
            raise UploadFout(f"Het bestand {kort(naam)} bevat geen ingevoerde afspraken.")
    namen = dict(zip(verdeling["gemeentecode"], verdeling["gemeentenaam"]))
    regels = _regels(gelezen.tabel)
    in_provincie = set(verdeling.loc[verdeling["provincie"] == provincie, "gemeentecode"])
    codes = _codes(
        gelezen.tabel,
        set(verdeling["gemeentecode"]),
        problemen,
        in_provincie,
        f"de provincie {provincie}",
        gemeenten=verdeling,
    )
    _dubbel(codes, problemen, regels, namen)
    aantallen = _aantallen(gelezen.tabel, "afspraak", gelezen.decimaal, maximum, problemen, codes, namen)
    extra = {}
    for kolom in ("oekraine", "statushouders"):
        if kolom in gelezen.tabel.columns:
            waarden = gelezen.tabel[[kolom, REGEL]].replace({kolom: {"": "0"}})
            extra[kolom] = _aantallen(waarden, kolom, gelezen.decimaal, maximum, problemen, codes, namen)
        else:
            extra[kolom] = [0] * len(codes)
    partners = []
    for regel, code, ruw in zip(regels, codes, gelezen.tabel.get("uitruil_met", pd.Series([""] * len(codes)))):
        if not str(ruw).strip():
            partners.append("")
            continue
        partner = lees_code(ruw) or code_bij_naam(ruw, verdeling)  # een code of een naam
        if partner is None or partner not in in_provincie:
            problemen.append(
                f"{_waar(regel, code, namen)}, kolom uitruil_met: '{kort(ruw, 20)}' is geen gemeente in {provincie}."
            )
        elif partner == code:
            problemen.append(f"{_waar(regel, code, namen)}: een gemeente kan geen uitruil met zichzelf afspreken.")
        partners.append(partner or "")
    if problemen:
        raise UploadFout(
            f"Het bestand {kort(naam)} is niet gebruikt; de tabel op het scherm is niet veranderd.", problemen
        )
    toelichting = gelezen.tabel["toelichting"] if "toelichting" in gelezen.tabel.columns else [""] * len(codes)
    tabel = pd.DataFrame(
        {
            "gemeentecode": codes,
            "afspraak": aantallen,
            "toelichting": [str(t)[:MAX_TEKST] for t in toelichting],
            "uitruil_met": partners,
            "oekraine": extra["oekraine"],
            "statushouders": extra["statushouders"],
        }
    )
    return tabel, gelezen.mededelingen


def lees_vergadering(inhoud: bytes):
    """Uit een verslag (.xlsx van deze app, blad 'Scenario en bronnen'): de vergadering (datum, aanwezigen, status),
    of None als het bestand geen verslag is. Een onleesbare datum of status wordt overgeslagen."""
    if inhoud[:4] != b"PK\x03\x04":
        return None
    try:
        import openpyxl  # lui: openpyxl laden kost ~0,1 s, alleen nodig bij een Excel-bestand

        boek = openpyxl.load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
        if "Scenario en bronnen" not in boek.sheetnames:
            return None
        velden = {
            str(r[0]): r[1] for r in boek["Scenario en bronnen"].iter_rows(values_only=True, max_row=60) if r and r[0]
        }
        boek.close()
    except Exception:  # noqa: BLE001 - een kapot bestand heeft al een melding van lees_afspraken
        return None
    if "Status verslag" not in velden:
        return None
    datum = None
    ruw = velden.get("Datum vergadering")
    if isinstance(ruw, datetime | date):
        datum = ruw if isinstance(ruw, date) and not isinstance(ruw, datetime) else ruw.date()
    elif ruw:
        datum = _nl_datum(str(ruw))
    status = str(velden.get("Status verslag") or "concept")
    return Vergadering(
        datum, str(velden.get("Aanwezig") or "")[:1000], status if status in VERGADERSTATUSSEN else "concept"
    )


def _nl_datum(tekst: str):
    """'20 november 2026' -> date(2026, 11, 20); anders None."""
    delen = tekst.strip().split()
    try:
        return date(int(delen[2]), MAANDEN.index(delen[1].lower()) + 1, int(delen[0]))
    except (IndexError, ValueError):
        return None
