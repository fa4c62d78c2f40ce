// The model-based commands over a share list (fast-check AsyncCommand: check is a pure precondition, run acts
// on the target, judges it, and updates the model). A step with findings stops the sequence so it shrinks.

import type fc from 'fast-check';
import { stateConformance } from '../../../checks/state-conformance.ts';
import { FindingStop } from '../finding-stop.ts';
import type { ShareModel, ShareModelSpec } from './share-model.ts';

type Cmd = fc.AsyncCommand<ShareModel, ShareModelSpec>;

/** Share with accounts that do not have it: documented to succeed. */
export class ShareCommand implements Cmd {
  constructor(private readonly accounts: readonly string[]) {}
  check(m: Readonly<ShareModel>): boolean { return this.accounts.every((a) => !m.shared.has(a)); }
  async run(m: ShareModel, s: ShareModelSpec): Promise<void> {
    await step(s, s.shareOp, s.shareParams(this.accounts), { kind: 'success' });
    for (const a of this.accounts) m.shared.add(a);
  }
  toString(): string { return `share(${this.accounts.join(',')})`; }
}

/** Cancel accounts that have the share: documented to succeed. */
export class CancelCommand implements Cmd {
  constructor(private readonly accounts: readonly string[]) {}
  check(m: Readonly<ShareModel>): boolean { return this.accounts.every((a) => m.shared.has(a)); }
  async run(m: ShareModel, s: ShareModelSpec): Promise<void> {
    await step(s, s.cancelOp, s.cancelParams(this.accounts), { kind: 'success' });
    for (const a of this.accounts) m.shared.delete(a);
  }
  toString(): string { return `cancel(${this.accounts.join(',')})`; }
}

/** Share again with accounts that all have it: refused with the documented code; nothing changes. */
export class ShareAgainCommand implements Cmd {
  constructor(private readonly accounts: readonly string[]) {}
  check(m: Readonly<ShareModel>): boolean { return this.accounts.every((a) => m.shared.has(a)); }
  async run(_m: ShareModel, s: ShareModelSpec): Promise<void> {
    if (s.alreadyShared === undefined) return;
    await step(s, s.shareOp, s.shareParams(this.accounts), { kind: 'error', codes: s.alreadyShared.codes, rule: s.alreadyShared.id, why: 'Every named account already has the share.' });
  }
  toString(): string { return `shareAgain(${this.accounts.join(',')})`; }
}

/** Cancel accounts none of which has the share: refused with the documented code; nothing changes. */
export class CancelUnsharedCommand implements Cmd {
  constructor(private readonly accounts: readonly string[]) {}
  check(m: Readonly<ShareModel>): boolean { return this.accounts.every((a) => !m.shared.has(a)); }
  async run(_m: ShareModel, s: ShareModelSpec): Promise<void> {
    if (s.notShared === undefined) return;
    await step(s, s.cancelOp, s.cancelParams(this.accounts), { kind: 'error', codes: s.notShared.codes, rule: s.notShared.id, why: 'No named account has the share.' });
  }
  toString(): string { return `cancelUnshared(${this.accounts.join(',')})`; }
}

/** Read the share list back and compare it with the model. */
export class ObserveCommand implements Cmd {
  check(): boolean { return true; }
  async run(m: ShareModel, s: ShareModelSpec): Promise<void> {
    await observe(m, s);
  }
  toString(): string { return 'observe'; }
}

/** Compares the target's read-back (restricted to the candidates) with the model. */
export async function observe(m: ShareModel, s: ShareModelSpec): Promise<void> {
  const back = await s.read();
  if (!back.ok) throw new Error(`read-back failed: ${back.why}`);
  const observed = back.value.filter((a) => s.candidates.includes(a));
  const findings = stateConformance({ operation: s.shareOp.key, rule: `${s.shareEffect} / ${s.cancelEffect}`, docs: s.shareOp.docs,
    subject: s.subject, expected: [...m.shared], observed });
  const last = back.sent[back.sent.length - 1];
  s.run.addFindings(findings, { operation: s.readOp, params: {} }, last);
  if (findings.length > 0) throw new FindingStop('state disagrees with the model');
}

async function step(s: ShareModelSpec, op: ShareModelSpec['shareOp'], params: Record<string, unknown>, expectation: Parameters<ShareModelSpec['run']['send']>[1]): Promise<void> {
  const before = s.run.findings.length;
  await s.run.send({ operation: op, params, region: s.region }, expectation, 'state_conformance');
  if (s.run.findings.length > before) throw new FindingStop(`${op.action} disagreed with the model`);
}
