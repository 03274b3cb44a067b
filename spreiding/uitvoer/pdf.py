"""Gemeenschappelijke opmaak van de PDF's (fpdf2): A4, DejaVu Sans, kop, voetregel met bron en opdracht,
kaartje zonder browser (polygonen uit de grenzen in data/)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from pathlib import Path

import segno
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ..notatie import datum
from ..parameters import Bron

LETTERTYPEN = Path(__file__).with_name("lettertypen")
DONKER = (33, 37, 41)
GRIJS = (108, 117, 125)
LICHT = (233, 236, 239)
ACCENT = (22, 96, 136)


class Document(FPDF):
    """A4 staand, marges 15 mm, met een voetregel (titel, opdracht, paginanummer)."""

    def __init__(self, titel: str, opdracht: str | None, liggend: bool = False):
        """`opdracht`: de command line in de voetregel (None: geen; het verslag zet haar in een eigen slotonderdeel,
        omloopend, want in één voetregel liep zij van de pagina). `liggend`: A4 liggend."""
        super().__init__(orientation="L" if liggend else "P", unit="mm", format="A4")
        self.titel = titel
        self.opdracht = opdracht
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(True, margin=16)
        self.add_font("DejaVu", "", str(LETTERTYPEN / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(LETTERTYPEN / "DejaVuSans-Bold.ttf"))
        self.set_title(titel)
        self.set_author("Spreidingswet in cijfers")
        self.set_creator("python -m spreiding")
        self.set_lang("nl-NL")
        self.set_creation_date(datetime.combine(date.today(), datetime.min.time(), tzinfo=UTC))  # alleen de dag
        self.add_page()

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(*GRIJS)
        tekst = (
            f"Spreidingswet in cijfers · na te rekenen met: {self.opdracht}"
            if self.opdracht
            else f"Spreidingswet in cijfers · {self.titel}"
        )
        self.cell(
            0, 3.5, _pas(self, tekst, self.w - self.l_margin - self.r_margin), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.cell(0, 3.5, f"Pagina {self.page_no()} van {{nb}}", align="R")

    # ------------------------------------------------------------------------------------------ tekst

    def kop(self, titel: str, onder: str) -> None:
        self.set_font("DejaVu", "B", 17)
        self.set_text_color(*DONKER)
        self.multi_cell(0, 8, titel, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self.set_font("DejaVu", "", 9)
        self.set_text_color(*GRIJS)
        self.multi_cell(0, 4.5, onder, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        self.ln(2)
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)

    def tussenkop(self, tekst: str, breedte: float = 0) -> None:
        """Kop van een onderdeel op één regel; past hij niet (lange provincienaam), dan iets kleiner."""
        beschikbaar = breedte or (self.w - self.r_margin - self.get_x())
        grootte = 10.5
        self.set_font("DejaVu", "B", grootte)
        while self.get_string_width(tekst) > beschikbaar and grootte > 8:
            grootte -= 0.5
            self.set_font("DejaVu", "B", grootte)
        self.set_text_color(*ACCENT)
        self.cell(breedte, 6, tekst, new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_text_color(*DONKER)

    def alinea(self, tekst: str, grootte: float = 8.5, breedte: float = 0, hoogte: float = 4.2, kleur=DONKER) -> None:
        self.set_font("DejaVu", "", grootte)
        self.set_text_color(*kleur)
        self.multi_cell(breedte, hoogte, tekst, new_x=XPos.LEFT, new_y=YPos.NEXT, markdown=False, align="L")
        self.set_text_color(*DONKER)

    def kerngetal(self, label: str, waarde: str, toelichting: str, x: float, y: float, breedte: float) -> None:
        """Een kader met een groot getal, een label erboven en een toelichting eronder."""
        self.set_fill_color(*LICHT)
        self.rect(x, y, breedte, 22, style="F")
        self.set_xy(x + 2.5, y + 1.8)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*GRIJS)
        self.cell(breedte - 5, 3.5, label)
        self.set_xy(x + 2.5, y + 5.5)
        self.set_font("DejaVu", "B", 15)
        self.set_text_color(*DONKER)
        self.cell(breedte - 5, 7.5, waarde)
        self.set_xy(x + 2.5, y + 13.5)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(*GRIJS)
        self.multi_cell(breedte - 5, 3.2, toelichting, align="L")
        self.set_text_color(*DONKER)

    def tabel(
        self,
        koppen: list[str],
        rijen: list[list[str]],
        breedtes: list[float],
        rechts: list[bool],
        grootte: float = 7.5,
        nadruk: set[int] | None = None,
    ) -> None:
        """Eenvoudige tabel; rijen in `nadruk` vet en gemarkeerd."""
        nadruk = nadruk or set()
        hoogte = grootte * 0.52
        self.set_font("DejaVu", "B", grootte)
        self.set_fill_color(*LICHT)
        x0 = self.l_margin if self.get_x() < self.l_margin + 0.1 else self.get_x()
        self.set_x(x0)
        for kop, b, r in zip(koppen, breedtes, rechts):
            self.cell(b, hoogte + 1, kop, border="B", align="R" if r else "L", fill=True)
        self.ln(hoogte + 1)
        for i, rij in enumerate(rijen):
            if self.will_page_break(hoogte):
                self.add_page()
            self.set_x(x0)
            vet = i in nadruk
            self.set_font("DejaVu", "B" if vet else "", grootte)
            if vet:
                self.set_fill_color(255, 243, 205)
            for waarde, b, r in zip(rij, breedtes, rechts):
                self.cell(b, hoogte, _pas(self, waarde, b), align="R" if r else "L", fill=vet)
            self.ln(hoogte)
        self.set_font("DejaVu", "", 8)

    def tabel_omloop(
        self,
        koppen: list[str],
        rijen: list[list[str]],
        breedtes: list[float],
        rechts: list[bool],
        grootte: float = 7.5,
        nadruk: set[int] | None = None,
    ) -> None:
        """Tabel waarin lange tekst (toelichtingen) over meer regels in haar kolom loopt, in haar geheel; een rij gaat
        nooit over een paginagrens, en de kopregel staat boven aan elke pagina."""
        nadruk = nadruk or set()
        hoogte = grootte * 0.5
        x0 = self.l_margin

        def kopregel() -> None:
            self.set_font("DejaVu", "B", grootte)
            self.set_fill_color(*LICHT)
            regels = [self.multi_cell(b, hoogte, k, dry_run=True, output="LINES") for k, b in zip(koppen, breedtes)]
            n = max(len(r) for r in regels)
            y = self.get_y()
            x = x0
            for b, r, lijnen in zip(breedtes, rechts, regels):
                self.set_xy(x, y)
                self.multi_cell(
                    b,
                    hoogte,
                    "\n".join(lijnen + [""] * (n - len(lijnen))),
                    align="R" if r else "L",
                    fill=True,
                    border="B",
                    new_x=XPos.RIGHT,
                    new_y=YPos.TOP,
                )
                x += b
            self.set_xy(x0, y + n * hoogte + 0.5)

        kopregel()
        for i, rij in enumerate(rijen):
            vet = i in nadruk
            self.set_font("DejaVu", "B" if vet else "", grootte)
            regels = [
                self.multi_cell(b, hoogte, str(w), dry_run=True, output="LINES") or [""] for w, b in zip(rij, breedtes)
            ]
            n = max(len(r) for r in regels)
            if self.will_page_break(n * hoogte + 0.6):
                self.add_page()
                kopregel()
                self.set_font("DejaVu", "B" if vet else "", grootte)
            y = self.get_y()
            if vet:
                self.set_fill_color(255, 243, 205)
                self.rect(x0, y, sum(breedtes), n * hoogte, style="F")
            x = x0
            for lijnen, b, r in zip(regels, breedtes, rechts):
                self.set_xy(x, y)
                self.multi_cell(b, hoogte, "\n".join(lijnen), align="R" if r else "L", new_x=XPos.RIGHT, new_y=YPos.TOP)
                x += b
            self.set_draw_color(*LICHT)
            self.set_line_width(0.1)
            self.line(x0, y + n * hoogte + 0.3, x0 + sum(breedtes), y + n * hoogte + 0.3)
            self.set_xy(x0, y + n * hoogte + 0.6)
        self.set_font("DejaVu", "", 8)

    def bronnen(
        self, bronnen: list[Bron], extra: list[str] | None = None, kop: str = "Bronnen", breedte: float = 0
    ) -> None:
        """De bronnen als lijst; met `breedte` in een kolom vanaf de huidige x (naast een tabel)."""
        x = self.get_x() if breedte else self.l_margin
        self.tussenkop(kop, breedte)
        self.set_font("DejaVu", "", 7 if not breedte else 6.5)
        self.set_text_color(*GRIJS)
        for b in bronnen:
            tekst = f"• {b.uitgever}, {b.titel} ({b.datum})" + (f" – {b.url}" if b.url else "")
            self.set_x(x)
            self.multi_cell(breedte, 3.4 if not breedte else 3.1, tekst, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        for regel in extra or []:
            self.set_x(x)
            self.multi_cell(breedte, 3.4 if not breedte else 3.1, regel, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        self.set_x(self.l_margin)
        self.set_text_color(*DONKER)

    def qr(self, tekst: str, x: float, y: float, maat: float) -> None:
        """Een QR-code van `tekst` (de link naar de live pagina) als vierkantjes, `maat` mm breed met de witrand."""
        code = segno.make(tekst, error="m")
        matrix = code.matrix
        rand = 2  # modules witrand: genoeg op wit papier
        modules = len(matrix) + 2 * rand
        m = maat / modules
        self.set_fill_color(255, 255, 255)
        self.rect(x, y, maat, maat, style="F")
        self.set_fill_color(0, 0, 0)
        for i, rij in enumerate(matrix):
            j = 0
            while j < len(rij):  # een reeks zwarte modules op een rij als één rechthoek
                if rij[j]:
                    k = j
                    while k < len(rij) and rij[k]:
                        k += 1
                    self.rect(x + (rand + j) * m, y + (rand + i) * m, (k - j) * m, m, style="F")
                    j = k
                else:
                    j += 1
        self.set_fill_color(*LICHT)

    def link_regel(self, tekst: str, link: str, grootte: float = 7.5, breedte: float = 0) -> None:
        """Een klikbare link, omlopend (een lange link met parameters past niet op één regel)."""
        self.set_font("DejaVu", "", grootte)
        self.set_text_color(*ACCENT)
        self.multi_cell(breedte, grootte * 0.45, tekst, link=link, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        self.set_text_color(*DONKER)

    def bytes(self) -> bytes:
        self.alias_nb_pages()
        return bytes(self.output())


def _pas(pdf: FPDF, tekst: str, breedte: float) -> str:
    """Kort tekst in zodat hij in de kolom past."""
    tekst = str(tekst)
    if pdf.get_string_width(tekst) <= breedte - 1:
        return tekst
    while tekst and pdf.get_string_width(tekst + "…") > breedte - 1:
        tekst = tekst[:-1]
    return tekst + "…"


def vandaag() -> str:
    return datum(date.today())


# ------------------------------------------------------------------------------------------- kaartje


def _ringen(geometrie: dict) -> list[list[list[float]]]:
    if geometrie["type"] == "Polygon":
        return [geometrie["coordinates"][0]]
    return [p[0] for p in geometrie["coordinates"]]


def kaartje(
    pdf: FPDF,
    gebieden: list[tuple[dict, tuple[int, int, int]]],
    x: float,
    y: float,
    breedte: float,
    hoogte: float,
    omlijnd: set[int] | None = None,
) -> None:
    """Teken GeoJSON-vlakken (gebied, vulkleur) in het kader (x, y, breedte, hoogte) in mm, met de juiste
    verhouding (equirectangulair met cos(breedtegraad)); `omlijnd`: indexen die dik omlijnd worden."""
    omlijnd = omlijnd or set()
    punten = [p for g, _ in gebieden for r in _ringen(g["geometry"]) for p in r]
    lon0, lon1 = min(p[0] for p in punten), max(p[0] for p in punten)
    lat0, lat1 = min(p[1] for p in punten), max(p[1] for p in punten)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    schaal = min(breedte / max((lon1 - lon0) * kx, 1e-6), hoogte / max(lat1 - lat0, 1e-6))
    dx = (breedte - (lon1 - lon0) * kx * schaal) / 2
    dy = (hoogte - (lat1 - lat0) * schaal) / 2

    def proj(p):
        return (x + dx + (p[0] - lon0) * kx * schaal, y + dy + (lat1 - p[1]) * schaal)

    pdf.set_line_width(0.15)
    pdf.set_draw_color(255, 255, 255)
    volgorde = [i for i in range(len(gebieden)) if i not in omlijnd] + sorted(omlijnd)
    for i in volgorde:
        g, kleur = gebieden[i]
        pdf.set_fill_color(*kleur)
        if i in omlijnd:
            pdf.set_draw_color(*DONKER)
            pdf.set_line_width(0.7)
        for ring in _ringen(g["geometry"]):
            pdf.polygon([proj(p) for p in ring], style="DF")
        if i in omlijnd:
            pdf.set_draw_color(255, 255, 255)
            pdf.set_line_width(0.15)


def kleur_tussen(waarde: float, laag: float, hoog: float) -> tuple[int, int, int]:
    """Oplopende kleur van licht naar donkerblauw (voor 'per 1.000 inwoners')."""
    t = 0.0 if hoog <= laag else min(1.0, max(0.0, (waarde - laag) / (hoog - laag)))
    a, b = (222, 235, 247), (33, 102, 172)
    return tuple(int(round(a[i] + t * (b[i] - a[i]))) for i in range(3))


def kleur_verschil(waarde: float, grens: float) -> tuple[int, int, int]:
    """Divergerend rond 0: tekort rood, overschot blauw, 0 wit."""
    t = 0.0 if grens <= 0 else max(-1.0, min(1.0, waarde / grens))
    wit = (247, 247, 247)
    doel = (33, 102, 172) if t > 0 else (178, 24, 43)
    return tuple(int(round(wit[i] + abs(t) * (doel[i] - wit[i]))) for i in range(3))
