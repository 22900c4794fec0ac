// The markdown report: what people read in a job summary or a comment.
import { describe, expect, it } from 'vitest';
import { bar, escapeCell, markdown } from '../../src/reporters/markdown.js';
import type { Finding, LintResults } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { GOOD_REQUEST, resultsWith, tempTree } from './helpers.js';

const DOCS = 'https://github.com/vaultlint/vaultlint/blob/main/docs/rules';

describe('markdown reporter', () => {
  it('counts, lists each finding with its docs link, and shows the quota', async () => {
    const cwd = tempTree({
      'vaults/a.yaml': `${GOOD_REQUEST.replace('STANDARD', 'standard')}VaultStorageClass: IA\n`,
      'vaults/b.yaml': GOOD_REQUEST.replace('media-archive', 'media-b'),
    });
    const out = await runCli(['--format', 'markdown', '.'], { cwd });

    expect(out.stdout).toBe(
      [
        '## vaultlint',
        '',
        '❌ **1 error**, **1 warning** in 2 files (2 requests).',
        '',
        '| Severity | File | Line | Rule | Message |',
        '| --- | --- | ---: | --- | --- |',
        `| ❌ error | vaults/a.yaml | 3:12 | [invalid-value](${DOCS}/invalid-value.md) | Unexpected VaultType "standard"; expected "STANDARD". |`,
        `| ⚠️ warning | vaults/a.yaml | 4:20 | [deprecated-storage-class](${DOCS}/deprecated-storage-class.md) | VaultStorageClass "IA" is deprecated; use "STANDARD". |`,
        '',
        '### Vault quota',
        '',
        '| Account | Usage | Vaults |',
        '| --- | --- | --- |',
        '| default | `█░░░░░░░░░░░░░░░░░░░` 2 % | 2 of 100 (0 existing + 2 requested) |',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to fix', async () => {
    const cwd = tempTree({ 'vaults/a.yaml': GOOD_REQUEST });
    const out = await runCli(['--format', 'markdown', '.'], { cwd });
    expect(out.stdout.split('\n').slice(0, 3)).toEqual([
      '## vaultlint',
      '',
      '✅ No problems in 1 file (1 request).',
    ]);
  });

  it('shows each account against its quota, marking one over it', () => {
    const results: LintResults = {
      ...resultsWith([]),
      accounts: [
        {
          name: 'prod',
          quota: 10,
          existing: 7,
          requested: 1,
          scope: 'account',
        },
        { name: 'dr', quota: 4, existing: 4, requested: 2, scope: 'region' },
      ],
    };
    const out = markdown(results, { cwd: '/', color: false });
    expect(out).toContain(
      '| prod | `████████████████░░░░` 80 % | 8 of 10 (7 existing + 1 requested) |',
    );
    expect(out).toContain(
      '| dr (per region) | `████████████████████` 150 % ❌ over quota | 6 of 4 (4 existing + 2 requested) |',
    );
  });

  it('keeps suppressed findings apart, with their reasons', () => {
    const finding: Finding = {
      ruleId: 'deprecated-storage-class',
      severity: 'warning',
      message: 'VaultStorageClass "IA" is deprecated; use "STANDARD".',
      file: 'a.yaml',
      range: { start: { line: 4, column: 20 }, end: { line: 4, column: 22 } },
      docs: `${DOCS}/deprecated-storage-class.md`,
      suppressed: { kind: 'disable-line', reason: 'migrating in Q3', line: 4 },
    };
    const out = markdown(resultsWith([finding]), { cwd: '/', color: false });
    expect(out).toContain(
      '✅ No problems in 1 file (0 requests); 1 suppressed.',
    );
    expect(out).toContain('<details><summary>1 suppressed finding</summary>');
    expect(out).toContain(
      `| a.yaml | 4:20 | [deprecated-storage-class](${DOCS}/deprecated-storage-class.md) | migrating in Q3 |`,
    );
    expect(out).not.toContain('| Severity |');
  });

  it('escapes table cells so values read as themselves', () => {
    expect(escapeCell('a|b <script> *x* [l](u) `c`\nnext')).toBe(
      'a\\|b \\<script\\> \\*x\\* \\[l\\](u) \\`c\\` next',
    );
  });

  it.each([
    [0, 100, '░░░░░░░░░░░░░░░░░░░░'],
    [1, 100, '█░░░░░░░░░░░░░░░░░░░'],
    [50, 100, '██████████░░░░░░░░░░'],
    [3, 0, '████████████████████'],
  ])('draws %i of %i as a bar', (used, quota, drawn) => {
    expect(bar(used, quota)).toBe(drawn);
  });
});
