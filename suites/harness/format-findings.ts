// The text a failing case prints: each finding, what it rests on, and how to replay it.

import type { Finding } from '../../checks/finding.ts';
import type { Replay } from '../../checks/case-record.ts';

/** Multi-line message: one block per finding, then the replay command. */
export function formatFindings(findings: readonly Finding[], replay?: Replay): string {
  const blocks = findings.map((f) => `[${f.severity}] ${f.check}: ${f.title}\n  ${f.detail}${f.rule ? `\n  rule: ${f.rule}` : ''}\n  docs: ${f.docs.join(', ')}`);
  const tail = replay ? `\nreplay: seed ${replay.seed}${replay.path ? `, path ${replay.path}` : ''}\n  ${replay.command}` : '';
  return `${findings.length} finding(s)\n${blocks.join('\n')}${tail}`;
}
