// Delen: op een telefoon het deelmenu van het toestel (navigator.share), elders de link naar het klembord.
(function () {
  const knop = document.getElementById('spreiding-delen');
  if (!knop || knop.dataset.klaar) return;
  knop.dataset.klaar = '1';
  knop.addEventListener('click', async function () {
    const melding = document.getElementById('spreiding-delen-melding');
    const url = window.location.href;
    try {
      if (navigator.share && window.matchMedia('(pointer: coarse)').matches) {
        const gegevens = { title: knop.dataset.titel || document.title, url: url };
        if (knop.dataset.tekst) gegevens.text = knop.dataset.tekst;
        await navigator.share(gegevens);
        return;
      }
      await navigator.clipboard.writeText(url);
      melding.textContent = 'Link gekopieerd: ' + url;
    } catch (e) {
      melding.textContent = 'Kopiëren lukte niet; kopieer de link uit de adresbalk.';
    }
  });
})();
