// Per operation, what each site's contract says beyond the shared schema: whether the site offers the action,
// which response validator judges it there, the fields each site's response knows, and the doc-conflict marks.
import { conflictMarks, knownFields } from './response-fields.ts';
import { hasSiteMarks, offeredOn, siteSchema } from './site-schema.ts';
import { SITES, type Site, type SiteContract } from '../specs/model/site-contract.ts';
import type { OperationModel } from '../specs/model/spec-model.ts';

/** A response schema to compile for one site (only sites whose schema differs from the shared one get their own). */
export interface SiteValidatorEntry {
  readonly key: string;
  readonly schema: unknown;
}

/** The site contract of `op`. */
export function siteContract(op: OperationModel): SiteContract {
  const schema = op.responseSchema ?? {};
  const own = hasSiteMarks(schema);
  const bySite = <T>(f: (site: Site) => T) => Object.fromEntries(SITES.map((s) => [s, f(s)])) as Record<Site, T>;
  return {
    sites: SITES.filter((s) => offeredOn(op.op, s)),
    responseValidator: bySite((s) => (own ? `${op.key}.response.${s}` : `${op.key}.response`)),
    fields: bySite((s) => knownFields(siteSchema(schema, s))),
    conflictMarks: conflictMarks(schema),
  };
}

/** The per-site response validators `op` needs beyond `<key>.response` (none when no field is site-bound). */
export function siteValidatorEntries(op: OperationModel): readonly SiteValidatorEntry[] {
  const schema = op.responseSchema ?? {};
  if (!hasSiteMarks(schema)) return [];
  return SITES.map((s) => ({ key: `${op.key}.response.${s}`, schema: siteSchema(schema, s) }));
}
