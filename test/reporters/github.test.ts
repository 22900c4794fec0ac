// The github report: workflow commands the runner turns into annotations,
// escaped so that no finding can break out of its command.
import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  github,
} from '../../src/reporters/github.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { GOOD_REQUEST, resultsWith, tempTree } from './helpers.js';

describe('github reporter', () => {
  it('writes one command per finding with its positions and rule', async () => {
    const cwd = tempTree({
      'vaults/a.yaml': `${GOOD_REQUEST.replace('STANDARD', 'standard')}VaultStorageClass: IA\n`,
    });
    const out = await runCli(['--format', 'github', '.'], { cwd });

    expect(out.code).toBe(1);
    expect(out.stdout).toBe(
      [
        '::error file=vaults/a.yaml,line=3,col=12,endLine=3,endColumn=20,title=invalid-value::Unexpected VaultType "standard"; expected "STANDARD".',
        '::warning file=vaults/a.yaml,line=4,col=20,endLine=4,endColumn=22,title=deprecated-storage-class::VaultStorageClass "IA" is deprecated; use "STANDARD".',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for a clean run', async () => {
    const cwd = tempTree({ 'vaults/a.yaml': GOOD_REQUEST });
    const out = await runCli(['--format', 'github', '.'], { cwd });
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('escapes properties and data, and writes info as a notice without columns across lines', () => {
    const finding: Finding = {
      ruleId: 'team:rule,x',
      severity: 'info',
      message: '100% sure:\r\n::error::injected, really',
      file: 'vaults/a,b:c%.yaml',
      range: { start: { line: 1, column: 2 }, end: { line: 3, column: 4 } },
    };
    const out = github(resultsWith([finding]), { cwd: '/', color: false });
    expect(out).toBe(
      '::notice file=vaults/a%2Cb%3Ac%25.yaml,line=1,endLine=3,title=team%3Arule%2Cx::100%25 sure:%0D%0A::error::injected, really\n',
    );
  });

  it('leaves suppressed findings out', () => {
    const finding: Finding = {
      ruleId: 'deprecated-storage-class',
      severity: 'warning',
      message: 'VaultStorageClass "IA" is deprecated; use "STANDARD".',
      file: 'a.yaml',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      suppressed: { kind: 'disable-line', reason: 'migrating', line: 1 },
    };
    expect(github(resultsWith([finding]), { cwd: '/', color: false })).toBe('');
  });

  it.each([
    ['percent', '50%', '50%25', '50%25'],
    ['line breaks', 'a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['colon and comma', 'a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['an escape already written', '%0A', '%250A', '%250A'],
  ])('escapes %s', (_, value, data, property) => {
    expect(escapeData(value)).toBe(data);
    expect(escapeProperty(value)).toBe(property);
  });
});
