// The parsed config is cached by content so that unchanged configs never
// load the yaml library; the cache must be invisible in every result.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/cache-folder.js';
import {
  parseConfigText,
  readConfigText,
} from '../../src/engine/config-file.js';

const cacheDir = join(tmpdir(), `vaultlint-${userInfo().uid}`);
const root = join(import.meta.dirname, '..', '..');

describe('config cache', () => {
  it('gives the same data and positions as a fresh parse', async () => {
    const text = `# ${randomUUID()}\nrules:\n  allowed-regions: [error, { regions: [cn-shanghai] }]\n`;
    const before = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);
    const first = await readConfigText(text, 'test');
    const added = readdirSync(cacheDir).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);

    const second = await readConfigText(text, 'test');
    expect(second).toEqual(first);
    expect(first).toEqual(await parseConfigText(text));
    expect(first.positions['["rules","allowed-regions"]']).toEqual({
      value: [3, 20],
      key: [3, 3],
    });
  });

  it('parses again when the cached entry is damaged', async () => {
    const text = `# ${randomUUID()}\ninclude: ["**/*.yaml"]\n`;
    const before = new Set(existsSync(cacheDir) ? readdirSync(cacheDir) : []);
    await readConfigText(text, 'test');
    // Only this test's own entry: other runs share the folder.
    const added = readdirSync(cacheDir).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    writeFileSync(join(cacheDir, added[0]), '{');
    expect(await readConfigText(text, 'test')).toEqual(
      await parseConfigText(text),
    );
  });

  it('lets the bundled CLI read a config it has never seen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vaultlint-cache-'));
    mkdirSync(join(dir, 'vaults'));
    writeFileSync(
      join(dir, '.vaultlint.yaml'),
      `# ${randomUUID()}\nrules:\n  deprecated-storage-class: error\n`,
    );
    writeFileSync(
      join(dir, 'vaults', 'a.yaml'),
      'VaultRegionId: cn-shanghai\nVaultName: a\nVaultStorageClass: IA\n',
    );
    const run = () =>
      spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), '.'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      });
    for (const result of [run(), run()]) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('3:20  error    VaultStorageClass "IA"');
    }
  });

  it('trusts no cache folder that others may write to', () => {
    // A planted entry that would switch the config's rule off.
    const temp = mkdtempSync(join(tmpdir(), 'vaultlint-cache-'));
    const folder = join(temp, `vaultlint-${userInfo().uid}`);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const dir = mkdtempSync(join(tmpdir(), 'vaultlint-cache-'));
    const text = 'rules:\n  deprecated-storage-class: error\n';
    writeFileSync(join(dir, '.vaultlint.yaml'), text);
    writeFileSync(
      join(dir, 'a.vault.yaml'),
      'VaultRegionId: cn-shanghai\nVaultName: a\nVaultStorageClass: IA\n',
    );
    const planted = {
      text,
      data: { rules: { 'deprecated-storage-class': 'off' } },
      positions: {},
    };
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entry = `config-${fnv1a(`1\0${pkg.version}\0${text}`)}.json`;
    writeFileSync(join(folder, entry), JSON.stringify(planted));

    const result = spawnSync(
      process.execPath,
      [join(root, 'dist', 'cli.cjs'), 'a.vault.yaml'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, TMPDIR: temp },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error    VaultStorageClass "IA"');
    rmSync(temp, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
});
