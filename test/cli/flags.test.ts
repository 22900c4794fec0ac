// The lint flags and the exit codes they lead to: 0 nothing failing, 1
// findings at or above the failing severity, 2 the tool could not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { request, tree } from './tree.js';

const root = tree({
  'clean.vault.yaml': request('clean'),
  // One warning: a deprecated storage class.
  'warn.vault.yaml': `${request('warn')}VaultStorageClass: IA\n`,
  // One error and one warning.
  'both.vault.yaml': `${request('both')}VaultStorageClass: ARCHIVE\nVaultType: standard\n`,
});

/** Runs in-process with a terminal (or not) on standard output. */
async function runTty(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  let stdout = '';
  const io: CliIO = {
    cwd: root,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: () => true, isTTY: true },
    readStdin: async () => '',
  };
  await run(argv, io);
  return stdout;
}

describe('exit codes', () => {
  it.each([
    ['clean file', 0, ['clean.vault.yaml']],
    ['a warning, failing on errors', 0, ['warn.vault.yaml']],
    ['an error', 1, ['both.vault.yaml']],
    [
      'a warning, --fail-on warning',
      1,
      ['--fail-on', 'warning', 'warn.vault.yaml'],
    ],
    ['a warning, --fail-on info', 1, ['--fail-on', 'info', 'warn.vault.yaml']],
    [
      'clean file, --fail-on info',
      0,
      ['--fail-on', 'info', 'clean.vault.yaml'],
    ],
    [
      'one warning, --max-warnings 1',
      0,
      ['--max-warnings', '1', 'warn.vault.yaml'],
    ],
    [
      'one warning, --max-warnings 0',
      1,
      ['--max-warnings', '0', 'warn.vault.yaml'],
    ],
    [
      '--quiet keeps the failing warning',
      1,
      ['--quiet', '--fail-on', 'warning', 'warn.vault.yaml'],
    ],
    [
      'a warning made an error',
      1,
      ['--rule', 'deprecated-storage-class=error', 'warn.vault.yaml'],
    ],
    [
      'a warning turned off',
      0,
      [
        '--rule',
        'deprecated-storage-class=off',
        '--fail-on',
        'warning',
        'warn.vault.yaml',
      ],
    ],
    ['unknown flag', 2, ['--no-such-flag', 'clean.vault.yaml']],
    ['unknown format', 2, ['--format', 'xml', 'clean.vault.yaml']],
    ['unknown --fail-on', 2, ['--fail-on', 'fatal', 'clean.vault.yaml']],
    [
      '--max-warnings not a number',
      2,
      ['--max-warnings', 'many', 'clean.vault.yaml'],
    ],
    [
      '--max-file-size not a number',
      2,
      ['--max-file-size', '1k', 'clean.vault.yaml'],
    ],
    [
      '--rule without a severity',
      2,
      ['--rule', 'kms-key-required', 'clean.vault.yaml'],
    ],
    [
      '--rule with an unknown rule',
      2,
      ['--rule', 'no-such-rule=error', 'clean.vault.yaml'],
    ],
    [
      'two formats on standard output',
      2,
      ['-f', 'json', '-f', 'stylish', 'clean.vault.yaml'],
    ],
    ['--help', 0, ['--help']],
    ['--version', 0, ['--version']],
  ])('%s exits %i', async (_, code, argv) => {
    expect((await runCli(argv, { cwd: root })).code).toBe(code);
  });
});

