// Maps validator errors back to the constraint kind and parameter path they break.
import type { ConstraintKind, ParamConstraint } from '../specs/model/param-constraint.ts';
import { joinParam } from './param-path.ts';

/** The fields of an ajv error the mapping reads. */
export interface ValidatorError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A breach read from the errors: its kind (undefined when no constraint kind covers the keyword) and path. */
export interface Breach {
  readonly kind: ConstraintKind | undefined;
  readonly param: string;
  readonly keyword: string;
}

// Keywords a type error makes moot at the same place (a number cannot match a string enum or pattern).
const MOOT_AFTER_TYPE = new Set(['enum', 'const', 'pattern', 'format', 'minLength', 'maxLength']);

/**
 * One breach per distinct (kind, param): required → missing-required, additionalProperties →
 * unknown-parameter (`*`), type → wrong-type, maxItems/maximum → over-limit, pattern → malformed-id, enum
 * → not-in-enum; minLength/maxLength count as malformed-id where `constraints` says the parameter is an ID.
 */
export function classifyErrors(errors: readonly ValidatorError[], constraints: readonly ParamConstraint[] = []): readonly Breach[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const ids = new Set(constraints.filter((c) => c.kind === 'malformed-id').map((c) => c.param));
  const out = new Map<string, Breach>();
  for (const error of errors) {
    if (MOOT_AFTER_TYPE.has(error.keyword) && typed.has(error.instancePath)) continue;
    const base = paramOf(error.instancePath);
    const breach = classify(error, base, ids);
    out.set(`${breach.kind}:${breach.param}`, breach);
  }
  return [...out.values()];
}

function classify(error: ValidatorError, base: readonly string[], ids: ReadonlySet<string>): Breach {
  const at = (kind: ConstraintKind | undefined, segments: readonly string[] = base): Breach => ({
    kind,
    param: joinParam(segments),
    keyword: error.keyword,
  });
  switch (error.keyword) {
    case 'required':
      return at('missing-required', [...base, String(error.params['missingProperty'])]);
    case 'additionalProperties':
      return at('unknown-parameter', [...base, '*']);
    case 'type':
      return at('wrong-type');
    case 'maxItems':
    case 'maximum':
      return at('over-limit');
    case 'pattern':
      return at('malformed-id');
    case 'minLength':
    case 'maxLength':
      return at(ids.has(joinParam(base)) ? 'malformed-id' : error.keyword === 'maxLength' ? 'over-limit' : undefined);
    case 'enum':
    case 'const':
      return at('not-in-enum');
    default:
      return at(undefined);
  }
}

/** `/Filters/0/Name` → `['Filters', '[]', 'Name']` (array indexes become `[]`). */
function paramOf(instancePath: string): readonly string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? '[]' : s));
}
