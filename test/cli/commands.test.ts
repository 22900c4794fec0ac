// The subcommands beside lint: `rules` and `schema`.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import schema from '../../schemas/create-vault.schema.json' with {
  type: 'json',
};
import { CORE_CHECKS } from '../../src/engine/core-checks.js';
import { runCli } from '../helpers/cli.js';

const cwd = import.meta.dirname;
const every = [
  ...BUILTIN_RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
  })),
  ...CORE_CHECKS,
];

describe('vaultlint rules', () => {
  it('lists each rule with its default severity and description', async () => {
    const result = await runCli(['rules'], { cwd });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(every.length);
    for (const rule of every) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line?.split(/ {2,}/), rule.id).toEqual([
        rule.id,
        rule.severity,
        rule.description,
      ]);
    }
  });

  it('lists the built-in rules first, then the engine checks', async () => {
    const result = await runCli(['rules'], { cwd });
    const ids = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split(' ')[0]);
    expect(ids).toEqual(every.map((r) => r.id));
  });

  it('prints the same list as JSON with --json', async () => {
    const result = await runCli(['rules', '--json'], { cwd });
    expect(result.code).toBe(0);
    const rules = JSON.parse(result.stdout) as Array<Record<string, string>>;
    expect(rules.map((r) => [r.id, r.severity, r.description])).toEqual(
      every.map((r) => [r.id, r.severity, r.description]),
    );
    expect(rules[0].docs).toMatch(
      /^https:\/\/.+\/blob\/main\/docs\/rules\/[a-z-]+\.md$/,
    );
  });

  it('exits 2 for an unknown flag of its own', async () => {
    expect((await runCli(['rules', '--yaml'], { cwd })).code).toBe(2);
  });
});

describe('vaultlint schema', () => {
  it('prints the request schema', async () => {
    const result = await runCli(['schema'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    expect(Object.keys(JSON.parse(result.stdout).properties)).toContain(
      'VaultName',
    );
  });
});
