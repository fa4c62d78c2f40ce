// The static catalogue of per-exchange checks, applied to every exchange a case records.

import type { Check } from './check-input.ts';
import { envelopeConformance } from './envelope-conformance.ts';
import { responseSchemaConformance } from './response-schema-conformance.ts';
import { errorCodeConformance } from './error-code-conformance.ts';
import { expectationConformance } from './expectation-conformance.ts';

/** Every per-exchange check, in report order. state_ and rate_limit_ conformance judge series, not one exchange. */
export const allChecks: readonly Check[] = [
  envelopeConformance,
  responseSchemaConformance,
  errorCodeConformance,
  expectationConformance,
];
