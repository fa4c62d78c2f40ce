// CPU time a process has used, from /proc/PID/stat (Linux): user plus system, in milliseconds. Read before and
// after a load round, it gives a server's CPU cost per request, which moves less with the machine's other work
// than its request rate does.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** User + system CPU milliseconds of a /proc/PID/stat text; NaN when it cannot be read. */
export function parseProcStat(text: string): number {
  // The command name (field 2) is in parentheses and may hold spaces: fields are counted after the last ')'.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return rest.length > 12 && Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : Number.NaN;
}

/** User + system CPU milliseconds of the waited-for children (and, through them, their waited-for descendants) of a
 * /proc/PID/stat text: what a child command cost in all its processes, read before it starts and after it ends. */
export function parseChildrenCpu(text: string): number {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(rest[13]);
  const cstime = Number(rest[14]);
  return rest.length > 14 && Number.isFinite(cutime) && Number.isFinite(cstime) ? ((cutime + cstime) * 1000) / TICKS_PER_SECOND : Number.NaN;
}

/** The CPU milliseconds this process's ended children have used so far. */
export function childrenCpuMs(): number {
  return parseChildrenCpu(readFileSync('/proc/self/stat', 'utf8'));
}

/** The CPU milliseconds process `pid` has used so far. */
export function procCpuMs(pid: number): number {
  return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}
