// Which findings the Action annotates, and when the step fails.
import { describe, expect, it } from 'vitest';
import {
  leftOutNotice,
  planAnnotations,
  whereListed,
} from '../../src/action/annotations.js';
import { exitCode } from '../../src/cli/main.js';
import { thresholdCrossed } from '../../src/threshold.js';
import type { Finding, RuleInfo, Severity } from '../../src/types.js';
import { resultsWith } from '../reporters/helpers.js';

function finding(severity: Severity, line: number, ruleId = 'r'): Finding {
  return {
    ruleId,
    severity,
    message: `Finding on line ${line}.`,
    file: 'a.yaml',
    range: { start: { line, column: 1 }, end: { line, column: 2 } },
  };
}

function many(severity: Severity, count: number, from = 1): Finding[] {
  return Array.from({ length: count }, (_, i) => finding(severity, from + i));
}

const lines = (list: Finding[]) => list.map((f) => f.range.start.line);

describe('planAnnotations', () => {
  it('annotates everything within the limits', () => {
    const plan = planAnnotations(
      [...many('info', 2, 20), ...many('warning', 3, 10), ...many('error', 2)],
      [],
    );
    expect(lines(plan.shown)).toEqual([1, 2, 10, 11, 12, 20, 21]);
    expect(plan.leftOut).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('keeps ten of each kind, and a notice slot, past the limits', () => {
    const plan = planAnnotations(
      [
        ...many('error', 12),
        ...many('warning', 11, 100),
        ...many('info', 10, 200),
      ],
      [],
    );
    expect(plan.shown.filter((f) => f.severity === 'error')).toHaveLength(10);
    expect(plan.shown.filter((f) => f.severity === 'warning')).toHaveLength(10);
    expect(plan.shown.filter((f) => f.severity === 'info')).toHaveLength(9);
    expect(plan.leftOut).toEqual({ error: 2, warning: 1, info: 1 });
  });

  it('leaves room for the annotation of a failed step', () => {
    const plan = planAnnotations(many('error', 10), [], { error: 1 });
    expect(lines(plan.shown)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.leftOut.error).toBe(1);
  });

  it('puts problems before suggestions of the same severity', () => {
    const rules: RuleInfo[] = [
      {
        id: 'naming',
        type: 'suggestion',
        severity: 'error',
        description: 'Enforce a naming pattern',
        docs: 'https://example.com/naming',
      },
    ];
    const plan = planAnnotations(
      [
        ...Array.from({ length: 10 }, (_, i) =>
          finding('error', i + 1, 'naming'),
        ),
        finding('error', 50, 'invalid-value'),
      ],
      rules,
    );
    expect(plan.shown[0].ruleId).toBe('invalid-value');
    expect(plan.leftOut.error).toBe(1);
    expect(lines(plan.shown).includes(10)).toBe(false);
  });

  it('never annotates a suppressed finding', () => {
    const quiet = {
      ...finding('error', 1),
      suppressed: { kind: 'disable-line' as const, reason: 'why', line: 1 },
    };
    expect(planAnnotations([quiet], []).shown).toEqual([]);
  });
});

describe('leftOutNotice', () => {
  it('counts what is left out, by kind', () => {
    expect(leftOutNotice({ error: 2, warning: 1, info: 0 }, 'the log')).toBe(
      '2 errors, 1 warning more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log.',
    );
    expect(leftOutNotice({ error: 0, warning: 0, info: 0 }, 'the log')).toBe(
      undefined,
    );
  });

  it('names the job summary only while its table holds every finding', () => {
    const leftOut = { error: 0, warning: 1090, info: 0 };
    expect(leftOutNotice(leftOut, whereListed(1000, true))).toBe(
      '1090 warnings more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log, the job summary and the SARIF file.',
    );
    expect(leftOutNotice(leftOut, whereListed(1100, true))).toBe(
      '1090 warnings more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log and the SARIF file; the job summary lists the first 1000.',
    );
    expect(leftOutNotice(leftOut, whereListed(1100, false))).toBe(
      '1090 warnings more are not annotated: GitHub shows at most 10 annotations of each kind per step. Every finding is in the log; the job summary lists the first 1000.',
    );
    expect(whereListed(12, false)).toBe('the log and the job summary');
  });
});

describe('thresholdCrossed', () => {
  it.each([
    [0, 0, 0, { failOn: 'error' }, false],
    [1, 0, 0, { failOn: 'error' }, true],
    [0, 1, 0, { failOn: 'error' }, false],
    [0, 1, 0, { failOn: 'warning' }, true],
    [0, 0, 1, { failOn: 'warning' }, false],
    [0, 0, 1, { failOn: 'info' }, true],
    [0, 2, 0, { failOn: 'error', maxWarnings: 2 }, false],
    [0, 3, 0, { failOn: 'error', maxWarnings: 2 }, true],
    [0, 1, 0, { failOn: 'error', maxWarnings: 0 }, true],
  ] as const)(
    'for %i errors, %i warnings, %i infos and %o, fails: %s',
    (e, w, i, flags, fails) => {
      const results = resultsWith([
        ...many('error', e),
        ...many('warning', w, 100),
        ...many('info', i, 200),
      ]);
      expect(thresholdCrossed(results, flags) !== undefined).toBe(fails);
      expect(exitCode(results, flags)).toBe(fails ? 1 : 0);
    },
  );

  it('names every reason', () => {
    const results = resultsWith([
      ...many('error', 2),
      ...many('warning', 3, 100),
      ...many('info', 1, 200),
    ]);
    expect(thresholdCrossed(results, { failOn: 'info' })).toBe(
      'vaultlint found 2 errors; 3 warnings (fail-on: info); 1 info (fail-on: info).',
    );
    expect(thresholdCrossed(results, { failOn: 'error', maxWarnings: 1 })).toBe(
      'vaultlint found 2 errors; 3 warnings, more than max-warnings 1.',
    );
  });
});
