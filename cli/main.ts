// The `tcconform` command: dispatches to one sub-command; every failure ends as a message and an exit code.

import { processIo, type Io } from './io.ts';
import { ExitCode } from './exit-codes.ts';
import { TcconformError } from '../core/errors.ts';

type Command = (argv: string[], io: Io) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: { summary: 'judge a target (the embedded mock, a live account, or any endpoint) against the specs', load: async () => (await import('./run-command.ts')).runCommand },
  mock: { summary: 'start the stateful mock server standalone', load: async () => (await import('./mock-command.ts')).mockCommand },
  report: { summary: 're-render a report from results.json files: merge shards or regions, diff against a baseline', load: async () => (await import('./report-command.ts')).reportCommand },
  sdk: { summary: 'gate a tencentcloud-sdk-nodejs release against the mock and the specs', load: async () => (await import('./sdk-command.ts')).sdkCommand },
  parity: { summary: 'replay a recording (run --record) against the mock: per action, how alike they answer', load: async () => (await import('./parity-command.ts')).parityCommand },
  cleanup: { summary: 'undo what a killed live run left behind, from its ledger', load: async () => (await import('./cleanup-command.ts')).cleanupCommand },
};

/** Top-level usage text. */
export function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return ['Usage: tcconform <command> [flags]', '', 'Commands:', ...rows, '',
    'Run `tcconform <command> --help` for the flags of one command.',
    'Exit codes: 0 conforms, 1 findings (or drift with --fail-on drift), 2 usage or configuration error, 3 target unreachable or harness error.'].join('\n');
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  const command = commands[name];
  if (command === undefined) {
    io.err(`tcconform: unknown command '${name}' (commands: ${Object.keys(commands).join(', ')}; see tcconform --help)`);
    return ExitCode.Usage;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (err) {
    if (err instanceof TcconformError) {
      io.err(`tcconform ${name}: ${err.message}`);
      return err.exitCode;
    }
    io.err(`tcconform ${name}: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return ExitCode.Harness;
  }
}
