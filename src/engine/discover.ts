/**
 * From command-line paths to files: folders are walked with the include
 * globs of the config that governs them, honouring .gitignore; a file
 * named explicitly is always linted unless the config excludes it.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { ConfigResolver, VaultlintConfig } from './config.js';
import { relativePath } from './paths.js';

/** A path or glob that names nothing: exit code 2. */
export class UsageError extends Error {}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const GITIGNORE = '**/.gitignore';

/**
 * Returns absolute paths of the files to lint, sorted and unique. The glob
 * and .gitignore libraries load only when a folder or glob needs them: a
 * pre-commit run names its files.
 */
export async function discover(
  paths: string[],
  cwd: string,
  configs: ConfigResolver,
): Promise<string[]> {
  const files = new Set<string>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        // A link named on the command line is followed, and its files
        // are shown through it, as named.
        const found = await walk(absolute, configs);
        if (found.length === 0) {
          const { include } = await configs.forDir(absolute);
          throw new UsageError(
            `No request files found in "${given}" (looked for ${include.join(', ')}).`,
          );
        }
        for (const file of found) files.add(file);
      } else if (!isExcluded(absolute, await configs.forFile(absolute))) {
        files.add(absolute);
      }
      continue;
    }
    if (isLink(absolute)) {
      throw new UsageError(
        `Cannot follow the link "${given}": ${linkProblem(absolute)}.`,
      );
    }
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(given)) {
      throw new UsageError(`No such file or folder: "${given}".`);
    }
    const matched = globSync(given, {
      cwd,
      absolute: true,
      ignore: ALWAYS_IGNORED,
      dot: false,
      followSymbolicLinks: false,
    });
    if (matched.length === 0)
      throw new UsageError(`No files match the pattern "${given}".`);
    for (const file of matched) {
      if (!isExcluded(file, await configs.forFile(file))) files.add(file);
    }
  }
  // Sorted by the path shown, as findings are.
  const shown = [...files].map((file) => [relativePath(cwd, file), file]);
  shown.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return shown.map(([, file]) => file);
}

/** Whether the path is a link, or runs through links that loop. */
function isLink(path: string): boolean {
  try {
    return (
      lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false
    );
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/** Why a link that exists leads to nothing. */
function linkProblem(path: string): string {
  try {
    statSync(path);
    return 'it cannot be read';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP'
      ? 'it leads back to itself'
      : 'it points to nothing';
  }
}

async function walk(dir: string, configs: ConfigResolver): Promise<string[]> {
  const config = await configs.forDir(dir);
  const { globSync } = await import('tinyglobby');
  // Globs are relative to the config's folder; a folder below it is a prefix.
  const base =
    dir.startsWith(config.dir + sep) || dir === config.dir ? config.dir : dir;
  const prefix = relative(base, dir).split(sep).join('/');
  const options = {
    absolute: true,
    dot: false,
    // A link to a folder above would walk in circles, and one to a file
    // lints it twice; a link named on the command line is still linted.
    followSymbolicLinks: false,
  };
  // One walk finds both the requests and the .gitignore files below. A
  // folder below the config's is walked alone, its files matched against
  // the globs by their path from the config's folder.
  const all = prefix
    ? globSync(['**/*', GITIGNORE], {
        ...options,
        cwd: dir,
        ignore: ALWAYS_IGNORED,
        dot: config.include.some((glob) => /(^|\/)\./.test(glob)),
      })
    : globSync([...config.include, GITIGNORE], {
        ...options,
        cwd: base,
        ignore: [...ALWAYS_IGNORED, ...config.exclude],
      });
  const isGitignore = (file: string) => file.endsWith(`${sep}.gitignore`);
  const included = prefix
    ? picomatch(config.include, { dot: false })
    : () => true;
  const matched = all.filter(
    (file) => !isGitignore(file) && included(relativePath(base, file)),
  );
  const gitignored = await gitignoreFilter(
    dir,
    all.filter((file) => isGitignore(file) && file.startsWith(dir + sep)),
  );
  const found: string[] = [];
  for (const file of matched) {
    if (gitignored(file)) continue;
    // A nested config governs the files below it.
    if (!isExcluded(file, await configs.forFile(file))) found.push(file);
  }
  return found;
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

/**
 * The .gitignore files from the folder up to the repository root, and
 * those `nested` below it, as one filter.
 */
async function gitignoreFilter(
  dir: string,
  nestedFiles: string[],
): Promise<(file: string) => boolean> {
  const { default: ignore } = await import('ignore');
  const layers: Array<{ dir: string; rules: Ignore }> = [];
  for (let at = dir; ; at = dirname(at)) {
    const file = join(at, '.gitignore');
    if (existsSync(file))
      layers.push({ dir: at, rules: ignore().add(readFileSync(file, 'utf8')) });
    if (existsSync(join(at, '.git')) || dirname(at) === at) break;
  }
  const nested = nestedFiles
    .filter((file) => dirname(file) !== dir)
    .map((file) => ({
      dir: dirname(file),
      rules: ignore().add(readFileSync(file, 'utf8')),
    }));
  const all = [...layers, ...nested];
  if (all.length === 0) return () => false;
  return (file) =>
    all.some(({ dir: base, rules }) => {
      const path = relativePath(base, file);
      return !path.startsWith('..') && path !== '' && rules.ignores(path);
    });
}
