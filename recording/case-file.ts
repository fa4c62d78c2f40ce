// Where one case's calls live inside a recording directory.

import { join } from 'node:path';

/** DIR/cases/<region>/<case id>.jsonl; characters other than letters, digits, `.`, `_` and `-` become `_`. */
export function caseFile(dir: string, region: string, caseId: string): string {
  return join(dir, 'cases', safe(region || 'no-region'), `${safe(caseId)}.jsonl`);
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
