// Page script, part 5: drift since the baseline, highlighted, filtered by product, action and text.

/** JavaScript: the drift section. */
export const scriptDrift = String.raw`
(function driftSection() {
  var sec = document.getElementById('sec-drift');
  if (!P.baseline) { note('drift-body', 'No baseline given: run with --baseline FILE (an earlier results.json) to see what changed.'); return; }
  var gating = X.filter(function (x) { return x[7] === 1; }).length;
  count('drift', X.length + ' change(s), ' + gating + ' gating' + (P.baseline.failOnDrift ? ' (--fail-on drift)' : ''));
  if (gating > 0) sec.className += ' gating';
  mount('drift-body', el('p', { class: 'muted', text: 'Compared with ' + P.baseline.source + ' (started ' + P.baseline.startedAt.join(', ') + '). Values such as RequestId and timestamps are masked: only outcomes, codes, fields and types count.' }));
  if (X.length === 0) { note('drift-body', 'No drift: every case observed what the baseline observed.'); return; }
  var kinds = {}; X.forEach(function (x) { var k = str(x[0]); kinds[k] = (kinds[k] || 0) + 1; });
  mount('drift-body', el('p', null, Object.keys(kinds).map(function (k) { return el('span', null, [badge(k + ' ' + kinds[k], 'driftb'), ' ']); })));
  var tbody = el('tbody'), tb = el('table', null, [el('thead', null, [el('tr', null, ['kind', 'gating'].concat(MULTI ? ['target'] : [], ['action', 'case', 'before', 'after', 'detail']).map(function (h) { return el('th', { text: h }); }))]), tbody]);
  var reset = pager(document.getElementById('drift-body'), tb, tbody, 200, 1000, function (x) {
    var tr = row([badge(str(x[0]), 'driftb'), x[7] === 1 ? badge('gating', 'gate') : 'info'].concat(MULTI ? [str(x[1])] : [], [str(x[2]), str(x[3]) || '–', str(x[4]), str(x[5]), str(x[6])]), 'drift' + (x[7] === 1 ? ' gating' : ''));
    tr.setAttribute('data-kind', str(x[0]));
    return tr;
  }, 'changes');
  function matches(x) {
    var op = str(x[2]), dot = op.indexOf('.');
    if (F.product >= 0 && op.slice(0, dot) !== str(F.product)) return false;
    if (F.action >= 0 && op.slice(dot + 1) !== str(F.action)) return false;
    if (F.target >= 0 && str(x[1]).indexOf(str(F.target)) < 0) return false;
    return !F.text || (str(x[3]) + ' ' + str(x[6])).toLowerCase().indexOf(F.text) >= 0;
  }
  onFilter(function () { reset(X.filter(matches)); });
})();
`;
