// The catalogue is complete: every documented rule of every operation and of the protocol is judged by a case (a
// rule with codes gets a rule case; any other rule is cited by a suite) or is listed in notJudged with a reason.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operations, protocolRules } from '../generated/operations.ts';
import { notJudged } from './not-judged.ts';

const suites = resolve(fileURLToPath(new URL('.', import.meta.url)), '../suites');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const suiteText = files(suites).map((f) => readFileSync(f, 'utf8')).join('\n');
const listed = new Set(notJudged.map((n) => n.about));

describe('the catalogue of documented rules', () => {
  it('judges every rule or lists why not', () => {
    const rules = [...operations.flatMap((op) => op.rules.map((r) => ({ id: r.id, codes: r.codes, mutating: op.safety === 'mutating' }))),
      ...protocolRules.map((r) => ({ id: r.id, codes: r.codes, mutating: false }))];
    // A mutating action's rules with codes get a rule case each (rule-cases.ts); the others must be cited by id.
    const unjudged = rules.filter((r) => !(r.mutating && r.codes.length > 0) && !suiteText.includes(`'${r.id}'`) && !listed.has(r.id)).map((r) => r.id);
    expect(unjudged).toEqual([]);
  });
  it('lists each statement once, with a reason', () => {
    expect(listed.size).toBe(notJudged.length);
    for (const n of notJudged) expect(n.why.length).toBeGreaterThan(20);
  });
});
