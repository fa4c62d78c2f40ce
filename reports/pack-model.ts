// The model as the page carries it: repeated strings interned once, one short row per case, details (findings,
// reproduction, exchanges) only for the cases that have any. Keeps 100,000 cases well under 20 MB and quick to parse.

import type { CaseResult, ResultsModel, RunMeta } from './results-model.ts';
import { curlDescription, replayCommand, tccliCommand } from './repro.ts';
import { observedOperation } from './observed-operation.ts';

/** What the page shows of one case beyond its row. */
export interface PageDetail {
  readonly findings: CaseResult['findings'];
  readonly docs: readonly string[];
  readonly rule?: string;
  readonly observed: readonly string[];
  readonly minimal?: CaseResult['minimal'];
  readonly tccli?: string;
  readonly replay: string;
  readonly seed?: number;
  readonly replayPath?: string;
  readonly exchanges: readonly { readonly curl: string; readonly answer: string; readonly ms: number }[];
  readonly message?: string;
  readonly fault?: string;
}

/** The page's data: `S` string table, `C` case rows (indexes into `S`, -1 for none), `D` details, `X` drift rows. */
export interface PageData extends Omit<ResultsModel, 'cases' | 'drift'> {
  readonly S: readonly string[];
  /** [id, title, operation, product, action, check, status, target, note, observed, detail index or -1]. */
  readonly C: readonly (readonly number[])[];
  readonly D: readonly PageDetail[];
  /** [kind, target, operation, caseId, before, after, detail, gating 0|1]. */
  readonly X: readonly (readonly number[])[];
}

/** Packs the model for index.html. */
export function packModel(model: ResultsModel): PageData {
  const S: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string | undefined): number => {
    if (text === undefined || text === '') return -1;
    let i = index.get(text);
    if (i === undefined) {
      i = S.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const runOf = new Map(model.runs.map((r) => [r.target.label, r]));
  const D: PageDetail[] = [];
  const C = model.cases.map((c) => {
    const detail = detailOf(c, runOf.get(c.target) ?? model.runs[0]);
    const d = detail === undefined ? -1 : D.push(detail) - 1;
    return [s(c.id), s(c.title), s(c.operation), s(c.product), s(c.action), s(c.check), s(c.status), s(c.target), s(noteOf(c)), s(observedOf(c).join(', ')), d];
  });
  const X = (model.drift ?? []).map((x) => [s(x.kind), s(x.target), s(x.operation), s(x.caseId), s(x.before), s(x.after), s(x.detail), x.gating ? 1 : 0]);
  const { cases: _cases, drift: _drift, ...rest } = model;
  return { ...rest, S, C, D, X };
}

function noteOf(c: CaseResult): string | undefined {
  return c.skipReason ?? c.fault ?? c.findings[0]?.title ?? (c.status === 'errored' ? c.message?.split('\n')[0] : undefined);
}

function observedOf(c: CaseResult): string[] {
  return [...new Set(c.observed.map((o) => (o.code === undefined ? o.outcome : o.code)))];
}

// Where an observation came from when the case sent it to another operation (a model case's cancels and reads).
function elsewhere(c: CaseResult, o: CaseResult['observed'][number]): string {
  const op = observedOperation(c, o);
  return op === c.operation ? '' : ` from ${op}`;
}

function detailOf(c: CaseResult, run: RunMeta | undefined): PageDetail | undefined {
  const interesting = c.findings.length > 0 || c.fault !== undefined || c.exchanges.length > 0 || c.minimal !== undefined || c.replay !== undefined || c.status === 'errored';
  if (!interesting) return undefined;
  const endpoint = run?.target.kind === 'endpoint' ? run.target.endpoint : '';
  const seed = c.replay?.seed ?? run?.seed;
  return {
    findings: c.findings, docs: c.docs, ...(c.rule === undefined ? {} : { rule: c.rule }),
    observed: [...new Set(c.observed.map((o) => `${o.outcome}${o.code === undefined ? '' : ` ${o.code}`}${elsewhere(c, o)}`))],
    ...(c.minimal === undefined ? {} : { minimal: c.minimal, tccli: tccliCommand(c.minimal) }),
    replay: replayCommand(c, run),
    ...(seed === undefined ? {} : { seed }),
    ...(c.replay?.path === undefined ? {} : { replayPath: c.replay.path }),
    exchanges: c.exchanges.map((x) => ({ curl: curlDescription(x, endpoint), answer: x.failure ?? `HTTP ${x.status ?? '?'}\n${x.responseBody ?? ''}`, ms: x.ms })),
    ...(c.message === undefined ? {} : { message: c.message }),
    ...(c.fault === undefined ? {} : { fault: c.fault }),
  };
}
