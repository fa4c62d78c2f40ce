// A per-resource cap reached in one request: the CVM image's 500-accounts cap is also probed by one SHARE naming
// more than 500 accounts on the fixture image (the cumulative way, an image already near the cap, is the rule's
// fixture situation). Any documented refusal is right; a success is a finding. The request names the fixture
// image, so the case is mutating: it is ledgered before it is sent with an undo for every named account, and a
// wrongly accepted request is undone with the case. The fixtures' recipients come first; when there are fewer
// than the cap needs, IDs no recipient has fill the request (a target may then refuse them as unknown, which is
// a documented refusal too).

import type { Operation } from '../../generated/operations.ts';
import { conformanceCase } from './conformance-case.ts';
import { fixturesFor } from './fixtures-for.ts';
import { protectExisting } from './protect-existing.ts';
import { ruleOf } from './rule-of.ts';
import { SkipCase, type CaseRun } from './case-run.ts';

/** What the cap case needs to know about the action. */
export interface CapSpec {
  readonly op: Operation;
  /** The spec rule the cap belongs to (its docs and wording). */
  readonly rule: string;
  readonly cap: number;
  /** The SHARE request naming `accounts` on `resource`. */
  readonly share: (resource: string, accounts: readonly string[]) => Record<string, unknown>;
  /** The accounts `resource` is shared with now (a TargetFault when they cannot be read). */
  readonly holders: (run: CaseRun, region: string, resource: string) => Promise<string[]>;
}

/** `count` account IDs, the free recipients first, then well-formed IDs outside `taken`. */
export function capAccounts(recipients: readonly string[], count: number, taken: ReadonlySet<string> = new Set()): string[] {
  const out = recipients.filter((a) => !taken.has(a)).slice(0, count);
  const used = new Set([...out, ...taken]);
  for (let n = 100000000000; out.length < count; n += 1) if (!used.has(String(n))) out.push(String(n));
  return out;
}

/** Registers the one-request probe of the cap. */
export function capInOneRequestCase(s: CapSpec): void {
  const rule = ruleOf(s.op, s.rule);
  conformanceCase({ id: `${s.op.key}.limit.cap-in-one-request`, title: `one request naming ${s.cap + 1} accounts (over the ${s.cap}-account cap) is refused`,
    operation: s.op, check: 'limit_conformance', safety: 'mutating', rule: rule.id, docs: rule.docs }, async (run) => {
    const { region, f } = fixturesFor(run, s.op.product, ['imageId']);
    const image = f.imageId as string;
    await protectExisting(run, s.op.key, region, s.share(image, []));
    const taken = new Set((f.recipientAccountIds ?? []).filter((a) => run.isProtectedId(a)));
    const accounts = capAccounts(f.recipientAccountIds ?? [], s.cap + 1, taken);
    await run.send({ operation: s.op, params: s.share(image, accounts), region },
      { kind: 'error', codes: [], rule: rule.id, why: `${rule.says} One request named ${accounts.length} accounts; any documented refusal is right.` });
  });
}

/** Registers the other way of the cap: one request bringing the image exactly to the cap is accepted (and undone,
 * first by one cancel naming every account: batch-undo.ts, so a paced run pays a few requests, not one per account).
 * It needs enough real recipients on the fixtures (more than most live accounts have): else it skips, saying so. */
export function capAtMaxInOneRequestCase(s: CapSpec): void {
  const rule = ruleOf(s.op, s.rule);
  conformanceCase({ id: `${s.op.key}.limit.cap-reached-in-one-request`, title: `one request bringing the image to exactly ${s.cap} accounts is accepted`,
    operation: s.op, check: 'limit_conformance', safety: 'mutating', rule: rule.id, docs: rule.docs }, async (run) => {
    const { region, f } = fixturesFor(run, s.op.product, ['imageId', 'recipientAccountIds']);
    const image = f.imageId as string;
    const held = await s.holders(run, region, image);
    run.protect(held);
    const free = (f.recipientAccountIds ?? []).filter((a) => !held.includes(a));
    const needed = s.cap - held.length;
    if (needed <= 0 || free.length < needed) throw new SkipCase(`needs ${needed} recipient accounts without a share of ${image}; the fixtures have ${free.length}`);
    await run.send({ operation: s.op, params: s.share(image, free.slice(0, needed)), region }, { kind: 'success' });
  });
}
