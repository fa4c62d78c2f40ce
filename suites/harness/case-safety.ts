// Live safety of one case when the target misbehaves. Before the case's first mutating request it reads the share
// state of the fixture resources, and before a request naming a resource only a situation of the fixtures names, that
// resource's too (fixture-shares.ts `situationResources`); refused requests on them stay pending in the ledger until a read-back shows they
// changed nothing (a refusal is no proof); at the end, once the case's own changes are undone, it reads the state
// again, judges the difference (effect_is_what_it_names, refusal_changes_nothing), puts back what it can from the
// snapshot (cancels what appeared, re-shares what vanished) and reports what it cannot.

import { operationByKey } from '../../generated/operations.ts';
import type { Params } from '../../core/types.ts';
import type { Finding } from '../../checks/finding.ts';
import type { ReadBackRequest } from '../../checks/share-read-back.ts';
import { effectIsWhatItNames } from '../../checks/effect-is-what-it-names.ts';
import { refusalChangesNothing } from '../../checks/refusal-changes-nothing.ts';
import type { IntentEntry, UndoCall } from './ledger-entry.ts';
import type { Ledger } from './ledger.ts';
import type { RunConfig } from './run-config.ts';
import type { TargetClient } from './target-client.ts';
import { namedLines, partOf, shareSemantics } from './share-semantics.ts';
import { fixtureResources, linesNotIn, namesFixture, readFixtureShares, situationResources, type FixtureResource, type ShareLine } from './fixture-shares.ts';
import { caseRegion } from './default-region.ts';

/** What the run changed and undid, and what it left changed (each with what to check). */
export interface ChangeTally {
  undone: number;
  readonly left: string[];
}

/**
 * The parts of the fixture state (one per share list: share-semantics.ts `partOf`) a case reads before and after.
 * Every part, except under the concurrent scheduler for a case whose first tracked request expects a refusal: then
 * only its own action's part, so that cases changing blueprint shares, CVM image shares and images shared into
 * Lighthouse can run at the same time. A case that expects an acceptance always reads every part: an accepted share that also changes
 * another resource (effect_is_what_it_names) is judged wherever it lands. What a refusal that was wrongly applied
 * to a resource of the other part does is left to the run's other cases (checks/not-judged.ts).
 */
export function readParts(config: RunConfig, operation: string, mayBeAccepted: boolean, resources: readonly FixtureResource[]): string[] {
  const all = [...new Set(resources.map((r) => partOf(r.list)))];
  const list = shareSemantics(operation)?.list;
  const own = list === undefined ? undefined : partOf(list);
  // A re-judged recording reads what the recorded run read.
  const scheduled = config.schedule !== undefined || config.target.recordedScheduled === true;
  return !scheduled || mayBeAccepted || own === undefined ? all : all.filter((p) => p === own);
}

/** The read-back safety net of one case. */
export class CaseSafety {
  readonly tally: ChangeTally = { undone: 0, left: [] };
  private resources: FixtureResource[] | undefined;
  private before: ShareLine[] | undefined;
  private snapshot: Promise<void> | undefined;
  /** The parts of the fixture state the case reads (and, under the scheduler, holds). */
  private parts: readonly string[] = [];
  /** Reads of situation resources, one after another (requests sent at the same time may name the same one). */
  private extension: Promise<void> = Promise.resolve();
  private readonly requests: ReadBackRequest[] = [];
  private readonly held: IntentEntry[] = [];

  constructor(private readonly config: RunConfig, private readonly client: TargetClient, private readonly ledger: Ledger,
    private readonly beforeRead: (parts: readonly string[]) => Promise<void> = async () => {}) {}

  /** Whether a mutating request in `region` names a fixture resource (then it is tracked); reads the snapshot first.
   * `mayBeAccepted`: the case expects (or allows) the target to accept it. */
  async track(operation: string, region: string, params: Params, mayBeAccepted: boolean): Promise<boolean> {
    const home = caseRegion(this.config) ?? '';
    if (region !== home) return false;
    const all = fixtureResources(this.config.fixtures, home);
    const situations = situationResources(this.config.fixtures, home);
    const named = situations.filter((r) => namesFixture(operation, params, [r]));
    if (named.length === 0 && !namesFixture(operation, params, this.resources ?? all)) return false;
    // Once per case, shared by requests sent at the same time; under the concurrent scheduler the case first takes
    // the parts of the fixture state it reads to itself, so no other case changes them between this read and the
    // one in `verify`.
    this.snapshot ??= (async () => {
      const parts = readParts(this.config, operation, mayBeAccepted, [...all, ...situations]);
      this.parts = parts;
      await this.beforeRead(parts);
      this.resources = all.filter((r) => parts.includes(partOf(r.list)));
      const read = await readFixtureShares(this.client, home, this.resources);
      // Without a snapshot nothing can be compared; the ledger still undoes what was named.
      this.before = read.ok ? read.lines : [];
      if (!read.ok) this.resources = [];
    })();
    await this.snapshot;
    // A resource only a situation names is read just before the first request naming it (its part is held).
    if (named.length > 0) await (this.extension = this.extension.then(() => this.readAlso(home, named)));
    return namesFixture(operation, params, this.resources ?? []);
  }

