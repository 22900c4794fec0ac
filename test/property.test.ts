// Properties of the engine over random and mutated request files: it never
// throws, always finishes, returns a well-formed result, and every finding
// lies inside its file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint } from '../src/engine/lint.js';
import type { LintResults } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'vaultlint-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARAMETERS = [
  'VaultRegionId',
  'VaultName',
  'Description',
  'VaultType',
  'VaultStorageClass',
  'WormEnabled',
  'EncryptType',
  'KmsKeyId',
  'Replication',
];

// Values people write, valid or nearly so, beside arbitrary ones.
const plausible = fc.constantFrom(
  'cn-hangzhou',
  'cn-shanghai',
  'cn-hangzou',
  'STANDARD',
  'standard',
  'IA',
  'ARCHIVE',
  'OTS_BACKUP',
  'KMS',
  'HBR_PRIVATE',
  'alias/finance',
  'alias/acs/hbr',
  'acs:kms:cn-beijing:123456789012:key/key-hzz1234',
  '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  'LTAI5tAbCdEfGhIjKlMnOpQr',
  'yes',
  'no',
  '0123',
  '',
  ' padded ',
  'zero\u200bwidth',
);

const scalar = fc.oneof(
  plausible,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), {
      maxKeys: 4,
    }),
  ),
}));

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PARAMETERS) },
  fc.constantFrom('VaultNmae', 'vaultName', 'AccessKeySecret', '<<', '? x'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A request as key-value pairs, so a key may come twice. */
const pairs = fc.array(fc.tuple(key, value), { minLength: 0, maxLength: 12 });

/** Hand-written YAML: a block mapping, keys in the order given. */
function toYaml([entries, indent]: [Array<[string, unknown]>, number]) {
  return entries
    .map(([k, v]) => {
      const text = stringify({ [k]: v }, { indent, lineWidth: 0 });
      return text;
    })
    .join('');
}

/** JSON with the pairs in order (JSON.stringify would merge duplicates). */
function toJson([entries, indent]: [Array<[string, unknown]>, number]) {
  const pad = ' '.repeat(indent);
  const body = entries.map(
    ([k, v]) => `${pad}${JSON.stringify(k)}: ${JSON.stringify(v) ?? 'null'}`,
  );
  return `{\n${body.join(',\n')}\n}\n`;
}

const documents = fc
  .array(fc.tuple(pairs, fc.integer({ min: 2, max: 6 })), {
    minLength: 1,
    maxLength: 3,
  })
  .map((docs) => docs.map(toYaml).join('---\n'));

/** One change to a file's text. */
const textMutation: fc.Arbitrary<(t: string) => string> = fc.oneof(
  // Truncated anywhere.
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((r) => (t: string) => t.slice(0, Math.floor(t.length * r))),
  // A line duplicated: a duplicate key, mostly.
  fc.nat().map((n) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  }),
  // Lines shuffled: keys in another order, structure possibly broken.
  fc.nat().map((seed) => (t: string) => {
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = (seed * (i + 7)) % (i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  }),
  // Re-indented: every indent scaled, or turned into tabs.
  fc
    .constantFrom('  ', '    ', '\t', ' \t', '')
    .map(
      (unit) => (t: string) => t.replace(/^ +/gm, (s) => unit.repeat(s.length)),
    ),
  // CRLF line ends, a BOM, a lone CR.
  fc.constantFrom(
    (t: string) => t.replace(/\n/g, '\r\n'),
    (t: string) => `\ufeff${t}`,
    (t: string) => t.replace(/\n/, '\r'),
    (t: string) => t.trimEnd(),
  ),
  // Random text inserted anywhere.
  fc
    .tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 }))
    .map(([n, s]) => (t: string) => {
      const at = n % (t.length + 1);
      return t.slice(0, at) + s + t.slice(at);
    }),
  // YAML's own syntax inserted at a line start.
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        '&a ',
        '*a',
        '<<: *a\n',
        '!!binary ',
        '? ',
        '- ',
        '%YAML 1.1\n',
        '...\n',
        '--- ',
        '{',
        '"',
        "'",
        '# vaultlint-disable-line\n',
        '# vaultlint-disable-next-line deprecated-storage-clas -- why\n',
        '# vaultlint-disable-next-line deprecated-storage-class -- why\n',
        '# vaultlint-disable-file no-credentials, kms-key-required -- why\n',
        'x: |\n',
      ),
    )
    .map(([n, s]) => (t: string) => {
      const lines = t.split('\n');
      const i = n % lines.length;
      lines[i] = s + lines[i];
      return lines.join('\n');
    }),
);

