// The pure state machine: transitions on the default world, the precedence choices of mock/README.md, and that a
// refusal never changes the state.
import { describe, expect, it } from 'vitest';
import type { Params } from '../../core/types.ts';
import { callContextFor } from '../testing/call-context-for.ts';
import { ACCOUNTS, blueprintIdOf, imageIdOf, KEYS } from '../world/default-ids.ts';
import { defaultWorld } from '../world/default-world.ts';
import { stateOf, type State } from '../world/state.ts';
import { transitions } from './transitions.ts';

const G = 'ap-guangzhou';
const [R0, R1] = ACCOUNTS.recipients as [string, string];

function run(state: State, key: string, params: Params, secretId: string = KEYS.caller.secretId, region = G) {
  const transition = transitions[key];
  if (transition === undefined) throw new Error(key);
  return transition(state, params, callContextFor(state, secretId, key, region));
}

const code = (o: ReturnType<typeof run>) => (o.answer.ok ? 'success' : o.answer.code);

describe('ShareBlueprintAcrossAccounts and CancelShareBlueprintAcrossAccounts', () => {
  const share = 'lighthouse.ShareBlueprintAcrossAccounts';
  const cancel = 'lighthouse.CancelShareBlueprintAcrossAccounts';

  it('shares, refuses a second share, cancels, refuses a second cancel', () => {
    const s0 = stateOf(defaultWorld());
    const main = blueprintIdOf(G, 'main');
    const shared = run(s0, share, { BlueprintId: main, AccountIds: [R0, R1, R0] });
    expect(shared.changed).toBe(true);
    expect(shared.state.blueprints.get(main)?.shares.map((s) => s.accountId)).toEqual([R0, R1]);
    expect(shared.state.blueprints.get(main)?.shares[0]?.createdTime).toBe('2025-06-01T12:00:00Z');
    expect(code(run(shared.state, share, { BlueprintId: main, AccountIds: [R1] }))).toBe('UnsupportedOperation.BlueprintAlreadyShared');
    const cancelled = run(shared.state, cancel, { BlueprintId: main, AccountIds: [R0] });
    expect(cancelled.state.blueprints.get(main)?.shares.map((s) => s.accountId)).toEqual([R1]);
    expect(code(run(cancelled.state, cancel, { BlueprintId: main, AccountIds: [R0] }))).toBe('UnsupportedOperation.BlueprintHasNotShared');
    expect(s0.blueprints.get(main)?.shares).toEqual([]);
  });

  it('checks accounts in request order: the first bad account decides', () => {
    const s0 = stateOf(defaultWorld());
    const main = blueprintIdOf(G, 'main');
    expect(code(run(s0, share, { BlueprintId: main, AccountIds: [ACCOUNTS.unknown, ACCOUNTS.caller] }))).toBe('InvalidParameterValue.AccountIdsNotExist');
    expect(code(run(s0, share, { BlueprintId: main, AccountIds: [ACCOUNTS.caller, ACCOUNTS.unknown] }))).toBe('InvalidParameterValue.AccountIdSameWithUin');
  });

  it('checks the blueprint before the accounts, and CAM before the blueprint', () => {
    const s0 = stateOf(defaultWorld());
    expect(code(run(s0, share, { BlueprintId: blueprintIdOf(G, 'occupy'), AccountIds: [ACCOUNTS.caller] }))).toBe('UnsupportedOperation.BlueprintOccupied');
    expect(code(run(s0, share, { BlueprintId: 'lhbp-zzzzzzzz', AccountIds: [R0] }, KEYS.denied.secretId))).toBe('UnauthorizedOperation.NoPermission');
    expect(code(run(s0, cancel, { BlueprintId: 'lhbp-zzzzzzzz', AccountIds: [R0] }, KEYS.denied.secretId))).toBe('AuthFailure.UnauthorizedOperation');
  });

  it('finds blueprints per region: another region is BlueprintIdNotFound for Share and BlueprintNotFound for Cancel', () => {
    const s0 = stateOf(defaultWorld());
    const singapore = blueprintIdOf('ap-singapore', 'main');
    expect(code(run(s0, share, { BlueprintId: singapore, AccountIds: [R0] }))).toBe('ResourceNotFound.BlueprintIdNotFound');
    expect(code(run(s0, cancel, { BlueprintId: singapore, AccountIds: [R0] }))).toBe('ResourceNotFound.BlueprintNotFound');
    expect(code(run(s0, share, { BlueprintId: singapore, AccountIds: [R0] }, KEYS.caller.secretId, 'ap-singapore'))).toBe('success');
  });

  it('counts the recipient quota across all blueprints and regions', () => {
    const world = defaultWorld();
    let state = stateOf({ ...world, accounts: world.accounts.map((a) => (a.id === R0 ? { ...a, shareQuota: 2 } : a)) });
    state = run(state, share, { BlueprintId: blueprintIdOf(G, 'main'), AccountIds: [R0] }).state;
    state = run(state, share, { BlueprintId: blueprintIdOf('ap-singapore', 'main'), AccountIds: [R0] }, KEYS.caller.secretId, 'ap-singapore').state;
    expect(code(run(state, share, { BlueprintId: blueprintIdOf(G, 'already'), AccountIds: [R0] }))).toBe('LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded');
  });
});

