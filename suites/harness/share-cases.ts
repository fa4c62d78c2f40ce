// Positive and limit cases of the account-share actions: one share accepted (and undone), the documented maximum
// of accounts accepted, one more refused.

import type { Operation, OperationRule } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import { conformanceCase } from './conformance-case.ts';
import { SkipCase, TargetFault, type CaseRun } from './case-run.ts';
import { fixturesFor } from './fixtures-for.ts';
import { protectExisting } from './protect-existing.ts';

/** How the action names a resource and accounts, and (for cancels) how to share first. */
export interface ShareCaseSpec {
  readonly op: Operation;
  readonly product: 'lighthouse' | 'cvm';
  readonly resource: 'blueprintId' | 'imageId';
  readonly params: (resource: string, accounts: readonly string[]) => Params;
  /** For a cancel: the share that must precede it. */
  readonly setup?: { readonly op: Operation; readonly params: (resource: string, accounts: readonly string[]) => Params };
  /** The per-request maximum of accounts and its rule, when documented. */
  readonly max?: { readonly count: number; readonly rule: OperationRule };
  /** Distinguishes two uses of one action (CVM SHARE and CANCEL) in case ids and titles. */
  readonly variant?: string;
}

async function prepare(run: CaseRun, s: ShareCaseSpec, count: number): Promise<{ region: string; resource: string; accounts: string[] }> {
  const { region, f } = fixturesFor(run, s.product, [s.resource, 'recipientAccountIds']);
  const resource = f[s.resource] as string;
  await protectExisting(run, (s.setup ?? s).op.key, region, s.params(resource, []));
  const free = (f.recipientAccountIds ?? []).filter((a) => !run.isProtectedId(a));
  if (free.length < count) throw new SkipCase(`needs ${count} recipient accounts without an existing share; the fixtures have ${free.length}`);
  const accounts = free.slice(0, count);
  if (s.setup !== undefined) {
    const { sent } = await run.send({ operation: s.setup.op, params: s.setup.params(resource, accounts), region }, { kind: 'success' }, 'positive_data_acceptance');
    if (sent.envelope.kind !== 'success') throw new TargetFault(`setup share was refused (${sent.envelope.kind === 'error' ? sent.envelope.code : 'malformed'})`);
  }
  return { region, resource, accounts };
}

/** Registers the positive and limit cases. */
export function shareCases(s: ShareCaseSpec): void {
  const { op } = s;
  const v = s.variant ? `.${s.variant}` : '';
  const w = s.variant ? ` (${s.variant})` : '';
  conformanceCase({ id: `${op.key}${v}.positive.one-account`, title: `a request naming one recipient is accepted${w}`, operation: op, check: 'positive_data_acceptance', safety: 'mutating', docs: op.docs }, async (run) => {
    const { region, resource, accounts } = await prepare(run, s, 1);
    await run.send({ operation: op, params: s.params(resource, accounts), region }, { kind: 'success' });
  });
  if (s.max === undefined) return;
  const { count, rule } = s.max;
  conformanceCase({ id: `${op.key}${v}.limit.at-max`, title: `${count} accounts (the documented maximum) are accepted`, operation: op, check: 'limit_conformance', safety: 'mutating', rule: rule.id, docs: rule.docs }, async (run) => {
    const { region, resource, accounts } = await prepare(run, s, count);
    await run.send({ operation: op, params: s.params(resource, accounts), region }, { kind: 'success' });
  });
  conformanceCase({ id: `${op.key}${v}.limit.over-max`, title: `${count + 1} accounts (one over the maximum) are refused`, operation: op, check: 'limit_conformance', safety: 'negative', rule: rule.id, docs: rule.docs }, async (run) => {
    const { region, f } = fixturesFor(run, s.product, [s.resource, 'recipientAccountIds']);
    const resource = f[s.resource] as string;
    await protectExisting(run, op.key, region, s.params(resource, []));
    const base = [...(f.recipientAccountIds ?? [])];
    const accounts = Array.from({ length: count + 1 }, (_, i) => base[i] ?? String(100000000000 + i));
    await run.send({ operation: op, params: s.params(resource, accounts), region }, { kind: 'error', codes: rule.codes, rule: rule.id, why: rule.says });
  });
}
