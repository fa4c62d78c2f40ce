// The spec side of the reconciliation: the same facts as vendor-facts.ts, read from one product's operations,
// with the mark that records a decision where the spec departs from the vendor (x-tc-inferred, x-tc-doc-conflict).
import { isObject, objectAt, stringsAt } from '../../model/json.ts';
import type { ProductModel } from '../../model/spec-model.ts';
import { SITES } from '../../model/site-contract.ts';
import { show } from './fact-row.ts';
import { conflictMark, specFields, type SpecField } from './spec-fields.ts';

/** A spec fact: its shown value, and the mark that explains a difference when there is one. */
export interface SpecFact {
  readonly value: string;
  readonly mark?: { readonly kind: 'inferred' | 'conflict'; readonly id: string; readonly docs: readonly string[] };
}

/** Documented time forms the specs write as a pattern. */
const FORMATS: Readonly<Record<string, string>> = {
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$': 'YYYY-MM-DDThh:mm:ssZ',
};

/** Facts of every operation of `product`, keyed like FactRow.key. */
export function specFacts(product: ProductModel): ReadonlyMap<string, SpecFact> {
  const out = new Map<string, SpecFact>();
  for (const op of product.operations) {
    const sites = stringsAt(op.op, 'x-tc-sites').length > 0 ? stringsAt(op.op, 'x-tc-sites') : SITES;
    out.set(`${op.key} action - sites`, { value: show(sites) });
    for (const code of Object.keys(objectAt(op.op, 'x-tc-error-codes'))) out.set(`${op.key} code ${code} documented`, { value: 'yes' });
    for (const limit of Object.values(objectAt(op.op, 'x-tc-limits'))) {
      const params = stringsAt(limit, 'params');
      if (params.length === 2) out.set(`${op.key} action ${[...params].sort().join('+')} exclusive`, { value: 'yes' });
    }
    const perImage = objectAt(objectAt(product.file.doc, 'x-tc-limits'), 'accountsPerImage')['max'];
    if (op.op['x-tc-safety'] === 'mutating' && typeof perImage === 'number') out.set(`${op.key} action - accountsPerImageMax`, { value: show(perImage) });
    const response = objectAt(objectAt(op.responseSchema, 'properties'), 'Response');
    for (const f of specFields(op.requestSchema ?? {})) fieldFacts(out, `${op.key} request ${f.path}`, f, sites, 'request', conflicts(product));
    for (const f of specFields(response)) fieldFacts(out, `${op.key} response ${f.path}`, f, sites, 'response', conflicts(product));
  }
  return out;
}

type Conflicts = ReadonlyMap<string, readonly string[]>;

function fieldFacts(out: Map<string, SpecFact>, base: string, f: SpecField, opSites: readonly string[], part: string, known: Conflicts): void {
  const kw = f.keywords;
  const conflict = conflictMark(f.marks);
  const conflictFact = conflict === undefined ? {} : { mark: { kind: 'conflict' as const, id: conflict, docs: known.get(conflict) ?? [] } };
  const sites = f.sites ?? opSites;
  const type = f.types.length === 1 ? f.types[0] : f.types.join('|');
  out.set(`${base} type`, { value: f.items ? `${type}<${f.items}>` : show(type) });
  out.set(`${base} required`, { value: f.required ? 'yes' : 'no' });
  out.set(`${base} sites`, { value: show(sites), ...conflictFact });
  const pattern = typeof kw['pattern'] === 'string' ? kw['pattern'] : undefined;
  const documented = typeof f.marks['x-tc-documented-pattern'] === 'string' ? (f.marks['x-tc-documented-pattern'] as string) : undefined;
  const format = FORMATS[documented ?? pattern ?? ''];
  for (const k of ['maxItems', 'maximum', 'minItems', 'minimum', 'maxLength'] as const) out.set(`${base} ${k}`, { value: show(kw[k]) });
  const inferred = f.marks['x-tc-inferred'] === true ? { mark: { kind: 'inferred' as const, id: 'x-tc-inferred', docs: stringsAt(f.marks, 'x-tc-doc') } } : {};
  out.set(`${base} pattern`, { value: format !== undefined && documented === undefined ? '-' : show(pattern), ...(documented !== undefined ? conflictFact : inferred) });
  const closed = Array.isArray(kw['enum']) ? `closed ${show(kw['enum'])}` : undefined;
  if (part === 'request') {
    out.set(`${base} enum`, { value: closed ?? '-' });
    out.set(`${base} filterNames`, { value: show(f.marks['x-tc-filter-names']) });
  }
  if (part === 'response') {
    const nullableSites = stringsAt(f.marks, 'x-tc-nullable-sites');
    out.set(`${base} nullable`, { value: show(f.nullable ? (nullableSites.length > 0 ? nullableSites : sites) : []), ...conflictFact });
    out.set(`${base} values`, { value: closed ?? 'open' });
    out.set(`${base} format`, { value: show(format), ...conflictFact });
  }
}

/** The product's recorded doc conflicts: id → the sources it cites. */
function conflicts(product: ProductModel): Conflicts {
  const list = Array.isArray(product.file.doc['x-tc-doc-conflicts']) ? product.file.doc['x-tc-doc-conflicts'] : [];
  return new Map(list.filter(isObject).map((c) => [String(c['id']), stringsAt(c, 'sources')] as const));
}
