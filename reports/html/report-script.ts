// The report's script: renders every section from the embedded model with DOM APIs and textContent only, so no
// text from a target is ever parsed as HTML. Case rows render in pages, so 100,000 cases do not freeze the page.

/** JavaScript of index.html (runs offline, no dependencies). */
export const reportScript = String.raw`
(function () {
  'use strict';
  var M = JSON.parse(document.getElementById('tc-model').textContent);
  var PAGE = 200;
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (kids || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function badge(s) { return el('span', { class: 'badge ' + s, text: s }); }
  function table(head, rows) {
    var t = el('table'), tr = el('tr');
    head.forEach(function (h) { tr.appendChild(el('th', { text: h })); });
    t.appendChild(el('thead', null, [tr]));
    var tb = el('tbody'); rows.forEach(function (r) { tb.appendChild(r); }); t.appendChild(tb);
    return t;
  }
  function row(cells) { return el('tr', null, cells.map(function (c) { return c instanceof Node ? el('td', null, [c]) : el('td', { text: String(c) }); })); }
  function mount(id, node) { var s = document.getElementById(id); if (s) s.appendChild(node); }
  function group(keyFn) {
    var m = {}; M.cases.forEach(function (c) { var k = keyFn(c); (m[k] = m[k] || { passed: 0, failed: 0, skipped: 0, errored: 0, list: [] }); m[k][c.status]++; m[k].list.push(c); });
    return m;
  }
  // Verdict and totals.
  var t = M.totals, verdict = t.failed > 0 ? ['bad', 'Does not conform: ' + t.failed + ' failing case(s)'] : t.errored > 0 ? ['warn', 'Inconclusive: ' + t.errored + ' case(s) errored'] : ['ok', 'Conforms: no findings'];
  mount('verdict', el('div', { class: 'verdict ' + verdict[0], text: verdict[1] }));
  var cards = el('div', { class: 'cards' });
  ['passed', 'failed', 'skipped', 'errored'].forEach(function (s) { cards.appendChild(el('div', { class: 'card ' + s }, [el('b', { text: String(t[s]) }), s])); });
  mount('verdict', cards);
  // Summary per product and action.
  var byOp = group(function (c) { return c.operation; });
  mount('summary-body', table(['operation', 'passed', 'failed', 'skipped', 'errored'], Object.keys(byOp).sort().map(function (k) {
    var g = byOp[k]; return row([k, g.passed, g.failed, g.skipped, g.errored]);
  })));
  // Matrix action x check.
  var checks = []; M.cases.forEach(function (c) { if (checks.indexOf(c.check) < 0) checks.push(c.check); }); checks.sort();
  var cell = group(function (c) { return c.operation + '|' + c.check; });
  mount('matrix-body', table(['operation'].concat(checks), Object.keys(byOp).sort().map(function (op) {
    return el('tr', null, [el('td', { text: op })].concat(checks.map(function (ch) {
      var g = cell[op + '|' + ch]; if (!g) return el('td', { class: 'muted', text: '–' });
      var cls = g.failed ? 'cell-fail' : g.errored ? 'cell-err' : g.passed ? 'cell-pass' : 'cell-skip';
      return el('td', { class: cls, title: g.passed + ' passed, ' + g.failed + ' failed, ' + g.skipped + ' skipped, ' + g.errored + ' errored', text: g.failed ? g.failed + ' fail' : g.errored ? g.errored + ' err' : g.passed ? g.passed + ' ok' : g.skipped + ' skip' });
    })));
  })));
  // Error-code coverage.
  mount('coverage-body', table(['operation', 'code', 'documented', 'exercised by', 'observed'], (M.coverage || []).map(function (r) {
    var tr = row([r.operation, r.code, r.documented ? 'yes' : 'NO (drift)', r.exercisedBy.length ? r.exercisedBy.join(', ') : '–', r.observed]);
    if (!r.documented) tr.className = 'drift';
    return tr;
  })));
  // Findings.
  var fbox = document.getElementById('findings-body');
  var failing = M.cases.filter(function (c) { return c.findings.length > 0; });
  if (fbox && failing.length === 0) fbox.appendChild(el('p', { class: 'muted', text: 'No findings.' }));
  failing.slice(0, 500).forEach(function (c) {
    c.findings.forEach(function (f) {
      var d = el('div', { class: 'finding', 'data-status': c.status, 'data-operation': c.operation, 'data-check': f.check });
      d.appendChild(el('div', null, [el('span', { class: 'sev-' + f.severity, text: f.severity.toUpperCase() }), ' ', f.check + ' · ' + c.operation + ' · ', el('b', { text: f.title })]));
      d.appendChild(el('div', { text: f.detail }));
      d.appendChild(el('div', { class: 'muted', text: 'case ' + c.id + (f.rule ? ' · rule ' + f.rule : '') + ' · docs: ' + f.docs.map(function (id) { return (M.docSources && M.docSources[id]) || id; }).join('; ') }));
      if (c.minimal) { d.appendChild(el('div', { text: 'Minimal request:' })); d.appendChild(el('pre', { text: JSON.stringify(c.minimal, null, 2) })); }
      if (c.replay) d.appendChild(el('div', null, ['Replay: ', el('code', { text: c.replay.command })]));
      (c.exchanges || []).slice(-1).forEach(function (x) {
        d.appendChild(el('div', { text: 'Exchange (redacted):' }));
        d.appendChild(el('pre', { text: x.wire.method + ' ' + x.wire.path + '\n' + Object.keys(x.wire.headers).map(function (h) { return h + ': ' + x.wire.headers[h]; }).join('\n') + '\n\n' + x.wire.body + '\n\n→ ' + (x.status || '') + ' ' + (x.responseBody || x.failure || '') }));
      });
      fbox.appendChild(d);
    });
  });
  // Latency chart.
  var max = Math.max.apply(null, [1].concat((M.latency || []).map(function (l) { return l.p95; })));
  mount('latency-body', table(['operation', 'requests', 'p50 ms', 'p95 ms', ''], (M.latency || []).map(function (l) {
    return row([l.operation, l.count, l.p50, l.p95, el('span', null, [el('span', { class: 'bar', style: 'width:' + Math.round(200 * l.p50 / max) + 'px' }), el('span', { class: 'bar bar95', style: 'width:' + Math.round(200 * (l.p95 - l.p50) / max) + 'px' })])]);
  })));
  // Cases with filters, paged.
  var f = { status: '', operation: '', check: '', text: '' }, shown = PAGE;
  var body = document.getElementById('cases-rows'), more = document.getElementById('cases-more'), count = document.getElementById('cases-count');
  function options(id, values) { var s = document.getElementById(id); values.forEach(function (v) { s.appendChild(el('option', { value: v, text: v })); }); }
  options('f-status', ['passed', 'failed', 'skipped', 'errored']); options('f-operation', Object.keys(byOp).sort()); options('f-check', checks);
  function matches(c) { return (!f.status || c.status === f.status) && (!f.operation || c.operation === f.operation) && (!f.check || c.check === f.check) && (!f.text || (c.id + ' ' + c.title).toLowerCase().indexOf(f.text) >= 0); }
  function render() {
    var list = M.cases.filter(matches); body.textContent = '';
    list.slice(0, shown).forEach(function (c) { body.appendChild(row([badge(c.status), c.operation, c.check, c.title + ' [' + c.id + ']', c.skipReason || c.fault || (c.findings[0] && c.findings[0].title) || ''])); });
    count.textContent = Math.min(shown, list.length) + ' of ' + list.length + ' cases';
    more.style.display = list.length > shown ? '' : 'none';
    document.querySelectorAll('.finding').forEach(function (d) { d.style.display = (!f.status || d.getAttribute('data-status') === f.status) && (!f.operation || d.getAttribute('data-operation') === f.operation) && (!f.check || d.getAttribute('data-check') === f.check) ? '' : 'none'; });
  }
  ['status', 'operation', 'check'].forEach(function (k) { document.getElementById('f-' + k).addEventListener('change', function (e) { f[k] = e.target.value; shown = PAGE; render(); }); });
  document.getElementById('f-text').addEventListener('input', function (e) { f.text = e.target.value.toLowerCase(); shown = PAGE; render(); });
  more.addEventListener('click', function () { shown += PAGE * 5; render(); });
  render();
  // Doc defects and metadata.
  mount('defects-body', table(['where', 'why'], (M.docDefects || []).map(function (d) { return row([d.where, d.why]); })));
  mount('meta-body', table(['target', 'endpoint', 'started', 'duration', 'seed', 'runs', 'regions', 'mutations', 'fixtures', 'specs', 'SDK', 'tcconform'], M.runs.map(function (r) {
    return row([r.target.label, r.target.endpoint, r.startedAt, (r.durationMs / 1000).toFixed(1) + ' s', r.seed, r.runs, r.regions.join(', '), r.allowMutations ? 'allowed' : 'not allowed', r.fixturesSource, Object.keys(r.specVersions).map(function (k) { return k + ' ' + r.specVersions[k]; }).join(', '), r.sdkVersion, r.toolVersion]);
  })));
  document.body.setAttribute('data-ready', 'true');
})();
`;
