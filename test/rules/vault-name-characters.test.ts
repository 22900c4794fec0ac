import rule from '../../rules/vault-name-characters.js';
import { lines, testRule } from '../helpers/rule-tester.js';

/** A request whose VaultName is the given YAML scalar, as written. */
const request = (name: string) =>
  lines('VaultRegionId: cn-shanghai', `VaultName: ${name}`);

const TABBED =
  'a<U+0009>b<U+0009>c<U+0009>d<U+0009>e<U+0009>f<U+0009>g<U+0009>h<U+0009>i<U+0009>j<U+0009>k<U+0009>l<U+0009>m';

testRule(rule, [
  {
    name: 'accepts a plain ASCII name',
    yaml: request('finance-daily'),
    findings: [],
  },
  {
    name: 'accepts spaces inside a name',
    yaml: request('"Finance daily backups"'),
    findings: [],
  },
  {
    name: 'accepts letters of other scripts',
    yaml: request('"财务备份-日次-Ελληνικά-ß"'),
    findings: [],
  },
  {
    name: 'accepts emoji, joined sequences and flags included',
    yaml: request('"🗄 👩‍💻 🏳️‍🌈 1️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿"'),
    findings: [],
  },
  {
    name: 'accepts a zero-width non-joiner inside a Persian word',
    yaml: request('"پشتیبان‌گیری"'),
    findings: [],
  },
  {
    name: 'reports leading white space once per run',
    yaml: request('"  finance-daily"'),
    findings: [
      {
        messageId: 'leadingSpace',
        message:
          'Unexpected white space U+0020 (space) at position 1 of VaultName "  finance-daily"; expected the name to start with a visible character.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 29,
        suggestions: ['finance-daily'],
      },
    ],
  },
  {
    name: 'reports a lone surrogate, spelled out',
    yaml: request('"finance\\ud800daily"'),
    findings: [
      {
        messageId: 'surrogate',
        message:
          'Unexpected lone surrogate U+D800 at position 8 of VaultName "finance<U+D800>daily"; expected whole characters, as a name must be valid Unicode.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 32,
        suggestions: ['financedaily'],
      },
    ],
  },
  {
    name: 'reports trailing white space at its first character',
    yaml: request('"finance-daily\\u3000"'),
    findings: [
      {
        messageId: 'trailingSpace',
        message:
          'Unexpected white space U+3000 (ideographic space) at position 14 of VaultName "finance-daily<U+3000>"; expected the name to end with a visible character.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 33,
        suggestions: ['finance-daily'],
      },
    ],
  },
  {
    name: 'reports a zero-width space with its position',
    yaml: request('"finance\\u200B-daily"'),
    findings: [
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+200B (zero width space) at position 8 of VaultName "finance<U+200B>-daily"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 33,
        suggestions: ['finance-daily'],
      },
    ],
  },
  {
    name: 'reports a zero-width joiner between Latin letters',
    yaml: request('"fin\\u200Dance"'),
    findings: [
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+200D (zero width joiner) at position 4 of VaultName "fin<U+200D>ance"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 27,
        suggestions: ['finance'],
      },
    ],
  },
  {
    name: 'reports a word joiner, a soft hyphen and a byte-order mark',
    yaml: request('"\\uFEFFfin\\u00ADan\\u2060ce"'),
    findings: [
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+FEFF (zero width no-break space) at position 1 of VaultName "<U+FEFF>fin<U+00AD>an<U+2060>ce"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 39,
        suggestions: ['finance'],
      },
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+00AD (soft hyphen) at position 5 of VaultName "<U+FEFF>fin<U+00AD>an<U+2060>ce"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 39,
        suggestions: ['finance'],
      },
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+2060 (word joiner) at position 8 of VaultName "<U+FEFF>fin<U+00AD>an<U+2060>ce"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 39,
        suggestions: ['finance'],
      },
    ],
  },
  {
    name: 'reports a space hidden behind an invisible character as leading',
    yaml: request('"\\u200B finance"'),
    findings: [
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+200B (zero width space) at position 1 of VaultName "<U+200B> finance"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: ['finance'],
      },
      {
        messageId: 'leadingSpace',
        message:
          'Unexpected white space U+0020 (space) at position 2 of VaultName "<U+200B> finance"; expected the name to start with a visible character.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: ['finance'],
      },
    ],
  },
  {
    name: 'reports a tab as a control character',
    yaml: request('"finance\\tdaily"'),
    findings: [
      {
        messageId: 'control',
        message:
          'Unexpected control character U+0009 (character tabulation) at position 8 of VaultName "finance<U+0009>daily"; expected only printable characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 28,
        suggestions: ['financedaily'],
      },
    ],
  },
  {
    name: 'reports the line feed a block scalar keeps',
    yaml: lines('VaultRegionId: cn-shanghai', 'VaultName: |', '  finance'),
    findings: [
      {
        messageId: 'control',
        message:
          'Unexpected control character U+000A (line feed) at position 8 of VaultName "finance<U+000A>"; expected only printable characters.',
        line: 2,
        column: 12,
        endLine: 4,
        endColumn: 1,
        suggestions: ['finance'],
      },
    ],
  },
  {
    name: 'reports a right-to-left override',
    yaml: request('"invoice\\u202Efdp.exe"'),
    findings: [
      {
        messageId: 'bidi',
        message:
          'Unexpected bidirectional control U+202E (right-to-left override) at position 8 of VaultName "invoice<U+202E>fdp.exe"; expected none, as it makes the name display in another order than it is stored.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 34,
        suggestions: ['invoicefdp.exe'],
      },
    ],
  },
  {
    name: 'reports a name of white space only without a suggestion',
    yaml: request('"   "'),
    findings: [
      {
        messageId: 'leadingSpace',
        message:
          'Unexpected white space U+0020 (space) at position 1 of VaultName "   "; expected the name to start with a visible character.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'reports ten characters one by one and the rest together',
    yaml: request('"a\\tb\\tc\\td\\te\\tf\\tg\\th\\ti\\tj\\tk\\tl\\tm"'),
    findings: [
      ...[2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map((position) => ({
        messageId: 'control',
        message: `Unexpected control character U+0009 (character tabulation) at position ${position} of VaultName "${TABBED}"; expected only printable characters.`,
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 51,
        suggestions: ['abcdefghijklm'],
      })),
      {
        messageId: 'more',
        message: `Unexpected 2 more white-space, invisible or control characters in VaultName "${TABBED}"; expected only visible characters.`,
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 51,
        suggestions: ['abcdefghijklm'],
      },
    ],
  },
  {
    name: 'reports a variation selector with nothing to modify',
    yaml: request('"\\uFE0Ffinance"'),
    findings: [
      {
        messageId: 'invisible',
        message:
          'Unexpected invisible character U+FE0F (variation selector-16) at position 1 of VaultName "<U+FE0F>finance"; expected only visible characters.',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 27,
        suggestions: ['finance'],
      },
    ],
  },
]);
