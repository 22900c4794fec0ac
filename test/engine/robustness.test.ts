// Reading and parsing request files the way users really write them: pipes
// and FIFOs, endless standard input, unresolved aliases, old line endings,
// other encodings, nested keys, broken JSON, linked folders, odd scalars.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { readStream } from '../../src/engine/read.js';
import type { LintResults } from '../../src/types.js';
import { request, tree } from '../cli/tree.js';
import { findingsOf, runCli } from '../helpers/cli.js';

const repo = join(import.meta.dirname, '..', '..');
const REQUEST =
  'VaultRegionId: cn-hangzhou\nVaultName: a\nVaultType: STANDARD\n';

/** The findings of one file, with what a reader of the report sees. */
function seen(results: LintResults) {
  return results.files.flatMap((f) =>
    f.findings.map((x) => ({
      ruleId: x.ruleId,
      at: `${x.range.start.line}:${x.range.start.column}-${x.range.end.line}:${x.range.end.column}`,
      message: x.message,
      ...(x.pointer !== undefined ? { pointer: x.pointer } : {}),
    })),
  );
}

/** Lints one file of the given content in a fresh folder. */
async function lintOne(name: string, content: string | Buffer) {
  const root = tree({ [name]: content });
  return seen(await lint([name], { cwd: root }));
}

/**
 * Runs the read step in a child process whose standard input is a pipe
 * (`cat` writes into it), as `vaultlint <(…)` or `… | vaultlint` give.
 */
function readPipe(input: string, maxSize: number) {
  const script = `import { readRequestFile } from './src/engine/read.ts';
process.stdout.write(JSON.stringify(readRequestFile('/dev/stdin', ${maxSize})));`;
  const child = spawnSync(
    'sh',
    [
      '-c',
      'cat | "$0" --import tsx --input-type=module -e "$1"',
      process.execPath,
      script,
    ],
    { cwd: repo, input, encoding: 'utf8', timeout: 20_000 },
  );
  expect(child.error).toBeUndefined();
  return JSON.parse(child.stdout);
}

describe('files that are not regular files', () => {
  it('reads a pipe to its end, although it reports no size', () => {
    expect(readPipe(REQUEST, 1000)).toEqual({ ok: true, text: REQUEST });
  });

  it('reports a pipe past the limit without its unknown size', () => {
    expect(readPipe('a: b\n'.repeat(100), 40)).toEqual({
      ok: false,
      problem: {
        ruleId: 'file-too-large',
        message:
          'Unexpected file over the limit of 40 bytes (--max-file-size).',
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    });
  });

  it('reports a named pipe without opening it, so nothing blocks', async () => {
    const root = tree({});
    const made = spawnSync('mkfifo', [join(root, 'fifo.vault.yaml')]);
    expect(made.status).toBe(0);
    expect(seen(await lint(['fifo.vault.yaml'], { cwd: root }))).toEqual([
      {
        ruleId: 'unreadable-file',
        at: '1:1-1:1',
        message:
          'Unexpected named pipe; it is not a regular file, so it is not read.',
      },
    ]);
  }, 20_000);
});

describe('standard input', () => {
  it('stops reading an endless stream one byte past the limit', async () => {
    async function* endless() {
      for (;;) yield Buffer.from('a: b\n');
    }
    const bytes = await readStream(endless(), 1001);
    expect(bytes.length).toBe(1001);
    expect(bytes.subarray(0, 10).toString()).toBe('a: b\na: b\n');
  });

  it('reports input past the limit as too large', async () => {
    const root = tree({});
    const piped = await runCli(
      [
        '-f',
        'json',
        '--max-file-size',
        '1000',
        '--stdin-filename',
        'z.yaml',
        '-',
      ],
      { cwd: root, stdin: 'a: b\n'.repeat(201) },
    );
    expect(piped.code).toBe(1);
    expect(findingsOf(piped.stdout)).toMatchObject([
      {
        ruleId: 'file-too-large',
        message:
          'Unexpected input over the limit of 1000 bytes (--max-file-size).',
        line: 1,
        column: 1,
      },
    ]);
  });

  it('skips a --stdin-filename that the config excludes, like a named file', async () => {
    const root = tree({ '.vaultlint.yaml': 'exclude:\n  - "legacy/**"\n' });
    const result = await runCli(
      ['-f', 'json', '--stdin-filename', 'legacy/old.vault.yaml', '-'],
      { cwd: root, stdin: 'VaultType: nonsense\n' },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual([]);
  });

  it('checks the encoding of the bytes as given', async () => {
    const root = tree({});
    const results = await lint([], {
      cwd: root,
      stdin: {
        filename: 'in.vault.yaml',
        text: Buffer.from(
          'VaultRegionId: cn-hangzhou\nVaultName: caf\xe9\n',
          'latin1',
        ),
      },
    });
    expect(seen(results)).toEqual([
      {
        ruleId: 'invalid-encoding',
        at: '2:15-2:16',
        message:
          'Unexpected byte 0xE9; the file is not valid UTF-8 (save it as UTF-8).',
      },
    ]);
  });
});

describe('aliases without an anchor', () => {
  it('reports a merge of an unknown anchor', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        'VaultRegionId: cn-hangzhou\n<<: *nope\nVaultName: a\n',
      ),
    ).toEqual([
      {
        ruleId: 'syntax-error',
        at: '2:5-2:10',
        message:
          'Unexpected alias *nope; no anchor &nope comes before it in this document.',
      },
    ]);
  });

  it('reports a value that names an unknown anchor, and nothing built on it', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        'VaultRegionId: cn-hangzhou\nVaultName: *nope\nVaultType: STANDARD\n',
      ),
    ).toEqual([
      {
        ruleId: 'syntax-error',
        at: '2:12-2:17',
        message:
          'Unexpected alias *nope; no anchor &nope comes before it in this document.',
      },
    ]);
  });

  it('reports an anchor of an earlier document used in a later one', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        'VaultRegionId: cn-hangzhou\nVaultName: &n one\n---\nVaultRegionId: cn-hangzhou\nVaultName: *n\n',
      ),
    ).toEqual([
      {
        ruleId: 'syntax-error',
        at: '5:12-5:14',
        message:
          'Unexpected alias *n; no anchor &n comes before it in this document.',
      },
    ]);
  });
});

