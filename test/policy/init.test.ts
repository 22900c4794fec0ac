// vaultlint init: a commented starter config that lints as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES } from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';
import { lintJson, project, request } from './helpers.js';

describe('vaultlint init', () => {
  it('writes a starter .vaultlint.yaml that lints as it is', async () => {
    const dir = project({ 'vaults/a.yaml': request('finance-daily') });
    const result = await runCli(['init'], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout:
        'Wrote .vaultlint.yaml; switch on the policy rules your team wants.\n',
      stderr: '',
    });
    const text = readFileSync(join(dir, '.vaultlint.yaml'), 'utf8');
    expect(parse(text)).toEqual({
      rules: { 'deprecated-storage-class': 'warning' },
    });
    const run = await lintJson(dir, ['.']);
    expect({ code: run.code, findings: run.findings }).toEqual({
      code: 0,
      findings: [],
    });
  });

  it('lists every policy rule, commented out, with example options', async () => {
    const dir = project({});
    await runCli(['init'], { cwd: dir });
    const text = readFileSync(join(dir, '.vaultlint.yaml'), 'utf8');
    for (const rule of BUILTIN_RULES.filter((r) => r.severity === 'off')) {
      expect(text).toContain(`  # ${rule.id}: `);
    }
    expect(text).toContain(
      '  # allowed-regions: [error, { regions: [cn-shanghai, cn-hangzhou] }]\n',
    );
  });

  it('gives options that the rules accept, once uncommented', async () => {
    const dir = project({ 'vaults/prod/a.yaml': request('prod-a') });
    await runCli(['init'], { cwd: dir });
    const path = join(dir, '.vaultlint.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^ {2}# ([a-z-]+: \[)/gm, '  $1'),
    );
    const run = await lintJson(dir, ['.']);
    expect(run.stderr).toBe('');
    expect(run.findings.map((f) => f.ruleId)).toEqual([
      'allowed-vault-types',
      'description-required',
      'kms-encryption-required',
      'worm-required',
    ]);
  });

  it('refuses to overwrite a config, with exit 2', async () => {
    const dir = project({ '.vaultlint.yaml': 'rules: {}\n' });
    const result = await runCli(['init'], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'vaultlint: .vaultlint.yaml already exists here; init never overwrites it.\n',
    });
    expect(readFileSync(join(dir, '.vaultlint.yaml'), 'utf8')).toBe(
      'rules: {}\n',
    );
  });
});
