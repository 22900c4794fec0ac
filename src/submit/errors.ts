/**
 * Errors of the cloud calls, reduced to what a user may see: the service's
 * Code, Message and RequestId, or a network failure's code. The SDK's own
 * errors can carry the signed request (headers included), so nothing of
 * them is passed on before it is scrubbed.
 */
import { MASK, maskCredentials } from '../../rules/lib/credentials.js';

export { MASK };

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

// What credentials look like in the text of errors, beyond what a request
// file may hold (rules/lib/credentials.ts): STS key ids and security tokens
// as the service and the credential sources write them, and the values of
// JSON keys or assignments that name a secret, a token or a key id (closed
// or cut off).
const TOKEN_SHAPES = [
  /(?<![A-Za-z0-9])STS\.[A-Za-z0-9+/=_-]{8,}/g,
  /(?<![A-Za-z0-9])CAIS[A-Za-z0-9+/=]{20,}/g,
];
// A key that names a secret, a token or an access key id.
const SECRET_KEY =
  '[A-Za-z_-]*(?:secret|token|password|passwd|access[_-]?key[_-]?id)[A-Za-z_-]*';
/** `"access_key_secret": "…`, the value closed or cut off. */
const SECRET_JSON_VALUE = new RegExp(
  `("${SECRET_KEY}"\\s*:\\s*")(?:[^"\\\\\\n]|\\\\.)+`,
  'gi',
);
/** `AccessKeySecret=…`, `security_token: …`. */
const SECRET_ASSIGNMENT = new RegExp(
  `(?<![A-Za-z0-9_"])(${SECRET_KEY}\\s*[=:]\\s*)[^\\s"',;&]+`,
  'gi',
);

/**
 * Values that must never be printed: the ones registered, request
 * signatures and query strings, and anything shaped like a credential.
 */
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
    // The longest first, so that a secret holding another goes whole.
    const secrets = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of secrets) out = out.split(secret).join(MASK);
    return maskCredentialShapes(out);
  }
}

/** The text with every credential-shaped part replaced by the mask. */
export function maskCredentialShapes(text: string): string {
  let out = maskCredentials(text);
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK);
  return out
    .replace(SECRET_JSON_VALUE, `$1${MASK}`)
    .replace(SECRET_ASSIGNMENT, `$1${MASK}`);
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
  return new HbrError(
    code,
    scrubber.scrub(apartFromRequest(firstLine)),
    'network',
  );
}

// httpx appends "POST http://host/ failed." to the cause with no space
// between them ("socket hang upPOST http://…").
const HTTPX_SUFFIX = /(GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) (\S+) failed\.$/;

/** A network failure's cause, then the request it stopped, in brackets. */
function apartFromRequest(message: string): string {
  const match = HTTPX_SUFFIX.exec(message);
  if (!match) return message;
  const cause = message.slice(0, match.index).trim().replace(/[.:]$/, '');
  const target = match[2].replace(/\?.*$/, '');
  return cause ? `${cause} (${match[1]} ${target})` : message;
}
