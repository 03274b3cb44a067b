// Plotly uit Streamlits eigen bundel (dezelfde plotly.js als st.plotly_chart, dezelfde browsercache).
async function plotlyLaden(bundel) {
  if (window.Plotly) return window.Plotly;
  const index = document.querySelector('script[src*="static/js/index."]');
  const basis = index ? index.src : new URL('static/js/', document.baseURI).href;
  await import(new URL(bundel, basis).href); // zet window.Plotly
  return window.Plotly;
}
