import { defineRule } from '../src/rule.js';

/** Keys that only ever hold credentials, whatever their spelling. */
const CREDENTIAL_KEY =
  /^(ak|sk|token|password|passwd|pwd)$|access[-_]?key|secret|passw(or)?d|security[-_]?token|sts[-_]?token|private[-_]?key|credential/i;

/** Values that look like Alibaba Cloud access keys, STS tokens or keys. */
const CREDENTIAL_VALUE =
  /\b(LTAI[A-Za-z0-9]{12,30}|STS\.[A-Za-z0-9]{20,})\b|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/;

export default defineRule({
  id: 'no-credentials',
  type: 'problem',
  severity: 'error',
  description: 'Disallow access keys and other credentials in request files',
  tags: ['security'],
  defaultOptions: {},
  messages: {
    key: 'Unexpected credential in "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
    value:
      'Unexpected access key in the value of "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
  },

  check({ raw }, context) {
    for (const [key, value] of Object.entries(raw)) {
      for (const found of credentialsIn([key], value)) {
        // The secret itself never reaches any output.
        for (const secret of found.secrets) context.redact(secret);
        context.report({
          messageId: found.byKey ? 'key' : 'value',
          data: { key: found.path.join('.') },
          // The credential's own key or list item, however deep it sits.
          pointer: pointerTo(found.path),
        });
      }
    }
  },
});

interface Credential {
  /** Keys from the request down to the credential. */
  path: string[];
  /** The texts to mask in every output. */
  secrets: string[];
  /** Found by its key's name rather than by the look of its value. */
  byKey: boolean;
}

/** Credentials in a value, nested mappings and lists included. */
function credentialsIn(path: string[], value: unknown): Credential[] {
  // Under a credential's key, everything it holds is secret.
  const key = path[path.length - 1].replace(/\s/g, '');
  if (CREDENTIAL_KEY.test(key))
    return [{ path, secrets: leaves(value), byKey: true }];

  if (value !== null && typeof value === 'object') {
    return children(value).flatMap(([k, v]) => credentialsIn([...path, k], v));
  }
  const match = typeof value === 'string' ? CREDENTIAL_VALUE.exec(value) : null;
  return match ? [{ path, secrets: [match[0]], byKey: false }] : [];
}

/** The JSON pointer of a path of keys: `/Extra/nested/0/Secret`. */
function pointerTo(path: string[]): string {
  return path
    .map((part) => `/${part.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

function children(value: object): Array<readonly [string, unknown]> {
  return Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value as Record<string, unknown>);
}

/** The scalar texts in a value, at any depth. */
function leaves(value: unknown): string[] {
  if (value !== null && typeof value === 'object')
    return children(value).flatMap(([, v]) => leaves(v));
  return typeof value === 'string' || typeof value === 'number'
    ? [String(value)]
    : [];
}
