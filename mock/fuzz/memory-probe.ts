// Memory readings for "memory stays flat": a full garbage collection first (global.gc when node runs with
// --expose-gc, else exposed at run time through V8's flags), then process.memoryUsage().
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One reading, bytes. */
export interface MemoryReading {
  readonly rss: number;
  readonly heapUsed: number;
  /** Whether a full collection ran before the reading (else heapUsed includes garbage). */
  readonly collected: boolean;
}

let gc: (() => void) | undefined;

function collector(): (() => void) | undefined {
  if (gc !== undefined) return gc;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return (gc = exposed);
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    gc = undefined;
  }
  return gc;
}

/** Collects garbage (twice, with a turn of the event loop between, so finalisers run) and reads memory. */
export async function readMemory(): Promise<MemoryReading> {
  const collect = collector();
  if (collect !== undefined) {
    collect();
    await new Promise((r) => setImmediate(r));
    collect();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, collected: collect !== undefined };
}

/** `12.3 MB` */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
