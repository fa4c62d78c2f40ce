// The state of one running conformance case: sends through the target client, judges every exchange with the
// check catalogue, keeps the ledger for anything that may change the target, and undoes it at the end.

import type { Operation } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import type { CaseRecord, RecordedExchange, Replay, Safety } from '../../checks/case-record.ts';
import type { CheckName, Finding } from '../../checks/finding.ts';
import type { Expectation } from '../../checks/expectation.ts';
import { runChecks, type ExchangeVerdict, type Observed } from '../../checks/run-checks.ts';
import { isRetryableCode } from '../../checks/target-fault.ts';
import type { CallRequest, Sent, TargetClient } from './target-client.ts';
import type { Ledger } from './ledger.ts';
import type { IntentEntry, UndoCall } from './ledger-entry.ts';
import { namedHolders } from './share-semantics.ts';
import { undoOf } from './undo-of.ts';
import { applyUndo } from './apply-undo.ts';
import { recordExchange } from './record-exchange.ts';
import type { RunConfig } from './run-config.ts';
import { describeEffect, readBackEffect, type Effect } from './read-back-effect.ts';
import { screenedClient } from './screened-client.ts';
import { siteOf } from './site-of.ts';
import { CaseSafety, type ChangeTally } from './case-safety.ts';
import { caseRegion } from './default-region.ts';
import { dieIfOrphaned } from './die-with-parent.ts';

/** What a case declares about itself. */
export interface CaseSpec {
  readonly id: string;
  readonly title: string;
  readonly operation: Operation;
  readonly check: CheckName;
  readonly safety: Safety;
  readonly rule?: string;
  readonly docs: readonly string[];
  /** The verdict compares answers read at different moments that a share landing in between would change (forms
   * that must agree, a set against its paging): under the concurrent scheduler the case holds the fixture state
   * shared, so no mutating case runs meanwhile (schedule/case-claims.ts). */
  readonly comparesReads?: boolean;
}

/** A target fault ended the case: reported as errored, not as a conformance failure. */
export class TargetFault extends Error {
  override readonly name = 'TargetFault';
}

/** How a case's fault begins when a check could not judge what it observed (errored, never passed). */
export const CANNOT_JUDGE = 'cannot judge: ';

/** Thrown by a case to skip itself with a reason (e.g. a missing fixture). */
export class SkipCase extends Error {
  override readonly name = 'SkipCase';
}

/** One case's run. */
export class CaseRun {
  readonly findings: Finding[] = [];
  private readonly observed: Observed[] = [];
  private readonly exchanges: RecordedExchange[] = [];
  private readonly latencies: number[] = [];
  private readonly intents: IntentEntry[] = [];
  private readonly protectedAccounts = new Set<string>();
  /** Retried read-only calls, `operation: why` (the case record keeps the first 20). */
  private readonly retries: string[] = [];
  fault: string | undefined;
  replay: Replay | undefined;
  minimal: RecordedExchange['request'] | undefined;

  /** What the case body calls directly: screened, so target faults there error the case (screened-client.ts). */
  readonly client: TargetClient;
  /** Dedup keys of findings about a request the target accepted where the docs require a refusal. */
  readonly acceptances = new Set<string>();
  private readonly safety: CaseSafety;
  /** Runs before the case first reads those parts of the fixture state to change them (the concurrent scheduler's
   * locks, hold-resources.ts). */
  beforeFixtureRead: (parts: readonly string[]) => Promise<void> = async () => {};

  constructor(readonly spec: CaseSpec, readonly config: RunConfig, private readonly inner: TargetClient, private readonly ledger: Ledger) {
    this.client = screenedClient(inner, { fault: (why) => { this.fault ??= why; }, retried: (why) => { this.retries.push(...why); } });
    this.safety = new CaseSafety(config, inner, ledger, (parts) => this.beforeFixtureRead(parts));
  }

  /** What this case changed and undid, and what it left changed. */
  get changes(): ChangeTally {
    return this.safety.tally;
  }

  /** Accounts (or CVM image IDs shared into Lighthouse) whose shares predate the run: never undone. */
  protect(ids: readonly string[]): void {
    for (const a of ids) this.protectedAccounts.add(a);
  }

  /** True when `id` was protected (its share predates the run). */
  isProtectedId(id: string): boolean {
    return this.protectedAccounts.has(id);
  }

  private isProtected(undo: UndoCall): boolean {
    return namedHolders(undo.operation, undo.params).some((h) => this.protectedAccounts.has(h));
  }

