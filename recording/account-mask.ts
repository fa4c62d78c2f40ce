// `--record-mask accounts`: every account ID the run knows of (the fixtures' accounts and every account an answer
// names) becomes a placeholder of the same length and form, the same one wherever it appears, so a masked
// recording can still be re-judged (the suites read the masked fixtures and send the masked IDs).

import { createHmac } from 'node:crypto';
import type { Fixtures } from '../core/fixtures.ts';

/** Replaces known account IDs in text; learns new ones from answers. */
export interface AccountMask {
  /** The placeholder of one account ID. */
  readonly placeholder: (id: string) => string;
  /** Adds the account IDs an answer body names (fields named like `AccountId`, `AccountIds`, `…Uin`). */
  readonly learn: (responseBody: string) => void;
  /** `text` with every known account ID replaced by its placeholder. */
  readonly apply: (text: string) => string;
}

/** A mask keyed by `salt` (so placeholders are not a reversible function of the ID alone), knowing `fixtures`' accounts. */
export function accountMask(salt: string, fixtures: Fixtures): AccountMask {
  const known = new Set<string>(fixtureAccounts(fixtures));
  let pattern: RegExp | undefined;
  const placeholder = (id: string): string => {
    const digest = BigInt(`0x${createHmac('sha256', salt).update(id).digest('hex')}`);
    return `9${(digest % 10n ** BigInt(Math.max(1, id.length - 1))).toString().padStart(id.length - 1, '0')}`;
  };
  return {
    placeholder,
    learn: (body) => {
      const before = known.size;
      for (const id of accountsIn(body)) known.add(id);
      if (known.size !== before) pattern = undefined;
    },
    apply: (text) => {
      if (known.size === 0) return text;
      pattern ??= new RegExp(`(?<![0-9])(${[...known].sort((a, b) => b.length - a.length).join('|')})(?![0-9])`, 'g');
      return text.replace(pattern, (id) => placeholder(id));
    },
  };
}

/** Account IDs a fixtures file names: own accounts, recipients, and AccountIds of situations. */
export function fixtureAccounts(fixtures: Fixtures): string[] {
  const out: string[] = [];
  for (const region of Object.values(fixtures.regions)) {
    for (const p of [region.lighthouse, region.cvm]) {
      if (p === undefined) continue;
      if (p.ownAccountId !== undefined) out.push(p.ownAccountId);
      out.push(...(p.recipientAccountIds ?? []));
      for (const s of Object.values(p.situations ?? {})) out.push(...accountsOf(s.params));
    }
  }
  return out.filter(isAccountId);
}

const ACCOUNT_FIELD = /^(AccountIds?|SharedAccountIds?|.*Uin)$/;

/** Account IDs named by fields like AccountId/AccountIds/…Uin anywhere in a JSON text (none when it is not JSON). */
export function accountsIn(body: string): string[] {
  try {
    return accountsOf(JSON.parse(body) as unknown);
  } catch {
    return [];
  }
}

function accountsOf(value: unknown, field = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => accountsOf(v, field));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => accountsOf(v, k));
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && ACCOUNT_FIELD.test(field) && isAccountId(text) ? [text] : [];
}

function isAccountId(id: string): boolean {
  return /^[0-9]{5,20}$/.test(id);
}
