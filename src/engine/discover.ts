/**
 * From command-line paths to files: folders are walked with the include
 * globs of the config that governs them, honouring .gitignore; a file
 * named explicitly is always linted unless the config excludes it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { ConfigResolver, VaultlintConfig } from './config.js';

/** A path or glob that names nothing: exit code 2. */
export class UsageError extends Error {}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Returns absolute paths of the files to lint, sorted and unique. */
export function discover(
  paths: string[],
  cwd: string,
  configs: ConfigResolver,
): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = walk(absolute, configs);
        if (found.length === 0) {
          throw new UsageError(
            `No request files found in "${given}" (looked for ${configs.forDir(absolute).include.join(', ')}).`,
          );
        }
        for (const file of found) files.add(file);
      } else if (!isExcluded(absolute, configs.forFile(absolute))) {
        files.add(absolute);
      }
      continue;
    }
    if (!isDynamicPattern(given)) {
      throw new UsageError(`No such file or folder: "${given}".`);
    }
    const matched = globSync(given, {
      cwd,
      absolute: true,
      ignore: ALWAYS_IGNORED,
      dot: false,
    });
    if (matched.length === 0)
      throw new UsageError(`No files match the pattern "${given}".`);
    for (const file of matched) {
      if (!isExcluded(file, configs.forFile(file))) files.add(file);
    }
  }
  return [...files].sort((a, b) =>
    relative(cwd, a) < relative(cwd, b) ? -1 : 1,
  );
}

function walk(dir: string, configs: ConfigResolver): string[] {
  const config = configs.forDir(dir);
  // Globs are relative to the config's folder; a folder below it is a prefix.
  const base =
    dir.startsWith(config.dir + sep) || dir === config.dir ? config.dir : dir;
  const prefix = relative(base, dir).split(sep).join('/');
  const matched = globSync(config.include, {
    cwd: base,
    absolute: true,
    ignore: [...ALWAYS_IGNORED, ...config.exclude],
    dot: false,
  });
  const gitignored = gitignoreFilter(dir);
  return matched.filter((file) => {
    const inside = relative(base, file).split(sep).join('/');
    if (prefix && !inside.startsWith(`${prefix}/`)) return false;
    if (gitignored(file)) return false;
    // A nested config governs the files below it.
    return !isExcluded(file, configs.forFile(file));
  });
}

/**
 * True when the governing config's `exclude` matches the file or one of
 * its folders: `exclude: [legacy]` skips `legacy/a.yaml` whether the
 * folder is walked or the file is named, as pre-commit names it.
 */
export function isExcluded(file: string, config: VaultlintConfig): boolean {
  if (config.exclude.length === 0) return false;
  const matches = matcherFor(config.exclude);
  const parts = relative(config.dir, file).split(sep);
  // With --config elsewhere, `..` steps are not folders the globs name.
  const first = parts.lastIndexOf('..') + 1;
  for (let end = parts.length; end > first; end--) {
    if (matches(parts.slice(0, end).join('/'))) return true;
  }
  return false;
}

const matchers = new Map<string, (path: string) => boolean>();

export function matcherFor(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = picomatch(globs, { dot: true });
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Reads the .gitignore files from the folder up to the repository root. */
function gitignoreFilter(dir: string): (file: string) => boolean {
  const layers: Array<{ dir: string; rules: Ignore }> = [];
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, '.gitignore');
    if (existsSync(file))
      layers.push({ dir: at, rules: ignore().add(readFileSync(file, 'utf8')) });
    if (existsSync(join(at, '.git')) || dirname(at) === at) break;
  }
  const nested = globSync('**/.gitignore', {
    cwd: dir,
    absolute: true,
    ignore: ALWAYS_IGNORED,
    dot: true,
  })
    .filter((file) => dirname(file) !== dir)
    .map((file) => ({
      dir: dirname(file),
      rules: ignore().add(readFileSync(file, 'utf8')),
    }));
  const all = [...layers, ...nested];
  return (file) =>
    all.some(({ dir: base, rules }) => {
      const path = relative(base, file);
      return (
        !path.startsWith('..') &&
        path !== '' &&
        rules.ignores(path.split(sep).join('/'))
      );
    });
}
