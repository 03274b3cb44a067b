// Tabellen die op een telefoon opzij scrollen, bereikbaar met het toetsenbord (WCAG 2.1.1; axe-core
// scrollable-region-focusable), nagegaan op Streamlit 1.67.0: elke Markdown-tabel krijgt tabindex="0", een rol en
// een naam. Streamlit tekent tabellen opnieuw bij elke run, dus een MutationObserver houdt het bij.
(function () {
  if (window.__spreidingTabellen) return;
  window.__spreidingTabellen = true;
  function markeer() {
    document.querySelectorAll('[data-testid="stMarkdownContainer"] table:not([tabindex])').forEach(function (t) {
      t.setAttribute('tabindex', '0');
      t.setAttribute('role', 'region');
      const kop = t.querySelector('th');
      t.setAttribute('aria-label', 'Tabel' + (kop ? ' met ' + kop.textContent.trim() : '') + '; schuif opzij voor meer kolommen');
    });
  }
  markeer();
  new MutationObserver(markeer).observe(document.body, { childList: true, subtree: true });
})();
