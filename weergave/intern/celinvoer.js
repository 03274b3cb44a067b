// Snelle invoer in st.data_editor (glide-data-grid), nagegaan op Streamlit 1.67.0.
//
// Waarom: staat de cursor op een cel en typt iemand meteen cijfers, dan opent glide-data-grid de celeditor met de
// eerste toets. Toetsen die aankomen voordat het invoerveld (input.gdg-input) de focus heeft, gaan naar het canvas
// en openen de editor telkens opnieuw met alleen díe toets: "2400" snel getypt werd "0" (gemeten met Playwright,
// 0 ms tussen de toetsen). Hier worden die tussentijdse toetsen vastgehouden en achter de eerste toets in het veld
// gezet zodra het de focus krijgt; een Enter of Tab in die tussentijd wordt daarna alsnog gegeven. Zo wint altijd
// de laatst getypte waarde.
(function () {
  if (window.__spreidingCelinvoer) return;
  window.__spreidingCelinvoer = true;
  const RASTER = '[data-testid="stDataFrame"]';
  const VELD = 'input.gdg-input, textarea.gdg-input';
  let wacht = null; // {tekens: "400", slot: "Enter" | "Tab" | null, tot: tijdstip} zolang de editor opengaat
  // Net geopend veld: toetsen die er in de eerste ms rechtstreeks in vallen, zet dit script er ook zelf in (een
  // tekstcel legde een mengsel van vastgehouden en rechtstreeks getypte toetsen bij Enter soms niet vast).
  let open = null; // {veld, tot}

  function inRaster(el) {
    return !!(el && el.closest && el.closest(RASTER));
  }
  function isVeld(el) {
    return !!(el && el.matches && el.matches(VELD));
  }
  function zetWaarde(veld, waarde) {
    const proto = veld.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(veld, waarde);
    veld.dispatchEvent(new Event('input', { bubbles: true }));
    veld.setSelectionRange(waarde.length, waarde.length);
  }

  document.addEventListener(
    'keydown',
    function (e) {
      const doel = document.activeElement;
      const nu = Date.now();
      if (open && doel === open.veld && nu < open.tot && !e.ctrlKey && !e.metaKey && !e.altKey && e.isTrusted) {
        if (e.key.length === 1) {
          e.preventDefault();
          e.stopImmediatePropagation();
          zetWaarde(doel, doel.value + e.key);
          open.tot = nu + 150;
        } else if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          e.stopImmediatePropagation();
          const veld = doel;
          open = null;
          setTimeout(function () {
            veld.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, code: e.key, bubbles: true, cancelable: true }));
          }, 0);
        }
        return;
      }
      if (isVeld(doel) || !inRaster(doel) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (wacht && nu > wacht.tot) wacht = null;
      if (e.key.length === 1) {
        if (wacht === null) {
          // de eerste toets: glide opent de editor ermee
          wacht = { eerste: e.key, tekens: '', slot: null, tot: nu + 1500 };
          return;
        }
        wacht.tekens += e.key;
      } else if (wacht && (e.key === 'Enter' || e.key === 'Tab')) {
        wacht.slot = e.key;
      } else {
        return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    true
  );

  document.addEventListener(
    'focusin',
    function (e) {
      if (!wacht || !isVeld(e.target)) return;
      const { eerste, tekens, slot } = wacht;
      wacht = null;
      const veld = e.target;
      // glide zet de eerste toets vlak vóór het focussen in het veld; daar komen de vastgehouden toetsen meteen achter.
      // Zet glide het veld daarna nog eens op een begin van de getypte waarde (bij een tekstcel gezien), dan wordt de
      // waarde nog een paar keer hersteld; maar nooit meer zodra het veld verder is dan dat (de gebruiker typte door,
      // rechtstreeks in het veld) of de focus weg is (de cel is al vastgelegd). Daarna pas de vastgehouden Enter/Tab.
      const doelwaarde = eerste + tekens;
      open = { veld: veld, tot: Date.now() + 150 };
      let keer = 0;
      (function zet() {
        if (document.activeElement !== veld) return;
        const nu = veld.value;
        if (nu !== doelwaarde && doelwaarde.startsWith(nu)) zetWaarde(veld, doelwaarde);
        if (++keer < 4) { setTimeout(zet, keer * 20); return; }
        if (slot) {
          veld.dispatchEvent(new KeyboardEvent('keydown', { key: slot, code: slot, bubbles: true, cancelable: true }));
        }
      })();
    },
    true
  );
})();
