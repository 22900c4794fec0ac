import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { describeChar, visible } from './lib/text.js';

type Kind = 'control' | 'bidi' | 'invisible' | 'surrogate';

const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const SPACE = /\s/u;
/** Half of a UTF-16 pair without its other half: no character at all. */
const SURROGATE = /\p{Cs}/u;

const PLAIN_ASCII = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Characters reported one by one; the rest share one finding. */
const MAX_REPORTS = 10;

const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /[\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
/** Subdivision flags: a black flag, tag letters, a cancel tag. */
const TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
/** Scripts whose spelling uses the zero-width joiner and non-joiner. */
const JOINING_SCRIPT =
  /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Mongolian}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Tibetan}]/u;

export default defineRule({
  id: 'vault-name-characters',
  type: 'problem',
  severity: 'error',
  description:
    'Disallow white space around VaultName and invisible, control or bidirectional characters in it',
  api: CREATE_VAULT_API,
  tags: ['naming', 'security'],
  defaultOptions: {},
  messages: {
    leadingSpace:
      'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to start with a visible character.',
    trailingSpace:
      'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to end with a visible character.',
    control:
      'Unexpected control character {{char}} at position {{position}} of VaultName "{{name}}"; expected only printable characters.',
    bidi: 'Unexpected bidirectional control {{char}} at position {{position}} of VaultName "{{name}}"; expected none, as it makes the name display in another order than it is stored.',
    invisible:
      'Unexpected invisible character {{char}} at position {{position}} of VaultName "{{name}}"; expected only visible characters.',
    surrogate:
      'Unexpected lone surrogate {{char}} at position {{position}} of VaultName "{{name}}"; expected whole characters, as a name must be valid Unicode.',
    more: 'Unexpected {{count}} more white-space, invisible or control characters in VaultName "{{name}}"; expected only visible characters.',
  },

  check({ params }, context) {
    const name = params.VaultName;

    // Absent or not a string: the schema's finding.
    if (name === undefined) return;

    // Printable ASCII with no space at either end: the common case, clean.
    if (PLAIN_ASCII.test(name)) return;

    const problems = scan(name);
    // Letters of any script, emoji and inner spaces are all fine.
    if (problems.length === 0) return;

    const chars = [...name];
    const shown = visible(name);
    const cleaned = clean(chars, problems);
    const fix = cleaned ? { suggestions: [cleaned] } : {};
    for (const { index, messageId } of problems.slice(0, MAX_REPORTS)) {
      context.report({
        messageId,
        data: {
          char: describeChar(chars[index]),
          position: index + 1,
          name: shown,
        },
        pointer: '/VaultName',
        ...fix,
      });
    }

    // A name full of hidden characters gets one finding for the rest.
    if (problems.length <= MAX_REPORTS) return;
    context.report({
      messageId: 'more',
      data: { count: problems.length - MAX_REPORTS, name: shown },
      pointer: '/VaultName',
      ...fix,
    });
  },
});

interface Problem {
  /** Index of the character, in code points. */
  index: number;
  messageId: Kind | 'leadingSpace' | 'trailingSpace';
}

/** Every offending character; a run of edge spaces counts once. */
function scan(name: string): Problem[] {
  const chars = [...name];
  const allowed = tagSequenceIndexes(chars);
  const problems: Problem[] = [];
  for (const [index] of chars.entries()) {
    const kind = allowed.has(index) ? undefined : classify(chars, index);
    if (kind) problems.push({ index, messageId: kind });
  }

  // Edge runs look through the characters already flagged: in
  // "\u200B name" the space still leads what a reader sees.
  const flagged = new Set(problems.map((p) => p.index));
  const blank = (i: number) => SPACE.test(chars[i]) || flagged.has(i);
  const plainSpace = (i: number) => SPACE.test(chars[i]) && !flagged.has(i);
  let start = 0;
  while (start < chars.length && blank(start)) start += 1;
  let end = chars.length;
  while (end > start && blank(end - 1)) end -= 1;

  const leading = range(0, start).find(plainSpace);
  if (leading !== undefined)
    problems.push({ index: leading, messageId: 'leadingSpace' });
  const trailing = range(end, chars.length).find(plainSpace);
  if (trailing !== undefined)
    problems.push({ index: trailing, messageId: 'trailingSpace' });
  return problems.sort((a, b) => a.index - b.index);
}

function classify(chars: string[], index: number): Kind | undefined {
  const char = chars[index];
  if (SURROGATE.test(char)) return 'surrogate';
  if (CONTROL.test(char)) return 'control';
  if (BIDI.test(char)) return 'bidi';
  if (!INVISIBLE.test(char)) return undefined;

  // Joiners inside an emoji sequence or a word of a joining script.
  if ((char === ZWJ || char === ZWNJ) && joins(chars, index)) return undefined;

  // A variation selector picks the glyph of the character before it.
  const before = chars[index - 1];
  if (
    VARIATION_SELECTOR.test(char) &&
    before !== undefined &&
    !SPACE.test(before) &&
    !INVISIBLE.test(before) &&
    !CONTROL.test(before)
  )
    return undefined;
  return 'invisible';
}

/** Whether a joiner sits between two emoji or two letters that join. */
function joins(chars: string[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && EMOJI_MODIFIER.test(chars[before])) before -= 1;
  const previous = chars[before];
  const next = chars[index + 1];
  if (previous === undefined || next === undefined) return false;
  if (chars[index] === ZWJ && EMOJI.test(previous) && EMOJI.test(next))
    return true;
  return JOINING_SCRIPT.test(previous) && JOINING_SCRIPT.test(next);
}

/** Indexes of tag characters that belong to a subdivision flag. */
function tagSequenceIndexes(chars: string[]): Set<number> {
  const indexes = new Set<number>();
  const text = chars.join('');
  for (const match of text.matchAll(TAG_SEQUENCE)) {
    const start = [...text.slice(0, match.index)].length;
    const length = [...match[0]].length;
    for (let i = start + 1; i < start + length; i++) indexes.add(i);
  }
  return indexes;
}

/** The name without the offending characters, or undefined if none is left. */
function clean(chars: string[], problems: Problem[]): string | undefined {
  const drop = new Set(
    problems.filter((p) => !p.messageId.endsWith('Space')).map((p) => p.index),
  );
  const kept = chars.filter((_, i) => !drop.has(i)).join('');
  const trimmed = kept.trim();
  return trimmed === '' ? undefined : trimmed;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
