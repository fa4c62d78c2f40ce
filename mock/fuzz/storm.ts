// Runs a storm of hostile requests against a mock's port: `count` recipes (the catalogue first, then seeded
// samples of hostileRecipe), `concurrency` sockets at a time, each answer judged by answerProblems. The report
// is data: counts per kind and code, and the first problems with the recipe that caused them (for replay).
import fc from 'fast-check';
import { allowedCodes, answerProblems } from './answer-problems.ts';
import type { Recipe } from './hostile-recipe.ts';
import { catalogue, hostileRecipe } from './hostile-recipes.ts';
import { materialize } from './materialize.ts';
import { exchangeRaw } from './raw-exchange.ts';

/** How big and how wide a storm is. */
export interface StormOptions {
  readonly port: number;
  readonly count: number;
  readonly seed: number;
  readonly concurrency: number;
  /** Send the catalogue (one recipe of every kind and variant) first; default true. */
  readonly withCatalogue?: boolean;
  /** Wall-clock bound: stop starting new requests after this. */
  readonly deadlineMs?: number;
}

/** One problem and the recipe that caused it. */
export interface StormProblem {
  readonly recipe: Recipe;
  readonly problem: string;
}

/** What a storm saw. */
export interface StormReport {
  sent: number;
  /** Requests the sender cut on purpose (resets, half-closes). */
  cut: number;
  /** Answers received and judged. */
  answers: number;
  /** Requests owed an answer that got none. */
  unanswered: number;
  readonly byKind: Record<string, number>;
  readonly codes: Record<string, number>;
  readonly problems: StormProblem[];
  problemCount: number;
  /** Problems counted by recipe kind (and variant) and the problem's first words, to see every class at once. */
  readonly problemClasses: Record<string, number>;
  slowestMs: number;
  /** Total time spent per recipe kind (and protocol variant), ms. */
  readonly msByKind: Record<string, number>;
}

/** Runs the storm; resolves with the report (never rejects for the mock's sake). */
export async function runStorm(options: StormOptions): Promise<StormReport> {
  const report: StormReport = { sent: 0, cut: 0, answers: 0, unanswered: 0, byKind: {}, codes: {}, problems: [], problemCount: 0, problemClasses: {}, slowestMs: 0, msByKind: {} };
  const recipes = recipeStream(options);
  const deadline = performance.now() + (options.deadlineMs ?? Number.POSITIVE_INFINITY);
  const worker = async () => {
    for (let next = recipes.next(); !next.done && performance.now() < deadline; next = recipes.next()) await sendOne(options.port, next.value, report);
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return report;
}

function* recipeStream(options: StormOptions): Generator<Recipe> {
  let produced = 0;
  if (options.withCatalogue !== false) {
    for (const r of catalogue()) {
      if (produced++ >= options.count) return;
      yield r;
    }
  }
  for (let batch = 0; produced < options.count; batch++) {
    for (const r of fc.sample(hostileRecipe, { seed: options.seed + batch, numRuns: 250 })) {
      if (produced++ >= options.count) return;
      yield r;
    }
  }
}

async function sendOne(port: number, recipe: Recipe, report: StormReport): Promise<void> {
  const request = materialize(recipe);
  const outcome = await exchangeRaw(port, request);
  report.sent += 1;
  report.byKind[recipe.kind] = (report.byKind[recipe.kind] ?? 0) + 1;
  report.slowestMs = Math.max(report.slowestMs, outcome.ms);
  const label = recipe.kind === 'protocol' ? `protocol/${recipe.variant}` : recipe.kind;
  report.msByKind[label] = Math.round((report.msByKind[label] ?? 0) + outcome.ms);
  if (request.ending !== 'answer') report.cut += 1;
  const allowed = allowedCodes(request.action);
  for (const response of outcome.responses) {
    report.answers += 1;
    const judged = answerProblems(response, allowed, request.head);
    report.codes[judged.code] = (report.codes[judged.code] ?? 0) + 1;
    for (const p of judged.problems) note(report, recipe, p);
  }
  if (request.ending === 'answer' && outcome.responses.length < request.answers) {
    report.unanswered += 1;
    note(report, recipe, `${outcome.responses.length} of ${request.answers} answers${outcome.timedOut ? ' (timed out)' : ''}, ${outcome.leftover} stray bytes`);
  }
}

function note(report: StormReport, recipe: Recipe, problem: string): void {
  report.problemCount += 1;
  const cls = `${recipe.kind}${recipe.kind === 'protocol' ? `/${recipe.variant}` : ''}: ${problem.replace(/[\d"'].*$/, '').trim()}`;
  report.problemClasses[cls] = (report.problemClasses[cls] ?? 0) + 1;
  if (report.problems.length < 20) report.problems.push({ recipe: shortened(recipe), problem });
}

/** The recipe without long data, for printing. */
function shortened(recipe: Recipe): Recipe {
  return JSON.parse(JSON.stringify(recipe, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v))) as Recipe;
}
