// Several reports from one run: one to standard output, the others to
// the files named after `=`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { GOOD_REQUEST, tempTree } from './helpers.js';
import { sarifErrors } from './sarif-schema.js';

const bad = `${GOOD_REQUEST.replace('STANDARD', 'standard')}`;

describe('several formats at once', () => {
  it('prints stylish and writes SARIF and JUnit files', async () => {
    const cwd = tempTree({ 'vaults/a.yaml': bad });
    const out = await runCli(
      [
        '--format',
        'stylish',
        '--format',
        'sarif=results.sarif',
        '--format',
        'junit=reports/results.xml',
        '.',
      ],
      { cwd },
    );

    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      '3:12  error    Unexpected VaultType "standard"; expected "STANDARD".  invalid-value',
    );
    const log = JSON.parse(readFileSync(join(cwd, 'results.sarif'), 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(1);
    const xml = readFileSync(join(cwd, 'reports/results.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<failure message="1 error" type="error">');
  });

  it('writes every file report even when nothing goes to the terminal', async () => {
    const cwd = tempTree({ 'vaults/a.yaml': GOOD_REQUEST });
    const out = await runCli(
      ['--format', 'markdown=summary.md', '--format', 'github=gh.txt', '.'],
      { cwd },
    );

    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toContain(
      '✅ No problems in 1 file (1 request).',
    );
    expect(readFileSync(join(cwd, 'gh.txt'), 'utf8')).toBe('');
  });

  it('refuses two formats on standard output', async () => {
    const cwd = tempTree({ 'vaults/a.yaml': GOOD_REQUEST });
    const out = await runCli(['--format', 'sarif', '--format', 'junit', '.'], {
      cwd,
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'vaultlint: Only one --format can print to standard output; give the others a file (FORMAT=FILE).\n',
    );
  });
});
