  // Names are drawn on a canvas by Cytoscape and metrics are inserted with textContent:
  // nothing from the registry is ever parsed as HTML.
  const colours = {PUBLIC_AUTHORITY: '#1f77b4', ECONOMIC_ACTOR: '#ff7f0e', GENERAL_INTEREST: '#2ca02c',
                   ACADEMIA: '#9467bd', MEDIA: '#8c564b', CITIZENS: '#e377c2'};
  const labels = {PUBLIC_AUTHORITY: 'Pouvoirs publics', ECONOMIC_ACTOR: 'Acteurs économiques',
                  GENERAL_INTEREST: "Structures d'intérêt général", ACADEMIA: 'Monde académique',
                  MEDIA: 'Médias', CITIZENS: 'Citoyens'};
  const legend = document.getElementById('legend');
  for (const [family, colour] of Object.entries(colours)) {
    const dot = document.createElement('span'); dot.style.background = colour; legend.appendChild(dot);
    legend.appendChild(document.createTextNode(labels[family]));
  }
  const params = new URLSearchParams(location.search);
  if (params.get('territory')) document.getElementById('territory').value = params.get('territory');
  const pct = x => x === null ? 'n.d.' : (100 * x).toLocaleString('fr-FR', {maximumFractionDigits: 1}) + ' %';
  async function show() {
    const q = new URLSearchParams();
    for (const id of ['family', 'category']) { const v = document.getElementById(id).value; if (v) q.set(id, v); }
    const territory = encodeURIComponent(document.getElementById('territory').value.trim());
    const response = await fetch('/api/territories/' + territory + '/network?' + q, {credentials: 'same-origin'});
    const body = await response.json();
    const metrics = document.getElementById('metrics');
    if (!response.ok) { metrics.textContent = body.message; return; }
    const m = body.metrics;
    metrics.textContent = m.nodes + ' organisations, ' + m.links + ' liens ; densité ' + pct(m.density)
      + ' ; ' + m.components + ' composantes (la plus grande : ' + m.largestComponent + ') ; liens entre familles '
      + pct(m.crossFamilyShare) + ' ; entreprise–association ' + pct(m.companyAssociationShare)
      + ' ; public–privé ' + pct(m.publicPrivateShare)
      + (m.betweennessExact ? '' : ' ; intermédiarité estimée sur ' + m.betweennessPivots + ' pivots');
    cytoscape({
      container: document.getElementById('graph'),
      elements: body.elements,
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'font-size': 10,
          'background-color': e => colours[e.data('family')] || '#999',
          'width': e => 8 + 40 * Math.sqrt(e.data('betweenness') || 0), 'height': e => 8 + 40 * Math.sqrt(e.data('betweenness') || 0)}},
        {selector: 'edge', style: {'width': e => Math.min(6, e.data('partnerships')), 'line-color': '#bbb'}}
      ],
      layout: {name: body.elements.nodes.length > 1500 ? 'grid' : 'cose', animate: false}
    });
  }
  document.getElementById('show').addEventListener('click', show);
  show();
