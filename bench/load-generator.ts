// The load-generating child process: `node --import tsx bench/load-generator.ts JOB.json` runs autocannon
// (programmatic API, keep-alive, pipelining 1) as the job says and prints one LoadResult as JSON on stdout.
// It runs apart from the server it loads, so the two do not share an event loop.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load-job.ts';

const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadJob;
let next = 0;
const requests = job.sequences.map((seq) => seq.map((w) => ({ method: w.method, path: w.path, headers: { ...w.headers }, body: w.body })));
const result = await autocannon({
  url: job.url,
  connections: job.connections,
  ...(job.amount !== undefined ? { amount: job.amount } : { duration: job.durationS ?? 10 }),
  timeout: 10,
  requests: requests[0] ?? [],
  // Each connection cycles its own sequence, so share and cancel alternate on the blueprint it owns.
  setupClient: (client) => client.setRequests(requests[next++ % requests.length] ?? []),
  // A success envelope has no Error member; anything else is counted as a mismatch.
  verifyBody: (body) => !String(body).includes('"Error"'),
});
const out: LoadResult = {
  requests: result.requests.total,
  durationS: result.duration,
  rps: result.requests.total / result.duration,
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  latencyMaxMs: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  errorEnvelopes: result.mismatches,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
