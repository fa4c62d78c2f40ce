// Prepares a dereferenced spec schema for ajv: only validation keywords, no x-* facts or annotations.
import { isObject } from './json.ts';

// Keywords whose value is a map from names to subschemas (the names must be kept as they are).
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
// Keywords whose value is a list of subschemas.
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
// Keywords whose value is one subschema.
const SCHEMA_ONE = new Set([
  'items', 'not', 'additionalProperties', 'contains', 'if', 'then', 'else', 'propertyNames',
  'unevaluatedProperties', 'unevaluatedItems',
]);
// Keywords that only annotate; ajv needs none of them.
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly', 'default']);

/** A copy of `schema` without `x-*` extensions and annotations; property names are left alone. */
export function ajvSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, ajvSchema(sub)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map(ajvSchema);
    } else if (SCHEMA_ONE.has(key)) {
      out[key] = ajvSchema(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}