  /** Sends, judges against `expectation`, records; a target fault ends the case as errored. A mutating request
   * that meets a fault is never re-sent: its effect is read back, and its ledger entry settled only if absent. */
  async send(req: CallRequest, expectation: Expectation, check: CheckName = this.spec.check): Promise<{ sent: Sent; verdict: ExchangeVerdict }> {
    const params = req.params as Params;
    const tracked = req.operation.safety === 'mutating' && await this.safety.track(req.operation.key, this.regionOf(req), params, expectation.kind !== 'error');
    const intent = this.intend(req);
    const expectsRetryable = expectation.kind === 'error' && expectation.codes.some(isRetryableCode);
    const sent = await this.inner.call(expectsRetryable ? { ...req, retry: false } : req);
    this.retries.push(...sent.retries.map((why) => `${req.operation.key}: ${why}`));
    const verdict = runChecks({ operation: req.operation, exchange: sent.exchange, envelope: sent.envelope, expectation, caseCheck: check, docs: this.spec.docs, site: siteOf(this.config) });
    this.observed.push(verdict.observed);
    this.latencies.push(sent.exchange.timings.totalMs);
    if (verdict.fault !== undefined) {
      this.keep(req, sent);
      const effect = intent === undefined ? '' : `; ${describeEffect(await this.settleAfterFault(intent))}`;
      this.fault = `${verdict.fault}${effect}`;
      throw new TargetFault(`target fault on ${req.operation.key}: ${this.fault}`);
    }
    const refused = sent.envelope.kind === 'error';
    if (tracked) this.safety.noteAnswer(req.operation.key, params, refused, intent);
    // A refusal on a fixture resource stays pending until the case's read-back shows it changed nothing.
    if (tracked && refused && intent !== undefined) this.intents.splice(this.intents.indexOf(intent), 1);
    else this.settleIfRefused(intent, sent);
    let findings = verdict.findings;
    if (expectation.kind === 'error' && sent.envelope.kind === 'success' && req.operation.safety === 'mutating') {
      findings = await this.undoAccepted(intent, findings);
      for (const f of findings) this.acceptances.add(f.dedupKey);
    }
    this.findings.push(...findings);
    if (findings.length > 0 || this.exchanges.length < 2) this.keep(req, sent);
    return { sent, verdict: { ...verdict, findings } };
  }

  /** After the target accepted what it must refuse: undo it now (so later requests meet the state the case expects),
   * confirm by read-back, and say so in the findings. */
  private async undoAccepted(intent: IntentEntry | undefined, findings: readonly Finding[]): Promise<Finding[]> {
    let note = 'The request changed nothing the suite must undo (it names only shares that existed before the run).';
    if (intent !== undefined) {
      this.intents.splice(this.intents.indexOf(intent), 1);
      const why = await applyUndo(this.inner, intent);
      const effect = why === undefined ? await readBackEffect(this.inner, intent) : undefined;
      const undo = intent.undo.map((u) => `${u.operation} ${JSON.stringify(u.params)}`).join('; ');
      if (effect?.kind === 'absent') {
        this.ledger.settle(intent.id, 'undone');
        this.safety.tally.undone += 1;
        note = `The target accepted ${JSON.stringify(intent.params)}; the suite undid it (${undo}) and read back that the change is gone.`;
      } else {
        const reason = why ?? (effect?.kind === 'unknown' ? `read-back failed: ${effect.why}` : 'the read-back still shows the change');
        this.safety.tally.left.push(`${intent.operation} ${JSON.stringify(intent.params)}: ${reason} (ledger ${intent.id}; run tcconform cleanup)`);
        note = `The target accepted ${JSON.stringify(intent.params)}; undoing it (${undo}) failed: ${reason}. It stays in the ledger for tcconform cleanup.`;
      }
    }
    return findings.map((f) => ({ ...f, detail: `${f.detail} ${note}` }));
  }

  /** After the case's own undo: the read-back checks over the fixture resources, restoring what they find changed. */
  async verifyShares(): Promise<void> {
    this.findings.push(...await this.safety.verify(this.spec.operation.key, this.spec.docs));
  }

  /** Sends without judging (observers inside state cases judge separately); faults still end the case. */
  async observe(req: CallRequest): Promise<Sent> {
    return (await this.send(req, { kind: 'any' })).sent;
  }

  /** Adds findings judged elsewhere (state, rate limit), with the exchange they rest on; withheld once a direct
   * call of the case met a target fault, since they may rest on it (the case is errored instead). */
  addFindings(findings: readonly Finding[], req?: CallRequest, sent?: Sent): void {
    if (this.fault !== undefined) return;
    this.findings.push(...findings);
    if (findings.length > 0 && req !== undefined && sent !== undefined) this.keep(req, sent);
  }

