// Content-Type comparison ignores parameters (`; charset=utf-8`) and case.
import { lastResult } from './last-result.ts';

/** The media type of a Content-Type value, lower-case, without parameters. */
export const mediaType: (contentType: string | undefined) => string = lastResult((contentType) => (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '');
