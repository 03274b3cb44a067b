"""Widgets van een Streamlit-pagina in een echte browser: opsommen, op een waarde zetten, en de stand van het scherm
(elke widgetwaarde en elke metric) als woordenboek lezen. Voor de eigenschapstest 'een link geeft terug wat het scherm
toonde' (tests/test_links.py). Nagegaan op Streamlit 1.67 (test-id's stSlider, stRadio, stButtonGroup, stCheckbox,
stTextInput, stSelectbox, stMetric); verandert de frontend, dan vindt `widgets()` niets en faalt de test luid."""

from __future__ import annotations

import contextlib
import random
import re

from playwright.sync_api import TimeoutError as PlaywrightTimeout

#: Elke widget op de pagina: soort, label (aria-label), volgnummer bij gelijke labels, uitgeschakeld.
WIDGETS = r"""() => {
  const uit = [];
  const tel = {};
  // zichtbaar, of alleen verborgen doordat een paneel dicht is (klap_alles_open opent dat)
  const zichtbaar = (e) => e.getClientRects().length > 0 || !!e.closest('details:not([open])');
  const soorten = [
    ['schuif', '[data-testid="stSlider"] [role="group"]', (e) => e.querySelector('input[type="range"]')],
    ['radio', '[data-testid="stRadio"] [role="radiogroup"]', (e) => e],
    ['segment', '[data-testid="stButtonGroup"] [role="radiogroup"]', (e) => e],
    ['schakelaar', '[data-testid="stCheckbox"] input', (e) => e],
    ['tekst', '[data-testid="stTextInput"] input', (e) => e],
    ['keuzelijst', '[data-testid="stSelectbox"] input[role="combobox"]', (e) => e],
  ];
  for (const [soort, kiezer, invoer] of soorten) {
    for (const e of document.querySelectorAll(kiezer)) {
      const label = e.getAttribute('aria-label');
      const k = soort + ':' + label; tel[k] = (tel[k] || 0) + 1;
      const i = invoer(e);
      const uitgeschakeld = i && (i.disabled || i.getAttribute('aria-disabled') === 'true');
      const houder = e.closest('[data-testid="stSlider"], [data-testid="stRadio"], [data-testid="stButtonGroup"], ' +
        '[data-testid="stCheckbox"], [data-testid="stTextInput"], [data-testid="stSelectbox"]');
      uit.push({soort, label, n: tel[k] - 1, uit: !!uitgeschakeld, verborgen: !zichtbaar(houder)});
    }
  }
  return uit;
}"""

#: De stand van het scherm: de waarde van elke widget en de tekst van elke metric en kop.
STAND = r"""() => {
  const uit = {};
  const zet = (k, v) => { let s = k, i = 0; while (s in uit) s = k + '#' + (++i); uit[s] = v; };
  for (const e of document.querySelectorAll('[data-testid="stSlider"]')) {
    const g = e.querySelector('[role="group"]');
    const w = e.querySelector('[data-testid="stSliderThumbValue"]');
    zet('schuif:' + (g ? g.getAttribute('aria-label') : '?'), w ? w.textContent : '?');
  }
  for (const e of document.querySelectorAll('[data-testid="stRadio"] [role="radiogroup"]')) {
    const o = e.querySelector('[data-testid="stRadioOption"][data-selected="true"]');
    zet('radio:' + e.getAttribute('aria-label'), o ? o.textContent : '(geen)');
  }
  for (const e of document.querySelectorAll('[data-testid="stButtonGroup"] [role="radiogroup"]')) {
    const o = e.querySelector('button[aria-checked="true"]');
    zet('segment:' + e.getAttribute('aria-label'), o ? o.textContent : '(geen)');
  }
  for (const e of document.querySelectorAll('[data-testid="stCheckbox"] input'))
    zet('schakelaar:' + e.getAttribute('aria-label'), e.checked);
  for (const e of document.querySelectorAll('[data-testid="stTextInput"] input'))
    zet('tekst:' + e.getAttribute('aria-label'), e.value);
  for (const e of document.querySelectorAll('[data-testid="stSelectbox"] input[role="combobox"]'))
    zet('keuzelijst:' + e.getAttribute('aria-label'), e.value);
  for (const e of document.querySelectorAll('[data-testid="stMetric"]'))
    zet('metric', e.innerText.replace(/\s+/g, ' ').trim());
  for (const e of document.querySelectorAll('[data-testid="stMain"] :is(h1, h2, h3)'))
    zet('kop', e.textContent.trim());
  return uit;
}"""

