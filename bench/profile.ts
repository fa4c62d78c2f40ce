// `tsx bench/profile.ts FILE_OR_DIR…`: prints the self-time summary of V8 CPU profiles (see summarize-profile.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfiles, type CpuProfile, type ProfileRow } from './summarize-profile.ts';

const files = process.argv.slice(2).flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f)) : [p]));
const summary = summarizeProfiles(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile), Number(process.env['TOP'] ?? 30));
const show = (title: string, rows: readonly ProfileRow[]) => {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`${r.selfMs.toFixed(0).padStart(8)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`);
};
console.log(`${files.length} profile(s), ${summary.totalMs} ms sampled`);
show('by area (self time)', summary.areas);
show('by function (self time)', summary.functions);
show('by function (inclusive time, project code and packages)', summary.inclusive);
