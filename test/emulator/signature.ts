/**
 * ACS3-HMAC-SHA256 verification, written from Alibaba Cloud's V3 signature
 * specification rather than from the SDK, so that the tests catch a client
 * that signs differently from what the service expects.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'ACS3-HMAC-SHA256';

export interface ParsedAuthorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

export interface SignedRequest {
  method: string;
  /** The path as sent, before the query string. */
  path: string;
  /** Decoded query parameters, in any order. */
  query: Array<[string, string]>;
  /** Lower-case header names, as Node's http server gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Reads `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`. */
export function parseAuthorization(
  value: string | undefined,
): ParsedAuthorization | undefined {
  if (!value?.startsWith(`${ALGORITHM} `)) return undefined;
  const fields = new Map<string, string>();
  for (const part of value.slice(ALGORITHM.length + 1).split(',')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1));
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return {
    accessKeyId,
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
}

/** RFC 3986 percent-encoding, as the specification asks. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The canonical request the signature is computed over. */
export function canonicalRequest(
  request: SignedRequest,
  signedHeaders: string[],
): string {
  const uri = request.path
    .split('/')
    .map((segment) => percentEncode(decodeURIComponent(segment)))
    .join('/');
  const query = request.query
    .map(([key, value]) => [percentEncode(key), percentEncode(value)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const headers = signedHeaders
    .map((name) => `${name}:${headerValue(request, name).trim()}\n`)
    .join('');
  const payloadHash = headerValue(request, 'x-acs-content-sha256');
  return [
    request.method.toUpperCase(),
    uri || '/',
    query,
    headers,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function expectedSignature(
  request: SignedRequest,
  signedHeaders: string[],
  secret: string,
): string {
  const stringToSign = `${ALGORITHM}\n${sha256Hex(canonicalRequest(request, signedHeaders))}`;
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function headerValue(request: SignedRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}
