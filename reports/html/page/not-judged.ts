// The documented statements no check judges from outside a target, each with the reason: with the cases, the
// whole catalogue of what the docs promise (checks/not-judged.ts).

import { count, mount, note, row, table } from './dom.ts';
import type { Page } from './page.ts';

/** Renders the not-judged section. */
export function renderNotJudged(page: Page): void {
  const list = page.P.notJudged || [];
  count('notjudged', String(list.length));
  if (!list.length) {
    note('notjudged-body', 'This report carries no catalogue of unjudged statements (a results file from an older version).');
    return;
  }
  note('notjudged-body', 'Every other documented rule of the specs has a case. These cannot be judged from outside a target, or are judged only where the fixtures allow; each says why.');
  mount('notjudged-body', table(['about', 'what the docs say', 'why it is not judged'], list.map((n) => row([n.about, n.statement, n.why]))));
}
