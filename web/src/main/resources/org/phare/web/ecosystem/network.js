  // Names are drawn on a canvas by Cytoscape and metrics are inserted with textContent:
  // nothing from the registry is ever parsed as HTML. The page (network.jte) holds the filters.
  const colours = {PUBLIC_AUTHORITY: '#1f77b4', ECONOMIC_ACTOR: '#ff7f0e', GENERAL_INTEREST: '#2ca02c',
                   ACADEMIA: '#9467bd', MEDIA: '#8c564b', CITIZENS: '#e377c2'};
  const english = document.documentElement.lang === 'en';
  const locale = english ? 'en-GB' : 'fr-FR';
  const pct = x => x === null ? (english ? 'n/a' : 'n.d.')
    : (100 * x).toLocaleString(locale, {maximumFractionDigits: 1}) + (english ? '%' : '\u202f%');
  async function show() {
    const q = new URLSearchParams();
    for (const id of ['family', 'category']) { const v = document.getElementById(id).value; if (v) q.set(id, v); }
    const territory = encodeURIComponent(document.getElementById('territory').value.trim());
    const response = await fetch('/api/territories/' + territory + '/network?' + q, {credentials: 'same-origin'});
    const body = await response.json();
    const metrics = document.getElementById('metrics');
    if (!response.ok) { metrics.textContent = body.message; return; }
    const m = body.metrics;
    // nothing to draw: say so and what to do instead of an empty box
    const empty = m.links === 0;
    document.getElementById('network-empty').hidden = !empty;
    document.getElementById('figure-network').hidden = empty;
    if (empty) { metrics.textContent = ''; return; }
    rows(body.elements);
    // counts agree in number: French singular for 0 and 1, English for 1 only
    const n = (count, singular, plural) => count.toLocaleString(locale) + ' '
      + ((english ? count === 1 : count < 2) ? singular : plural);
    metrics.textContent = english
      ? n(m.nodes, 'organisation', 'organisations') + ', ' + n(m.links, 'link', 'links')
        + '; density ' + pct(m.density)
        + '; ' + n(m.components, 'component', 'components') + ' (largest: ' + m.largestComponent.toLocaleString(locale)
        + '); links across families ' + pct(m.crossFamilyShare)
        + '; company–association ' + pct(m.companyAssociationShare)
        + '; public–private ' + pct(m.publicPrivateShare)
        + (m.betweennessExact ? '' : '; betweenness estimated from ' + m.betweennessPivots + ' pivots')
      : n(m.nodes, 'organisation', 'organisations') + ', ' + n(m.links, 'lien', 'liens')
        + ' ; densité ' + pct(m.density)
        + ' ; ' + n(m.components, 'composante', 'composantes') + ' (la plus grande : '
        + m.largestComponent.toLocaleString(locale) + ') ; liens entre familles ' + pct(m.crossFamilyShare)
        + ' ; entreprise–association ' + pct(m.companyAssociationShare)
        + ' ; public–privé ' + pct(m.publicPrivateShare)
        + (m.betweennessExact ? '' : ' ; intermédiarité estimée sur ' + m.betweennessPivots + ' pivots');
    cytoscape({
      container: document.getElementById('graph'),
      elements: body.elements,
      // a small network would otherwise be zoomed until labels fill the screen
      maxZoom: 1.5,
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'font-size': 11,
          'background-color': e => colours[e.data('family')] || '#999',
          'width': e => 8 + 40 * Math.sqrt(e.data('betweenness') || 0), 'height': e => 8 + 40 * Math.sqrt(e.data('betweenness') || 0)}},
        {selector: 'edge', style: {'width': e => Math.min(6, e.data('partnerships')), 'line-color': '#bbb'}}
      ],
      // a few nodes: a circle keeps their names apart; many: cose, or a grid beyond what cose lays out fast
      layout: body.elements.nodes.length < 12 ? {name: 'circle', animate: false, padding: 60}
        : {name: body.elements.nodes.length > 1500 ? 'grid' : 'cose', animate: false}
    });
  }
  // "Voir les données": the graph's own nodes as a table (textContent only), most central first
  function rows(elements) {
    const familyLabel = f => {
      const option = document.querySelector('#family option[value="' + f + '"]');
      return option ? option.textContent : f;
    };
    const nodes = elements.nodes.slice().sort((a, b) => (b.data.betweenness || 0) - (a.data.betweenness || 0)
      || String(a.data.label).localeCompare(String(b.data.label), locale));
    const tbody = document.getElementById('network-rows');
    tbody.replaceChildren();
    for (const node of nodes) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = node.data.label;
      tr.appendChild(th);
      for (const [text, numeric] of [[familyLabel(node.data.family), false],
          [(node.data.degree || 0).toLocaleString(locale), true],
          [(node.data.betweenness || 0).toLocaleString(locale, {maximumFractionDigits: 3}), true]]) {
        const td = document.createElement('td');
        if (numeric) td.className = 'num';
        td.textContent = text;
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
  }
  show();
