// The API 3.0 envelope: `{"Response": {...fields, "RequestId"}}` or `{"Response": {"Error": {...}, "RequestId"}}`.
import type { Answer } from '../rules/outcome.ts';

/** The JSON body of an answer; `requestId` undefined omits it (the missing-request-id deviation). */
export function envelopeBody(answer: Answer, requestId: string | undefined): string {
  const response: Record<string, unknown> = answer.ok ? { ...answer.fields } : { Error: { Code: answer.code, Message: answer.message } };
  if (requestId !== undefined && !('RequestId' in response)) response['RequestId'] = requestId;
  return JSON.stringify({ Response: response });
}
