// Renders long lists a page at a time, so 100,000 rows never freeze the page.

import { el } from './dom.ts';

/** Renders items page by page into `holder` (inside `wrap`, appended to `box`); returns a function restarting with a new list. */
export function pager<T>(box: HTMLElement, wrap: Node, holder: HTMLElement, size: number, grow: number, renderItem: (item: T) => Node, label: string): (list: readonly T[]) => void {
  let list: readonly T[] = [];
  let shown = 0;
  const info = el('div', { class: 'muted pager-info' });
  const more = el('button', { type: 'button', class: 'more', text: 'show more' });
  box.appendChild(info); box.appendChild(wrap); box.appendChild(more);
  function page(n: number): void {
    const end = Math.min(list.length, shown + n);
    for (let i = shown; i < end; i++) holder.appendChild(renderItem(list[i] as T));
    shown = end;
    info.textContent = `showing ${shown} of ${list.length} ${label}`;
    info.setAttribute('data-total', String(list.length));
    more.style.display = shown < list.length ? '' : 'none';
  }
  more.addEventListener('click', () => page(grow));
  return (l) => { list = l; shown = 0; holder.textContent = ''; page(size); };
}
