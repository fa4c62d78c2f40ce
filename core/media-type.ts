// Content-Type comparison ignores parameters (`; charset=utf-8`) and case.

/** The media type of a Content-Type value, lower-case, without parameters. */
export function mediaType(contentType: string | undefined): string {
  // A server asks about the same few values all day (`application/json; charset=utf-8`): the last answer is kept.
  if (contentType !== last.input) last = { input: contentType, type: (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '' };
  return last.type;
}

let last: { readonly input: string | undefined; readonly type: string } = { input: undefined, type: '' };