describe('line ends', () => {
  it('reads carriage returns alone as line breaks, as YAML 1.2 does', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        'VaultRegionId: cn-hangzhou\rVaultName: a\rVaultType: x\r',
      ),
    ).toEqual([
      {
        ruleId: 'invalid-value',
        at: '3:12-3:13',
        message:
          'Unexpected VaultType "x"; expected one of STANDARD, OTS_BACKUP.',
        pointer: '/VaultType',
      },
    ]);
  });

  it('reads JSON with carriage returns alone', async () => {
    expect(
      await lintOne(
        'a.vault.json',
        '{\r  "VaultRegionId": "cn-hangzhou",\r  "VaultName": "a",\r  "VaultType": "x"\r}\r',
      ),
    ).toEqual([
      {
        ruleId: 'invalid-value',
        at: '4:16-4:19',
        message:
          'Unexpected VaultType "x"; expected one of STANDARD, OTS_BACKUP.',
        pointer: '/VaultType',
      },
    ]);
  });
});

describe('encodings', () => {
  const text = 'VaultName: a\n';
  const utf16le = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(text, 'utf16le'),
  ]);
  const utf16be = Buffer.from(utf16le).swap16();
  utf16be[0] = 0xfe;
  utf16be[1] = 0xff;
  const utf32le = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x56, 0, 0, 0]);
  const utf32be = Buffer.from([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x56]);

  it.each([
    ['UTF-16 LE', utf16le, 'UTF-16'],
    ['UTF-16 BE', utf16be, 'UTF-16'],
    ['UTF-32 LE', utf32le, 'UTF-32'],
    ['UTF-32 BE', utf32be, 'UTF-32'],
  ])('names %s by its byte order mark', async (_, bytes, encoding) => {
    expect(await lintOne('a.vault.yaml', bytes)).toEqual([
      {
        ruleId: 'invalid-encoding',
        at: '1:1-1:1',
        message: `Unexpected ${encoding} byte order mark; the file is ${encoding}, so save it as UTF-8.`,
      },
    ]);
  });

  it('reports a NUL byte in text where it is', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        'VaultRegionId: cn-hangzhou\nVaultName: a\0b\n',
      ),
    ).toEqual([
      {
        ruleId: 'binary-file',
        at: '2:13-2:14',
        message:
          'Unexpected binary content (a NUL byte); a request file is UTF-8 text.',
      },
    ]);
  });

  it('reports an archive at its first byte', async () => {
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x41, 0x42]);
    expect(await lintOne('a.vault.yaml', gzip)).toEqual([
      {
        ruleId: 'binary-file',
        at: '1:1-1:2',
        message: 'Unexpected binary content; a request file is UTF-8 text.',
      },
    ]);
  });
});

