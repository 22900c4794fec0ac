/**
 * Errors of the cloud calls, reduced to what a user may see: the service's
 * Code, Message and RequestId, or a network failure's code. The SDK's own
 * errors can carry the signed request (headers included), so nothing of
 * them is passed on before it is scrubbed.
 */

export const MASK = '********';

/** A failed call, safe to print. */
export class HbrError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: 'service' | 'network',
    readonly requestId?: string,
    readonly statusCode?: number,
  ) {
    super(message);
    this.name = 'HbrError';
  }
}

/** No credentials could be found: exit 2 before any call. */
export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

/** Explicit throttling: the service refused before acting on the call. */
export function isThrottling(code: string): boolean {
  return code.startsWith('Throttling') || code === 'Rejected.Throttling';
}

/** Values that must never be printed, with the patterns of signatures. */
export class Scrubber {
  private readonly secrets = new Set<string>();

  add(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  scrub(text: string): string {
    let out = text
      .replace(/(Signature=)[^,\s"&]+/gi, `$1${MASK}`)
      .replace(/(Credential=)[^,\s"&]+/gi, `$1${MASK}`)
      .replace(/(ACS3-[A-Z0-9-]+ )[^\s"]+/g, `$1${MASK}`)
      .replace(/(https?:\/\/[^\s?"]+)\?[^\s"]*/g, '$1');
    for (const secret of this.secrets) out = out.split(secret).join(MASK);
    return out;
  }
}

/** Turns whatever the SDK threw into an HbrError with a scrubbed message. */
export function toHbrError(error: unknown, scrubber: Scrubber): HbrError {
  if (error instanceof HbrError) return error;
  const e = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    data?: Record<string, unknown>;
    statusCode?: unknown;
  };
  const data = e.data && typeof e.data === 'object' ? e.data : undefined;
  const status = Number(data?.statusCode ?? e.statusCode);
  if (data && Number.isFinite(status) && status > 0) {
    const code = String(data.Code ?? data.code ?? e.code ?? `HTTP${status}`);
    const message = String(data.Message ?? data.message ?? '');
    const requestId = data.RequestId ?? data.requestId;
    return new HbrError(
      scrubber.scrub(code),
      scrubber.scrub(message || `The service answered HTTP ${status}.`),
      'service',
      requestId === undefined ? undefined : String(requestId),
      status,
    );
  }
  const raw = typeof e.message === 'string' ? e.message : String(error);
  const code =
    typeof e.code === 'string' && e.code
      ? e.code
      : e.name === 'RequestTimeoutError' || /timeout/i.test(raw)
        ? 'Timeout'
        : 'NetworkError';
  const firstLine = raw.split('\n')[0] || 'The call failed without an answer.';
  return new HbrError(code, scrubber.scrub(firstLine), 'network');
}
