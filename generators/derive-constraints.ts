// Derives the documented constraints of a request from its (dereferenced) schema and the violation codes.
import { isObject, objectAt, stringAt, stringsAt } from '../specs/model/json.ts';
import type { ConstraintKind, ParamConstraint } from '../specs/model/param-constraint.ts';
import type { JsonObject } from '../specs/model/spec-model.ts';

/** What deriving constraints needs: the request schema, the operation, the common defaults, the regions. */
export interface ConstraintSource {
  readonly request: JsonObject | undefined;
  readonly op: JsonObject;
  readonly defaults: JsonObject;
  readonly regions: readonly string[] | null;
}

/**
 * Lists the constraints a request can break, property by property in spec order, then unknown names, then
 * Region. Codes come from the deepest `x-tc-violation-codes` on the way to the constraint, else the
 * operation's, else the common defaults.
 */
export function deriveConstraints(source: ConstraintSource): readonly ParamConstraint[] {
  const codes = (kind: ConstraintKind, chain: readonly JsonObject[]): readonly string[] => {
    for (const node of [...chain, source.op]) {
      const own = objectAt(node, 'x-tc-violation-codes')[kind];
      if (Array.isArray(own)) return stringsAt({ own }, 'own');
    }
    return stringsAt(source.defaults, kind);
  };
  const out: ParamConstraint[] = [];
  const add = (kind: ConstraintKind, param: string, detail: string, chain: readonly JsonObject[], bound?: number): void => {
    out.push({ kind, param, codes: codes(kind, chain), detail, ...(bound === undefined ? {} : { bound }) });
  };
  if (source.request !== undefined) objectConstraints(source.request, '', [source.request], add);
  const regionDetail =
    source.regions === null
      ? 'regions not documented; probed with names no product uses'
      : `not one of the ${source.regions.length} documented regions`;
  add('unsupported-region', 'Region', regionDetail, []);
  return out;
}

type Add = (kind: ConstraintKind, param: string, detail: string, chain: readonly JsonObject[], bound?: number) => void;

function objectConstraints(node: JsonObject, prefix: string, chain: readonly JsonObject[], add: Add): void {
  const required = stringsAt(node, 'required');
  for (const [name, child] of Object.entries(objectAt(node, 'properties'))) {
    if (!isObject(child)) continue;
    const childChain = [child, ...chain];
    if (required.includes(name)) add('missing-required', prefix + name, 'required', childChain);
    valueConstraints(child, prefix + name, childChain, add);
  }
  if (node['additionalProperties'] === false) add('unknown-parameter', prefix + '*', 'additionalProperties false', chain);
}

function valueConstraints(node: JsonObject, param: string, chain: readonly JsonObject[], add: Add): void {
  const type = typeOf(node);
  if (type !== undefined) add('wrong-type', param, `type ${type}`, chain);
  const pattern = stringAt(node, 'pattern');
  if (type === 'string' && pattern !== undefined) add('malformed-id', param, `pattern ${pattern}`, chain);
  if (type === 'string' && pattern === undefined && typeof node['maxLength'] === 'number') {
    add('over-limit', param, `maxLength ${node['maxLength']}`, chain, node['maxLength']);
  }
  if (Array.isArray(node['enum'])) add('not-in-enum', param, `enum ${node['enum'].map(String).join('|')}`, chain);
  if ((type === 'integer' || type === 'number') && typeof node['maximum'] === 'number') {
    add('over-limit', param, `maximum ${node['maximum']}`, chain, node['maximum']);
  }
  if (type === 'array') {
    if (typeof node['maxItems'] === 'number') add('over-limit', param, `maxItems ${node['maxItems']}`, chain, node['maxItems']);
    const items = objectAt(node, 'items');
    valueConstraints(items, `${param}[]`, [items, ...chain], add);
  }
  if (type === 'object') objectConstraints(node, `${param}.`, chain, add);
}

/** The single JSON type a schema node declares (`string`, `array`, ...), or undefined. */
export function typeOf(node: JsonObject): string | undefined {
  const type = node['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.filter((t) => t !== 'null').join('|') || undefined;
  return undefined;
}
