// Converts a dereferenced request schema into the runtime's parameter shape (only keywords it can honour).
import type { Result } from '../core/types.ts';
import { isObject, objectAt, stringsAt } from '../specs/model/json.ts';
import type { ObjectNode, ParamNode } from '../arbitraries/param-node.ts';
import type { JsonObject } from '../specs/model/spec-model.ts';

// Keywords of request schemas the runtime arbitraries honour (annotations and x-* are ignored).
const SUPPORTED = new Set([
  'type', 'pattern', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'items', 'minItems', 'maxItems',
  'properties', 'required', 'additionalProperties', 'description', 'title', 'examples', 'example', 'default',
]);

/** The shape of a request; a keyword the runtime cannot honour is an error, so no arbitrary lies. */
export function paramShape(schema: JsonObject, exclusive: readonly (readonly string[])[]): Result<ObjectNode, readonly string[]> {
  const errors: string[] = [];
  const node = convert(schema, '', errors);
  if (node.type !== 'object') errors.push(`the request schema is a ${node.type}, not an object`);
  if (errors.length > 0 || node.type !== 'object') return { ok: false, error: errors };
  return { ok: true, value: exclusive.length > 0 ? { ...node, exclusive } : node };
}

function convert(schema: JsonObject, at: string, errors: string[]): ParamNode {
  for (const key of Object.keys(schema)) {
    if (!key.startsWith('x-') && !SUPPORTED.has(key)) errors.push(`${at || 'request'}: keyword ${key} is not supported by the arbitraries`);
  }
  const num = (key: string): Record<string, number> => (typeof schema[key] === 'number' ? { [key]: schema[key] } : {});
  switch (schema['type']) {
    case 'string': {
      const values = Array.isArray(schema['enum']) ? { enum: schema['enum'].map(String) } : {};
      const pattern = typeof schema['pattern'] === 'string' ? { pattern: schema['pattern'] } : {};
      return { type: 'string', ...pattern, ...values, ...num('minLength'), ...num('maxLength') };
    }
    case 'integer':
      return { type: 'integer', ...num('minimum'), ...num('maximum') };
    case 'boolean':
      return { type: 'boolean' };
    case 'array':
      return { type: 'array', items: convert(objectAt(schema, 'items'), `${at}[]`, errors), ...num('minItems'), ...num('maxItems') };
    case 'object': {
      const properties = Object.entries(objectAt(schema, 'properties'))
        .filter((e): e is [string, JsonObject] => isObject(e[1]))
        .map(([name, sub]) => [name, convert(sub, at === '' ? name : `${at}.${name}`, errors)] as const);
      const closed = schema['additionalProperties'] === false;
      return { type: 'object', properties: Object.fromEntries(properties), required: stringsAt(schema, 'required'), closed };
    }
    default:
      errors.push(`${at || 'request'}: type ${JSON.stringify(schema['type'])} is not supported by the arbitraries`);
      return { type: 'boolean' };
  }
}
