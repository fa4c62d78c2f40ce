import { describe, it, expect } from 'vitest';
import { ConfigError, HarnessError, TargetUnreachableError, TcconformError, UsageError, isTcconformError } from './errors.ts';

describe('harness errors', () => {
  it('carry a stable code and exit code per class', () => {
    const cases = [
      [new UsageError('bad flag'), 'UsageError', 'E_USAGE', 2],
      [new ConfigError('bad file'), 'ConfigError', 'E_CONFIG', 2],
      [new TargetUnreachableError('no answer'), 'TargetUnreachableError', 'E_TARGET_UNREACHABLE', 3],
      [new HarnessError('bug'), 'HarnessError', 'E_HARNESS', 3],
    ] as const;
    for (const [error, name, code, exitCode] of cases) {
      expect(error).toBeInstanceOf(TcconformError);
      expect(error).toBeInstanceOf(Error);
      expect({ name: error.name, code: error.code, exitCode: error.exitCode }).toEqual({ name, code, exitCode });
      expect(isTcconformError(error)).toBe(true);
    }
  });

  it('keep the message and cause', () => {
    const cause = new Error('ECONNREFUSED');
    const error = new TargetUnreachableError('target http://127.0.0.1:1 refused the connection', { cause });
    expect(error.message).toBe('target http://127.0.0.1:1 refused the connection');
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('TargetUnreachableError: target http://127.0.0.1:1 refused the connection');
  });

  it('are told apart from other errors', () => {
    expect(isTcconformError(new Error('x'))).toBe(false);
    expect(isTcconformError({ code: 'E_USAGE', exitCode: 2 })).toBe(false);
  });
});
