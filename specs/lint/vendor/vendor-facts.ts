// The vendor side of the reconciliation: every fact of an extract as `key → {value, sources}`.
import type { VendorExtract, VendorField, VendorSource } from './vendor-extract.ts';
import { show } from './fact-row.ts';

/** A vendor fact: its shown value and where it comes from. */
export interface VendorFact {
  readonly value: string;
  readonly sources: readonly string[];
}

/** Facts of every action of `extract`, keyed like FactRow.key. */
export function vendorFacts(extract: VendorExtract): ReadonlyMap<string, VendorFact> {
  const out = new Map<string, VendorFact>();
  const where = (ids: readonly string[]) => ids.map((id) => cite(id, extract.sources[id]));
  for (const [action, a] of Object.entries(extract.actions)) {
    const op = `${extract.product}.${action}`;
    out.set(`${op} action - sites`, { value: show(a.sites), sources: where(a.src) });
    for (const code of a.errorCodes.codes) out.set(`${op} code ${code} documented`, { value: 'yes', sources: where(a.errorCodes.src) });
    const pairs = Object.entries(a.request).flatMap(([p, f]) => (f.exclusiveWith ?? []).map((o) => [p, o].sort().join('+')));
    for (const pair of pairs) out.set(`${op} action ${pair} exclusive`, { value: 'yes', sources: where(a.src) });
    if (a.limits?.accountsPerImageMax !== undefined) out.set(`${op} action - accountsPerImageMax`, { value: show(a.limits.accountsPerImageMax), sources: where(a.src) });
    for (const [path, f] of Object.entries(a.request)) fieldFacts(out, `${op} request ${path}`, f, where, a.sites, 'request');
    for (const [path, f] of Object.entries(a.response)) fieldFacts(out, `${op} response ${path}`, f, where, a.sites, 'response');
  }
  return out;
}

function fieldFacts(out: Map<string, VendorFact>, base: string, f: VendorField, where: (ids: readonly string[]) => string[], actionSites: readonly string[], part: string): void {
  const src = where(f.src);
  const limits = where(f.limitsSrc ?? f.src);
  out.set(`${base} type`, { value: f.items ? `${f.type}<${f.items}>` : f.type, sources: src });
  out.set(`${base} required`, { value: f.required ? 'yes' : 'no', sources: src });
  out.set(`${base} sites`, { value: show(f.sites ?? actionSites), sources: src });
  for (const k of ['maxItems', 'maximum', 'minItems', 'minimum', 'maxLength', 'pattern'] as const) {
    const v = (f as unknown as Record<string, unknown>)[k];
    out.set(`${base} ${k}`, { value: show(v), sources: limits });
  }
  if (part === 'request') {
    out.set(`${base} enum`, { value: f.enum ? `closed ${show(f.enum)}` : '-', sources: limits });
    out.set(`${base} filterNames`, { value: show(f.filterNames), sources: limits });
  }
  if (part === 'response') {
    out.set(`${base} nullable`, { value: show(f.nullable ?? []), sources: src });
    out.set(`${base} values`, { value: f.values?.closed ? `closed ${show(f.values.closed)}` : 'open', sources: src });
    out.set(`${base} format`, { value: show(f.format), sources: src });
  }
}

function cite(id: string, s: VendorSource | undefined): string {
  if (s === undefined) return id;
  const at = s.repo !== undefined ? `${s.repo}@${(s.commit ?? '').slice(0, 8)}` : `${s.package ?? id}@${s.version ?? ''}`;
  return `${id}: ${at}:${(s.paths ?? []).join(',')}`;
}
