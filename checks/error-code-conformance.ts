// error_code_conformance: an error's code is documented for the action or is a common code.

import { commonErrorCodes } from '../generated/operations.ts';
import { finding, type Finding } from './finding.ts';
import type { CheckInput } from './check-input.ts';

/** Flags error codes outside the action's documented set and the common codes. */
export function errorCodeConformance(input: CheckInput): Finding[] {
  const { envelope, operation } = input;
  if (envelope.kind !== 'error') return [];
  const code = envelope.code;
  if (Object.hasOwn(operation.errorCodes, code) || Object.hasOwn(commonErrorCodes, code)) return [];
  return [finding({
    check: 'error_code_conformance', severity: 'major', operation: operation.key,
    title: `Undocumented error code ${code}`,
    detail: `${operation.action} (${operation.product} ${operation.version}) documents ${Object.keys(operation.errorCodes).length} business codes plus the common codes; ${code} is neither. Message: ${envelope.message}`,
    docs: operation.docs, dedupKey: `error_code_conformance|${operation.key}|${code}`,
  })];
}
