// How a mock playing one site shapes its success answers: only the fields that site's definitions have (an intl
// DescribeBlueprints answer has no BlueprintShared or Tags), and, in the vendor-forms mode, the forms the vendor's
// own artifacts show beside the documented ones: null for empty values where either site's definitions allow null,
// and a field no definition knows yet (the vendor adds fields without a version bump).
import { siteContracts, type Site } from '../../generated/site-contracts.ts';

/** The answer forms a mock can play. */
export interface AnswerForms {
  /** Answer null instead of an empty string, an empty list or a boolean where either site's definitions allow null. */
  readonly nulls?: boolean;
  /** Add this field (value true) to every success answer and to every item of its lists. */
  readonly extraField?: string;
}

/** Rewrites the success fields of one operation; undefined when the mock answers them as they are. */
export type FieldShaper = (key: string, fields: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>;

/** The shaper of a mock playing `site` (undefined: every field of both sites, as before sites existed). */
export function siteAnswerShaper(site: Site | undefined, forms: AnswerForms = {}): FieldShaper | undefined {
  if (site === undefined && forms.nulls !== true && forms.extraField === undefined) return undefined;
  return (key, fields) => {
    const contract = siteContracts[key];
    if (contract === undefined) return fields;
    let out: Record<string, unknown> = { ...fields };
    if (site !== undefined) out = keepKnown(out, 'Response', contract.fields[site]) as Record<string, unknown>;
    if (forms.nulls === true) for (const mark of contract.conflictMarks) if (mark.nullableOn !== undefined) nullEmpty(out, mark.path.split('.').slice(1));
    if (forms.extraField !== undefined) out = addField(out, forms.extraField);
    return out;
  };
}

function keepKnown(value: unknown, path: string, known: Readonly<Record<string, readonly string[]>>): unknown {
  if (Array.isArray(value)) return value.map((v) => keepKnown(v, `${path}[]`, known));
  if (typeof value !== 'object' || value === null) return value;
  const names = known[path];
  if (names === undefined) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => names.includes(k) || k === 'RequestId').map(([k, v]) => [k, keepKnown(v, `${path}.${k}`, known)]));
}

/** Sets empty values at `steps` (`BlueprintSet[]`, `ImageId`) to null, in place on the copies keepKnown made. */
function nullEmpty(node: unknown, steps: readonly string[]): void {
  const [step, ...rest] = steps;
  if (step === undefined || typeof node !== 'object' || node === null) return;
  const name = step.replace(/\[\]$/, '');
  const obj = node as Record<string, unknown>;
  if (!Object.hasOwn(obj, name)) return;
  if (step.endsWith('[]')) {
    const list = obj[name];
    if (Array.isArray(list)) obj[name] = list.map((item) => { const copy = typeof item === 'object' && item !== null ? { ...item } : item; nullEmpty(copy, rest); return copy; });
    return;
  }
  if (rest.length > 0) {
    const inner = obj[name];
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) nullEmpty((obj[name] = { ...inner }), rest);
    return;
  }
  const v = obj[name];
  if (v === '' || typeof v === 'boolean' || (Array.isArray(v) && v.length === 0)) obj[name] = null;
}

function addField(fields: Record<string, unknown>, name: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields, [name]: true };
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v)) out[k] = v.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? { ...item, [name]: true } : item));
  }
  return out;
}
