/**
 * What credentials look like, for the no-credentials rule and for the
 * engine, which masks them in every output whichever rule is on.
 */

/** What every output shows in place of a secret. */
export const MASK = '********';

/** Keys that only ever hold credentials, whatever their spelling. */
export const CREDENTIAL_KEY =
  /^(ak|sk|token|password|passwd|pwd)$|access[-_]?key|secret|passw(or)?d|security[-_]?token|sts[-_]?token|private[-_]?key|credential/i;

// Lookarounds rather than \b: an underscore is a word character, so
// `LTAI…_backup` has no word boundary after the key, yet holds one.
const ACCESS_KEY =
  '(?<![A-Za-z0-9])(?:LTAI[A-Za-z0-9]{12,30}|STS\\.[A-Za-z0-9]{20,})(?![A-Za-z0-9])';
const PRIVATE_KEY =
  '-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)';

/** Text that looks like an Alibaba Cloud access key, STS token or key. */
export const CREDENTIAL_VALUE = new RegExp(`${ACCESS_KEY}|${PRIVATE_KEY}`);

const EVERY_CREDENTIAL = new RegExp(CREDENTIAL_VALUE.source, 'g');

/**
 * A credential given a name inside a text, as pasted from an environment
 * file, a CLI profile, a command line or a URL: `AccessKeySecret=…`,
 * `"access_key_secret": "…"`, `password: …`, `--access-key-secret …`,
 * `Bearer …`, `https://user:…@host`. The group is the secret. Prose names
 * credentials too ("Password: rotated monthly"), so what follows the name
 * counts only when it looks like a secret (`looksSecret`).
 */
const NAMED =
  '(?:alibaba[-_]?cloud[-_]?)?access[-_ ]?key(?:[-_ ]?(?:id|secret))?|(?:client[-_]?)?secret(?:[-_ ]?(?:access[-_ ]?)?key)?|(?:security|sts|auth|api|access)[-_ ]?token|token|api[-_ ]?key|passw(?:or)?d|passphrase';
/** Names too short to be known inside a longer word (`task=…`). */
const SHORT = 'pwd|sk|ak';
/** Names so plain that a space may stand for the `=`. */
const SPACED =
  'access[-_ ]?key[-_ ]?(?:id|secret)|secret[-_ ]?access[-_ ]?key|bearer|basic';
const FLAGS =
  '--(?:access-key-(?:id|secret)|(?:sts|security|auth|access)-token|token|api-key|password|secret)';
/** A value: quoted whole, or up to the next space, quote or `&` (a query). */
const VALUE = `(?:"([^"\\n]{6,})"|'([^'\\n]{6,})'|([^\\s"'&]{6,}))`;
const ASSIGNED = new RegExp(
  [
    // A name glued to a word before it counts: mysqlPassword=, X-Auth-Token:.
    `(?:(?:${NAMED})|(?<![A-Za-z0-9])(?:${SHORT}))["']?\\s*[=:]\\s*${VALUE}`,
    `(?<![A-Za-z0-9])(?:${SPACED})\\s+${VALUE}`,
    `${FLAGS}(?:=|\\s+)${VALUE}`,
    // A URL's password runs to the last @ of its host part.
    '\\b[a-z][a-z0-9+.-]*:\\/\\/[^\\s/:@]*:([^\\s/]+)@',
  ].join('|'),
  'gi',
);

/** The secret of an ASSIGNED match: whichever group caught it. */
function secretOf(match: RegExpMatchArray): string {
  const found = match.slice(1).find((group) => group !== undefined) ?? '';
  // A sentence goes on after a bare value: "password=…, then".
  return /^["']/.test(match[0].slice(-found.length - 1))
    ? found
    : found.replace(/[,;.]+$/, '');
}

/**
 * Whether a word looks like a secret rather than a word of prose: letters
 * and digits mixed, or both cases over a long run, or a long run alone;
 * never words joined by hyphens or dots ("KMS-encrypted", "OAuth2.0").
 */
function looksSecret(word: string): boolean {
  if (word.length < 24 && /^[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+$/.test(word)) {
    return false;
  }
  return (
    (word.length >= 7 && /\d/.test(word) && /[A-Za-z]/.test(word)) ||
    (word.length >= 12 && /[a-z]/.test(word) && /[A-Z]/.test(word)) ||
    word.length >= 24
  );
}

/** Every credential-looking text in `text`, in order. */
export function findCredentials(text: string): RegExpExecArray[] {
  return mayHold(text) ? [...text.matchAll(EVERY_CREDENTIAL)] : [];
}

/** The secrets a text names (`AccessKeySecret=…`), in order. */
export function findAssignedCredentials(text: string): string[] {
  if (!mayName(text)) return [];
  return [...text.matchAll(ASSIGNED)].map(secretOf).filter(looksSecret);
}

/** The text with every credential-looking part replaced by the mask. */
export function maskCredentials(text: string): string {
  const masked = mayHold(text) ? text.replace(EVERY_CREDENTIAL, MASK) : text;
  return mayName(masked)
    ? masked.replace(ASSIGNED, (...args) => {
        const whole = args[0] as string;
        // The groups come between the match and its offset and text.
        const groups = args.slice(1, -2);
        const secret = secretOf([whole, ...groups] as RegExpMatchArray);
        if (!looksSecret(secret)) return whole;
        const at = whole.lastIndexOf(secret);
        return `${whole.slice(0, at)}${MASK}${whole.slice(at + secret.length)}`;
      })
    : masked;
}

/**
 * A cheap first look: every output string passes through here, and the
 * patterns' lookbehinds would otherwise try each position of each one.
 */
function mayHold(text: string): boolean {
  return (
    text.includes('LTAI') ||
    text.includes('STS.') ||
    text.includes('-----BEGIN')
  );
}

function mayName(text: string): boolean {
  return /key|token|secret|pass|pwd|sk|ak|bearer|basic|:\/\//i.test(text);
}

/**
 * An AccessKey secret: a run of 30 or more letters and digits mixing
 * upper case, lower case and digits. Too loose for request values, where
 * a vault name may look like that; config files have no such values.
 */
const SECRET_SHAPE =
  /(?<![A-Za-z0-9])(?=[A-Za-z0-9]{30,64}(?![A-Za-z0-9]))(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]+/g;

/** The user and password of a URL: `https://user:pass@host`. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"']*@/gi;

/**
 * Config text with credentials, secret-shaped words and URL userinfo
 * masked: for values and messages about `.vaultlint.yaml`.
 */
export function maskConfigText(text: string): string {
  return maskCredentials(text)
    .replace(URL_USERINFO, `$1${MASK}@`)
    .replace(SECRET_SHAPE, MASK);
}
