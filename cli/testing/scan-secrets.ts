// Test helper: search outputs for secrets. Each secret is looked for verbatim, percent-encoded, JSON-escaped,
// base64-encoded and as hex, and every output is also searched for unredacted signatures of any shape.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One output to search: a name (file path, `stdout of run`) and its text. */
export interface Output {
  readonly name: string;
  readonly text: string;
}

/** Every file under `dir`, recursively, as outputs. */
export function filesUnder(dir: string): Output[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ name: path, text: readFileSync(path, 'latin1') }];
  });
}

function formsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('hex')])];
}

/** Where a secret (in any of its forms) occurs: `output: form…`; empty when nowhere. */
export function secretsIn(outputs: readonly Output[], secrets: readonly string[]): string[] {
  const hits: string[] = [];
  for (const o of outputs) for (const s of secrets) for (const form of formsOf(s)) if (o.text.includes(form)) hits.push(`${o.name}: ${form.slice(0, 12)}…`);
  return hits;
}

/** Unredacted signatures: `Signature=` followed by anything but `***`, or a bare TC3 Authorization with its hex. */
export function signaturesIn(outputs: readonly Output[]): string[] {
  const patterns = [/(^|[^A-Za-z])Signature(=|%3D|\\u003d)(?!\*\*\*|%2A%2A%2A)[A-Za-z0-9%+/_-]{6,}/, /Signature=[0-9a-f]{64}/, /"Signature"\s*:\s*"(?!\*\*\*)[^"]{6,}"/];
  return outputs.flatMap((o) => patterns.filter((p) => p.test(o.text)).map((p) => `${o.name}: ${String(p.exec(o.text)?.[0]).slice(0, 60)}`));
}
