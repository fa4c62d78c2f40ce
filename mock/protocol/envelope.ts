// The API 3.0 envelope: `{"Response": {...fields, "RequestId"}}` or `{"Response": {"Error": {...}, "RequestId"}}`.
import type { Answer } from '../rules/outcome.ts';

/** The JSON body of an answer; `requestId` undefined omits it (the missing-request-id deviation). */
export function envelopeBody(answer: Answer, requestId: string | undefined): string {
  const id = requestId === undefined ? '' : `"RequestId":${JSON.stringify(requestId)}`;
  if (!answer.ok) {
    const error = `"Error":{"Code":${JSON.stringify(answer.code)},"Message":${JSON.stringify(answer.message)}}`;
    return `{"Response":{${error}${id === '' ? '' : `,${id}`}}}`;
  }
  // The fields' own JSON, with RequestId appended unless they carry one (a deviation may).
  const fields = JSON.stringify(answer.fields);
  if (id === '' || 'RequestId' in answer.fields) return `{"Response":${fields}}`;
  return fields === '{}' ? `{"Response":{${id}}}` : `{"Response":${fields.slice(0, -1)},${id}}}`;
}
