// Page script, part 8: the filter bar (status, product, action, check, target, text) and the case table,
// rendered a page at a time; a row with evidence expands into the detail block.

/** JavaScript: filters and cases. */
export const scriptCases = String.raw`
(function casesSection() {
  function distinct(col) { var seen = {}, out = []; C.forEach(function (r) { if (r[col] >= 0 && !seen[r[col]]) { seen[r[col]] = 1; out.push(r[col]); } }); return out.sort(function (a, b) { return S[a] < S[b] ? -1 : S[a] > S[b] ? 1 : 0; }); }
  function fill(id, values) { var s = document.getElementById(id); values.forEach(function (v) { s.appendChild(el('option', { value: String(v), text: str(v) })); }); return s; }
  fill('f-status', STATUSES.map(indexOf).filter(function (i) { return i >= 0; }));
  fill('f-product', distinct(PROD)); fill('f-action', distinct(ACT)); fill('f-check', distinct(CHK));
  var targets = distinct(TGT);
  if (targets.length > 1) { fill('f-target', targets); } else { document.getElementById('f-target-wrap').style.display = 'none'; }
  var multi = targets.length > 1;
  var tbody = document.getElementById('cases-rows'), wrap = tbody.parentNode;
  var reset = pager(document.getElementById('cases-body'), wrap, tbody, 200, 1000, function (r) {
    var cells = [badge(str(r[ST]))].concat(multi ? [str(r[TGT])] : [], [str(r[PROD]), str(r[ACT]), str(r[CHK]), str(r[TITLE]) + ' [' + str(r[ID]) + ']', str(r[OBS]), str(r[NOTE])]);
    var tr = row(cells, 'case' + (r[DET] >= 0 ? ' has-detail' : ''));
    tr.setAttribute('data-status', str(r[ST]));
    if (r[DET] >= 0) tr.addEventListener('click', function () {
      var next = tr.nextSibling;
      if (next && next.className === 'detail') { next.parentNode.removeChild(next); return; }
      var td = el('td', { colspan: String(cells.length) }, [caseDetail(r)]);
      tr.parentNode.insertBefore(el('tr', { class: 'detail' }, [td]), tr.nextSibling);
    });
    return tr;
  }, 'cases');
  if (!multi) { var th = document.getElementById('th-target'); th.parentNode.removeChild(th); }
  function apply() { reset(C.filter(caseMatches)); listeners.forEach(function (fn) { if (fn !== apply) fn(); }); }
  ['status', 'product', 'action', 'check', 'target'].forEach(function (k) {
    document.getElementById('f-' + k).addEventListener('change', function (e) { F[k] = e.target.value === '' ? -1 : Number(e.target.value); apply(); });
  });
  document.getElementById('f-text').addEventListener('input', function (e) { F.text = e.target.value.toLowerCase(); apply(); });
  document.getElementById('f-reset').addEventListener('click', function () {
    Object.keys(F).forEach(function (k) { F[k] = k === 'text' ? '' : -1; });
    document.querySelectorAll('.filters select').forEach(function (s) { s.value = ''; }); document.getElementById('f-text').value = ''; apply();
  });
  document.getElementById('f-toggle').addEventListener('click', function () {
    var secs = document.querySelectorAll('details.sec'), open = Array.prototype.some.call(secs, function (d) { return d.open; });
    secs.forEach(function (d) { d.open = !open; });
  });
  apply();
})();
`;