describe('nested mappings', () => {
  it('reports a key given twice in a nested YAML mapping', async () => {
    expect(
      await lintOne('a.vault.yaml', `${REQUEST}Tags:\n  a: 1\n  a: 2\n`),
    ).toEqual([
      {
        ruleId: 'unknown-parameter',
        at: '4:1-4:5',
        message:
          'Unexpected parameter "Tags"; it is not a CreateVault parameter.',
        pointer: '/Tags',
      },
      {
        ruleId: 'duplicate-key',
        at: '6:3-6:4',
        message: 'Unexpected duplicate key a; first given at 5:3.',
        pointer: '/Tags/a',
      },
    ]);
  });

  it('reports a key given twice in a nested JSON object', async () => {
    expect(
      await lintOne(
        'a.vault.json',
        '{\n  "VaultRegionId": "cn-hangzhou",\n  "VaultName": "a",\n  "Nested": {"k": 1, "k": 2}\n}\n',
      ),
    ).toEqual([
      {
        ruleId: 'unknown-parameter',
        at: '4:3-4:11',
        message:
          'Unexpected parameter "Nested"; it is not a CreateVault parameter.',
        pointer: '/Nested',
      },
      {
        ruleId: 'duplicate-key',
        at: '4:22-4:25',
        message: 'Unexpected duplicate key k; first given at 4:14.',
        pointer: '/Nested/k',
      },
    ]);
  });

  it('reports a nested credential at its own value, and the unknown key that holds it', async () => {
    expect(
      await lintOne(
        'a.vault.yaml',
        `${REQUEST}Extra: {nested: [{AccessKeySecret: FAKEsecretVALUE00}]}\n`,
      ),
    ).toEqual([
      {
        ruleId: 'unknown-parameter',
        at: '4:1-4:6',
        message:
          'Unexpected parameter "Extra"; it is not a CreateVault parameter.',
        pointer: '/Extra',
      },
      {
        ruleId: 'no-credentials',
        at: '4:36-4:53',
        message:
          'Unexpected credential in "Extra.nested.0.AccessKeySecret"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        pointer: '/Extra/nested/0/AccessKeySecret',
      },
    ]);
  });
});

describe('JSON syntax', () => {
  it.each([
    [
      'an unquoted word, quoting none of it',
      '{\n  "VaultName": "LTAI5tFAKEFAKEFAKE0000",\n  "VaultType": secretword\n}\n',
      '3:16-3:26',
      'Unexpected JSON: invalid symbol; expected a value.',
    ],
    [
      'a trailing comma',
      '{\n  "VaultName": "a",\n}\n',
      '3:1-3:2',
      'Unexpected JSON: "}"; expected a property name in double quotes.',
    ],
    [
      'a missing comma',
      '{\n  "VaultName": "a"\n  "VaultType": "STANDARD"\n}\n',
      '3:3-3:14',
      'Unexpected JSON: a string; expected a comma.',
    ],
    [
      'a missing closing brace',
      '{\n  "VaultName": "a"\n',
      '3:1-3:1',
      'Unexpected JSON: end of file; expected a closing brace.',
    ],
    [
      'a line break inside a string',
      '{\n  "VaultName": "a\nb"\n}\n',
      '2:16-2:18',
      'Unexpected JSON: unterminated string.',
    ],
    [
      'a comment',
      '{\n  "VaultName": "a" // the name\n}\n',
      '2:20-2:31',
      'Unexpected comment; JSON has no comments.',
    ],
  ])('reports %s at its token', async (_, text, at, message) => {
    // An access key in a broken file is also reported, as no-credentials.
    const found = await lintOne('a.vault.json', text);
    expect(found.filter((f) => f.ruleId === 'syntax-error')).toEqual([
      { ruleId: 'syntax-error', at, message },
    ]);
  });

  it('reports an empty JSON file as holding no request', async () => {
    expect(await lintOne('a.vault.json', '')).toEqual([
      {
        ruleId: 'no-request',
        at: '1:1-1:1',
        message: 'Expected a CreateVault request; the file holds none.',
      },
    ]);
  });
});

describe('linked folders', () => {
  it('walks each file once, not through a link to a folder above', async () => {
    const root = tree({ 'vaults/a/x.yaml': request('x') });
    symlinkSync('..', join(root, 'vaults', 'a', 'up'));
    const results = await lint(['.'], { cwd: root });
    expect(results.files.map((f) => f.file)).toEqual(['vaults/a/x.yaml']);
  });
});

