// Each row of fixtures/cases/expected.json is an input that broke tools of
// this kind; the row says what vaultlint must report for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, runCli } from './helpers/cli.js';

interface Expectation {
  line?: number;
  lines?: number[];
  col?: number;
  severity: 'error' | 'warning' | 'any';
  mentions?: string[];
}

interface Case {
  file: string;
  cwd?: string;
  exit: number;
  expect?: Expectation[];
  forbid?: string[];
  maxFindings?: number;
  secrets?: string[];
}

const root = join(import.meta.dirname, '..', 'fixtures', 'cases');
const cases = JSON.parse(
  readFileSync(join(root, 'expected.json'), 'utf8'),
) as Case[];

const text = (f: Record<string, unknown>) =>
  [f.ruleId, f.message, f.pointer, JSON.stringify(f.suggestions ?? '')].join(
    ' ',
  );

describe('awkward inputs', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_, c) => {
    const cwd = join(root, c.cwd ?? '.');
    const result = await runCli(['--format', 'json', c.file], { cwd });
    expect(result.code).toBe(c.exit);

    const live = findingsOf(result.stdout).filter(
      (f) => !f.suppressed && f.severity !== 'info',
    );
    for (const e of c.expect ?? []) {
      const hit = live.find(
        (f) =>
          (e.severity === 'any' || f.severity === e.severity) &&
          (e.line
            ? f.line === e.line
            : (e.lines ?? []).includes(f.line as number)) &&
          (e.col === undefined || f.column === e.col) &&
          (e.mentions ?? []).every((m) => text(f).includes(m)),
      );
      expect(hit, JSON.stringify(e)).toBeDefined();
    }
    for (const word of c.forbid ?? []) {
      expect(live.filter((f) => text(f).includes(word))).toEqual([]);
    }
    if (c.maxFindings !== undefined) {
      expect(live.length).toBeLessThanOrEqual(c.maxFindings);
    }
    for (const format of ['stylish', 'json']) {
      const out = await runCli(['--format', format, c.file], { cwd });
      for (const secret of c.secrets ?? []) {
        expect(out.stdout + out.stderr).not.toContain(secret);
      }
    }
  });
});
