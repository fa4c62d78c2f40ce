// Constraint parameter paths: `AccountIds`, `AccountIds[]`, `Filters[].Name`, `*`, `Filters[].*`.
import type { ParamNode } from './param-node.ts';

/** `Filters[].Name` → `['Filters', '[]', 'Name']`; `*` stands for "a name not defined here". */
export function splitParam(param: string): readonly string[] {
  return param.split('.').flatMap((part) => {
    const name = part.replace(/(\[\])+$/, '');
    const items = (part.length - name.length) / 2;
    return [...(name === '' ? [] : [name]), ...Array.from({ length: items }, () => '[]')];
  });
}

/** The inverse of splitParam. */
export function joinParam(segments: readonly string[]): string {
  return segments.reduce((acc, s) => (s === '[]' ? `${acc}[]` : acc === '' ? s : `${acc}.${s}`), '');
}

/** The shape a path designates (the object itself for a trailing `*`), or undefined. */
export function nodeAt(root: ParamNode, segments: readonly string[]): ParamNode | undefined {
  let node: ParamNode | undefined = root;
  for (const segment of segments) {
    if (node === undefined || segment === '*') return node;
    if (segment === '[]') node = node.type === 'array' ? node.items : undefined;
    else node = node.type === 'object' ? node.properties[segment] : undefined;
  }
  return node;
}
