// Turns ajv error objects into short plain-language lines (instance path first).

/** The fields of an ajv error this project reads. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** One line per error, most specific first, de-duplicated; oneOf/anyOf wrappers dropped when details exist. */
export function describeSchemaErrors(errors: readonly SchemaError[]): string[] {
  const detailed = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const use = detailed.length > 0 ? detailed : errors;
  const lines = use.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra(e)}`);
  return [...new Set(lines)].slice(0, 8);
}

function extra(e: SchemaError): string {
  const p = e.params ?? {};
  if (e.keyword === 'additionalProperties' && typeof p['additionalProperty'] === 'string') return ` (${p['additionalProperty']})`;
  if (e.keyword === 'enum' && Array.isArray(p['allowedValues'])) return ` (${p['allowedValues'].join(', ')})`;
  return '';
}
