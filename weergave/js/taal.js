// De pagina is Nederlands: lang="nl" op het document (WCAG 3.1.1), zodat een schermlezer Nederlands uitspreekt.
// Streamlit 1.67 levert index.html met lang="en" en heeft daar geen instelling voor; dit script zet het zo vroeg
// als een pagina dat kan, en opnieuw als iets het terugzet.
(function () {
  const html = document.documentElement;
  if (html.lang !== 'nl') html.lang = 'nl';
  if (window.__spreidingTaal) return;
  window.__spreidingTaal = true;
  new MutationObserver(function () {
    if (html.lang !== 'nl') html.lang = 'nl';
  }).observe(html, { attributes: true, attributeFilter: ['lang'] });
})();
