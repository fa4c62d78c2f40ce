// Calls one SDK method and records how it ended, never waiting longer than a bound: a call that neither resolves
// nor rejects in time is `hung` (the gate's worst verdict), and the harness moves on.

/** What the SDK's thrown value carried. */
export interface ErrorFacts {
  /** The constructor's name, e.g. TencentCloudSDKHttpException, FetchError, SyntaxError. */
  readonly className: string;
  /** It is an instance of the loaded SDK's TencentCloudSDKHttpException class. */
  readonly isHttpException: boolean;
  readonly message: string;
  readonly code?: unknown;
  readonly requestId?: unknown;
  readonly traceId?: unknown;
  readonly httpCode?: unknown;
}

/** How one call ended, and after how long. */
export type SdkOutcome =
  | { readonly kind: 'resolved'; readonly value: unknown; readonly ms: number }
  | { readonly kind: 'rejected'; readonly error: ErrorFacts; readonly ms: number }
  | { readonly kind: 'hung'; readonly ms: number };

/** Runs `invoke` (which calls the SDK) and settles within `boundMs`. */
export async function callSdk(invoke: () => unknown, boundMs: number, httpException: (abstract new (...args: never[]) => Error) | undefined): Promise<SdkOutcome> {
  const started = performance.now();
  const ms = () => Math.round((performance.now() - started) * 100) / 100;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), boundMs);
  });
  try {
    const settled = await Promise.race([Promise.resolve().then(invoke).then((value) => ({ value })), bound]);
    return settled === 'hung' ? { kind: 'hung', ms: ms() } : { kind: 'resolved', value: settled.value, ms: ms() };
  } catch (err) {
    return { kind: 'rejected', error: errorFacts(err, httpException), ms: ms() };
  } finally {
    clearTimeout(timer);
  }
}

/** The facts of a thrown value (anything may be thrown). */
export function errorFacts(err: unknown, httpException: (abstract new (...args: never[]) => Error) | undefined): ErrorFacts {
  if (!(err instanceof Error)) return { className: typeof err, isHttpException: false, message: String(err) };
  const e = err as Error & Record<string, unknown>;
  return {
    className: err.constructor.name,
    isHttpException: httpException !== undefined && err instanceof httpException,
    message: err.message,
    ...(e['code'] !== undefined ? { code: e['code'] } : {}),
    ...(e['requestId'] !== undefined ? { requestId: e['requestId'] } : {}),
    ...(e['traceId'] !== undefined ? { traceId: e['traceId'] } : {}),
    ...(e['httpCode'] !== undefined ? { httpCode: e['httpCode'] } : {}),
  };
}
