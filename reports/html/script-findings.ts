// Page script, part 6: findings, each with severity, the doc statement it rests on, the minimal request as JSON
// and as command lines, seed, replay path and the redacted exchange. The same detail block expands case rows.

/** JavaScript: the detail block and the findings section. */
export const scriptFindings = String.raw`
function kv(pairs) {
  var g = el('div', { class: 'kv' });
  pairs.forEach(function (p) { if (p[1] != null && p[1] !== '') { g.appendChild(el('div', { text: p[0] })); g.appendChild(p[1] instanceof Node ? el('div', null, [p[1]]) : el('div', { text: String(p[1]) })); } });
  return g;
}
function statement(rule) { return rule && P.docStatements && Object.prototype.hasOwnProperty.call(P.docStatements, rule) ? '“' + P.docStatements[rule] + '” (rule ' + rule + ')' : rule ? 'rule ' + rule : ''; }
function evidence(r, d, inFinding) {
  var box = el('div');
  box.appendChild(kv([['case', str(r[ID])], ['target', str(r[TGT])], ['observed', d.observed.join(', ')], ['seed', d.seed], ['replay path', d.replayPath],
    ['fault', d.fault], ['case rests on', inFinding ? '' : [statement(d.rule)].concat(d.docs.map(docTitle)).filter(Boolean).join(' · ')]]));
  if (d.minimal) { box.appendChild(el('div', { text: 'Minimal (shrunk) request as JSON:' })); box.appendChild(el('pre', { text: JSON.stringify(d.minimal, null, 2) })); }
  box.appendChild(el('div', { text: 'Reproduce:' }));
  box.appendChild(el('pre', { class: 'repro', text: d.replay + (d.tccli ? '\n\n# the minimal request with your own credentials:\n' + d.tccli : '') }));
  d.exchanges.forEach(function (x, i) {
    box.appendChild(el('div', { text: 'Exchange ' + (i + 1) + ' (redacted; signature and tokens shown as ***), ' + x.ms + ' ms:' }));
    box.appendChild(el('pre', { class: 'wire', text: x.curl }));
    box.appendChild(el('pre', { class: 'answer', text: x.answer }));
  });
  if (d.message && !d.findings.length) box.appendChild(el('pre', { text: d.message }));
  return box;
}
function findingHead(box, f, d) {
  box.appendChild(el('h3', null, [el('span', { class: 'sev-' + f.severity, text: '[' + f.severity.toUpperCase() + '] ' }), el('span', { text: f.title })]));
  box.appendChild(el('div', { class: 'muted', text: f.check + ' · ' + f.operation + (f.rule ? ' · rule ' + f.rule : '') }));
  box.appendChild(el('div', { text: f.detail }));
  box.appendChild(kv([['doc statement', statement(f.rule || d.rule) || '–'], ['in', f.docs.map(docTitle).join('; ') || '–']]));
  return box;
}
function findingBlock(item) {
  var r = item[0], f = item[1], d = D[r[DET]];
  var box = findingHead(el('div', { class: 'finding', 'data-status': str(r[ST]), 'data-check': f.check }), f, d);
  box.appendChild(evidence(r, d, true));
  return box;
}
function caseDetail(r) {
  var d = D[r[DET]], box = el('div');
  d.findings.forEach(function (f) { findingHead(box, f, d); });
  box.appendChild(evidence(r, d, d.findings.length > 0));
  return box;
}
(function findingsSection() {
  var all = [];
  C.forEach(function (r) { if (r[DET] >= 0) D[r[DET]].findings.forEach(function (f) { all.push([r, f]); }); });
  count('findings', String(all.length));
  if (all.length === 0) { note('findings-body', 'No findings.'); return; }
  var holder = el('div');
  var reset = pager(document.getElementById('findings-body'), holder, holder, 25, 100, findingBlock, 'findings');
  onFilter(function () {
    var ch = F.check >= 0 ? str(F.check) : '';
    reset(all.filter(function (it) { var r = it[0]; return (!ch || it[1].check === ch || r[CHK] === F.check) && caseMatches(r); }));
  });
})();
`;
