// Page script, part 2: verdict and totals, summary per product and action, the action × check matrix.

/** JavaScript: verdict, summary and matrix. */
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
  if ((P.docConflictsMet || []).length) cards.appendChild(el('div', { class: 'card conflict' }, [el('b', { text: String(P.docConflictsMet.length) }), 'doc conflicts met']));
  if ((P.unknownFields || []).length) cards.appendChild(el('div', { class: 'card driftb' }, [el('b', { text: String(P.unknownFields.length) }), 'unknown fields (drift)']));
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
})();
`;
