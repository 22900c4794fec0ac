// The fast path must agree with the `yaml` library, the authority, on every
// file it accepts: same requests, same positions, same comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/engine/fast-parse.js';
import { parseRequests } from '../src/engine/parse.js';

const KEYS = [
  'VaultRegionId',
  'VaultName',
  'Description',
  'VaultType',
  'VaultStorageClass',
  'WormEnabled',
  'EncryptType',
  'KmsKeyId',
  'Replication',
  'true',
  'NULL',
  'null',
  '__proto__',
  'x_1',
  'Key',
];

const VALUES = [
  '',
  'cn-shanghai',
  'STANDARD',
  'true',
  'False',
  'yes',
  'off',
  '~',
  'null',
  'NULL',
  '0123',
  '1e3',
  '-1.5',
  '.5',
  '1.',
  '+12',
  '0o17',
  '0x1F',
  '.inf',
  '-.Inf',
  '.nan',
  '1_000',
  'a#b',
  'a # c',
  'a: b',
  'a:',
  ':a',
  '- x',
  '"quoted"',
  "'single'",
  '"esc\\n"',
  "'it''s'",
  '"a" # c',
  '"a"b',
  '[1]',
  '{a: 1}',
  '&x a',
  '*x',
  '!tag a',
  '|',
  '>',
  '%x',
  '@x',
  '`x`',
  '? x',
  '财务备份🗄',
  'trailing   ',
  'a  b',
  '# only comment',
  'alias/k-1',
];

const line = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...KEYS),
        fc.constantFrom(...VALUES),
        fc.constantFrom(' ', '  ', ''),
      )
      .map(([k, v, sp]) => `${k}:${sp}${v}`),
  },
  fc.constantFrom(
    '',
    '# a comment',
    '  # indented comment',
    '---',
    '  Indented: x',
    '\tTab: x',
  ),
  fc.string({ maxLength: 12 }),
);

const file = fc
  .tuple(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.boolean())
  .map(
    ([lines, crlf, finalNewline]) =>
      lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? '\n' : ''),
  );

function comparable(parsed: ReturnType<typeof parseRequests>) {
  return {
    problems: parsed.problems,
    comments: parsed.comments,
    requests: parsed.requests.map((r) => ({
      document: r.document,
      raw: Object.entries(r.raw).map(([k, v]) => [
        k,
        Number.isNaN(v) ? 'NaN' : v,
      ]),
      entries: [...r.entries],
      tainted: [...r.tainted],
      mappingStart: r.mapping[0],
    })),
  };
}

describe('fast path', () => {
  it('gives what the yaml library gives, for every file it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(file, (text) => {
        const fast = fastParse(text);
        if (!fast) return;
        accepted += 1;
        expect(comparable(fast)).toEqual(
          comparable(parseRequests(text, 'yaml')),
        );
      }),
      { numRuns: Number(process.env.FAST_PARSE_RUNS ?? 3000) },
    );
    // The property is only worth something if the fast path takes files.
    expect(accepted).toBeGreaterThan(60);
  });

  it('takes a typical request file', () => {
    const text = 'VaultRegionId: cn-shanghai\nVaultName: finance # team\n';
    expect(fastParse(text)).toBeDefined();
  });

  it('leaves anchors, flow collections and nesting to the yaml library', () => {
    expect(fastParse('VaultName: &a x\n')).toBeUndefined();
    expect(fastParse('VaultName: [x]\n')).toBeUndefined();
    expect(fastParse('VaultName:\n  x: 1\n')).toBeUndefined();
  });
});
