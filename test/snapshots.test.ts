// The JSON report over every fixture, one snapshot per fixture file, so a
// change in any finding shows in review. Regenerate them all with
// `node scripts/update-snapshots.mjs`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const snapshots = join(import.meta.dirname, 'snapshots');

/** Every request file under fixtures/good, fixtures/bad and fixtures/cases. */
function fixtureFiles(): string[] {
  return globSync('fixtures/{good,bad,cases}/**/*.{yaml,yml,json}', {
    cwd: root,
    dot: false,
    // Expected-findings lists beside the bad fixtures are not requests.
    ignore: ['fixtures/cases/expected.json', '**/*.expected.json'],
  }).sort();
}

/** fixtures/bad/kms/x.yaml → bad__kms__x.yaml.json: x.json never collides. */
function snapshotName(fixture: string): string {
  return `${fixture
    .replace(/^fixtures\//, '')
    .split('/')
    .join('__')}.json`;
}

const fixtures = fixtureFiles();

describe('JSON report snapshots', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s', async (fixture) => {
    const result = await runCli(['--format', 'json', fixture], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBeLessThan(2);
    await expect(result.stdout).toMatchFileSnapshot(
      join(snapshots, snapshotName(fixture)),
    );
  });

  it('keeps no snapshot without a fixture', () => {
    const expected = new Set(fixtures.map(snapshotName));
    const orphans = readdirSync(snapshots).filter((f) => !expected.has(f));
    expect(
      orphans,
      'stale snapshots in test/snapshots: run node scripts/update-snapshots.mjs',
    ).toEqual([]);
  });
});
