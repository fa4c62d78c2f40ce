// Summarises V8 .cpuprofile files (node --cpu-prof): self time per function and per source area, so a profile
// can be read in a terminal and quoted in docs/performance.md. Pure: profiles in, rows out.

/** The parts of a V8 CPU profile this summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly hitCount?: number;
    readonly children?: readonly number[];
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** One row: a function or an area and its share of the sampled time. */
export interface ProfileRow {
  readonly name: string;
  readonly selfMs: number;
  readonly share: number;
}

/** Self time per node id, from the samples and their time deltas (µs). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const out = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? -1;
    // The delta before sample i+1 is the time spent in sample i.
    const us = deltas[i + 1] ?? 0;
    out.set(id, (out.get(id) ?? 0) + us);
  }
  return out;
}

/** Where a script lives, coarsely: a package under node_modules, a folder of this project, or a node builtin. */
export function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName === '(garbage collector)' ? '(gc)' : functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  const parts = url.replace(/^file:\/\//, '').split('/');
  const idx = parts.findIndex((p) => ['core', 'mock', 'suites', 'checks', 'generated', 'generators', 'reports', 'cli', 'bench', 'sdk'].includes(p));
  return idx >= 0 ? parts.slice(idx, idx + 2).join('/') : url;
}

function rows(totals: Map<string, number>, grand: number, top: number): ProfileRow[] {
  return [...totals.entries()]
    .map(([name, us]) => ({ name, selfMs: Math.round(us / 100) / 10, share: grand === 0 ? 0 : us / grand }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

function functionKey(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').slice(-1)[0] ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** The `top` functions and areas by self time, and functions by inclusive time, over all `profiles`. */
export function summarizeProfiles(profiles: readonly CpuProfile[], top = 25): { totalMs: number; functions: ProfileRow[]; areas: ProfileRow[]; inclusive: ProfileRow[] } {
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let grand = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const [id, us] of selfTimes(profile)) {
      const frame = nodes.get(id)?.callFrame;
      if (frame === undefined) continue;
      byFunction.set(functionKey(frame), (byFunction.get(functionKey(frame)) ?? 0) + us);
      const area = areaOf(frame.url, frame.functionName);
      byArea.set(area, (byArea.get(area) ?? 0) + us);
      grand += us;
      // Inclusive: every distinct function on the stack gets the sample once (recursion counted once).
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = nodes.get(at)?.callFrame;
        if (f === undefined || f.url === '') continue;
        const key = functionKey(f);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
  }
  return { totalMs: Math.round(grand / 1000), functions: rows(byFunction, grand, top), areas: rows(byArea, grand, top), inclusive: rows(inclusive, grand, top) };
}
