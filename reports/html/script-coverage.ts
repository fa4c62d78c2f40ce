// Page script, part 3: the documented error-code coverage matrix, one block per action, a column per target
// when several were judged; codes no doc lists are highlighted as drift.

/** JavaScript: the coverage section. */
export const scriptCoverage = String.raw`
(function coverageSection() {
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
})();
`;
