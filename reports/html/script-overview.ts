// Page script, part 2: verdict and totals, summary per product and action, the action × check matrix, the
// documented error-code coverage matrix, doc defects and run metadata.

/** JavaScript: the overview sections. */
export const scriptOverview = String.raw`
(function overview() {
  var t = P.totals, gating = X.filter(function (x) { return x[7] === 1; }).length;
  var failDrift = P.baseline && P.baseline.failOnDrift && gating > 0;
  var v = t.failed > 0 ? ['bad', 'Does not conform: ' + t.failed + ' failing case(s)'] : failDrift ? ['bad', 'Drift: ' + gating + ' gating change(s) since the baseline']
    : t.errored > 0 ? ['warn', 'Inconclusive: ' + t.errored + ' case(s) errored'] : ['ok', 'Conforms: no findings'];
  mount('verdict', el('div', { class: 'verdict ' + v[0], text: v[1] }));
  var cards = el('div', { class: 'cards' });
  STATUSES.forEach(function (s) { cards.appendChild(el('div', { class: 'card ' + s }, [el('b', { text: String(t[s]) }), s])); });
  if (P.baseline) cards.appendChild(el('div', { class: 'card driftb' }, [el('b', { text: String(X.length) }), 'drift (' + gating + ' gating)']));
  mount('verdict', cards);
  // Counts per operation and per operation|check in one pass.
  var ops = {}, prods = {}, cellOf = {}, checks = {};
  function add(m, k, st, extra) { var g = m[k] || (m[k] = Object.assign({ passed: 0, failed: 0, skipped: 0, errored: 0, n: 0 }, extra)); g[st]++; g.n++; return g; }
  C.forEach(function (r) {
    var op = str(r[OP]), st = str(r[ST]), ch = str(r[CHK]);
    add(ops, op, st, { product: str(r[PROD]) || '(none)', action: str(r[ACT]) || op }); add(prods, str(r[PROD]) || '(none)', st); add(cellOf, op + '|' + ch, st); checks[ch] = 1;
  });
  function stack(g) {
    var b = el('span', { class: 'stack', title: g.passed + ' passed, ' + g.failed + ' failed, ' + g.skipped + ' skipped, ' + g.errored + ' errored' });
    STATUSES.forEach(function (s) { if (g[s]) { var p = b.appendChild(el('span', { class: 's-' + s })); p.style.width = (100 * g[s] / g.n) + '%'; } });
    return b;
  }
  var rows = [];
  Object.keys(prods).sort().forEach(function (p) {
    var g = prods[p]; rows.push(row([p, g.n, g.passed, g.failed, g.skipped, g.errored, stack(g)], 'sub'));
    Object.keys(ops).sort().filter(function (o) { return ops[o].product === p; }).forEach(function (o) {
      var a = ops[o]; rows.push(row([a.action, a.n, a.passed, a.failed, a.skipped, a.errored, stack(a)], 'act'));
    });
  });
  mount('summary-body', table(['product / action', 'cases', 'passed', 'failed', 'skipped', 'errored', ''], rows, 1));
  var checkList = Object.keys(checks).sort();
  mount('matrix-body', table(['action'].concat(checkList.map(function (c) { return c.replace(/_/g, '_\u200b'); })), Object.keys(ops).sort().map(function (op) {
    return el('tr', null, [el('td', { text: op })].concat(checkList.map(function (ch) {
      var g = cellOf[op + '|' + ch]; if (!g) return el('td', { class: 'muted', text: '–' });
      var cls = g.failed ? 'cell-fail' : g.errored ? 'cell-err' : g.passed ? 'cell-pass' : 'cell-skip';
      var text = g.failed ? g.failed + ' failed' : g.errored ? g.errored + ' errored' : g.passed ? g.passed + ' passed' : g.skipped + ' skipped';
      return el('td', { class: cls, title: g.passed + ' passed, ' + g.failed + ' failed, ' + g.skipped + ' skipped, ' + g.errored + ' errored', text: text });
    })));
  })));
  // Documented error-code coverage: one block per action, a column per target when several were judged.
  var cov = P.coverage || [], undoc = cov.filter(function (r) { return !r.documented; }).length, tl = Object.keys(TARGETS).map(str).sort();
  count('coverage', cov.length + ' code(s), ' + cov.filter(function (r) { return r.observed > 0; }).length + ' observed, ' + undoc + ' undocumented');
  var covRows = [], lastOp = null;
  cov.forEach(function (r) {
    if (r.operation !== lastOp) {
      lastOp = r.operation; var mine = cov.filter(function (x) { return x.operation === r.operation; });
      var summary = r.operation + ': ' + mine.filter(function (x) { return x.documented; }).length + ' documented or common code(s), ' + mine.filter(function (x) { return x.observed > 0; }).length + ' observed, ' + mine.filter(function (x) { return !x.documented; }).length + ' undocumented';
      covRows.push(el('tr', { class: 'sub' }, [el('td', { colspan: String(4 + (MULTI ? tl.length : 1)), text: summary })]));
    }
    var n = r.exercisedCount != null ? r.exercisedCount : r.exercisedBy.length;
    var by = n === 0 ? '–' : n + ' case(s): ' + r.exercisedBy.slice(0, 3).join(', ') + (n > 3 ? ', …' : '');
    var verdict = !r.documented ? badge('UNDOCUMENTED (drift)', 'driftb') : r.observed > 0 ? badge('observed', 'passed') : n > 0 ? badge('exercised, not observed', 'skipped') : 'not exercised';
    var seen = MULTI ? tl.map(function (t) { return (r.observedOn && r.observedOn[t]) || 0; }) : [r.observed];
    covRows.push(row([r.code, r.documented ? 'yes' : 'no', verdict].concat(seen, [by]), r.documented ? '' : 'drift'));
  });
  mount('coverage-body', table(['code', 'documented', 'verdict'].concat(MULTI ? tl.map(function (t) { return 'observed on ' + t; }) : ['observed on this target'], ['built to provoke it']), covRows));
  // Doc defects and metadata.
  count('defects', String((P.docDefects || []).length));
  if (!(P.docDefects || []).length) note('defects-body', 'The spec lint found no doc defects.');
  else mount('defects-body', table(['where', 'why'], P.docDefects.map(function (d) { return row([d.where, d.why]); })));
  var fields = [['target', function (r) { return r.target.label; }], ['kind', function (r) { return r.target.kind; }], ['endpoint', function (r) { return r.target.endpoint; }],
    ['regions', function (r) { return r.regions.join(', '); }], ['started', function (r) { return r.startedAt; }], ['duration', function (r) { return (r.durationMs / 1000).toFixed(1) + ' s'; }],
    ['seed', function (r) { return r.seed; }], ['runs per property', function (r) { return r.runs; }], ['mutations', function (r) { return r.allowMutations ? 'allowed' : 'not allowed'; }],
    ['fixtures', function (r) { return r.fixturesSource; }], ['spec versions', function (r) { return Object.keys(r.specVersions).map(function (k) { return k + ' ' + r.specVersions[k]; }).join(', '); }],
    ['SDK (tencentcloud-sdk-nodejs)', function (r) { return r.sdkVersion; }], ['tcconform', function (r) { return r.toolVersion; }]];
  mount('meta-body', table([''].concat(P.runs.map(function (r, i) { return 'run ' + (i + 1); })), fields.map(function (f) { return row([f[0]].concat(P.runs.map(f[1]))); })));
  if (P.baseline) mount('meta-body', el('p', { text: 'Baseline: ' + P.baseline.source + ' (runs started ' + P.baseline.startedAt.join(', ') + ')' }));
  if (P.compaction) note('meta-body', 'Compacted: exchanges dropped from ' + P.compaction.exchangesDropped + ' case(s), ' + P.compaction.observedFolded + ' repeated observation(s) folded.');
  (P.unhandledErrors || []).forEach(function (e) { mount('meta-body', el('pre', { class: 'bad', text: 'Harness error: ' + e })); });
})();
`;