  /** Adds the share lines of `named` to the snapshot; one that cannot be read (it exists nowhere, or is not the
   * caller's) has nothing to compare and stays untracked. */
  private async readAlso(region: string, named: readonly FixtureResource[]): Promise<void> {
    for (const r of named) {
      const known = (this.resources ?? []).some((x) => x.list === r.list && x.id.toLowerCase() === r.id.toLowerCase());
      if (known || !this.parts.includes(partOf(r.list))) continue;
      const read = await readFixtureShares(this.client, region, [r]);
      if (!read.ok) continue;
      this.resources = [...(this.resources ?? []), r];
      this.before = [...(this.before ?? []), ...read.lines].sort((a, b) => a.key.localeCompare(b.key));
    }
  }

  /** Records a tracked request's answer; a refused one's intent is held (pending) until `verify`. */
  noteAnswer(operation: string, params: Params, refused: boolean, intent: IntentEntry | undefined): void {
    const adds = shareSemantics(operation)?.direction(params) === 'share';
    this.requests.push({ summary: `${operation} ${JSON.stringify(params)}`.slice(0, 300), refused, operation, adds, names: namedLines(operation, params) });
    if (refused && intent !== undefined) this.held.push(intent);
  }

  /** After the case's own undo: judge the read-back, restore from the snapshot, settle what is gone. */
  async verify(operation: string, docs: readonly string[]): Promise<Finding[]> {
    if (this.before === undefined || this.resources === undefined || this.resources.length === 0) return [];
    const home = caseRegion(this.config) ?? '';
    const after = await readFixtureShares(this.client, home, this.resources);
    if (!after.ok) {
      this.tally.left.push(`${after.why}: check the shares of ${this.resources.map((r) => r.id).join(', ')} by hand`);
      return [];
    }
    const input = { operation, docs, before: this.before.map((l) => l.key), after: after.lines.map((l) => l.key), requests: this.requests };
    const findings = [...effectIsWhatItNames(input), ...refusalChangesNothing(input)];
    const left = await this.restore(home, after.lines);
    const note = left.length === 0 ? 'The suite put the shares back as they were before the case and read back that they are.'
      : `The suite could not put back: ${left.join('; ')}.`;
    for (const why of left) this.tally.left.push(why);
    if (left.length === 0) for (const intent of this.held.splice(0)) this.ledger.settle(intent.id, 'refused');
    return findings.map((f) => ({ ...f, detail: `${f.detail} ${note}` }));
  }

  /** Cancels holders that appeared, re-shares accounts that vanished; returns what is still different (and why). */
  private async restore(region: string, after: readonly ShareLine[]): Promise<string[]> {
    const before = this.before ?? [];
    const added = linesNotIn(after, before);
    const removed = linesNotIn(before, after);
    if (added.length === 0 && removed.length === 0) return [];
    const cannot: string[] = [];
    for (const l of added) await this.send(l.list.holders === 'accounts' ? l.list.cancel(region, l.id, [l.holder]) : l.list.cancel(region, l.id, []));
    for (const l of removed) {
      if (l.list.holders === 'accounts') await this.send(l.list.share(region, l.id, [l.holder]));
      // A blueprint made from an image gets a new ID when shared again: the old one cannot come back.
      else cannot.push(`${l.key} was removed; the target assigns a new ID when it is shared again, so it cannot be restored as it was`);
    }
    const now = await readFixtureShares(this.client, region, this.resources ?? []);
    if (!now.ok) return [...cannot, `${now.why} (after restoring)`];
    const still = [...linesNotIn(now.lines, before).map((l) => `${l.key} appeared`), ...linesNotIn(before, now.lines).filter((l) => l.list.holders === 'accounts').map((l) => `${l.key} vanished`)];
    this.tally.undone += added.length + removed.length - still.length - cannot.length;
    return [...still.map((s) => `${s} and could not be put back: check it`), ...cannot];
  }

  private async send(call: UndoCall): Promise<void> {
    await this.client.call({ operation: operationByKey(call.operation), params: call.params, region: call.region });
  }
}
