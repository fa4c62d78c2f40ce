// Renders generated/site-contracts.ts: each operation's per-site contract as data, plus the lookups the checks use.
import { GENERATED_HEADER } from './generated-header.ts';
import type { SiteContract } from '../specs/model/site-contract.ts';
import { tsLiteral } from './ts-literal.ts';

/** The hand-written types the contracts are made of, and the list of sites (specs/model/site-contract.ts), re-exported. */
const TYPES = `import type { Site, SiteContract } from '../specs/model/site-contract.ts';

export { SITES } from '../specs/model/site-contract.ts';
export type { ConflictMark, KnownFields, Site, SiteContract } from '../specs/model/site-contract.ts';
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
