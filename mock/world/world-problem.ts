// What is wrong with a world, precisely: which file, where in it (a JSON pointer), and what.

/** One problem of a world file. */
export interface WorldProblem {
  readonly file: string;
  /** JSON pointer into the document, '' for the whole document. */
  readonly pointer: string;
  readonly message: string;
}

/** `file: /accounts/3/id: must match ^[0-9]{1,20}$` (the one-line form the CLI prints). */
export function formatWorldProblem(problem: WorldProblem): string {
  return `${problem.file}: ${problem.pointer === '' ? '(document)' : problem.pointer}: ${problem.message}`;
}

/** The problems as lines, the first few only when there are many. */
export function formatWorldProblems(problems: readonly WorldProblem[], max = 10): string {
  const shown = problems.slice(0, max).map(formatWorldProblem);
  if (problems.length > max) shown.push(`… and ${problems.length - max} more problem(s)`);
  return shown.join('\n');
}
