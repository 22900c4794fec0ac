// Builds dist/: the CLI (split so each run loads only what it needs), the
// library with its types, and the GitHub Action as one self-contained file.
// Run with `npm run build`; dist/ is committed, and a test keeps it fresh.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { writeValidators } from './gen-validators.mjs';

const root = new URL('..', import.meta.url).pathname;

// CommonJS dependencies (commander, yaml) require Node built-ins.
const banner = {
  js: "import { createRequire as __vaultlintRequire } from 'node:module';\nconst require = __vaultlintRequire(import.meta.url);",
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose requires esbuild cannot
  // follow; its ES module build bundles cleanly.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Less code to parse at every start; VAULTLINT_PROFILE=1 keeps names for
  // CPU profiles.
  minify: process.env.VAULTLINT_PROFILE !== '1',
};

export async function build(outdir = `${root}dist`, { types = true } = {}) {
  writeValidators();
  rmSync(outdir, { recursive: true, force: true });

  await esbuild.build({
    ...common,
    entryPoints: {
      index: 'src/index.ts',
      // Large runs lint a share of the files on a worker thread.
      worker: 'src/engine/worker.ts',
    },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external: ['@alicloud/*'],
  });
  await buildCli(outdir);
  if (existsSync(`${root}src/action/main.ts`)) await buildAction(outdir);
  if (types) {
    execFileSync(
      'npx',
      ['tsc', '-p', 'tsconfig.types.json', '--outDir', `${outdir}/types`],
      { cwd: root, stdio: 'inherit' },
    );
  }
}

/**
 * commander loads node:child_process, with the network and stream modules
 * it needs, for subcommands that are programs of their own, which vaultlint
 * has none of. Loading it cost a pre-commit run more than linting its file:
 * in the CLI bundle, commander gets it on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "let loaded;\nconst load = () => (loaded ??= require('node:child_process'));\n" +
        'module.exports = new Proxy({}, { get: (_, key) => load()[key] });\n',
      loader: 'js',
    }));
  },
};

/**
 * The CLI as one CommonJS file, outdir/cli-bundle.cjs, and the bin that
 * starts it from V8's code cache, outdir/cli.cjs (src/cli/launch.ts). The
 * bin names the cache entry by a hash of the bundle.
 */
async function buildCli(outdir) {
  const cjs = { ...common, format: 'cjs', banner: undefined };
  await esbuild.build({
    ...cjs,
    entryPoints: ['src/cli/bin.ts'],
    outfile: `${outdir}/cli-bundle.cjs`,
    // The cloud SDK is loaded only by `submit`, from node_modules.
    external: ['@alicloud/*'],
    // ES modules among the dependencies (and the worker's lookup) find
    // files next to themselves with import.meta.url.
    banner: {
      js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
    define: { 'import.meta.url': '__importMetaUrl' },
    // The bin compiles this file where import() has no loader: the SDK and
    // Node's modules are loaded with require, plugins through the bin.
    supported: { 'dynamic-import': false },
    plugins: [lazyChildProcess],
  });
  const hash = createHash('sha256')
    .update(readFileSync(`${outdir}/cli-bundle.cjs`))
    .digest('hex')
    .slice(0, 16);
  await esbuild.build({
    ...cjs,
    entryPoints: ['src/cli/launch.ts'],
    outfile: `${outdir}/cli.cjs`,
    banner: { js: '#!/usr/bin/env node' },
    define: { VAULTLINT_BUNDLE_HASH: JSON.stringify(hash) },
  });
  chmodSync(`${outdir}/cli.cjs`, 0o755);
}

/** The GitHub Action alone: one self-contained file, outdir/action.js. */
export async function buildAction(outdir = `${root}dist`) {
  await esbuild.build({
    ...common,
    entryPoints: { action: 'src/action/main.ts' },
    outdir,
    splitting: false,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
