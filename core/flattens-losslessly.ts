// Whether params survive the query/form encoding: an empty array or object has no `Name.N` key to carry it,
// so it vanishes on the wire (and a request meant to break a constraint could arrive valid, or break another).

/** True when flattening `value` loses nothing but JSON types (no empty arrays or objects anywhere). */
export function flattensLosslessly(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(flattensLosslessly);
  if (value !== null && typeof value === 'object') {
    const entries = Object.values(value);
    return entries.length > 0 && entries.every(flattensLosslessly);
  }
  return true;
}
