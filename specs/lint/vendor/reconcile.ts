// Spec against vendor extract, fact by fact: every difference must be an explicit, cited decision in the spec
// (x-tc-vendor-decisions, x-tc-doc-conflict on the field, or x-tc-inferred on a pattern), never silent.
import { isObject, stringAt, stringsAt } from '../../model/json.ts';
import type { ProductModel, SpecModel } from '../../model/spec-model.ts';
import type { Finding } from '../finding.ts';
import type { FactRow } from './fact-row.ts';
import { specFacts } from './spec-facts.ts';
import type { VendorExtract } from './vendor-extract.ts';
import { vendorFacts } from './vendor-facts.ts';

/** The table and the findings: silent differences, decisions that name no difference, products without extract. */
export interface Reconciliation {
  readonly rows: readonly FactRow[];
  readonly findings: readonly Finding[];
}

const RULE = 'vendor-reconciled';

/** Reconciles every product of `model` with the extract of the same product and version. */
export function reconcile(model: SpecModel, extracts: readonly VendorExtract[]): Reconciliation {
  const rows: FactRow[] = [];
  const findings: Finding[] = [];
  for (const product of model.products) {
    const extract = extracts.find((e) => e.product === product.product && e.version === product.version);
    if (extract === undefined) {
      findings.push({ rule: RULE, file: product.file.name, pointer: '', message: `no vendor extract for ${product.product} ${product.version} in specs/vendor/` });
      continue;
    }
    const result = reconcileProduct(product, extract);
    rows.push(...result.rows);
    findings.push(...result.findings);
  }
  return { rows, findings };
}

function reconcileProduct(product: ProductModel, extract: VendorExtract): Reconciliation {
  const vendor = vendorFacts(extract);
  const spec = specFacts(product);
  const decisions = decisionsOf(product);
  const used = new Set<string>();
  const rows: FactRow[] = [];
  for (const key of [...new Set([...vendor.keys(), ...spec.keys()])].sort()) {
    const v = vendor.get(key);
    const s = spec.get(key);
    const vendorValue = v?.value ?? absent(key);
    const specValue = s?.value ?? absent(key);
    const base = { key, operation: key.split(' ')[0] ?? '', vendor: vendorValue, spec: specValue, sources: v?.sources ?? [] };
    if (vendorValue === specValue) {
      rows.push({ ...base, status: 'agree' });
      continue;
    }
    const local = key.slice(key.indexOf('.') + 1);
    const decision = decisions.get(local);
    if (decision !== undefined) used.add(local);
    const cited = decision ?? (s?.mark !== undefined ? { id: s.mark.id, docs: s.mark.docs } : undefined);
    rows.push(cited === undefined ? { ...base, status: 'differs' } : { ...base, status: 'decision', decision: cited });
  }
  const findings: Finding[] = rows.filter((r) => r.status === 'differs').map((r) => ({
    rule: RULE, file: product.file.name, pointer: '/x-tc-vendor-decisions',
    message: `${r.key}: vendor ${r.vendor}, spec ${r.spec} — align the spec or record a cited decision`,
  }));
  for (const key of decisions.keys()) {
    if (!used.has(key)) findings.push({ rule: RULE, file: product.file.name, pointer: '/x-tc-vendor-decisions', message: `decision names ${key}, which is no difference between spec and extract` });
  }
  return { rows, findings };
}

/** `<Action> <part> <path> <aspect>` → the decision's id and citation. */
function decisionsOf(product: ProductModel): ReadonlyMap<string, { readonly id: string; readonly docs: readonly string[] }> {
  const list = Array.isArray(product.file.doc['x-tc-vendor-decisions']) ? product.file.doc['x-tc-vendor-decisions'] : [];
  const out = new Map<string, { id: string; docs: readonly string[] }>();
  for (const d of list.filter(isObject)) for (const fact of stringsAt(d, 'facts')) out.set(fact, { id: stringAt(d, 'id') ?? '?', docs: stringsAt(d, 'x-tc-doc') });
  return out;
}

function absent(key: string): string {
  return / documented$| exclusive$/.test(key) ? 'no' : '-';
}
