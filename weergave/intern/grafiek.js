// Eén Plotly-grafiek die ter plaatse bijwerkt (zie grafiek.py). Na plotly_laden.js ingevoegd.

const SMAL = 600; // px: daaronder (telefoon) worden titels, bronregel en astitel over regels verdeeld

function regels(tekst, max) {
  const uit = [];
  let regel = '';
  for (const woord of String(tekst).split(' ')) {
    if (regel && (regel + ' ' + woord).length > max) {
      uit.push(regel);
      regel = woord;
    } else {
      regel = regel ? regel + ' ' + woord : woord;
    }
  }
  if (regel) uit.push(regel);
  return uit;
}

// De opmaak voor een smalle grafiek: Plotly breekt titels niet af, dus hier; de figuur wordt hoger in plaats van
// dat het tekengebied krimpt. Titels komen uit figuren._opmaak: '<b>titel</b><br><span style=...>ondertitel</span>'.
function smal(layout, breedte, kleurregels = 0) {
  const l = JSON.parse(JSON.stringify(layout));
  const max = Math.max(24, Math.floor(breedte / 8));
  l.margin = { ...(l.margin || {}) };
  let erbij = 0;
  const t = l.title && l.title.text && l.title.text.match(/^<b>(.*?)<\/b><br><span style='([^']*)'>(.*)<\/span>$/);
  if (t) {
    const kop = regels(t[1], Math.floor(max * 0.85));
    const onder = regels(t[3], Math.floor(max * 1.1));
    l.title.text = `<b>${kop.join('<br>')}</b><br><span style='${t[2]}'>${onder.join('<br>')}</span>`;
    l.title.font = { ...(l.title.font || {}), size: 14 };
    const boven = (kop.length - 1) * 18 + (onder.length - 1) * 15;
    l.margin.t = (l.margin.t || 78) + boven;
    erbij += boven;
  }
  let asregels = 0; // extra regels van de x-astitel: de bronregel gaat zoveel omlaag
  for (const as of [l.xaxis, l.yaxis]) {
    // astitels staan midden onder het tekengebied, dat rechts van de aslabels begint: smaller afbreken
    if (as && as.title && as.title.text && as.title.text.length > Math.floor(max * 0.7)) {
      const r = regels(as.title.text, Math.floor(max * 0.7));
      as.title.text = r.join('<br>');
      if (as === l.xaxis) asregels = r.length - 1;
    }
  }
  if (l.xaxis && l.xaxis.tickvals && l.xaxis.tickvals.length > 5) { // om en om, anders lopen de getallen in elkaar
    l.xaxis.tickvals = l.xaxis.tickvals.filter((_, i) => i % 2 === 0);
    if (l.xaxis.ticktext) l.xaxis.ticktext = l.xaxis.ticktext.filter((_, i) => i % 2 === 0);
  } else if (l.xaxis && !l.xaxis.tickvals && l.xaxis.type !== 'date') {
    l.xaxis.nticks = 5;
  }
  for (const a of l.annotations || []) {
    if (a.yref === 'paper' && a.y === 0 && a.yshift !== undefined && a.text) { // de bronregel
      const r = regels(a.text, Math.floor(max * 1.35));
      // een extra regel boven een liggende kleurschaal (14 px tekst) duwt de schaal ruim 20 px omlaag
      const onder = (r.length - 1) * 12 + asregels * 16 + kleurregels * 22;
      a.text = r.join('<br>');
      a.yshift -= onder;
      l.margin.b = (l.margin.b || 95) + onder;
      erbij += onder;
    }
  }
  if (l.legend) l.legend.font = { ...(l.legend.font || {}), size: 11 };
  if (l.height) l.height += erbij;
  return l;
}

// De titel van een liggende kleurschaal (de kaart) breekt Plotly evenmin af: op een telefoon liep 'Regulier + nood −
// opgave; noodplekken tellen niet voor de opgave' links en rechts buiten beeld. Geeft [sporen, extra regels].
function smalleSporen(data, breedte) {
  const max = Math.floor(Math.max(24, Math.floor(breedte / 8)) * 0.9);
  let extra = 0;
  const sporen = data.map((s) => {
    const t = s.colorbar && s.colorbar.title && s.colorbar.title.text;
    if (!t || t.length <= max) return s;
    const r = regels(t, max);
    extra = Math.max(extra, r.length - 1);
    return { ...s, colorbar: { ...s.colorbar, title: { ...s.colorbar.title, text: r.join('<br>') } } };
  });
  return [sporen, extra];
}

function leegWereldkaart() {
  // Kaarten zijn SVG-kaarten (geo) op eigen grenzen, zonder Plotly's wereldkaart: geef Plotly een lege wereldkaart,
  // zodat het niets van cdn.plot.ly hoeft (en zonder internet werkt).
  window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} };
  const leeg = { type: 'GeometryCollection', geometries: [] };
  const lagen = ['coastlines', 'land', 'ocean', 'lakes', 'rivers', 'countries', 'subunits'];
  for (const naam of ['world_110m', 'world_50m']) {
    window.PlotlyGeoAssets.topojson[naam] ??= {
      type: 'Topology', arcs: [], objects: Object.fromEntries(lagen.map((o) => [o, leeg])) };
  }
}

