/* Streamlits eigen Engelse teksten in het Nederlands (zie vertaling.py; nagegaan op Streamlit 1.67.0).
   Eén waarnemer per document: nieuwe elementen, gewijzigde tekst en gewijzigde attributen worden vertaald. */
(function () {
  if (window.__spreidingVertaal) return;
  window.__spreidingVertaal = true;
  const T = __VERTALINGEN__;
  const V = __VOORVOEGSELS__;
  const P = __PATRONEN__.map(function (p) { return [new RegExp(p[0]), p[1]]; });
  const ATTR = ['title', 'aria-label', 'placeholder'];
  const ICOON = '[data-testid="stIconMaterial"], .material-symbols-rounded, .material-icons';

  function vertaal(s) {
    if (Object.prototype.hasOwnProperty.call(T, s)) return T[s];
    for (const [en, nl] of V) if (s.startsWith(en)) return nl + s.slice(en.length);
    for (const [re, nl] of P) if (re.test(s)) return s.replace(re, nl);
    return null;
  }
  function tekst(n) {
    const t = n.nodeValue, k = t && t.trim();
    if (!k || k.length > 200) return;
    const el = n.parentElement;
    if (!el || el.closest(ICOON) || el.closest('script, style')) return;
    const v = vertaal(k);
    if (v !== null && v !== k) n.nodeValue = t.replace(k, v);
  }
  function attr(el) {
    for (const a of ATTR) {
      const w = el.getAttribute(a);
      if (!w) continue;
      const v = vertaal(w);
      if (v !== null && v !== w) el.setAttribute(a, v);
    }
  }
  function boom(root) {
    if (root.nodeType === 3) { tekst(root); return; }
    if (root.nodeType !== 1) return;
    attr(root);
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (w.nextNode()) {
      const n = w.currentNode;
      if (n.nodeType === 3) tekst(n); else attr(n);
    }
  }
  boom(document.body);
  new MutationObserver(function (lijst) {
    for (const m of lijst) {
      if (m.type === 'childList') m.addedNodes.forEach(boom);
      else if (m.type === 'characterData') tekst(m.target);
      else if (m.type === 'attributes') attr(m.target);
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTR,
  });
})();
