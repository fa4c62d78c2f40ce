// `tcconform mock`: the stateful mock standalone, until SIGINT or SIGTERM. Prints its URL on stdout (one line, for
// scripts) and writes the fixtures file of its world when asked. Exit 2 on a bad flag, world file or port.
import { writeFile } from 'node:fs/promises';
import { formatWorldProblem, loadWorldFile, startMock, type MockHandle, type World } from '../mock/index.ts';
import { parseFlags } from '../core/parse-flags.ts';

/** Where the command writes. */
export interface MockCommandIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const HELP = `Usage: tcconform mock [--port N] [--site china|intl] [--world FILE] [--fixtures-out FILE] [--no-rate-limits]

Starts the stateful mock of the Lighthouse and CVM image-sharing actions on 127.0.0.1 and prints its URL.

  --port N             listen on port N (default: a free port)
  --site china|intl    play one site: the world's caller moves to it, and the mock serves only that site's
                       actions and answers only its fields (intl: no DescribeBlueprintsShareAcrossAccountInfos,
                       no Blueprint.BlueprintShared or Tags); default: every action and field of both sites,
                       world as given (the default world's caller is on the China site)
  --world FILE         seed it with this world file (JSON or YAML; default: the built-in default world)
  --fixtures-out FILE  write the fixtures file describing the world (it holds the caller's credentials)
  --no-rate-limits     do not enforce the documented per-action rate limits
  --help               print this help

Admin interface (loopback only): http://127.0.0.1:PORT/_admin/ (see mock/README.md). Stops on SIGINT or SIGTERM.`;

/** Runs the command; resolves with the exit code once stopped (by a signal, or by `until` in tests). */
export async function mockCommand(argv: string[], io: MockCommandIo, until?: AbortSignal): Promise<number> {
  const flags = parseFlags('mock', argv, {
    port: { type: 'string' },
    site: { type: 'string' },
    world: { type: 'string' },
    'fixtures-out': { type: 'string' },
    'no-rate-limits': { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (!flags.ok) return usage(io, flags.error);
  const { values, positionals } = flags.value;
  if (values['help'] === true) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length > 0) return usage(io, `tcconform mock: unexpected argument '${positionals[0]}' (see tcconform mock --help)`);
  const port = parsePort(values['port']);
  if (port === undefined) return usage(io, `tcconform mock: --port must be an integer from 0 to 65535, got '${String(values['port'])}'`);
  const site = values['site'];
  if (site !== undefined && site !== 'china' && site !== 'intl') return usage(io, `tcconform mock: --site must be china or intl, got '${String(site)}'`);
  const world = await readWorld(values['world']);
  if (typeof world === 'string') return usage(io, world);
  const mock = await start(world, port, values['no-rate-limits'] !== true, site);
  if (typeof mock === 'string') return usage(io, mock);
  const out = values['fixtures-out'];
  if (typeof out === 'string' && !(await writeFixtures(mock, out, io))) {
    await mock.close();
    return 2;
  }
  io.out(mock.url);
  io.err(`tcconform mock: serving ${site ? `the ${site} site` : 'both sites'} on ${mock.url} (admin: ${mock.url}/_admin/); stop with Ctrl-C`);
  await stopped(until);
  await mock.close();
  io.err('tcconform mock: stopped');
  return 0;
}

function usage(io: MockCommandIo, message: string): number {
  io.err(message);
  return 2;
}

function parsePort(raw: unknown): number | undefined {
  if (raw === undefined) return 0;
  return typeof raw === 'string' && /^\d{1,5}$/.test(raw) && Number(raw) <= 65535 ? Number(raw) : undefined;
}

async function readWorld(path: unknown): Promise<World | undefined | string> {
  if (typeof path !== 'string') return undefined;
  const loaded = await loadWorldFile(path);
  if (loaded.ok) return loaded.value;
  const [first] = loaded.error;
  const more = loaded.error.length > 1 ? ` (and ${loaded.error.length - 1} more problem(s))` : '';
  return `tcconform mock: invalid world file: ${first ? formatWorldProblem(first) : path}${more}`;
}

async function start(world: World | undefined, port: number, rateLimits: boolean, site: 'china' | 'intl' | undefined): Promise<MockHandle | string> {
  try {
    return await startMock({ ...(world ? { world } : {}), port, rateLimits, ...(site ? { site } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return `tcconform mock: cannot listen on 127.0.0.1:${port}${code ? ` (${code})` : ''}: ${(error as Error).message.split('\n')[0]}`;
  }
}

async function writeFixtures(mock: MockHandle, path: string, io: MockCommandIo): Promise<boolean> {
  try {
    await writeFile(path, `${JSON.stringify(mock.fixtures(), null, 2)}\n`, { mode: 0o600 });
    io.err(`tcconform mock: fixtures written to ${path}`);
    return true;
  } catch (error) {
    io.err(`tcconform mock: cannot write --fixtures-out ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return false;
  }
}

/** Resolves on SIGINT, SIGTERM or `until`'s abort, whichever comes first. */
function stopped(until?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      until?.removeEventListener('abort', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    if (until?.aborted) done();
    else until?.addEventListener('abort', done);
  });
}