// Opslaan als PNG: de figuur op exportmaat (1200 px breed), met de link van deze pagina achter de bronregel, zodat
// een journalist het plaatje met bron en adres kan plaatsen. Plotly.toImage en een eigen knop in de modebalk zijn
// gedocumenteerde Plotly-API.
const PNG_ICOON = { width: 1000, height: 1000, path: 'M500 50 L500 650 M300 450 L500 650 L700 450 M150 800 L850 800 L850 950 L150 950 Z' };

const SYSTEEMLETTER = 'Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif';

function zetLettertype(obj, familie) {
  if (Array.isArray(obj)) obj.forEach((o) => zetLettertype(o, familie));
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'family' && typeof v === 'string') obj[k] = familie;
      else zetLettertype(v, familie);
    }
    if (obj.font === undefined && obj.text !== undefined && obj.showarrow !== undefined) obj.font = { family: familie };
  }
}

function pngKnop(opties) {
  return {
    name: 'png',
    title: `Opslaan als PNG (${opties.width} px breed, met bron en link)`,
    icon: PNG_ICOON,
    click: async (gd) => {
      const layout = JSON.parse(JSON.stringify(gd.__figuur.fig.layout));
      // Plotly rastert de PNG via een <img>, waarin het weblettertype van de pagina niet bestaat: meet en teken dan
      // met een systeemlettertype, anders vallen legenda en labels er af ("…vroege aanbiede").
      zetLettertype(layout, SYSTEEMLETTER);
      // de bronregel en de link leesbaar in een artikel: 14 px op 1.200 px breed (issue 32), twee regels eronder
      const EXTRA = 40;
      const bron = (layout.annotations || []).at(-1);
      if (bron) {
        bron.text = `${bron.text}<br>${window.location.href}`;
        bron.font = { ...(bron.font || {}), size: 14 };
        bron.yshift = (bron.yshift || 0) - EXTRA; // onder de bron, niet over de astitel of de legenda
      }
      layout.margin = { ...(layout.margin || {}), b: ((layout.margin || {}).b || 0) + EXTRA };
      Object.assign(layout, { width: opties.width, height: opties.height + EXTRA });
      const url = await window.Plotly.toImage({ data: gd.__figuur.fig.data, layout }, {
        format: 'png', width: opties.width, height: opties.height + EXTRA, scale: opties.scale || 1 });
      gd.__laatsteExport = { bron: bron ? bron.text : '', breedte: opties.width, grootte: bron ? bron.font.size : 0 };
      const a = document.createElement('a');
      a.href = url;
      a.download = `${opties.filename}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
    },
  };
}

function metPngKnop(config) {
  const opties = config.toImageButtonOptions;
  if (!opties || !config.modeBarButtons) return config;
  const knoppen = config.modeBarButtons.map((groep) => groep.map((k) => (k === 'toImage' ? pngKnop(opties) : k)));
  return { ...config, modeBarButtons: knoppen };
}

async function teken(div) {
  const { fig } = div.__figuur;
  const config = metPngKnop(div.__figuur.config);
  const breedte = div.clientWidth || window.innerWidth;
  div.__smal = breedte < SMAL;
  if (!div.__smal) {
    await window.Plotly.react(div, fig.data, fig.layout, config);
    return;
  }
  const [sporen, kleurregels] = smalleSporen(fig.data, breedte);
  await window.Plotly.react(div, sporen, smal(fig.layout, breedte, kleurregels), config);
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let div = parentElement.querySelector('.spreiding-grafiek');
  if (!div) {
    div = document.createElement('div');
    div.className = 'spreiding-grafiek';
    parentElement.appendChild(div);
  }
  div.__meld = setTriggerValue;
  (async () => {
    try {
      await plotlyLaden(data.bundel);
      // Plotly meet tekst (marges voor aslabels en legenda's) bij het tekenen: eerst Streamlits lettertype laden,
      // anders wordt gemeten met een smaller noodlettertype en vallen labels er links en rechts af.
      if (document.fonts && document.fonts.ready) await document.fonts.ready;
      leegWereldkaart();
      div.__figuur = { fig: JSON.parse(data.figuur), config: data.config };
      // tekstalternatief met de getallen van de grafiek (WCAG 1.1.1); de tabel bij de grafiek heeft de rest
      div.setAttribute('role', 'figure'); // 'figure', niet 'img': de grafiek bevat knoppen (modebalk)
      div.setAttribute('aria-label', data.beschrijving || 'Grafiek');
      await teken(div);
      if (data.klikbaar && !div.__klik) {
        div.__klik = true;
        div.on('plotly_click', (e) => {
          const p = e && e.points && e.points[0];
          if (p && p.location !== undefined && p.curveNumber === 0) div.__meld('klik', p.location);
        });
      }
      if (!div.__maat) { // telefoon gedraaid of venster smaller: opnieuw opmaken als de grens passeert
        div.__maat = new ResizeObserver(() => {
          if (div.__figuur && (div.clientWidth < SMAL) !== div.__smal) teken(div).catch(console.error);
        });
        div.__maat.observe(div);
      }
    } catch (fout) {
      console.error(fout);
      div.textContent = 'De grafiek kon niet laden. Herlaad de pagina; de cijfers staan ook in de tabel.';
      div.setAttribute('role', 'alert');
    }
  })();
  return () => {
    if (div.isConnected === false) {
      if (div.__maat) div.__maat.disconnect();
      if (window.Plotly) window.Plotly.purge(div);
    }
  };
}
