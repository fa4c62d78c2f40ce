// Page script, part 1: the data, DOM helpers (textContent and setAttribute only: no target text is ever parsed
// as HTML), the shared filter state and a pager that renders long lists a page at a time.

/** JavaScript: data access, helpers, filters, pager. */
export const scriptBase = String.raw`
var P = JSON.parse(document.getElementById('tc-model').textContent);
var S = P.S, C = P.C, D = P.D, X = P.X;
var ID = 0, TITLE = 1, OP = 2, PROD = 3, ACT = 4, CHK = 5, ST = 6, TGT = 7, NOTE = 8, OBS = 9, DET = 10;
var STATUSES = ['passed', 'failed', 'skipped', 'errored'];
var TARGETS = {}; C.forEach(function (r) { TARGETS[r[TGT]] = 1; });
var MULTI = Object.keys(TARGETS).length > 1;
function str(i) { return i < 0 ? '' : S[i]; }
function el(tag, attrs, kids) {
  var e = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (k) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); });
  (kids || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c))); });
  return e;
}
function badge(text, cls) { return el('span', { class: 'badge ' + (cls || text), text: text }); }
// Long text (ids, target answers) may break anywhere; short cells never do.
function cell(c, cls) { var s = c instanceof Node ? null : String(c); cls = (cls || '') + (s && s.length > 48 ? ' wrap' : ''); return s === null ? el('td', cls ? { class: cls } : null, [c]) : el('td', cls ? { class: cls, text: s } : { text: s }); }
function row(cells, cls) { return el('tr', cls ? { class: cls } : null, cells.map(function (c) { return cell(c); })); }
function table(head, rows, numFrom) {
  var hr = el('tr', null, head.map(function (h, i) { return el('th', numFrom != null && i >= numFrom ? { class: 'num', text: h } : { text: h }); }));
  var tb = el('tbody'); rows.forEach(function (r) { tb.appendChild(r); });
  if (numFrom != null) rows.forEach(function (r) { for (var i = numFrom; i < r.children.length && i < head.length; i++) r.children[i].className += ' num'; });
  return el('table', null, [el('thead', null, [hr]), tb]);
}
function mount(id, node) { var s = document.getElementById(id); if (s && node) s.appendChild(node); return s; }
function note(id, text) { mount(id, el('p', { class: 'muted', text: text })); }
function count(section, text) { var s = document.querySelector('#sec-' + section + ' > summary'); if (s) s.appendChild(el('span', { class: 'count', text: text })); }
function docTitle(id) { return (P.docSources && Object.prototype.hasOwnProperty.call(P.docSources, id) && P.docSources[id]) || id; }
function indexOf(text) { var i = S.indexOf(text); return i < 0 ? -2 : i; }
// Filters: values are string-table indexes (-1: all), so matching 100,000 rows compares integers.
var F = { status: -1, product: -1, action: -1, check: -1, target: -1, text: '' };
var listeners = [];
function onFilter(fn) { listeners.push(fn); }
function caseMatches(r) {
  if (F.status >= 0 && r[ST] !== F.status) return false;
  if (F.product >= 0 && r[PROD] !== F.product) return false;
  if (F.action >= 0 && r[ACT] !== F.action) return false;
  if (F.target >= 0 && r[TGT] !== F.target) return false;
  if (F.check >= 0 && r[CHK] !== F.check) {
    var d = r[DET] >= 0 ? D[r[DET]] : null, ch = str(F.check);
    if (!d || !d.findings.some(function (f) { return f.check === ch; })) return false;
  }
  return !F.text || (str(r[ID]) + ' ' + str(r[TITLE])).toLowerCase().indexOf(F.text) >= 0;
}
// Renders items page by page into holder (inside wrap, appended to box); returns a function restarting with a new list.
function pager(box, wrap, holder, size, grow, renderItem, label) {
  var list = [], shown = 0;
  var info = el('div', { class: 'muted pager-info' }), more = el('button', { type: 'button', class: 'more', text: 'show more' });
  box.appendChild(info); box.appendChild(wrap); box.appendChild(more);
  function page(n) {
    var end = Math.min(list.length, shown + n);
    for (var i = shown; i < end; i++) holder.appendChild(renderItem(list[i]));
    shown = end; info.textContent = 'showing ' + shown + ' of ' + list.length + ' ' + label; info.setAttribute('data-total', String(list.length));
    more.style.display = shown < list.length ? '' : 'none';
  }
  more.addEventListener('click', function () { page(grow); });
  return function (l) { list = l; shown = 0; holder.textContent = ''; page(size); };
}
`;
