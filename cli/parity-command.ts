// `tcconform parity --recording DIR [--out DIR] [--fail-under PCT] [--accepted FILE]`: replays a recording against
// the embedded mock and reports, per action, the share of exchanges answered alike and every difference.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { parseFlags } from '../core/parse-flags.ts';
import { packageRoot } from '../core/package-root.ts';
import { readRecording } from '../recording/read-recording.ts';
import { readAccepted } from '../recording/parity/accepted-differences.ts';
import { runParity } from '../recording/parity/run-parity.ts';
import { renderParityHtml } from '../recording/parity/render-parity-html.ts';

const help = `Usage: tcconform parity --recording DIR [--out DIR] [--fail-under PCT] [--accepted FILE]

Measure how faithfully the embedded mock answers what a recorded target answered. The mock is seeded with a
world derived from the recording (its default world plus the fixtures' resources and the share lists the
observers first read), the recorded requests are sent again in the recorded order (rate-limit probes on their
recorded schedule), and each answer is compared with the recorded one after masking the RequestId, times and
generated IDs (mapped consistently). Differences are classified: outcome, error code, response shape, field
value, state read back.

  --recording DIR        a directory written by tcconform run --record (an unmasked recording)
  --out DIR              where to write index.html and parity.json (default ./tcconform-parity)
  --fail-under PCT       exit 1 when the overall share of matching exchanges is under PCT (0-100)
  --accepted FILE        differences accepted on purpose, each with a reason (default: recording/parity-accepted.json)
  --help                 this text

Exit codes: 0 parity at least --fail-under (or no --fail-under), 1 under it, 2 usage error or a malformed recording.
`;

/** Runs the command; returns the exit code. */
export async function parityCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseFlags('parity', argv, { recording: { type: 'string' }, out: { type: 'string' }, 'fail-under': { type: 'string' }, accepted: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return usage(io, parsed.error);
  const v = parsed.value.values;
  if (v['help'] === true) {
    io.out(help);
    return ExitCode.Ok;
  }
  if (parsed.value.positionals.length > 0) return usage(io, `tcconform parity: unexpected argument '${parsed.value.positionals[0]}' (see tcconform parity --help)`);
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  if (str('recording') === '') return usage(io, 'tcconform parity: --recording DIR is required (a directory written by tcconform run --record)');
  const failText = str('fail-under');
  const failUnder = failText === '' ? undefined : Number(failText);
  if (failUnder !== undefined && (!/^\d+(\.\d+)?$/.test(failText) || failUnder > 100)) return usage(io, `tcconform parity: --fail-under must be a percentage from 0 to 100, not '${failText}'`);
  const recording = readRecording(resolve(str('recording')));
  if (!recording.ok) return usage(io, `tcconform parity: ${recording.error}`);
  if (recording.value.meta.mask !== 'none') return usage(io, 'tcconform parity: the recording masks account IDs (--record-mask accounts); parity needs the IDs the requests named');
  const acceptedFile = str('accepted') === '' ? join(packageRoot, 'recording', 'parity-accepted.json') : resolve(str('accepted'));
  const accepted = readAccepted(acceptedFile);
  if (!accepted.ok) return usage(io, `tcconform parity: ${accepted.error}`);
  const model = await runParity(recording.value, accepted.value, acceptedFile);
  const out = resolve(str('out') || 'tcconform-parity');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'parity.json'), `${JSON.stringify(model, null, 2)}\n`);
  writeFileSync(join(out, 'index.html'), renderParityHtml(model, failUnder));
  for (const a of model.actions) io.out(`  ${a.operation.padEnd(52)} ${String(a.parityPct).padStart(5)}%  ${a.matching}/${a.exchanges} matching, ${a.accepted} accepted, ${a.differing} differing`);
  for (const d of model.differences.filter((x) => x.accepted === undefined)) io.out(`DIFFERENCE [${d.kind}] ${d.operation} (${d.case}, call ${d.n + 1})${d.path ? ` at ${d.path}` : ''}: recorded ${d.recorded}, mock ${d.replayed}`);
  const t = model.totals;
  io.out(`PARITY ${t.parityPct}%: ${t.matching} of ${t.exchanges} exchanges matching, ${t.accepted} accepted, ${t.differing} differing`);
  io.out(`report: ${out}/index.html (parity.json beside it)`);
  return failUnder !== undefined && t.parityPct < failUnder ? ExitCode.Findings : ExitCode.Ok;
}

function usage(io: Io, message: string): number {
  io.err(message);
  return ExitCode.Usage;
}
