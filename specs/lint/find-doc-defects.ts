// Validates every documented example against its schema; each failure is a doc defect, reported as data.
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ajvSchema } from '../model/ajv-schema.ts';
import { getPointer } from '../model/json-pointer.ts';
import type { SpecModel } from '../model/spec-model.ts';
import type { DocDefect } from '../model/doc-defect.ts';
import { explainError } from './explain-error.ts';

/** Every request and response example of every operation that its schema rejects, one defect per cause. */
export function findDocDefects(model: SpecModel): readonly DocDefect[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const cache = new Map<string, ValidateFunction>();
  const out: DocDefect[] = [];
  for (const op of model.products.flatMap((p) => p.operations)) {
    for (const example of op.examples) {
      const schema = example.part === 'request' ? op.requestSchema : op.responseSchema;
      if (schema === undefined) continue;
      const id = `${op.key}.${example.part}`;
      const validate = cache.get(id) ?? ajv.compile(ajvSchema(schema) as object);
      cache.set(id, validate);
      if (validate(example.value)) continue;
      for (const error of causes(validate.errors ?? [])) {
        const value = getPointer(example.value, error.instancePath);
        out.push({
          spec: op.file,
          operation: op.key,
          part: example.part,
          example: example.name,
          pointer: error.instancePath,
          specPointer: example.pointer + error.instancePath,
          keyword: error.keyword,
          ...(isScalar(value) ? { value } : {}),
          why: explainError(error, example.value),
          docs: example.docs,
        });
      }
    }
  }
  return out;
}

/**
 * The errors that say why: when a oneOf/anyOf failed, ajv reports every branch, so only the deepest errors
 * (the branch that got furthest) are kept; otherwise all errors, without duplicates.
 */
export function causes(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const branching = errors.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const depth = (e: ErrorObject): number => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const deepest = Math.max(0, ...concrete.map(depth));
  const kept = branching ? concrete.filter((e) => depth(e) === deepest) : concrete;
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