describe('messages about values', () => {
  it.each([
    ['~', 'got null (`~`).'],
    ['null', 'got null (`null`).'],
    ['NULL', 'got null (`NULL`).'],
    ['', 'got an empty value.'],
  ])('names the null written as "%s"', async (value, got) => {
    const [finding] = await lintOne(
      'a.vault.yaml',
      `VaultRegionId: cn-hangzhou\nVaultName: ${value}\n`,
    );
    expect(finding.message).toBe(`Expected VaultName to be a string, ${got}`);
  });

  it('says to remove a tag rather than to quote a quoted value', async () => {
    expect(
      await lintOne('a.vault.yaml', `${REQUEST}Description: !!int "12"\n`),
    ).toEqual([
      {
        ruleId: 'invalid-type',
        at: '4:20-4:24',
        message:
          'Expected Description to be a string, but `"12"` is read as the number 12 because of its tag !!int; remove the tag.',
        pointer: '/Description',
      },
    ]);
  });

  it.each([
    ['1', 'true'],
    ['0', 'false'],
  ])('suggests a boolean for WormEnabled: %s', async (value, meant) => {
    const root = tree({
      'a.vault.yaml': `${REQUEST}WormEnabled: ${value}\n`,
    });
    const results = await lint(['a.vault.yaml'], { cwd: root });
    expect(results.files[0].findings).toMatchObject([
      {
        ruleId: 'invalid-type',
        message: `Expected WormEnabled to be a boolean, got the number ${value}; use ${meant}.`,
        range: {
          start: { line: 4, column: 14 },
          end: { line: 4, column: 15 },
        },
        suggestions: [meant],
        fix: { range: [73, 74], text: meant },
      },
    ]);
  });

  it('spells out invisible characters in a quoted value', async () => {
    const [finding] = await lintOne(
      'a.vault.yaml',
      `${REQUEST}VaultStorageClass: "STAND\u200bARD"\n`,
    );
    expect(finding.message).toBe(
      'Unexpected VaultStorageClass "STAND<U+200B>ARD"; expected "STANDARD".',
    );
  });

  it('spells out invisible characters in a key given twice', async () => {
    const [, duplicate] = await lintOne(
      'a.vault.yaml',
      `${REQUEST}Tags:\n  "a\u200b": 1\n  "a\u200b": 2\n`,
    );
    expect(duplicate).toEqual({
      ruleId: 'duplicate-key',
      at: '6:3-6:7',
      message: 'Unexpected duplicate key a<U+200B>; first given at 5:3.',
      pointer: '/Tags/a\u200b',
    });
  });

  it('cuts a very long value in a message', async () => {
    const [finding] = await lintOne(
      'a.vault.yaml',
      `${REQUEST}WormEnabled: ${'y'.repeat(300_000)}\n`,
    );
    expect(finding.message).toBe(
      `Expected WormEnabled to be a boolean, got the string "${'y'.repeat(300)}…".`,
    );
  });
});

describe('deeply nested JSON', () => {
  it('is a depth finding, not a crash of the recursive JSON parser', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(await lintOne('deep.vault.json', deep)).toEqual([
      {
        ruleId: 'resource-limit',
        at: '1:65-1:66',
        message: 'Unexpected nesting deeper than 64 levels.',
      },
    ]);
  });
});

describe('tags', () => {
  it('reports a tag the core schema does not know, at the tag', async () => {
    expect(
      await lintOne(
        'tag.vault.yaml',
        'VaultRegionId: cn-hangzhou\nVaultName: !custom x\n',
      ),
    ).toEqual([
      {
        ruleId: 'syntax-error',
        at: '2:12-2:19',
        message:
          'Unexpected tag !custom; the YAML 1.2 core schema has no such tag, so remove it.',
      },
    ]);
  });

  it('names binary data as such in a type message', async () => {
    expect(
      await lintOne(
        'binary.vault.yaml',
        'VaultRegionId: cn-hangzhou\nVaultName: a\nDescription: !!binary aGVsbG8=\n',
      ),
    ).toEqual([
      {
        ruleId: 'invalid-type',
        at: '3:23-3:31',
        message:
          'Expected Description to be a string, got binary data (its tag !!binary).',
        pointer: '/Description',
      },
    ]);
  });
});
