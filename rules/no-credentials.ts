import requestSchema from '../schemas/create-vault.schema.json' with {
  type: 'json',
};
import { defineRule } from '../src/rule.js';
import {
  CREDENTIAL_KEY,
  CREDENTIAL_VALUE,
  findAssignedCredentials,
  findCredentials,
} from './lib/credentials.js';

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
    // Reported by the engine, which reads the comments of request files.
    comment:
      'Unexpected access key in a comment; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
    // Reported by the engine, which reads a file that does not parse as text.
    text: 'Unexpected access key in a file that does not parse; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
  },

  check({ raw }, context) {
    const found = Object.entries(raw).flatMap(([key, value]) =>
      credentialsIn([key], value),
    );
    // A secret copied to another key (a YAML alias, a second paste) is
    // found there too.
    const secrets = new Set(found.flatMap((f) => f.secrets));
    const elsewhere =
      secrets.size === 0
        ? []
        : Object.entries(raw).flatMap(([key, value]) =>
            copiesIn([key], value, secrets).filter(
              (copy) => !found.some((f) => samePath(f.path, copy.path)),
            ),
          );
    for (const credential of [...found, ...elsewhere]) {
      // The secret itself never reaches any output.
      for (const secret of credential.secrets) context.redact(secret);
      context.report({
        messageId: credential.byKey ? 'key' : 'value',
        data: { key: credential.path.join('.') },
        // The credential's own key or list item, however deep it sits.
        pointer: pointerTo(credential.path),
      });
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
  const key = path[path.length - 1];
  if (isCredentialKey(key))
    return [{ path, secrets: leaves(value), byKey: true }];

  // An access key pasted as a key: it is secret, and so is its value.
  const keyAsCredential = findCredentials(key).map((m) => m[0]);
  if (keyAsCredential.length > 0) {
    const secrets = [...keyAsCredential, ...leaves(value)];
    return [{ path, secrets, byKey: true }];
  }

  if (value !== null && typeof value === 'object') {
    return children(value).flatMap(([k, v]) => credentialsIn([...path, k], v));
  }
  if (typeof value !== 'string') return [];
  const secrets = [
    ...(CREDENTIAL_VALUE.test(value)
      ? findCredentials(value).map((m) => m[0])
      : []),
    ...findAssignedCredentials(value),
  ];
  return secrets.length > 0 ? [{ path, secrets, byKey: false }] : [];
}

/** Values that hold one of the secrets found elsewhere in the request. */
function copiesIn(
  path: string[],
  value: unknown,
  secrets: ReadonlySet<string>,
): Credential[] {
  if (value !== null && typeof value === 'object') {
    return children(value).flatMap(([k, v]) =>
      copiesIn([...path, k], v, secrets),
    );
  }
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return [];
  const held = [...secrets].filter((s) => s.length >= 6 && text.includes(s));
  return held.length > 0 ? [{ path, secrets: held, byKey: false }] : [];
}

function samePath(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * Whether a key's name says it holds a credential. The API's own
 * parameters, nearly every key of every file, never do.
 */
function isCredentialKey(key: string): boolean {
  return !PARAMETERS.has(key) && CREDENTIAL_KEY.test(key.replace(/\s/g, ''));
}

const PARAMETERS = new Set(Object.keys(requestSchema.properties));

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
