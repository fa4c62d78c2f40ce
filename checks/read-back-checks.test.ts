import { describe, expect, it } from 'vitest';
import { effectIsWhatItNames } from './effect-is-what-it-names.ts';
import { refusalChangesNothing } from './refusal-changes-nothing.ts';
import type { ShareReadBack } from './share-read-back.ts';

const base = { operation: 'lighthouse.ShareBlueprintAcrossAccounts', docs: ['lh-share-page'], before: ['blueprint lhbp-1 shared-with 9'] };
const accepted = { summary: 'share lhbp-1 with 1', refused: false };
const refused = { summary: 'share lhbp-1 with self', refused: true };

describe('effect_is_what_it_names', () => {
  it('passes when the shares are back as before once the named change is undone', () => {
    expect(effectIsWhatItNames({ ...base, after: [...base.before], requests: [accepted] })).toEqual([]);
  });
  it('names an account the request did not name, and a share that vanished', () => {
    const r: ShareReadBack = { ...base, after: ['blueprint lhbp-1 shared-with 2', 'image img-1 shared-with 1'], requests: [accepted] };
    const [f] = effectIsWhatItNames(r);
    expect(f?.check).toBe('effect_is_what_it_names');
    expect(f?.detail).toContain('added blueprint lhbp-1 shared-with 2, image img-1 shared-with 1; removed blueprint lhbp-1 shared-with 9');
    expect(refusalChangesNothing(r)).toEqual([]);
  });
});

describe('effect_is_what_it_names and an undo that could not be done', () => {
  const named = { summary: 'share lhbp-1 with 1 and 2', refused: false, operation: 'lighthouse.ShareBlueprintAcrossAccounts', adds: true,
    names: ['blueprint lhbp-1 shared-with 1', 'blueprint lhbp-1 shared-with 2'] };
  it('a share the accepted request named, still there after its undo met a fault, is its own effect: no finding', () => {
    expect(effectIsWhatItNames({ ...base, after: [...base.before, 'blueprint lhbp-1 shared-with 1', 'blueprint lhbp-1 shared-with 2'], requests: [named] })).toEqual([]);
  });
  it('still names what the request did not name, and only that', () => {
    const [f] = effectIsWhatItNames({ ...base, after: [...base.before, 'blueprint lhbp-1 shared-with 1', 'blueprint lhbp-1 shared-with 3'], requests: [named] });
    expect(f?.detail).toContain('added blueprint lhbp-1 shared-with 3.');
    expect(f?.detail).not.toContain('shared-with 1,');
  });
  it('a named share that vanished is not explained by a share, nor a named one that appeared by a cancel', () => {
    const cancel = { ...named, operation: 'lighthouse.CancelShareBlueprintAcrossAccounts', adds: false, names: ['blueprint lhbp-1 shared-with 9'] };
    expect(effectIsWhatItNames({ ...base, after: [], requests: [named] })).toHaveLength(1);
    expect(effectIsWhatItNames({ ...base, after: [], requests: [cancel] })).toEqual([]);
    expect(effectIsWhatItNames({ ...base, before: [], after: ['blueprint lhbp-1 shared-with 9'], requests: [cancel] })).toHaveLength(1);
  });
  it('a resource shared as a whole names any holder of it', () => {
    const modify = { summary: 'modify img-1 SHARE', refused: false, operation: 'lighthouse.ModifyImageSharePermission', adds: true, names: ['lighthouse-image img-1 shared-with *'] };
    expect(effectIsWhatItNames({ ...base, before: [], after: ['lighthouse-image img-1 shared-with lhbp-new'], requests: [modify] })).toEqual([]);
    expect(effectIsWhatItNames({ ...base, before: [], after: ['lighthouse-image img-2 shared-with lhbp-new'], requests: [modify] })).toHaveLength(1);
  });
  it('a refusal is never excused by what it named', () => {
    const r: ShareReadBack = { ...base, after: [...base.before, 'blueprint lhbp-1 shared-with 1'], requests: [{ ...named, refused: true }] };
    expect(refusalChangesNothing(r)).toHaveLength(1);
  });
});

describe('refusal_changes_nothing', () => {
  it('passes when refused requests left the shares alone', () => {
    expect(refusalChangesNothing({ ...base, after: [...base.before], requests: [refused] })).toEqual([]);
  });
  it('fails when only refused requests ran and the shares changed', () => {
    const r: ShareReadBack = { ...base, after: [...base.before, 'blueprint lhbp-1 shared-with 5'], requests: [refused, refused, refused, refused] };
    const [f] = refusalChangesNothing(r);
    expect(f?.check).toBe('refusal_changes_nothing');
    expect(f?.detail).toContain('and 1 more');
    expect(effectIsWhatItNames(r)).toEqual([]);
  });
});

describe('which action a change is credited to', () => {
  const cancelCase = { ...base, operation: 'lighthouse.CancelShareBlueprintAcrossAccounts', before: [] };
  const share = { summary: 'share', refused: false, operation: 'lighthouse.ShareBlueprintAcrossAccounts', adds: true };
  const cancel = { summary: 'cancel', refused: false, operation: 'lighthouse.CancelShareBlueprintAcrossAccounts', adds: false };
  it('a share appearing in a cancel case that shared first is the share\'s; a share vanishing is the cancel\'s', () => {
    expect(effectIsWhatItNames({ ...cancelCase, after: ['image img-1 shared-with 1'], requests: [share, cancel] })[0]?.operation).toBe('lighthouse.ShareBlueprintAcrossAccounts');
    expect(effectIsWhatItNames({ ...cancelCase, before: ['blueprint lhbp-1 shared-with 9'], after: [], requests: [share, cancel] })[0]?.operation).toBe('lighthouse.CancelShareBlueprintAcrossAccounts');
  });
  it('the case\'s action when the suspects are of several actions, or say nothing of theirs', () => {
    const lmodify = { summary: 'lmodify', refused: false, operation: 'lighthouse.ModifyImageSharePermission', adds: true };
    expect(effectIsWhatItNames({ ...cancelCase, after: ['x'], requests: [share, lmodify] })[0]?.operation).toBe('lighthouse.CancelShareBlueprintAcrossAccounts');
    expect(effectIsWhatItNames({ ...cancelCase, after: ['x'], requests: [accepted] })[0]?.operation).toBe('lighthouse.CancelShareBlueprintAcrossAccounts');
    expect(refusalChangesNothing({ ...cancelCase, after: ['x'], requests: [{ ...share, refused: true }] })[0]?.operation).toBe('lighthouse.ShareBlueprintAcrossAccounts');
  });
});