CONTAINER = {
    "schuif": '[data-testid="stSlider"]:has([role="group"][aria-label="{l}"])',
    "radio": '[data-testid="stRadio"]:has([role="radiogroup"][aria-label="{l}"])',
    "segment": '[data-testid="stButtonGroup"]:has([role="radiogroup"][aria-label="{l}"])',
    "schakelaar": '[data-testid="stCheckbox"]:has(input[aria-label="{l}"])',
    "tekst": '[data-testid="stTextInput"]:has(input[aria-label="{l}"])',
    "keuzelijst": '[data-testid="stSelectbox"]:has(input[aria-label="{l}"])',
}


def klaar(p, wacht: int = 150) -> None:
    """Wacht tot Streamlit klaar is met rekenen (geen statuswidget, geen skelet)."""
    p.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=60_000)
    p.wait_for_timeout(150)
    p.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
        "!document.querySelector('[data-testid=\"stSkeleton\"]')",
        timeout=60_000,
    )
    p.wait_for_timeout(wacht)


def widgets(p) -> list[dict]:
    return p.evaluate(WIDGETS)


def stand(p) -> dict:
    return p.evaluate(STAND)


def klap_alles_open(p) -> None:
    """Open elk ingeklapt paneel, zodat de widgets erin bereikbaar zijn."""
    dicht = p.locator('[data-testid="stExpander"] details:not([open]) > summary').all()
    for s in dicht:
        with contextlib.suppress(Exception):  # een paneel dat intussen verdween
            s.click(timeout=2_000)
    if dicht:
        p.wait_for_timeout(150)


def _houder(p, w: dict):
    label = w["label"].replace('"', '\\"')
    return p.locator(CONTAINER[w["soort"]].format(l=label)).nth(w["n"])


def _slider_waarde(h) -> str:
    return h.locator('[data-testid="stSliderThumbValue"]').first.text_content()


