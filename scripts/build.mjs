// Builds dist/: the CLI (split so each run loads only what it needs), the
// library with its types, and the GitHub Action as one self-contained file.
// Run with `npm run build`; dist/ is committed, and a test keeps it fresh.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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
      cli: 'src/cli/bin.ts',
      index: 'src/index.ts',
      // Large runs lint a share of the files on a worker thread.
      worker: 'src/engine/worker.ts',
    },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // The cloud SDK is loaded only by `submit`, from node_modules.
    external: ['@alicloud/*'],
  });
  if (existsSync(`${root}src/action/main.ts`)) await buildAction(outdir);
  if (types) {
    execFileSync(
      'npx',
      ['tsc', '-p', 'tsconfig.types.json', '--outDir', `${outdir}/types`],
      { cwd: root, stdio: 'inherit' },
    );
  }
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
