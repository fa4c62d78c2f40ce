// Concurrency: 200 share and cancel requests sent at once on the same blueprints, images and recipients. The mock's
// state stays consistent (no duplicate share, no recipient over its Lighthouse share quota, no image over 500
// accounts, after every step) and equals a serial order of the requests: replaying the journal's order through
// the pure transitions, one at a time from the seeded world, gives every request the answer it got and the same
// final state. Seeded; TCCONFORM_LONG=1 repeats it with 10 seeds.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../core/client.ts';
import { between, seededRandom } from '../../core/testing/seeded-random.ts';
import { isLongRun } from '../../core/testing/scale.ts';
import { operationByKey } from '../../generated/operations.ts';
import { startMock, type MockHandle } from '../index.ts';
import { sendWire, signedWire, type TestCall } from '../testing/signed-call.ts';
import { callContextFor } from '../testing/call-context-for.ts';
import { transitions } from '../rules/transitions.ts';
import { defaultWorld } from '../world/default-world.ts';
import { ACCOUNTS, FILLER_ACCOUNTS, KEYS } from '../world/default-ids.ts';
import { stateOf, type State } from '../world/state.ts';
import type { World } from '../world/world.ts';

const RECIPIENTS = ACCOUNTS.recipients.slice(0, 6);
const QUOTA = 3;
const BLUEPRINTS = ['lhbp-gconc001', 'lhbp-gconc002', 'lhbp-gconc003', 'lhbp-gconc004'];
const IMAGES = ['img-gconc001', 'img-gconc002'];
const SEEDS = isLongRun() ? Array.from({ length: 10 }, (_, i) => 20260324 + i) : [20260324];

/** The default world plus contended resources: four blueprints, recipients with a quota of 3, an image 3 short of 500. */
function contendedWorld(): World {
  const base = defaultWorld();
  const main = base.blueprints.find((b) => b.id === 'lhbp-gmain000');
  const image = base.images.find((i) => i.id === 'img-gmain000');
  if (main === undefined || image === undefined) throw new Error('default world changed');
  const filler = FILLER_ACCOUNTS.slice(0, 497).map((accountId) => ({ accountId, createdTime: '2024-03-02T08:00:00Z' }));
  return {
    ...base,
    accounts: base.accounts.map((a) => (RECIPIENTS.includes(a.id) ? { ...a, shareQuota: QUOTA } : a)),
    blueprints: [...base.blueprints, ...BLUEPRINTS.map((id) => ({ ...main, id, name: id }))],
    images: [...base.images, { ...image, id: IMAGES[0]!, shares: filler }, { ...image, id: IMAGES[1]! }],
  };
}

function randomCall(random: () => number): TestCall {
  const accounts = [...RECIPIENTS].sort(() => random() - 0.5).slice(0, between(random, 1, 3));
  const cancel = random() < 0.4;
  if (random() < 0.6) {
    return { operation: cancel ? 'lighthouse.CancelShareBlueprintAcrossAccounts' : 'lighthouse.ShareBlueprintAcrossAccounts',
      params: { BlueprintId: BLUEPRINTS[between(random, 0, BLUEPRINTS.length - 1)], AccountIds: accounts }, credentials: KEYS.caller };
  }
  return { operation: 'cvm.ModifyImageSharePermission', credentials: KEYS.caller,
    params: { ImageId: IMAGES[between(random, 0, IMAGES.length - 1)], AccountIds: accounts, Permission: cancel ? 'CANCEL' : 'SHARE' } };
}

/** Every invariant a serial execution implies; empty when all hold. */
function broken(state: State): string[] {
  const out: string[] = [];
  const perRecipient = new Map<string, number>();
  for (const b of state.blueprints.values()) {
    const ids = b.shares.map((s) => s.accountId);
    if (new Set(ids).size !== ids.length) out.push(`${b.id} lists an account twice`);
    for (const id of ids) perRecipient.set(id, (perRecipient.get(id) ?? 0) + 1);
  }
  // The contended recipients (the default world seeds another account over its quota on purpose).
  for (const [id, n] of [...perRecipient].filter(([a]) => RECIPIENTS.includes(a))) {
    const quota = state.accounts.get(id)?.shareQuota ?? Number.POSITIVE_INFINITY;
    if (n > quota) out.push(`${id} holds ${n} blueprint shares, quota ${quota}`);
  }
  for (const i of state.images.values()) {
    const ids = i.shares.map((s) => s.accountId);
    if (new Set(ids).size !== ids.length) out.push(`${i.id} lists an account twice`);
    if (ids.length > 500) out.push(`${i.id} is shared with ${ids.length} accounts`);
  }
  return out;
}

/** Share lists only (times differ between the live run and the replay). */
function shareLists(state: State): Record<string, string[]> {
  return Object.fromEntries([...state.blueprints.values(), ...state.images.values()].map((r) => [r.id, r.shares.map((s) => s.accountId).sort()]));
}

let mock: MockHandle | undefined;
afterEach(async () => { await mock?.close(); mock = undefined; });

describe('concurrent shares and cancels', () => {
  for (const seed of SEEDS) {
    it(`200 parallel requests keep the state consistent and equal a serial replay (seed ${seed})`, async () => {
      const world = contendedWorld();
      mock = await startMock({ world, rateLimits: false, journalCapacity: 10_000 });
      const random = seededRandom(seed);
      const calls = Array.from({ length: 200 }, () => randomCall(random));
      const client = createClient({ connections: 100 });
      const answers = await Promise.all(calls.map((c) => sendWire(client, mock!.url, signedWire(c))));
      await client.close();
      expect(answers.filter((a) => a.response?.status !== 200)).toEqual([]);

      const journal = mock.admin.journal().filter((e) => e.operation !== undefined).sort((a, b) => a.seq - b.seq);
      expect(journal).toHaveLength(200);
      let state = stateOf(world);
      for (const entry of journal) {
        const op = operationByKey(entry.operation ?? '');
        const outcome = transitions[op.key]!(state, entry.params ?? {}, callContextFor(state, KEYS.caller.secretId, op.key));
        expect(outcome.answer.ok ? null : outcome.answer.code, `seq ${entry.seq} ${op.key} ${JSON.stringify(entry.params)}`).toBe(entry.code);
        state = outcome.state;
        expect(broken(state), `after seq ${entry.seq}`).toEqual([]);
      }
      const live = stateOf(mock.admin.world());
      expect(broken(live)).toEqual([]);
      expect(shareLists(live)).toEqual(shareLists(state));
      const codes: Record<string, number> = {};
      for (const e of journal) codes[e.code ?? 'success'] = (codes[e.code ?? 'success'] ?? 0) + 1;
      console.info(`[concurrency] seed ${seed}: ${JSON.stringify(codes)}`);
      // Contention really happened: requests were accepted, and refused for shares another request had just made
      // and for a quota (the recipients' Lighthouse quota or the image's 500 accounts) another request had filled.
      expect(Object.keys(codes)).toEqual(expect.arrayContaining(['success', 'UnsupportedOperation.BlueprintAlreadyShared']));
      expect(Object.keys(codes).some((c) => /Quota/.test(c))).toBe(true);
    }, 60_000);
  }
});
