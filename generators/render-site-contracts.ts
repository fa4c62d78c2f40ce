// Renders generated/site-contracts.ts: each operation's per-site contract as data, plus the lookups the checks use.
import { GENERATED_HEADER } from './generated-header.ts';
import type { SiteContract } from './site-contracts.ts';
import { tsLiteral } from './ts-literal.ts';

const TYPES = `/** The vendor's two sites, each with its own hosts and definitions. */
export type Site = 'china' | 'intl';

/** Every site, China first (its definitions are the fuller ones). */
export const SITES: readonly Site[] = ['china', 'intl'];

/** A response node the spec ties to a recorded doc conflict, and how an answer meets it. */
export interface ConflictMark {
  /** Field path, e.g. \`Response.BlueprintSet[].ImageId\`. */
  readonly path: string;
  /** The \`x-tc-doc-conflicts\` id (see operations.ts \`docConflicts\`). */
  readonly conflict: string;
  /** Sites whose definitions allow null here; a null on another site meets the conflict. */
  readonly nullableOn?: readonly string[];
  /** The documented form; a string not matching it meets the conflict. */
  readonly documentedPattern?: string;
  /** Sites whose definitions have the field; the field answered on another site meets the conflict. */
  readonly offeredOn?: readonly string[];
}

/** What one site's contract says about an operation beyond the shared schema. */
export interface SiteContract {
  /** Sites whose definitions have the action. */
  readonly sites: readonly Site[];
  /** Key into validators.ts of each site's response validator (open: unknown fields never fail it). */
  readonly responseValidator: Readonly<Record<Site, string>>;
  /** Per site, object path (\`''\` is the body, \`Response.BlueprintSet[]\` an item) → the field names declared there. */
  readonly fields: Readonly<Record<Site, Readonly<Record<string, readonly string[]>>>>;
  readonly conflictMarks: readonly ConflictMark[];
}
`;

const LOOKUPS = `
/** The site contract of an operation key; an unknown key throws (keys come from the operations table). */
export function siteContractOf(key: string): SiteContract {
  const contract = Object.hasOwn(siteContracts, key) ? siteContracts[key] : undefined;
  if (contract === undefined) throw new Error(\`unknown operation key: \${key}\`);
  return contract;
}

/** True when the site's definitions have the operation's action. */
export function offeredOnSite(key: string, site: Site): boolean {
  return siteContractOf(key).sites.includes(site);
}
`;

/** The text of generated/site-contracts.ts from the contracts by operation key. */
export function renderSiteContracts(contracts: Readonly<Record<string, SiteContract>>): string {
  return [
    GENERATED_HEADER,
    '// Per-site contracts: which site offers each action, its response validator and known fields there, and the',
    '// response nodes tied to recorded doc conflicts (specs: x-tc-sites, x-tc-nullable-sites, x-tc-doc-conflict).',
    '',
    TYPES,
    `/** Every operation's site contract, by operation key. */`,
    `export const siteContracts: Readonly<Record<string, SiteContract>> = ${tsLiteral(contracts)};`,
    LOOKUPS,
  ].join('\n');
}
