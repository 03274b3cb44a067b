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
      if (isVeld(doel) || !inRaster(doel) || e.ctrlKey || e.metaKey || e.altKey) return;
      const nu = Date.now();
      if (wacht && nu > wacht.tot) wacht = null;
      if (e.key.length === 1) {
        if (wacht === null) {
          wacht = { tekens: '', slot: null, tot: nu + 1500 }; // de eerste toets: glide opent de editor ermee
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
      const { tekens, slot } = wacht;
      wacht = null;
      const veld = e.target;
      // glide zet de eerste toets pas na het focussen in het veld: daarna de rest erachter
      setTimeout(function () {
        if (tekens) zetWaarde(veld, veld.value + tekens);
        if (slot) {
          veld.dispatchEvent(new KeyboardEvent('keydown', { key: slot, code: slot, bubbles: true, cancelable: true }));
        }
      }, 0);
    },
    true
  );
})();
