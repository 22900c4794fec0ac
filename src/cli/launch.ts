/**
 * The `vaultlint` bin: starts the bundled CLI (dist/cli-bundle.cjs) from
 * V8's code cache. A pre-commit run lints one small file, so compiling the
 * CLI's code is most of what it costs; with the cache, the functions an
 * earlier run compiled are read back instead of compiled again.
 *
 * The bundle is compiled here with its cached data (module.enableCompileCache
 * does this from Node 22.1 on, for Node's own loader only), and a run that
 * found no usable entry writes one when it ends. Entries live in the user's
 * own cache folder (src/cache-folder.ts). V8 checks little of what it is
 * given, so each entry is named by the bundle it was made from (the build's
 * hash of it, and its size, time and inode, so that an edited bundle never
 * runs old code) and carries a checksum of its data: a damaged entry is
 * compiled past, and replaced. VAULTLINT_CACHE=0 turns the cache off.
 *
 * This file is built on its own, with no part of the engine, and must stay
 * small: it runs before anything else on every start.
 */
import {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { cacheFolder, fnv1a } from '../cache-folder.js';

/** A hash of the bundle's text, set by the build. */
declare const VAULTLINT_BUNDLE_HASH: string;

const bundle = join(__dirname, 'cli-bundle.cjs');

/** The name of the cache entry for this bundle on this Node.js. */
function entryName(): string {
  const { size, mtimeMs, ino } = statSync(bundle);
  const made = `${size}-${Math.trunc(mtimeMs)}-${ino}`;
  return `cli-${VAULTLINT_BUNDLE_HASH}-${made}-${process.version}-${process.arch}.v8`;
}

/**
 * The checksum of an entry's data: zlib's CRC-32 where Node.js has it
 * (20.15 on), native and fast; else FNV-1a, which a cold start runs slowly
 * over the few hundred kilobytes of an entry.
 */
function checksum(data: Uint8Array): string {
  const { crc32 } = require('node:zlib') as {
    crc32?: (data: Uint8Array) => number;
  };
  return crc32
    ? `c${crc32(data).toString(16).padStart(8, '0')}`
    : `f${fnv1a(data)}`;
}

/**
 * What kind of run made an entry: it holds the functions that run
 * compiled. A lint run, the one that counts, replaces an entry another
 * kind made (`vaultlint --version` first, say).
 */
type Kind = 'lint' | 'other';

const COMMANDS = new Set(['rules', 'schema', 'init', 'submit', 'inventory']);

function kindOf(args: string[]): Kind {
  const command = args.find((arg) => !arg.startsWith('-'));
  const other =
    args.some((arg) => /^(-h|--help|-V|--version)$/.test(arg)) ||
    (command !== undefined && COMMANDS.has(command));
  return other ? 'other' : 'lint';
}

/** An entry: a line with the checksum of the rest and its kind, then data. */
function readEntry(path: string): { data: Buffer; kind: Kind } | undefined {
  try {
    const file = readFileSync(path);
    const newline = file.indexOf(10);
    const data = file.subarray(newline + 1);
    const [sum, kind] = file.subarray(0, newline).toString('latin1').split(' ');
    if (checksum(data) !== sum) return undefined;
    return { data, kind: kind === 'lint' ? 'lint' : 'other' };
  } catch {
    return undefined;
  }
}

function writeEntry(
  folder: string,
  name: string,
  data: Buffer,
  kind: Kind,
): void {
  const path = join(folder, name);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const header = Buffer.from(`${checksum(data)} ${kind}\n`);
    writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(temporary, path);
    // Entries for other bundles or other versions of Node.js are spent.
    for (const other of readdirSync(folder)) {
      if (/^cli-.*\.v8$/.test(other) && other !== name) {
        rmSync(join(folder, other), { force: true });
      }
    }
  } catch {
    // A read-only or full disk costs a compile next time, nothing more.
    rmSync(temporary, { force: true });
  }
}

/**
 * Compiles and runs the bundle, with the cached data in `folder` when there
 * is a folder. V8 gives code compiled this way no module loader, so the
 * bundle is handed one for the ES modules it imports (plugins).
 */
function run(folder: string | undefined): void {
  const name = folder && entryName();
  const entry = name ? readEntry(join(folder, name)) : undefined;
  const kind = kindOf(process.argv.slice(2));
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __vaultlintImport) {${source}\n})`,
    { filename: bundle, cachedData: entry?.data },
  );
  const stale =
    !entry ||
    script.cachedDataRejected ||
    (kind === 'lint' && entry.kind !== 'lint');
  if (name && stale) {
    // Written when the run ends, so that it holds the functions the run
    // compiled, not only the top level.
    process.once('exit', () =>
      writeEntry(folder, name, script.createCachedData(), kind),
    );
  }
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    __dirname,
    (specifier: string) => import(specifier),
  );
}

run(cacheFolder());
