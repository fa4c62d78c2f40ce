// A parsed world document → a complete World (defaults filled in), or every problem with file and JSON pointer.
// Never throws: whatever the document holds, the answer is a value.
import Ajv, { type ErrorObject } from 'ajv';
import type { Result } from '../../core/types.ts';
import { checkWorldReferences } from './check-world-references.ts';
import type { World } from './world.ts';
import type { WorldProblem } from './world-problem.ts';
import { worldSchema } from './world-schema.ts';

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
const validateSchema = ajv.compile(worldSchema);

/** Validates `document` (as parsed from `file`) and fills in the defaults on a copy. */
export function validateWorld(document: unknown, file: string): Result<World, WorldProblem[]> {
  let copy: unknown;
  try {
    copy = structuredClone(document);
  } catch {
    return { ok: false, error: [{ file, pointer: '', message: 'the document holds values that are not plain data' }] };
  }
  if (!validateSchema(copy)) {
    return { ok: false, error: (validateSchema.errors ?? []).map((e) => schemaProblem(file, e)) };
  }
  const { $schema: _ignored, ...world } = copy as World & { $schema?: string };
  const references = checkWorldReferences(world);
  if (references.length > 0) return { ok: false, error: references.map((p) => ({ file, ...p })) };
  return { ok: true, value: world };
}

function schemaProblem(file: string, error: ErrorObject): WorldProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { file, pointer: error.instancePath, message: `missing field '${String(params['missingProperty'])}'` };
    case 'additionalProperties':
      return { file, pointer: error.instancePath, message: `unknown field '${String(params['additionalProperty'])}'` };
    case 'enum':
      return { file, pointer: error.instancePath, message: `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
    default:
      return { file, pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}
