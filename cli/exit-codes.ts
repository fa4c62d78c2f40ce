// Exit codes, as DESIGN.md fixes them.

/** 0 conforms; 1 findings (or drift when asked to fail on it); 2 usage or configuration error; 3 target unreachable or harness error. */
export const ExitCode = { Ok: 0, Findings: 1, Usage: 2, Harness: 3 } as const;