  /** A check could not judge (an inconclusive observation): the case is errored with `why`, never passed. */
  cannotJudge(why: string): void {
    this.fault ??= `${CANNOT_JUDGE}${why}`;
  }

  /** Undoes, newest first, every mutation this case made that is not yet undone. Faults leave the ledger entry pending. */
  async undoAll(): Promise<string[]> {
    const problems: string[] = [];
    for (const intent of this.intents.splice(0).reverse()) {
      const why = await applyUndo(this.inner, intent);
      if (why === undefined) {
        this.ledger.settle(intent.id, 'undone');
        this.safety.tally.undone += 1;
      } else problems.push(`could not undo ${intent.operation} (${intent.id}): ${why}; run tcconform cleanup`);
    }
    return problems;
  }

  /** The JSON-safe record for the reporter. */
  record(skipReason?: string): CaseRecord {
    const s = this.spec;
    const [product = '', action = ''] = s.operation.key.split('.');
    return {
      id: s.id, title: s.title, operation: s.operation.key, product, action, check: s.check, safety: s.safety,
      ...(s.rule === undefined ? {} : { rule: s.rule }), docs: s.docs,
      findings: dedupe(this.findings), observed: distinct(this.observed), exchanges: this.exchanges.slice(0, 6),
      latenciesMs: sample(this.latencies, 100),
      ...(this.fault === undefined ? {} : { fault: this.fault }),
      ...(this.retries.length === 0 ? {} : { retries: this.retries.slice(0, 20) }),
      ...(this.replay === undefined ? {} : { replay: this.replay }),
      ...(this.minimal === undefined ? {} : { minimal: this.minimal }),
      ...(skipReason === undefined ? {} : { skipReason }),
      ...(this.changes.undone === 0 && this.changes.left.length === 0 ? {} : { changes: { undone: this.changes.undone, left: [...this.changes.left] } }),
    };
  }

  private keep(req: CallRequest, sent: Sent): void {
    this.exchanges.push(recordExchange(req, sent));
    if (this.exchanges.length > 12) this.exchanges.splice(1, 1);
  }

  /** The request's region; a request sent without one is ledgered under the run's (where a lax target would act). */
  private regionOf(req: CallRequest): string {
    return req.region ?? caseRegion(this.config) ?? '';
  }

  private intend(req: CallRequest): IntentEntry | undefined {
    if (req.operation.safety !== 'mutating') return undefined;
    const region = this.regionOf(req);
    const undo = undoOf(req.operation.key, region, req.params as Params).filter((u) => !this.isProtected(u));
    if (undo.length === 0) return undefined;
    dieIfOrphaned();
    const intent = this.ledger.intend(req.operation.key, region, req.params as Params, undo);
    this.intents.push(intent);
    return intent;
  }

  private settleIfRefused(intent: IntentEntry | undefined, sent: Sent): void {
    if (intent !== undefined && sent.envelope.kind === 'error') this.settleRefused(intent);
  }

  private settleRefused(intent: IntentEntry): void {
    this.ledger.settle(intent.id, 'refused');
    this.intents.splice(this.intents.indexOf(intent), 1);
  }

  /** After a fault on a mutating request: read back; settle as refused only when nothing of it is there. */
  private async settleAfterFault(intent: IntentEntry): Promise<Effect> {
    const effect: Effect = await readBackEffect(this.inner, intent).catch((e: unknown) => ({ kind: 'unknown' as const, why: String(e) }));
    if (effect.kind === 'absent') this.settleRefused(intent);
    return effect;
  }
}

function distinct(observed: readonly Observed[]): (Observed & { count: number })[] {
  const byKey = new Map<string, Observed & { count: number }>();
  for (const o of observed) {
    const key = `${o.operation ?? ''}|${o.outcome}|${o.code ?? ''}|${o.shape ?? ''}|${(o.docConflicts ?? []).map((c) => `${c.id}@${c.path}`).join(',')}`;
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { ...o, count: 1 });
  }
  return [...byKey.values()];
}

function sample(values: readonly number[], max: number): number[] {
  const step = Math.max(1, values.length / max);
  const out: number[] = [];
  for (let i = 0; i < values.length && out.length < max; i += step) out.push(Math.round((values[Math.floor(i)] ?? 0) * 10) / 10);
  return out;
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.dedupKey)) seen.set(f.dedupKey, f);
  return [...seen.values()];
}
