// Validates each spec document against the OpenAPI 3.1 schema (cross-file refs to common.yaml included).
import { Validator } from '@seriousme/openapi-schema-validator';
import type { SpecModel } from '../model/spec-model.ts';
import type { Finding } from './finding.ts';

/** One finding per schema error; common.yaml is validated alone and registered for the products' refs. */
export async function validateOpenApi(model: SpecModel): Promise<readonly Finding[]> {
  const out: Finding[] = [];
  const common = await new Validator().validate(structuredClone(model.common.doc) as Record<string, unknown>);
  out.push(...findings(model.common.name, common));
  for (const product of model.products) {
    const validator = new Validator();
    await validator.addSpecRef(structuredClone(model.common.doc) as Record<string, unknown>, `./${model.common.name}`);
    out.push(...findings(product.file.name, await validator.validate(structuredClone(product.file.doc) as Record<string, unknown>)));
  }
  return out;
}

function findings(file: string, result: { valid: boolean; errors?: unknown }): readonly Finding[] {
  if (result.valid) return [];
  const errors = Array.isArray(result.errors) ? result.errors : [{ instancePath: '', message: String(result.errors) }];
  return errors.map((e: { instancePath?: string; message?: string; params?: unknown }) => ({
    rule: 'openapi-schema',
    file,
    pointer: e.instancePath ?? '',
    message: `${e.message ?? 'invalid'}${e.params === undefined ? '' : ` ${JSON.stringify(e.params)}`}`,
  }));
}
