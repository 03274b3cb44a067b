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
function smal(layout, breedte) {
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
      const onder = (r.length - 1) * 12 + asregels * 16;
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

async function teken(div) {
  const { fig, config } = div.__figuur;
  const breedte = div.clientWidth || window.innerWidth;
  div.__smal = breedte < SMAL;
  await window.Plotly.react(div, fig.data, div.__smal ? smal(fig.layout, breedte) : fig.layout, config);
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
