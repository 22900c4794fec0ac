/**
 * The `vaultlint` bin: starts the bundled CLI (dist/cli-bundle.cjs) from
 * V8's code cache. A pre-commit run lints one small file, so compiling the
 * CLI's code is most of what it costs; with the cache, the functions an
 * earlier run compiled are read back instead of compiled again.
 *
 * The bundle is compiled here with its cached data (module.enableCompileCache
 * does this from Node 22.1 on, for Node's own loader only), and the first
 * run writes that data when it ends. The cache lives in a folder
 * of the user's own under the temporary directory; a folder that is not
 * the user's alone, a missing or rejected entry, or VAULTLINT_CACHE=0 only
 * mean the code is compiled as usual.
 *
 * This file is built on its own, with no part of the engine, and must stay
 * small: it runs before anything else on every start.
 */
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** A hash of the bundle's text, set by the build: it names the cache entry. */
declare const VAULTLINT_BUNDLE_HASH: string;

const bundle = join(__dirname, 'cli-bundle.cjs');

/** The user's own cache folder, or undefined when it cannot be trusted. */
function cacheFolder(): string | undefined {
  if (process.env.VAULTLINT_CACHE === '0') return undefined;
  try {
    const { uid } = userInfo();
    const folder = join(tmpdir(), `vaultlint-${uid}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = lstatSync(folder);
    // Cached code runs as this user: nobody else may have written it.
    const own = stat.isDirectory() && (uid < 0 || stat.uid === uid);
    return own && (stat.mode & 0o022) === 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs the bundle, with the cached data in `folder` when there
 * is a folder. V8 gives code compiled this way no module loader, so the
 * bundle is handed one for the ES modules it imports (plugins).
 */
function run(folder: string | undefined): void {
  const entry =
    folder &&
    join(
      folder,
      `cli-${VAULTLINT_BUNDLE_HASH}-${process.version}-${process.arch}.v8`,
    );
  let cachedData: Buffer | undefined;
  try {
    cachedData = entry ? readFileSync(entry) : undefined;
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __vaultlintImport) {${source}\n})`,
    { filename: bundle, cachedData },
  );
  if (entry && (!cachedData || script.cachedDataRejected)) {
    // Written when the run ends, so that it holds the functions the run
    // compiled, not only the top level.
    process.once('exit', () => {
      try {
        const temporary = `${entry}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, entry);
      } catch {
        // A read-only or full disk costs a compile next time, nothing more.
      }
    });
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
