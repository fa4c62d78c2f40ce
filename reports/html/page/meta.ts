// Doc defects found by the spec lint and the run metadata (one column per run).

import { count, el, mount, note, row, table } from './dom.ts';
import { OP, TGT, type Page } from './page.ts';
import type { RunMeta } from '../../results-model.ts';
import { freshness } from '../../freshness.ts';

const FIELDS: readonly (readonly [string, (r: RunMeta) => string | number])[] = [
  ['target', (r) => r.target.label], ['kind', (r) => r.target.kind], ['endpoint', (r) => r.target.endpoint],
  ['regions', (r) => r.regions.join(', ')], ['site', (r) => r.site ?? ''], ['started', (r) => r.startedAt], ['duration', (r) => `${(r.durationMs / 1000).toFixed(1)} s`],
  ['seed', (r) => r.seed], ['runs per property', (r) => r.runs], ['mutations', (r) => (r.allowMutations ? 'allowed' : 'not allowed')],
  ['fixtures', (r) => r.fixturesSource], ['spec versions', (r) => Object.keys(r.specVersions).map((k) => `${k} ${r.specVersions[k]}`).join(', ')],
  ['SDK (tencentcloud-sdk-nodejs)', (r) => r.sdkVersion], ['tcconform', (r) => r.toolVersion],
  ['re-judged recording', (r) => (r.recording === undefined ? '' : `${r.recording.dir}, recorded ${r.recording.recordedAt} from ${r.recording.target.label}; `
    + (r.recording.specsDiffer.length === 0 ? 'same spec versions' : `made with other spec versions (${r.recording.specsDiffer.join(', ')})`))],
];

/** Renders doc defects and metadata. */
export function renderMeta(page: Page): void {
  const { P } = page;
  const defects = P.docDefects || [];
  count('defects', String(defects.length));
  if (!defects.length) note('defects-body', 'The spec lint found no doc defects.');
  else mount('defects-body', table(['where', 'why'], defects.map((d) => row([d.where, d.why]))));
  mount('meta-body', table(['', ...P.runs.map((_r, i) => `run ${i + 1}`)], FIELDS.map(([name, value]) => row([name, ...P.runs.map(value)]))));
  // Freshness: per action, the last time it was judged against the live API (a live run or a recording of one).
  const fresh = freshness(P.runs, page.C.map((c) => ({ operation: page.str(c[OP]), target: page.str(c[TGT]) })));
  mount('meta-body', el('h3', { text: 'Freshness: last judged against the live API' }));
  mount('meta-body', table(['action', 'last judged live', 'how'], fresh.map((f) => row([f.operation, f.lastLive ?? 'never (in the runs of this report)', f.via]))));
  if (P.baseline) mount('meta-body', el('p', { text: `Baseline: ${P.baseline.source} (runs started ${P.baseline.startedAt.join(', ')})` }));
  if (P.compaction) note('meta-body', `Compacted: exchanges dropped from ${P.compaction.exchangesDropped} case(s), ${P.compaction.observedFolded} repeated observation(s) folded.`);
  for (const e of P.unhandledErrors || []) mount('meta-body', el('pre', { class: 'bad', text: `Harness error: ${e}` }));
}
