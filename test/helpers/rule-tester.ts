/**
 * Table tests for one rule: each case is a request file (or several) and
 * the exact findings the rule gives on it, with every other rule off.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BUILTIN_RULES } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { AnyRule } from '../../src/rule.js';
import type { Finding, Severity } from '../../src/types.js';

export interface ExpectedFinding {
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Defaults to the rule's own severity. */
  severity?: Severity;
  /** Set in cases with several files. */
  file?: string;
  /** Set when the finding is not in the first document. */
  document?: number;
  suggestions?: string[];
}

export interface RuleCase {
  name: string;
  /** One request file, linted as `request.vault.yaml`. */
  yaml?: string;
  /** Several request files, path → text, for rules across requests. */
  files?: Record<string, string>;
  /** The rule's options, as `rules: { id: [severity, options] }`. */
  options?: Record<string, unknown>;
  /** Other top-level sections of `.vaultlint.yaml` (e.g. `regions`). */
  config?: Record<string, unknown>;
  findings: ExpectedFinding[];
}

const root = join(import.meta.dirname, '..', '..');

/** Request files under fixtures/good or fixtures/bad, sidecars left out. */
export function fixtureFiles(kind: 'good' | 'bad', id = '**'): string[] {
  return globSync(`fixtures/${kind}/${id}/**/*.{yaml,yml,json}`, {
    cwd: root,
    ignore: ['**/*.expected.json'],
  }).sort();
}

/** The findings list beside a bad fixture: x.yaml → x.expected.json. */
export function expectedFileOf(fixture: string): string {
  return fixture.replace(/\.(ya?ml|json)$/, '.expected.json');
}

/** Lines of a request file, each ending with a newline. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/**
 * Lints files in a fresh folder with only `rule` on (core checks stay on;
 * their findings are dropped) and returns the rule's findings.
 */
export async function lintWithRule(
  rule: AnyRule,
  files: Record<string, string>,
  settings: Pick<RuleCase, 'options' | 'config'> = {},
): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vaultlint-rule-'));
  try {
    const config = join(dir, '.vaultlint.yaml');
    writeFileSync(
      config,
      stringify({
        ...settings.config,
        rules: {
          ...(settings.config?.rules as object | undefined),
          ...(settings.options
            ? { [rule.id]: [severityUnderTest(rule), settings.options] }
            : {}),
        },
      }),
    );
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const others = BUILTIN_RULES.filter((r) => r.id !== rule.id);
    const results = await lint(
      Object.keys(files).map((path) => join(dir, path)),
      {
        cwd: dir,
        config,
        rules: {
          ...Object.fromEntries(others.map((r) => [r.id, 'off' as const])),
          [rule.id]: severityUnderTest(rule),
        },
      },
    );
    return results.files
      .flatMap((f) => f.findings)
      .filter((f) => f.ruleId === rule.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rule's default severity; a rule that is off by default is an error. */
export function severityUnderTest(rule: AnyRule): Severity {
  return rule.severity === 'off' ? 'error' : rule.severity;
}

/** The message id whose template, filled in, gives `message`. */
export function messageIdOf(
  rule: AnyRule,
  message: string,
): string | undefined {
  return Object.entries(rule.messages as Record<string, string>).find(
    ([, template]) => templatePattern(template).test(message),
  )?.[0];
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\s*\w+\s*\}\}/);
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[\\s\\S]+?')}$`);
}

/** A finding in the shape the tables list. */
function asExpected(
  rule: AnyRule,
  finding: Finding,
  withFile: boolean,
): ExpectedFinding {
  return {
    messageId: messageIdOf(rule, finding.message) ?? '(no template matches)',
    message: finding.message,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
    severity: finding.severity,
    ...(withFile ? { file: finding.file } : {}),
    ...(finding.document !== undefined && finding.document !== 1
      ? { document: finding.document }
      : {}),
    ...(finding.suggestions ? { suggestions: finding.suggestions } : {}),
  };
}

/**
 * Registers the table of a rule: one test per case, then one that fails
 * when a message id of the rule was not produced by any case.
 */
export function testRule(rule: AnyRule, cases: RuleCase[]): void {
  const produced = new Set<string>();

  describe(rule.id, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const files = c.files ?? { 'request.vault.yaml': c.yaml ?? '' };
        const findings = await lintWithRule(rule, files, c);
        const actual = findings.map((f) => asExpected(rule, f, !!c.files));
        for (const f of actual) produced.add(f.messageId);

        for (const f of findings) expect(f.message).not.toContain('{{');
        expect(actual).toEqual(
          c.findings.map((f) => ({ severity: severityUnderTest(rule), ...f })),
        );
      });
    }

    it('produces every message id of the rule', () => {
      const missing = Object.keys(rule.messages).filter(
        (id) => !produced.has(id),
      );
      expect(
        missing,
        `add a case to test/rules/${rule.id}.test.ts for each message id listed`,
      ).toEqual([]);
    });
  });

  afterAll(() => produced.clear());
}
