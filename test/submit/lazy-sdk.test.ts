import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');

/** Runs the CLI in a fresh process; reports which SDK modules it loaded. */
function modulesLoadedBy(argv: string[]): { code: number; sdk: number } {
  const dir = workspace({
    'vaults/a.vault.yaml': 'VaultRegionId: cn-hangzhou\nVaultName: a\n',
  });
  const script = join(dir, 'probe.mts');
  writeFileSync(
    script,
    `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { run } = await import(${JSON.stringify(join(root, 'src/cli/main.ts'))});
const io = {
  cwd: ${JSON.stringify(dir)},
  env: {},
  stdout: { write() {} },
  stderr: { write() {} },
  readStdin: async () => '',
};
const code = await run(${JSON.stringify(argv)}, io);
const sdk = Object.keys(require.cache).filter((k) => /@alicloud|cli-progress/.test(k));
console.log(JSON.stringify({ code, sdk: sdk.length }));
`,
  );
  const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    },
  });
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
}

describe('loading the cloud SDK', () => {
  it('never happens when linting', () => {
    expect(modulesLoadedBy(['vaults'])).toEqual({ code: 0, sdk: 0 });
  });

  it('happens when a command calls the cloud', () => {
    const probe = modulesLoadedBy([
      'inventory',
      '--endpoint',
      'http://127.0.0.1:1',
      '--region',
      'cn-hangzhou',
    ]);

    expect(probe.code).toBe(2);
    expect(probe.sdk).toBeGreaterThan(0);
  });
});
