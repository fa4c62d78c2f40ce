// Content-Type comparison ignores parameters (`; charset=utf-8`) and case.

/** The media type of a Content-Type value, lower-case, without parameters. */
export function mediaType(contentType: string | undefined): string {
  // What clients send nearly always: nothing to take apart.
  if (contentType === 'application/json' || contentType === 'application/x-www-form-urlencoded') return contentType;
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
