// Resident memory of a process from /proc/PID/status (Linux): the current RSS and its high-water mark.
import { readFileSync } from 'node:fs';

/** Memory of one process, in MiB. */
export interface ProcMemory {
  readonly rssMiB: number;
  /** Peak RSS since the process started (VmHWM). */
  readonly peakRssMiB: number;
}

/** Parses the VmRSS and VmHWM lines of a /proc/PID/status text; NaN for a line that is missing. */
export function parseProcStatus(text: string): ProcMemory {
  const kb = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    return m ? Number(m[1]) / 1024 : Number.NaN;
  };
  return { rssMiB: kb('VmRSS'), peakRssMiB: kb('VmHWM') };
}

/** Reads the memory of process `pid`. */
export function procMemory(pid: number): ProcMemory {
  return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
}