/** Appends a suppression comment to one line. */
const suppression: fc.Arbitrary<(t: string) => string> = fc
  .tuple(
    fc.nat(),
    fc.constantFrom(
      'deprecated-storage-class',
      'no-such-rule',
      'invalid-value',
      '',
    ),
    fc.constantFrom(' -- a reason', '', ' --'),
  )
  .map(([n, rule, reason]) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    lines[i] += `  # vaultlint-disable-line ${rule}${reason}`;
    return lines.join('\n');
  });

/** One change to a file's bytes. */
const byteMutation: fc.Arbitrary<(b: Buffer) => Buffer> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.integer({ min: 0, max: 7 }))
    .map(([n, bit]) => (b: Buffer) => {
      if (b.length === 0) return b;
      const out = Buffer.from(b);
      out[n % b.length] ^= 1 << bit;
      return out;
    }),
  fc
    .tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }))
    .map(([n, bytes]) => (b: Buffer) => {
      const at = n % (b.length + 1);
      return Buffer.concat([b.subarray(0, at), bytes, b.subarray(at)]);
    }),
  fc.nat().map((n) => (b: Buffer) => b.subarray(0, n % (b.length + 1))),
);

/** Lints text as if read from standard input under a name. */
function lintText(text: string, filename = 'vaults/request.yaml') {
  return lint([], { cwd: dir, stdin: { text, filename } });
}

let counter = 0;

/** Lints bytes written to a file, so invalid UTF-8 reaches the engine. */
async function lintBytes(bytes: Buffer, extension: 'yaml' | 'json') {
  counter += 1;
  const name = `case-${counter}.vault.${extension}`;
  writeFileSync(join(dir, name), bytes);
  return { name, results: await lint([name], { cwd: dir }) };
}

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * Asserts the result is well-formed and that each finding lies inside the
 * text: the position after the last character (and, after a final newline,
 * the start of the line that follows) counts as inside.
 */
