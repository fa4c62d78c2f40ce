// Says what a validator error means in plain words, naming the field as a reader would.
import type { ErrorObject } from 'ajv';
import { getPointer } from '../model/json-pointer.ts';

/** `/Response/ImageSet/0/CreatedTime` → `Response.ImageSet[0].CreatedTime` (empty for the root). */
export function fieldName(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

/** One sentence about one error, against the data that was validated. */
export function explainError(error: ErrorObject, data: unknown): string {
  const field = fieldName(error.instancePath) || 'the value';
  const value = getPointer(data, error.instancePath);
  const shown = JSON.stringify(value);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `${field} is ${shown}, which is not one of the documented values ${(p['allowedValues'] as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${field} is ${shown}, not the documented ${JSON.stringify(p['allowedValue'])}`;
    case 'pattern':
      return `${field} is ${shown}, which does not have the documented form ${String(p['pattern'])}`;
    case 'format':
      return `${field} is ${shown}, which is not a valid ${String(p['format'])}`;
    case 'type':
      return `${field} is ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, where the schema expects ${String(p['type'])}`;
    case 'required':
      return `${field} lacks the required ${String(p['missingProperty'])}`;
    case 'additionalProperties':
      return `${field} has ${String(p['additionalProperty'])}, which the schema does not define`;
    case 'maxItems':
    case 'minItems':
      return `${field} has ${Array.isArray(value) ? value.length : '?'} items; the schema allows ${error.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(p['limit'])}`;
    default:
      return `${field} ${error.message ?? `breaks ${error.keyword}`}`;
  }
}
