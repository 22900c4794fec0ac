// fixtures/good/<id>/*.yaml yield no finding; fixtures/bad/<id>/x.yaml
// yields exactly the findings listed in x.expected.json beside it. Each
// file is linted alone with the settings a user would get: no config
// unless the fixture's folder holds a .vaultlint.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import type { Finding } from '../src/types.js';
import { expectedFileOf, fixtureFiles } from './helpers/rule-tester.js';

const root = join(import.meta.dirname, '..');

interface Listed {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

async function findingsOf(fixture: string): Promise<Finding[]> {
  const results = await lint([fixture], { cwd: root });
  return results.files.flatMap((f) => f.findings);
}

function listed(finding: Finding): Listed {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
  };
}

describe('good fixtures', () => {
  it.each(fixtureFiles('good'))('%s yields no finding', async (fixture) => {
    const findings = await findingsOf(fixture);
    expect(
      findings.map((f) => `${listed(f).line}:${listed(f).column} ${f.message}`),
      `${fixture} must lint clean`,
    ).toEqual([]);
  });
});

describe('bad fixtures', () => {
  it.each(fixtureFiles('bad'))(
    '%s yields the findings of its expected.json',
    async (fixture) => {
      const sidecar = expectedFileOf(fixture);
      expect(existsSync(join(root, sidecar)), `add ${sidecar}`).toBe(true);
      const expected = JSON.parse(
        readFileSync(join(root, sidecar), 'utf8'),
      ) as Listed[];

      const findings = await findingsOf(fixture);
      for (const f of findings) expect(f.message).not.toContain('{{');
      expect(findings.map(listed), `edit ${sidecar}`).toEqual(expected);
    },
  );

  it('has no expected.json without its fixture', () => {
    const sidecars = globSync('fixtures/bad/**/*.expected.json', { cwd: root });
    const fixtures = new Set(fixtureFiles('bad').map(expectedFileOf));
    expect(sidecars.filter((s) => !fixtures.has(s))).toEqual([]);
  });
});
