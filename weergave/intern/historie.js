/* Browsergeschiedenis: één stap per pagina, niet per instelling.
 *
 * Streamlit schrijft een gewijzigde URL-parameter die van de server komt met history.pushState, dus elke
 * instelling die de server zet (en het opschonen van de parameters bij het verlaten van een pagina) werd een
 * stap in de geschiedenis, en Terug bracht je niet terug naar de vorige pagina. Hier:
 * - dezelfde pagina, andere parameters: de huidige stap wordt vervangen (replaceState);
 * - een andere pagina: een nieuwe stap; parameters die de server vlak daarvoor van de oude pagina haalde, worden
 *   in die oude stap teruggezet, zodat Terug de vorige pagina mét haar instellingen teruggeeft.
 * Wijzigingen door de gebruiker in widgets gebruiken al replaceState (bind="query-params").
 */
(function () {
  if (window.__spreidingHistorie) return;
  window.__spreidingHistorie = true;
  var push = history.pushState.bind(history);
  var vervang = history.replaceState.bind(history);
  var vorige = null;
  history.pushState = function (staat, titel, url) {
    var doel = new URL(url, location.href);
    if (doel.pathname === location.pathname) {
      if (!vorige || Date.now() - vorige.tijd > 500) vorige = { url: location.href, staat: history.state, tijd: Date.now() };
      return vervang(staat, titel, url);
    }
    if (vorige && Date.now() - vorige.tijd < 500) vervang(vorige.staat, "", vorige.url);
    vorige = null;
    return push(staat, titel, url);
  };
})();
