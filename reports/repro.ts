// Command lines that reproduce a case: the tcconform replay, a tccli call of the minimal request (signed with
// your own key), and a curl-like description of the redacted wire request. Pure; all text is for display only.

import type { RecordedExchange, RecordedRequest } from '../checks/case-record.ts';
import type { CaseResult, RunMeta } from './results-model.ts';

/** Single-quotes text for a POSIX shell. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `npx tcconform run …` that reruns the case (with its seed and replay path) against the same target. */
export function replayCommand(c: CaseResult, run: RunMeta | undefined): string {
  const base = c.replay?.command ?? `npx tcconform run --case ${shellQuote(c.id)}`;
  if (run === undefined || run.target.kind === 'mock') return base;
  const where = run.target.kind === 'endpoint' ? `--endpoint ${shellQuote(run.target.endpoint)}` : '--target live';
  const region = run.regions.length > 0 ? ` --region ${shellQuote(run.regions.join(','))}` : '';
  return `${base} ${where} --fixtures ${shellQuote(run.fixturesSource)}${region}${run.allowMutations ? ' --allow-mutations' : ''}`;
}

/** `tccli <product> <Action> --region R --Param value…` for a recorded (minimal) request. */
export function tccliCommand(req: RecordedRequest): string {
  const [product = '', action = ''] = req.operation.split('.');
  const parts = ['tccli', product, action];
  if (req.region !== null && req.region !== '') parts.push('--region', shellQuote(req.region));
  const params = typeof req.params === 'object' && req.params !== null && !Array.isArray(req.params) ? (req.params as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(params)) parts.push(`--${k}`, shellQuote(typeof v === 'string' ? v : JSON.stringify(v) ?? 'null'));
  return parts.join(' ');
}

/** A curl-like description of the redacted wire request (signature and tokens stay `***`: re-sign before sending). */
export function curlDescription(x: RecordedExchange, endpoint = ''): string {
  const host = x.wire.headers['host'] ?? 'HOST';
  const base = /^https?:\/\//.test(endpoint) ? endpoint.replace(/\/+$/, '') : `https://${host}`;
  const lines = [`curl -X ${x.wire.method} ${shellQuote(`${base}${x.wire.path}`)}`];
  for (const [k, v] of Object.entries(x.wire.headers)) if (k !== 'host' || base !== `https://${host}`) lines.push(`  -H ${shellQuote(`${k}: ${v}`)}`);
  if (x.wire.body !== '') lines.push(`  --data-raw ${shellQuote(x.wire.body)}`);
  return lines.join(' \\\n');
}