def zet(p, w: dict, doel: str, rnd: random.Random, waarde=None) -> str | None:
    """Zet widget `w` op 'min', 'max', 'willekeurig' of 'waarde' (dan `waarde`, zoals STAND haar leest). Geeft een
    korte beschrijving van wat er gezet is, of None als er niets te zetten viel."""
    h = _houder(p, w)
    h.scroll_into_view_if_needed(timeout=5_000)
    soort = w["soort"]
    if soort == "schuif":
        duim = h.locator('input[type="range"]').first
        duim.focus()
        if doel == "waarde":
            duim.press("Home")
            klaar(p, 100)
            for _ in range(60):
                if _slider_waarde(h) == waarde:
                    break
                duim.press("ArrowRight")
                p.wait_for_timeout(40)
        else:
            duim.press("End" if doel == "max" else "Home")
            if doel == "willekeurig":
                for _ in range(rnd.randint(1, 12)):
                    duim.press("ArrowRight")
                    p.wait_for_timeout(40)
        klaar(p)
        return _slider_waarde(h)
    if soort in ("radio", "segment"):
        opties = h.locator('[data-testid="stRadioOption"]' if soort == "radio" else "button[role=radio]")
        namen = [t.strip() for t in opties.all_text_contents()]
        if doel == "waarde":
            if waarde not in namen:
                return None
            i = namen.index(waarde)
        else:
            i = {"min": 0, "max": len(namen) - 1}.get(doel, rnd.randrange(len(namen)))
        optie = opties.nth(i)
        gekozen = (optie.get_attribute("data-selected") or optie.get_attribute("aria-checked")) in ("true",)
        if not gekozen:  # een gekozen segment nog eens aanklikken maakt de keuze leeg
            optie.click()
            klaar(p)
        return namen[i]
    if soort == "schakelaar":
        vak = h.locator("input").first
        aan = {"min": False, "max": True, "waarde": waarde is True}.get(doel, rnd.random() < 0.5)
        if vak.is_checked() != aan:
            h.locator("label").first.click()
            klaar(p)
        return str(aan)
    if soort == "tekst":
        veld = h.locator("input").first
        if doel == "waarde":
            tekst = waarde
        else:
            m = re.fullmatch(r"([\d.]+) tot ([\d.]+)", veld.get_attribute("placeholder") or "")
            if not m:
                return None
            laag, hoog = (int(x.replace(".", "")) for x in m.groups())
            getal = {"min": laag, "max": hoog}.get(doel, rnd.randint(laag, hoog))
            tekst = f"{getal:,}".replace(",", ".")
        veld.fill(tekst)
        veld.press("Enter")
        klaar(p)
        return tekst
    if soort == "keuzelijst":
        veld = h.locator("input").first
        if doel == "waarde":
            if veld.input_value() == waarde:
                return waarde
            if not waarde:
                wis = h.locator('button[aria-label="Clear value"]')
                if wis.count():
                    wis.first.click()
                    klaar(p)
                return "(leeg)"
        lijst = p.locator('[role="listbox"]').last
        for poging in range(3):  # onder belasting kan een herberekening die net klaar is de klik opslokken
            veld.click()
            try:
                lijst.wait_for(timeout=10_000)
                break
            except PlaywrightTimeout:
                if poging == 2:
                    raise
                klaar(p)
        if doel == "waarde":
            veld.fill(waarde)
            p.wait_for_timeout(300)
            optie = p.locator('[role="option"]', has_text=waarde).first
        else:
            if doel != "min":
                lijst.evaluate(
                    "(e, f) => { e.scrollTop = f * e.scrollHeight; }", 1.0 if doel == "max" else rnd.random()
                )
                p.wait_for_timeout(300)
            opties = p.locator('[role="option"]')
            n = opties.count()
            optie = opties.nth({"min": 0, "max": n - 1}.get(doel, rnd.randrange(max(n, 1))))
        tekst = optie.text_content()
        optie.click()
        klaar(p)
        return tekst
    return None


def zet_alles(p, doel: str, rnd: random.Random, doelwaarden: dict | None = None) -> list[tuple[str, str]]:
    """Zet elke bereikbare, ingeschakelde widget van de pagina op `doel`; widgets die pas verschijnen door een
    eerdere keuze worden ook gezet. Geeft de lijst (widget, gezette waarde)."""
    gedaan: set[tuple] = set()
    gezet: list[tuple[str, str]] = []
    for _ in range(40):
        klap_alles_open(p)
        open_ = [w for w in widgets(p) if (w["soort"], w["label"], w["n"]) not in gedaan]
        if not open_:
            break
        w = open_[0]
        gedaan.add((w["soort"], w["label"], w["n"]))
        if w["uit"] or w["verborgen"]:
            continue
        sleutel = f"{w['soort']}:{w['label']}" + (f"#{w['n']}" if w["n"] else "")
        if doel == "waarde":
            if doelwaarden is None or sleutel not in doelwaarden:
                continue
            waarde = doelwaarden[sleutel]
            uitkomst = zet(p, w, "waarde", rnd, waarde)
        else:
            uitkomst = zet(p, w, doel, rnd)
        if uitkomst is not None:
            gezet.append((sleutel, uitkomst))
    return gezet
