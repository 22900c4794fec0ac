// dist/ is committed (the bin and the Action run from it), so it must be
// what the sources build to. Rebuilds into a temporary folder and compares
// the bundles: entry files and chunks, whose names are content hashes.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'vaultlint-dist-'));

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

/** The bundles under a dist folder: *.js at the top and chunks/**. */
function bundles(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dist)) return files;
  const walk = (dir: string, deep: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (deep || entry.name === 'chunks') walk(path, true);
      } else if (deep || /\.c?js$/.test(entry.name)) {
        files.set(relative(dist, path), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dist, false);
  return files;
}

it('dist/ holds what the sources build to', async () => {
  const script = pathToFileURL(join(root, 'scripts', 'build.mjs')).href;
  const { build } = (await import(script)) as {
    build(outdir: string, options: { types: boolean }): Promise<void>;
  };
  await build(fresh, { types: false });

  const built = bundles(fresh);
  const committed = bundles(join(root, 'dist'));
  const stale = [...new Set([...built.keys(), ...committed.keys()])]
    .filter((file) => built.get(file) !== committed.get(file))
    .sort()
    .map((file) =>
      !committed.has(file)
        ? `missing from dist/: ${file}`
        : !built.has(file)
          ? `no longer built: dist/${file}`
          : `differs: dist/${file}`,
    );

  expect(built.has('action.js')).toBe(true);
  expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual(
    [],
  );
}, 120_000);
