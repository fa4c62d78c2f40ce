// Reads a shape fingerprint (checks/shape-fingerprint.ts) back into field paths and their JSON types, so drift
// can say which field was added, removed or changed type instead of "the shape changed".

/** Field path (`Response.BlueprintSet[].BlueprintId`) → the JSON types seen there. */
export type ShapePaths = Map<string, Set<string>>;

/** Paths of one or more fingerprints merged; undefined when a fingerprint cannot be read (odd keys). */
export function shapePaths(fingerprints: Iterable<string>): ShapePaths | undefined {
  const out: ShapePaths = new Map();
  for (const fp of fingerprints) {
    const p = new Parser(fp, out);
    if (!p.parseAll()) return undefined;
  }
  return out;
}

/** The field-level differences between two path maps, one phrase each, sorted. */
export function shapeChanges(before: ShapePaths, after: ShapePaths): string[] {
  const changes: string[] = [];
  for (const [path, types] of before) {
    const now = after.get(path);
    if (now === undefined) {
      if (!onlyEmptyArray(path, after)) changes.push(`removed ${path}`);
    } else if (!sameSet(types, now)) changes.push(`${path}: ${[...types].sort().join('|')} → ${[...now].sort().join('|')}`);
  }
  for (const path of after.keys()) if (!before.has(path) && !onlyEmptyArray(path, before)) changes.push(`added ${path}`);
  return changes.sort();
}

/** True when `path` lies inside an array the other side saw only empty: an empty list says nothing of its items. */
function onlyEmptyArray(path: string, other: ShapePaths): boolean {
  for (let at = path.indexOf('[]'); at >= 0; at = path.indexOf('[]', at + 2)) {
    const list = path.slice(0, at);
    if (other.get(list)?.has('array') === true && ![...other.keys()].some((k) => k.startsWith(`${list}[]`))) return true;
  }
  return false;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

class Parser {
  private i = 0;

  constructor(private readonly s: string, private readonly out: ShapePaths) {}

  parseAll(): boolean {
    try {
      this.value('');
      return this.i === this.s.length;
    } catch {
      return false;
    }
  }

  private note(path: string, type: string): void {
    if (path === '') return;
    const set = this.out.get(path) ?? new Set<string>();
    set.add(type);
    this.out.set(path, set);
  }

  private value(path: string): void {
    const c = this.s[this.i];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    const m = /^[a-z]+/.exec(this.s.slice(this.i, this.i + 12));
    if (m === null) throw new Error(`unexpected at ${this.i}`);
    this.i += m[0].length;
    this.note(path, m[0]);
  }

  private object(path: string): void {
    this.note(path, 'object');
    this.i += 1;
    while (this.s[this.i] !== '}') {
      const colon = this.s.indexOf(':', this.i);
      if (colon < 0) throw new Error('no colon');
      const key = this.s.slice(this.i, colon);
      this.i = colon + 1;
      this.value(path === '' ? key : `${path}.${key}`);
      if (this.s[this.i] === ',') this.i += 1;
      else if (this.s[this.i] !== '}') throw new Error(`expected , or } at ${this.i}`);
    }
    this.i += 1;
  }

  private array(path: string): void {
    this.note(path, 'array');
    this.i += 1;
    while (this.s[this.i] !== ']') {
      this.value(`${path}[]`);
      if (this.s[this.i] === '|') this.i += 1;
      else if (this.s[this.i] !== ']') throw new Error(`expected | or ] at ${this.i}`);
    }
    this.i += 1;
  }
}