describe('Lighthouse ModifyImageSharePermission', () => {
  const key = 'lighthouse.ModifyImageSharePermission';

  it('SHARE creates a SHARED blueprint from the image, CANCEL removes it and answers null', () => {
    const s0 = stateOf(defaultWorld());
    const image = imageIdOf(G, 'lhmain');
    const shared = run(s0, key, { ImageId: image, Permission: 'SHARE' });
    expect(shared.answer).toEqual({ ok: true, fields: { BlueprintId: 'lhbp-new00001' } });
    const blueprint = shared.state.blueprints.get('lhbp-new00001');
    expect(blueprint).toMatchObject({ type: 'SHARED', owner: ACCOUNTS.caller, sourceImageId: image, region: G, state: 'NORMAL' });
    expect(shared.state.images.get(image)?.lighthouseBlueprintId).toBe('lhbp-new00001');
    expect(code(run(shared.state, key, { ImageId: image, Permission: 'SHARE' }))).toBe('UnsupportedOperation.ImageAlreadyShared');
    const cancelled = run(shared.state, key, { ImageId: image, Permission: 'CANCEL' });
    expect(cancelled.answer).toEqual({ ok: true, fields: { BlueprintId: null } });
    expect(cancelled.state.blueprints.has('lhbp-new00001')).toBe(false);
    expect(code(run(cancelled.state, key, { ImageId: image, Permission: 'CANCEL' }))).toBe('FailedOperation.ImageOperationFailed');
  });

  it('refuses each of the six share conditions with ImageUnableToShare', () => {
    const s0 = stateOf(defaultWorld());
    for (const slug of ['public', 'import', 'instanc', 'noinit', 'freebsd', 'create'] as const) {
      const outcome = run(s0, key, { ImageId: imageIdOf(G, slug), Permission: 'SHARE' });
      expect(code(outcome), slug).toBe('UnsupportedOperation.ImageUnableToShare');
      expect(outcome.state).toBe(s0);
    }
  });

  it('checks the service role before the image', () => {
    const s0 = stateOf(defaultWorld());
    expect(code(run(s0, key, { ImageId: 'img-zzzzzzzz', Permission: 'SHARE' }, KEYS.noRole.secretId))).toBe('ResourceNotFound.RoleNotFound');
    expect(code(run(s0, key, { ImageId: 'img-zzzzzzzz', Permission: 'SHARE' }, KEYS.badRole.secretId))).toBe('UnsupportedOperation.AssumeRoleFailed');
  });
});

describe('CVM ModifyImageSharePermission', () => {
  const key = 'cvm.ModifyImageSharePermission';

  it('shares up to 500 accounts and refuses the 501st with OverQuota', () => {
    const s0 = stateOf(defaultWorld());
    const full = imageIdOf(G, 'full500');
    expect(code(run(s0, key, { ImageId: full, AccountIds: [R0], Permission: 'SHARE' }))).toBe('OverQuota');
    const freed = run(s0, key, { ImageId: full, AccountIds: ['300000000000'], Permission: 'CANCEL' });
    expect(freed.state.images.get(full)?.shares).toHaveLength(499);
    expect(code(run(freed.state, key, { ImageId: full, AccountIds: [R0], Permission: 'SHARE' }))).toBe('success');
  });

  it('cancelling an account the image is not shared with is a success that changes nothing', () => {
    const s0 = stateOf(defaultWorld());
    const outcome = run(s0, key, { ImageId: imageIdOf(G, 'main'), AccountIds: [R0], Permission: 'CANCEL' });
    expect(code(outcome)).toBe('success');
    expect(outcome.changed).toBe(false);
  });

  it('answers the two self codes by direction: SHARE AccountIsYourSelf, CANCEL InvalidAccountIs.YourSelf', () => {
    const s0 = stateOf(defaultWorld());
    const params = (Permission: string) => ({ ImageId: imageIdOf(G, 'main'), AccountIds: [ACCOUNTS.caller], Permission });
    expect(code(run(s0, key, params('SHARE')))).toBe('FailedOperation.AccountIsYourSelf');
    expect(code(run(s0, key, params('CANCEL')))).toBe('InvalidAccountIs.YourSelf');
  });

  it('an image shared with the caller by another account is not the caller\'s to share', () => {
    const s0 = stateOf(defaultWorld());
    expect(code(run(s0, key, { ImageId: imageIdOf(G, 'sharein'), AccountIds: [R0], Permission: 'SHARE' }))).toBe('InvalidParameterValue.InvalidImageId');
    expect(code(run(s0, key, { ImageId: imageIdOf(G, 'foreign'), AccountIds: [R0], Permission: 'SHARE' }))).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });
});

describe('observers', () => {
  it('DescribeImages shows another account\'s image shared with the caller as SHARED_IMAGE', () => {
    const s0 = stateOf(defaultWorld());
    const outcome = run(s0, 'cvm.DescribeImages', { ImageIds: [imageIdOf(G, 'sharein'), imageIdOf(G, 'foreign')] });
    expect(outcome.answer.ok && outcome.answer.fields).toMatchObject({ TotalCount: 1, ImageSet: [{ ImageId: imageIdOf(G, 'sharein'), ImageType: 'SHARED_IMAGE' }] });
  });

  it('DescribeBlueprints refuses BlueprintIds with Filters, and pages', () => {
    const s0 = stateOf(defaultWorld());
    expect(code(run(s0, 'lighthouse.DescribeBlueprints', { BlueprintIds: [blueprintIdOf(G, 'main')], Filters: [] }))).toBe('InvalidParameter.ParameterConflict');
    const page = run(s0, 'lighthouse.DescribeBlueprints', { Offset: 1, Limit: 2 });
    expect(page.answer.ok && (page.answer.fields['BlueprintSet'] as unknown[]).length).toBe(2);
  });
});
