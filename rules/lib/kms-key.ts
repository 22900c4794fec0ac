/**
 * The forms a KMS key identifier takes, shared by the KmsKeyId rules so
 * that they agree on what a key ID, an alias and an ARN are.
 */

/** Key IDs KMS issues today: `key-` and lower-case letters and digits. */
export const KEY_ID = /^key-[a-z0-9]+$/;

/** Key IDs of older keys: a UUID. */
export const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ALIAS_PREFIX = 'alias/';

/** Aliases under this prefix belong to keys that services manage. */
export const RESERVED_ALIAS_PREFIX = 'alias/acs/';

export const ALIAS_MAX_LENGTH = 255;

/** Characters KMS allows in an alias name, after the prefix. */
export const ALIAS_CHARACTER = /^[A-Za-z0-9_/-]$/;

const ARN = /^acs:kms:([^:]*):([^:]*):(key|alias)\/(.*)$/s;
const REGION = /^[a-z]+(-[a-z0-9]+)+$/;
const ACCOUNT = /^[0-9]+$/;

export type KmsKey =
  | { form: 'key-id'; value: string }
  | { form: 'alias'; value: string; name: string }
  | {
      form: 'arn';
      value: string;
      region: string;
      account: string;
      /** The key ID or alias the ARN names, as KmsKeyId would take it. */
      resource: string;
    }
  | { form: 'unknown'; value: string };

/** Sorts a KmsKeyId value into its form; form checks come after. */
export function parseKmsKey(value: string): KmsKey {
  const arn = ARN.exec(value);
  if (arn) {
    const [, region, account, kind, rest] = arn;
    const resource = kind === 'alias' ? `${ALIAS_PREFIX}${rest}` : rest;
    return { form: 'arn', value, region, account, resource };
  }
  if (value.startsWith(ALIAS_PREFIX)) {
    return { form: 'alias', value, name: value.slice(ALIAS_PREFIX.length) };
  }
  if (value.startsWith('key-') || UUID.test(value)) {
    return { form: 'key-id', value };
  }
  return { form: 'unknown', value };
}

/** Why an alias is malformed, or undefined when it is well formed. */
export function aliasProblem(
  name: string,
):
  | { kind: 'length'; length: number }
  | { kind: 'character'; character: string }
  | undefined {
  const characters = [...name];
  if (characters.length < 1 || characters.length > ALIAS_MAX_LENGTH)
    return { kind: 'length', length: characters.length };
  const bad = characters.find((c) => !ALIAS_CHARACTER.test(c));
  return bad === undefined ? undefined : { kind: 'character', character: bad };
}

/** A key ID or UUID in the form KMS issues. */
export function isKeyId(value: string): boolean {
  return KEY_ID.test(value) || UUID.test(value);
}

/** An ARN whose region, account and key ID or alias are all well formed. */
export function isWellFormedArn(key: KmsKey): boolean {
  if (key.form !== 'arn') return false;
  if (!REGION.test(key.region) || !ACCOUNT.test(key.account)) return false;
  return key.resource.startsWith(ALIAS_PREFIX)
    ? aliasProblem(key.resource.slice(ALIAS_PREFIX.length)) === undefined
    : isKeyId(key.resource);
}
