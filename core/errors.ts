// Harness errors: problems with tcconform's own use or environment, never findings about the API under test.
// Each has a stable machine `code` (for scripts and reports) and the process exit code the CLI should use.

/** Base of every tcconform harness error. */
export class TcconformError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(message: string, code: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Wrong command line or option values (exit 2). */
export class UsageError extends TcconformError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_USAGE', 2, options);
  }
}

/** A configuration file or environment setting that cannot be used (exit 2). */
export class ConfigError extends TcconformError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_CONFIG', 2, options);
  }
}

/** The target did not answer at all, so nothing can be judged (exit 3). */
export class TargetUnreachableError extends TcconformError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_TARGET_UNREACHABLE', 3, options);
  }
}

/** A bug or broken invariant inside tcconform itself (exit 3). */
export class HarnessError extends TcconformError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_HARNESS', 3, options);
  }
}

/** True for any tcconform harness error, including ones from another copy of this module. */
export function isTcconformError(value: unknown): value is TcconformError {
  return value instanceof TcconformError || (value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { exitCode?: unknown }).exitCode === 'number');
}
