import { describe, expect, it } from 'vitest';
import { defaultLedgerPath } from './default-ledger-path.ts';

describe('defaultLedgerPath', () => {
  it('keeps one ledger per target', () => {
    expect(defaultLedgerPath('/w', 'live', '')).toBe('/w/.tcconform/ledger-live.jsonl');
    expect(defaultLedgerPath('/w', 'endpoint', 'http://127.0.0.1:8080/')).toBe('/w/.tcconform/ledger-endpoint-127.0.0.1_8080_.jsonl');
    expect(defaultLedgerPath('/w', 'endpoint', 'http://127.0.0.1:8081')).not.toBe(defaultLedgerPath('/w', 'endpoint', 'http://127.0.0.1:8080'));
    expect(defaultLedgerPath('/w', 'mock', '')).not.toContain('/w/.tcconform');
  });
});
