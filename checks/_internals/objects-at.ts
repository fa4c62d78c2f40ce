// Walks a parsed body along a field path of generated/site-contracts.ts (`Response.BlueprintSet[]`).

/** Every plain object found at `path` in `body` (`''` is the body itself; `[]` steps into each array item). */
export function objectsAt(body: unknown, path: string): Record<string, unknown>[] {
  let level: unknown[] = [body];
  for (const segment of path === '' ? [] : path.split('.')) {
    const name = segment.replace(/(\[\])+$/, '');
    const depth = (segment.length - name.length) / 2;
    level = level.flatMap((v) => (isPlain(v) && Object.hasOwn(v, name) ? [v[name]] : []));
    for (let i = 0; i < depth; i++) level = level.flatMap((v) => (Array.isArray(v) ? v : []));
  }
  return level.filter(isPlain);
}

/** True for a JSON object (not an array, not null). */
export function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
