// Getallen in interactieve tabellen (st.dataframe) in Nederlandse notatie, ook in een browser die op Engels staat
// (nagegaan op Streamlit 1.67.0). Een NumberColumn met format="localized" of "euro" maakt de tekst in de browser met
// Intl.NumberFormat(navigator.languages); dit script zet die talen op Nederlands, zodat 1234,5 als "1.234,5" en een
// bedrag als "€ 2.054.500" verschijnt. De getallen zelf blijven getallen (sorteren klopt), en de server hoeft de
// tabel niet meer cel voor cel op te maken (issue 34: dat kostte een derde van de rekentijd per bezoeker).
(function () {
  if (window.__spreidingGetallen) return;
  window.__spreidingGetallen = true;
  try {
    Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: function () { return ['nl-NL', 'nl']; } });
    Object.defineProperty(Navigator.prototype, 'language', { configurable: true, get: function () { return 'nl-NL'; } });
  } catch (e) {
    // een browser die dit weigert, toont de getallen in zijn eigen notatie; de tabel blijft werken
  }
  // Het minteken zoals in de rest van de app (spreiding/notatie.py): −81 en −€ 100, niet Intl's -81 en € -100.
  try {
    var eigen = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format');
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      configurable: true,
      get: function () {
        var maak = eigen.get.call(this);
        if (this.resolvedOptions().locale.slice(0, 2) !== 'nl') return maak;
        return function (x) {
          return maak(x).replace(/^€\u00a0-/, '\u2212€\u00a0').replace(/-(?=\d)/, '\u2212');
        };
      },
    });
  } catch (e) {
    // dan het minteken van Intl
  }
})();
