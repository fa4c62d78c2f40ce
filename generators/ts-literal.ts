// Serialises plain data as a TypeScript literal with one stable layout (single quotes, trailing commas).

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const WIDTH = 110;

/** Quotes a string with single quotes, escaping what a single-quoted TS string needs. */
export function quote(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `'${body}'`;
}

/** An object key as written in a literal: bare when it is an identifier, quoted otherwise; `__proto__` computed. */
export function propertyKey(key: string): string {
  // `__proto__: v` (bare or quoted) in a literal sets the object's prototype; a computed key defines the property.
  if (key === '__proto__') return `[${quote(key)}]`;
  return IDENTIFIER.test(key) ? key : quote(key);
}

/**
 * The literal for `value` at `indent` spaces: on one line when it fits in the width, otherwise one entry per
 * line. Object keys keep their order (callers sort records that have no meaningful order).
 */
export function tsLiteral(value: unknown, indent = 0): string {
  const inline = oneLine(value);
  if (inline.length + indent <= WIDTH) return inline;
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${pad}${tsLiteral(item, indent + 2)},\n`).join('')}${close}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{\n${entries.map(([k, v]) => `${pad}${propertyKey(k)}: ${tsLiteral(v, indent + 2)},\n`).join('')}${close}}`;
  }
  return inline;
}

function oneLine(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${oneLine(v)}`).join(', ')} }`;
  }
  throw new TypeError(`tsLiteral: cannot serialise ${typeof value}`);
}
