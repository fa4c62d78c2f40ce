// A conformance worker must not outlive the `tcconform run` that started it: killed with SIGKILL, the run leaves
// its vitest fork workers behind, and an orphan would go on sending mutations while `tcconform cleanup` undoes
// them. vitest's fork workers talk to their parent over IPC; when that channel closes, the parent is gone, so the
// worker dies at once too (its ledger lines are already on disk, so cleanup knows what to undo).

let armed = false;

/** In a forked worker, dies with SIGKILL as soon as the IPC channel to the parent closes; elsewhere a no-op. */
export function dieWithParent(): void {
  if (armed || typeof process.send !== 'function' || !process.connected) return;
  armed = true;
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