describe('flags', () => {
  it('names an unknown flag on standard error', async () => {
    const result = await runCli(['--no-such-flag'], { cwd: root });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("error: unknown option '--no-such-flag'\n");
  });

  it('names an unknown format and the known ones', async () => {
    const result = await runCli(['--format', 'xml', '.'], { cwd: root });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'vaultlint: Unknown format "xml" for --format; expected one of stylish, json, sarif, junit, github, markdown.\n',
    );
  });

  it('names an unknown rule given with --rule', async () => {
    const result = await runCli(['--rule', 'kms-key-requird=off', '.'], {
      cwd: root,
    });
    expect(result.stderr).toBe(
      'vaultlint: Unknown rule "kms-key-requird" in --rule; did you mean "kms-key-required"?\n',
    );
  });

  it('prints stylish by default and JSON with --format json', async () => {
    const stylish = await runCli(['warn.vault.yaml'], { cwd: root });
    expect(stylish.stdout).toBe(
      [
        'warn.vault.yaml',
        '  3:20  warning  VaultStorageClass "IA" is deprecated; use "STANDARD".  deprecated-storage-class',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
    );
    const json = await runCli(['-f', 'json', 'warn.vault.yaml'], {
      cwd: root,
    });
    expect(JSON.parse(json.stdout).summary).toMatchObject({
      files: 1,
      warnings: 1,
    });
  });

  it('writes the report to --output-file and nothing to stdout', async () => {
    const result = await runCli(
      ['-f', 'json', '--output-file', 'out/report.json', 'both.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(
      readFileSync(join(root, 'out/report.json'), 'utf8'),
    );
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1 });
  });

  it('writes FORMAT=FILE beside the report on stdout', async () => {
    const result = await runCli(
      ['-f', 'stylish', '-f', 'json=side.json', 'warn.vault.yaml'],
      { cwd: root },
    );
    expect(result.stdout).toContain('deprecated-storage-class');
    const report = JSON.parse(readFileSync(join(root, 'side.json'), 'utf8'));
    expect(report.files[0].file).toBe('warn.vault.yaml');
  });

  it('--quiet reports errors only', async () => {
    const result = await runCli(['-f', 'json', '--quiet', 'both.vault.yaml'], {
      cwd: root,
    });
    const report = JSON.parse(result.stdout);
    expect(
      report.files[0].findings.map((f: { ruleId: string }) => f.ruleId),
    ).toEqual(['invalid-value']);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('--quiet prints nothing when only warnings are found', async () => {
    const result = await runCli(['--quiet', 'warn.vault.yaml'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('--rule sets a severity above the defaults', async () => {
    const result = await runCli(
      [
        '-f',
        'json',
        '--rule',
        'deprecated-storage-class=info',
        'warn.vault.yaml',
      ],
      { cwd: root },
    );
    const report = JSON.parse(result.stdout);
    expect(report.files[0].findings[0]).toMatchObject({
      ruleId: 'deprecated-storage-class',
      severity: 'info',
    });
    expect(report.summary).toMatchObject({ warnings: 0, infos: 1 });
  });

  it('--max-file-size makes a larger file a finding at 1:1', async () => {
    const result = await runCli(
      ['-f', 'json', '--max-file-size', '40', 'warn.vault.yaml'],
      { cwd: root },
    );
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.stdout).files[0].findings;
    expect(finding).toMatchObject({
      ruleId: 'file-too-large',
      severity: 'error',
      message:
        'Unexpected file of 65 bytes; the limit is 40 bytes (--max-file-size).',
      line: 1,
      column: 1,
    });
  });

  it('colours stylish output on a terminal', async () => {
    const out = await runTty(['warn.vault.yaml']);
    expect(out).toContain('\u001b[');
    expect(stripVTControlCharacters(out)).toContain(
      '  3:20  warning  VaultStorageClass "IA" is deprecated',
    );
  });

  it('--no-color and NO_COLOR print plain text on a terminal', async () => {
    expect(await runTty(['--no-color', 'warn.vault.yaml'])).not.toContain(
      '\u001b[',
    );
    expect(await runTty(['warn.vault.yaml'], { NO_COLOR: '1' })).not.toContain(
      '\u001b[',
    );
  });

  it('never colours a report written to a file', async () => {
    await runTty(['--output-file', 'plain.txt', 'warn.vault.yaml']);
    const text = readFileSync(join(root, 'plain.txt'), 'utf8');
    expect(text).toContain('deprecated-storage-class');
    expect(text).not.toContain('\u001b[');
  });
});
