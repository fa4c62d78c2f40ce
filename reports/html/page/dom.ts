// DOM helpers: textContent and setAttribute only, so no text from a target is ever parsed as HTML.

/** Children an element accepts: nodes, or values shown as text; null and undefined are skipped. */
export type Kid = Node | string | number | null | undefined;

/** Attributes; `text` sets textContent. */
export type Attrs = Readonly<Record<string, string>> | null;

/** A new element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, kids?: readonly Kid[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (attrs) for (const k of Object.keys(attrs)) {
    const v = attrs[k] ?? '';
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of kids ?? []) if (c != null) e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  return e;
}

/** A status-like badge. */
export function badge(text: string, cls?: string): HTMLSpanElement {
  return el('span', { class: `badge ${cls || text}`, text });
}

// Long text (ids, target answers) may break anywhere; short cells never do.
function cell(c: Node | string | number, extra?: string): HTMLTableCellElement {
  const s = c instanceof Node ? null : String(c);
  const cls = (extra || '') + (s && s.length > 48 ? ' wrap' : '');
  return s === null ? el('td', cls ? { class: cls } : null, [c as Node]) : el('td', cls ? { class: cls, text: s } : { text: s });
}

/** A table row of cells. */
export function row(cells: readonly (Node | string | number)[], cls?: string): HTMLTableRowElement {
  return el('tr', cls ? { class: cls } : null, cells.map((c) => cell(c)));
}

/** A table with a header; columns from `numFrom` on are right-aligned numbers. */
export function table(head: readonly string[], rows: readonly HTMLTableRowElement[], numFrom?: number): HTMLTableElement {
  const hr = el('tr', null, head.map((h, i) => el('th', numFrom != null && i >= numFrom ? { class: 'num', text: h } : { text: h })));
  const tb = el('tbody');
  for (const r of rows) tb.appendChild(r);
  if (numFrom != null) for (const r of rows) for (let i = numFrom; i < r.children.length && i < head.length; i++) r.children[i]!.className += ' num';
  return el('table', null, [el('thead', null, [hr]), tb]);
}

/** Appends `node` to the element with id `id`; returns that element. */
export function mount(id: string, node?: Node | null): HTMLElement | null {
  const s = document.getElementById(id);
  if (s && node) s.appendChild(node);
  return s;
}

/** A muted paragraph in `id`. */
export function note(id: string, text: string): void {
  mount(id, el('p', { class: 'muted', text }));
}

/** A count beside a section's title. */
export function count(section: string, text: string): void {
  const s = document.querySelector(`#sec-${section} > summary`);
  if (s) s.appendChild(el('span', { class: 'count', text }));
}

/** The element with id `id`, which the page shell always has. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`the page has no #${id}`);
  return e as T;
}