function expectWellFormed(
  results: LintResults,
  file: string,
  bytes: Buffer | string,
): void {
  const text = new TextDecoder('utf-8').decode(
    typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
  );
  // A lone carriage return ends a line, as in YAML 1.2.
  const lines = text.split(/\r(?!\n)|\n/);
  expect(results.files.map((f) => f.file)).toEqual([file]);
  const [only] = results.files;

  const inside = (line: number, column: number, what: string) => {
    expect(Number.isInteger(line) && line >= 1, what).toBe(true);
    expect(Number.isInteger(column) && column >= 1, what).toBe(true);
    expect(line, what).toBeLessThanOrEqual(lines.length);
    expect(column, what).toBeLessThanOrEqual(lines[line - 1].length + 1);
  };

  let errors = 0;
  for (const f of only.findings) {
    const what = `${f.ruleId} ${JSON.stringify(f.range)}: ${f.message}`;
    expect(f.file).toBe(file);
    expect(f.ruleId, what).toMatch(RULE_ID);
    expect(SEVERITIES.has(f.severity), what).toBe(true);
    expect(f.message, what).toMatch(/^[A-Z`"].*\.$/s);
    inside(f.range.start.line, f.range.start.column, what);
    inside(f.range.end.line, f.range.end.column, what);
    const order =
      f.range.end.line - f.range.start.line ||
      f.range.end.column - f.range.start.column;
    expect(order, what).toBeGreaterThanOrEqual(0);
    if (f.pointer !== undefined) expect(f.pointer, what).toMatch(/^(\/.*)?$/s);
    if (f.document !== undefined) {
      expect(Number.isInteger(f.document) && f.document >= 1, what).toBe(true);
    }
    for (const s of f.suggestions ?? []) expect(typeof s).toBe('string');
    if (f.severity === 'error' && !f.suppressed) errors += 1;
  }
  expect(results.summary.errors).toBe(errors);
  expect(results.summary.files).toBe(1);
}

const runs = (n: number) => ({ numRuns: n, endOnFailure: true });

describe('the engine on random input', () => {
  it('holds for generated YAML requests with text mutations', async () => {
    await fc.assert(
      fc.asyncProperty(
        documents,
        fc.array(fc.oneof(textMutation, suppression), { maxLength: 3 }),
        async (text, mutations) => {
          const mutated = mutations.reduce((t, m) => m(t), text);
          const results = await lintText(mutated);
          expectWellFormed(results, 'vaults/request.yaml', mutated);
        },
      ),
      runs(300),
    );
  });

  it('holds for generated JSON requests with text mutations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(pairs, fc.integer({ min: 0, max: 4 })).map(toJson),
        fc.array(textMutation, { maxLength: 2 }),
        async (text, mutations) => {
          const mutated = mutations.reduce((t, m) => m(t), text);
          const results = await lintText(mutated, 'x.vault.json');
          expectWellFormed(results, 'x.vault.json', mutated);
        },
      ),
      runs(200),
    );
  });

  it('holds for byte-level mutations, written to files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          documents,
          fc.tuple(pairs, fc.integer({ min: 0, max: 4 })).map(toJson),
        ),
        fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('yaml' as const, 'json' as const),
        async (text, mutations, extension) => {
          const bytes = mutations.reduce(
            (b, m) => m(b),
            Buffer.from(text, 'utf8') as Buffer,
          );
          const { name, results } = await lintBytes(bytes, extension);
          expectWellFormed(results, name, bytes);
        },
      ),
      runs(200),
    );
  });

  it('holds for arbitrary unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('r.vault.yaml', 'r.vault.json'),
        async (text, filename) => {
          const results = await lintText(text, filename);
          expectWellFormed(results, filename, text);
        },
      ),
      runs(200),
    );
  });

  it('holds for deep nesting, huge values and alias chains', async () => {
    const deep = fc
      .tuple(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq'),
      )
      .map(([n, style]) => {
        const head =
          'VaultRegionId: cn-hangzhou\nVaultName: deep\nDescription:';
        if (style === 'flow-seq')
          return `${head} ${'['.repeat(n)}${']'.repeat(n)}\n`;
        if (style === 'flow-map')
          return `${head} ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
        const lines = Array.from({ length: n }, (_, i) =>
          style === 'block-map'
            ? `${' '.repeat(i + 1)}k${i}:`
            : `${' '.repeat(i + 1)}-`,
        );
        return `${head}\n${lines.join('\n')} end\n`;
      });
    const huge = fc
      .tuple(
        fc.integer({ min: 1, max: 300_000 }),
        fc.constantFrom('a', '😀', ' ', 'é\u0301', '\\'),
        fc.constantFrom('plain', 'double', 'single', 'literal'),
      )
      .map(([n, unit, style]) => {
        const body = unit.repeat(n);
        const value =
          style === 'double'
            ? JSON.stringify(body)
            : style === 'single'
              ? `'${body}'`
              : style === 'literal'
                ? `|\n  ${body}`
                : body;
        return `VaultRegionId: cn-hangzhou\nVaultName: ${value}\n`;
      });
    const aliases = fc.integer({ min: 1, max: 12 }).map((levels) => {
      const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i <= levels; i++) {
        const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
        lines.push(`a${i}: &a${i} [${refs}]`);
      }
      lines.push(`VaultName: *a${levels}`, 'VaultRegionId: cn-hangzhou', '');
      return lines.join('\n');
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(deep, huge, aliases), async (text) => {
        const results = await lintText(text);
        expectWellFormed(results, 'vaults/request.yaml', text);
      }),
      runs(60),
    );
  });
});

// Counterexamples the properties found, kept as literal cases.
describe('regressions', () => {
  it('ends the message about a misspelled rule in a suppression with a period', async () => {
    const text =
      'VaultRegionId: cn-hangzhou\nVaultName: a\nVaultType: STANDARD  # vaultlint-disable-line deprecated-storage-clas -- why\n';
    const results = await lintText(text);
    expect(results.files[0].findings.map((f) => f.message)).toEqual([
      'Unexpected rule "deprecated-storage-clas" in vaultlint-disable-line; expected "deprecated-storage-class".',
    ]);
  });

  it('reports a mapping in an enum field once, as a type error', async () => {
    const text =
      'VaultRegionId: cn-hangzhou\nVaultName: a\nVaultType:\n  a: 1\n';
    const results = await lintText(text);
    expect(
      results.files[0].findings.map((f) => [f.ruleId, f.message, f.range]),
    ).toEqual([
      [
        'invalid-type',
        'Expected VaultType to be a string, got a mapping.',
        { start: { line: 4, column: 3 }, end: { line: 5, column: 1 } },
      ],
    ]);
  });

  it('reports a number in an enum field once, as a type error', async () => {
    const text = 'VaultRegionId: cn-hangzhou\nVaultName: b\nVaultType: 5\n';
    const results = await lintText(text);
    expect(results.files[0].findings.map((f) => f.ruleId)).toEqual([
      'invalid-type',
    ]);
  });
});
