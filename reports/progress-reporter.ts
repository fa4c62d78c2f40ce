// The progress line of long runs (a paced live run takes minutes): done/total, findings so far, ETA.

import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** Where progress goes; `tty` redraws one line in place, otherwise a line every 10 seconds. */
export interface ProgressSink {
  readonly write: (text: string) => void;
  readonly tty: boolean;
  /** The achieved rate per action of a paced run (from the schedule broker), appended to the line. */
  readonly rates?: () => string;
}

/** Formats one progress line (pure, for tests). */
export function progressLine(done: number, total: number, findings: number, errored: number, elapsedMs: number): string {
  const eta = done > 0 && total > done ? Math.round(((elapsedMs / done) * (total - done)) / 1000) : 0;
  return `tcconform: ${done}/${total} cases · ${findings} finding(s) · ${errored} errored · ${Math.round(elapsedMs / 1000)} s elapsed${eta > 0 ? ` · ETA ${eta} s` : ''}`;
}

/** Counts cases as vitest collects and finishes them. */
export class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;
  private findings = 0;
  private errored = 0;
  private readonly start = Date.now();
  private lastPrint = 0;

  constructor(private readonly sink: ProgressSink) {}

  onTestModuleCollected(module: TestModule): void {
    this.total += [...module.children.allTests()].filter((t) => t.options.mode !== 'skip' && t.options.mode !== 'todo').length;
  }

  onTestCaseResult(test: TestCase): void {
    this.done += 1;
    const rec = test.meta().tcconform;
    this.findings += rec?.findings.length ?? 0;
    if (test.result().state === 'failed' && (rec === undefined || rec.findings.length === 0)) this.errored += 1;
    const now = Date.now();
    if (now - this.lastPrint < (this.sink.tty ? 250 : 10_000) && this.done < this.total) return;
    this.lastPrint = now;
    const rates = this.sink.rates?.() ?? '';
    const line = `${progressLine(this.done, this.total, this.findings, this.errored, now - this.start)}${rates === '' ? '' : ` · ${rates}`}`;
    this.sink.write(this.sink.tty ? `\r${line}\u001b[K` : `${line}\n`);
  }

  onTestRunEnd(): void {
    if (this.sink.tty) this.sink.write('\n');
  }
}
