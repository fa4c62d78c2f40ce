import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from './ledger.ts';
import { readLedger } from './read-ledger.ts';
import { undoOf } from './undo-of.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'tcconform-ledger-'));

describe('ledger', () => {
  it('keeps intents until they are settled', () => {
    const path = join(dir(), 'l.jsonl');
    const l = openLedger(path);
    const a = l.intend('lighthouse.ShareBlueprintAcrossAccounts', 'ap-guangzhou', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] }, undoOf('lighthouse.ShareBlueprintAcrossAccounts', 'ap-guangzhou', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] }));
    const b = l.intend('cvm.ModifyImageSharePermission', 'ap-guangzhou', { ImageId: 'img-aaaaaaaa', AccountIds: ['2'], Permission: 'SHARE' }, []);
    l.settle(a.id, 'undone');
    l.close();
    expect(readLedger(readFileSync(path, 'utf8')).pending.map((e) => e.id)).toEqual([b.id]);
  });

  it('survives a torn last line (a writer killed mid-write) at any cut point', () => {
    const path = join(dir(), 'l.jsonl');
    const l = openLedger(path);
    const kept = l.intend('lighthouse.ShareBlueprintAcrossAccounts', 'r', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] }, []);
    l.close();
    const whole = readFileSync(path, 'utf8');
    const next = `${JSON.stringify({ kind: 'settled', id: kept.id, at: 'x', how: 'undone' })}\n`;
    fc.assert(fc.property(fc.integer({ min: 0, max: next.length - 2 }), (cut) => {
      const state = readLedger(whole + next.slice(0, cut));
      // A torn settlement never settles: the intent stays pending, so cleanup still undoes it.
      expect(state.pending.map((e) => e.id)).toEqual([kept.id]);
      expect(state.unreadable.length).toBe(cut === 0 ? 0 : 1);
    }));
  });

  it('starts on a fresh line after a torn last line, so the next entry is not glued to it', () => {
    const path = join(dir(), 'l.jsonl');
    const first = openLedger(path);
    const kept = first.intend('cvm.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', AccountIds: ['1'], Permission: 'SHARE' }, []);
    first.close();
    appendFileSync(path, '{"kind":"intent","id":"torn');
    const second = openLedger(path);
    second.settle(kept.id, 'cleanup');
    const later = second.intend('cvm.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', AccountIds: ['2'], Permission: 'SHARE' }, []);
    second.close();
    const state = readLedger(readFileSync(path, 'utf8'));
    expect(state.pending.map((e) => e.id)).toEqual([later.id]);
    expect(state.unreadable).toHaveLength(1);
  });

  it('reports garbage lines without losing the rest', () => {
    const path = join(dir(), 'l.jsonl');
    const l = openLedger(path);
    appendFileSync(path, '{not json\n');
    const e = l.intend('cvm.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', AccountIds: ['1'], Permission: 'SHARE' }, []);
    l.close();
    const state = readLedger(readFileSync(path, 'utf8'));
    expect(state.pending.map((x) => x.id)).toEqual([e.id]);
    expect(state.unreadable).toHaveLength(1);
  });

  it('without fsync (the embedded mock) still has every line on disk before the request goes out', () => {
    const path = join(dir(), 'l.jsonl');
    const l = openLedger(path, { durable: false });
    const a = l.intend('lighthouse.ShareBlueprintAcrossAccounts', 'r', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] }, []);
    // Read by another file handle while the ledger is still open, as `tcconform cleanup` would after a SIGKILL.
    expect(readLedger(readFileSync(path, 'utf8')).pending.map((e) => e.id)).toEqual([a.id]);
    l.settle(a.id, 'refused');
    expect(readLedger(readFileSync(path, 'utf8')).pending).toEqual([]);
    l.close();
  });
});

describe('undoOf', () => {
  it('cancels each shared account separately', () => {
    expect(undoOf('lighthouse.ShareBlueprintAcrossAccounts', 'r', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1', '2'] }).map((u) => u.params)).toEqual([
      { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] }, { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['2'] }]);
    expect(undoOf('cvm.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', AccountIds: ['1'], Permission: 'SHARE' })[0]?.params['Permission']).toBe('CANCEL');
  });
  it('has nothing to undo after a cancel', () => {
    expect(undoOf('lighthouse.CancelShareBlueprintAcrossAccounts', 'r', { BlueprintId: 'lhbp-aaaaaaaa', AccountIds: ['1'] })).toEqual([]);
    expect(undoOf('lighthouse.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', Permission: 'CANCEL' })).toEqual([]);
    expect(undoOf('lighthouse.ModifyImageSharePermission', 'r', { ImageId: 'img-aaaaaaaa', Permission: 'SHARE' })).toHaveLength(1);
  });
});
