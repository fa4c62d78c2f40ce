// A conformance worker must not outlive the `tcconform run` that started it: killed with SIGKILL, the run leaves
// its vitest fork workers behind, and an orphan would go on sending mutations while `tcconform cleanup` undoes
// them. vitest's fork workers talk to their parent over IPC; when that channel closes, the parent is gone, so the
// worker dies at once too (its ledger lines are already on disk, so cleanup knows what to undo).

let armed = false;
let parent: number | undefined;

/** In a forked worker, dies with SIGKILL as soon as the IPC channel to the parent closes; elsewhere a no-op. */
export function dieWithParent(): void {
  if (armed || typeof process.send !== 'function' || !process.connected) return;
  armed = true;
  parent = process.ppid;
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}

/** In an armed worker whose parent is gone, dies at once. The closed channel reaches the event loop only after the
 * answers already queued there, and with many cases in flight each would go on to its next request: called before
 * every new mutation is ledgered, this asks the kernel (the worker has been given another parent), so no mutation
 * starts after the run was killed. */
export function dieIfOrphaned(): void {
  if (parent !== undefined && process.ppid !== parent) process.kill(process.pid, 'SIGKILL');
}
