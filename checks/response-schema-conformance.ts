// response_schema_conformance: the response body validates against the action's generated response schema.

import { validatorFor } from '../generated/validators.ts';
import { siteContractOf } from '../generated/site-contracts.ts';
import { finding, type Finding } from './finding.ts';
import type { CheckInput } from './check-input.ts';
import { describeSchemaErrors } from './_internals/describe-schema-errors.ts';

/** Validates the parsed body of an answered exchange against the response schema of the run's site. Fields the
 * spec does not know never fail it (they are drift: run-checks.ts lists them). */
export function responseSchemaConformance(input: CheckInput): Finding[] {
  const { envelope, exchange, operation } = input;
  if (envelope.kind === 'neither' || exchange.response === undefined) return [];
  const validate = validatorFor(siteContractOf(operation.key).responseValidator[input.site ?? 'china']);
  const body: unknown = JSON.parse(exchange.response.body);
  if (validate(body)) return [];
  const problems = describeSchemaErrors(validate.errors ?? []);
  return [finding({
    check: 'response_schema_conformance', severity: envelope.kind === 'success' ? 'major' : 'minor',
    operation: operation.key, title: `Response does not match the documented schema`,
    detail: problems.join('; '), docs: operation.docs,
    dedupKey: `response_schema_conformance|${operation.key}|${problems[0] ?? ''}`,
  })];
}
