// Renders the ajv standalone validators: a JSON module, a coerced (query/form) module and a typed wrapper.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { ajvSchema } from '../specs/model/ajv-schema.ts';
import { esmRequires } from './esm-requires.ts';
import { GENERATED_HEADER } from './generated-header.ts';
import type { OperationModel } from '../specs/model/spec-model.ts';
import { quote } from './ts-literal.ts';
import { siteValidatorEntries } from './site-contracts.ts';
import { openSchema } from './site-schema.ts';

/** One schema to compile: its key in `validators` and the dereferenced schema. */
interface Entry {
  readonly key: string;
  readonly schema: unknown;
}

/** The three validator files by path under generated/. */
export function renderValidators(operations: readonly OperationModel[]): Readonly<Record<string, string>> {
  const json: Entry[] = operations.flatMap((op) => [
    { key: `${op.key}.request`, schema: op.requestSchema ?? { type: 'object' } },
    // Responses are judged open: a field the spec does not know is drift to report, never a schema failure.
    { key: `${op.key}.response`, schema: openSchema(op.responseSchema ?? {}) },
    ...siteValidatorEntries(op),
  ]);
  const coerced: Entry[] = operations.map((op) => ({ key: `${op.key}.requestCoerced`, schema: op.requestSchema ?? { type: 'object' } }));
  return {
    'validators-json.ts': standaloneModule(json, false, 'JSON bodies and responses: types are never coerced.'),
    'validators-coerced.ts': standaloneModule(coerced, true, "GET query and POST form requests: strings are coerced (coerceTypes: 'array')."),
    'validators.ts': wrapper([...json, ...coerced].map((e) => e.key).sort()),
  };
}

/** The export name of a validator key inside a standalone module. */
export function exportName(key: string): string {
  return key.replace(/[^A-Za-z0-9_]/g, '_');
}

function standaloneModule(entries: readonly Entry[], coerce: boolean, what: string): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true },
    allErrors: true,
    strict: false,
    ...(coerce ? { coerceTypes: 'array' as const } : {}),
  });
  addFormats(ajv);
  for (const entry of entries) ajv.addSchema(ajvSchema(entry.schema) as object, entry.key);
  const code = standaloneCode(ajv, Object.fromEntries(entries.map((e) => [exportName(e.key), e.key])));
  return `${GENERATED_HEADER}\n// @ts-nocheck\n// ajv standalone validators for ${what}\n${esmRequires(code).trimEnd()}\n`;
}

function wrapper(keys: readonly string[]): string {
  const source = (key: string): string => (key.endsWith('.requestCoerced') ? 'coerced' : 'json');
  return `${GENERATED_HEADER}
// Typed access to the standalone validators (the ajv code itself is in validators-json.ts and validators-coerced.ts).
import type { ErrorObject } from 'ajv';
import * as coerced from './validators-coerced.ts';
import * as json from './validators-json.ts';

/** A compiled validator: true when \`data\` conforms; after false, \`errors\` says why. */
export type Validate = ((data: unknown) => boolean) & { errors?: readonly ErrorObject[] | null };

/** \`<operation key>.request\` (JSON body), \`.requestCoerced\` (GET query / POST form values) and \`.response\`. */
export type ValidatorKey =
${keys.map((k) => `  | ${quote(k)}`).join('\n')};

/**
 * Every validator by key; request validators validate the params object (Region is checked against
 * op.regions). A known key gives a Validate; any other string gives Validate | undefined.
 */
export const validators: Readonly<Record<ValidatorKey, Validate>> & Readonly<Partial<Record<string, Validate>>> = {
${keys.map((k) => `  ${quote(k)}: ${source(k)}.${exportName(k)} as Validate,`).join('\n')}
};

/** The validator for a key read from data (e.g. an operation's requestValidator); an unknown key throws. */
export function validatorFor(key: string): Validate {
  const validate = Object.hasOwn(validators, key) ? validators[key] : undefined;
  if (validate === undefined) throw new Error(\`unknown validator key: \${key}\`);
  return validate;
}
`;
}
