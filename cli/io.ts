// The CLI's only window on the terminal: injected so commands stay testable.

/** Where a command writes: `out` for results, `err` for progress and messages. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal (progress redraws in place). */
  readonly tty: boolean;
}

/** The process's own stdout/stderr. */
export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    tty: Boolean(process.stderr.isTTY),
  };
}
