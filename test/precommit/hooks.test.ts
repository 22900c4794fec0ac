// The hook definition in .pre-commit-hooks.yaml, read as pre-commit reads
// it: its `files` pattern must pick the files vaultlint looks for.
import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_INCLUDE } from '../../src/engine/config.js';

const manifest = parse(
  readFileSync(
    new URL('../../.pre-commit-hooks.yaml', import.meta.url),
    'utf8',
  ),
) as Array<Record<string, unknown>>;
const hook = manifest[0];
// pre-commit applies `files` with Python's re.search; this pattern uses
// nothing that JavaScript reads differently.
const files = new RegExp(hook.files as string);
const included = picomatch(DEFAULT_INCLUDE);

const REQUESTS = [
  'team.vault.yaml',
  'team.vault.yml',
  'team.vault.json',
  'infra/prod/db.vault.yaml',
  'vaults/x.yaml',
  'vaults/x.yml',
  'vaults/x.json',
  'vaults/prod/cn-hangzhou/x.yaml',
  'infra/vaults/x.json',
  'infra/vaults/a/b/c.yml',
];
const OTHERS = [
  '.vaultlint.yaml',
  'vault.yaml',
  'team.vault.yaml.bak',
  'team.vault.toml',
  'team-vault.yaml',
  'notes.yaml',
  'vaults.yaml',
  'myvaults/x.yaml',
  'vaults-old/x.yaml',
  'vaults/readme.md',
  'infra/vaults/x.yaml.orig',
  'docs/vaults.json',
  'vaults/finance/.vaultlint.yaml',
  'vaults/.drafts/x.yaml',
  '.hidden/team.vault.yaml',
  'infra/.old/vaults/x.yaml',
];

// Never walked, whatever the globs say.
const IGNORED = [
  'node_modules/pkg/x.vault.yaml',
  'a/node_modules/vaults/x.yaml',
];

describe('the hook definition', () => {
  it('runs the vaultlint bin on the files pre-commit passes', () => {
    expect(manifest).toHaveLength(1);
    expect(hook).toMatchObject({
      id: 'vaultlint',
      language: 'node',
      entry: 'vaultlint',
      pass_filenames: true,
      types_or: ['yaml', 'json'],
    });
  });

  it('matches the files the default globs include', () => {
    for (const path of REQUESTS) {
      expect({ path, included: included(path) }).toEqual({
        path,
        included: true,
      });
      expect({ path, matched: files.test(path) }).toEqual({
        path,
        matched: true,
      });
    }
  });

  it('leaves out what a folder walk never enters', () => {
    for (const path of IGNORED) {
      expect({ path, matched: files.test(path) }).toEqual({
        path,
        matched: false,
      });
    }
  });

  it('leaves out the files the default globs leave out', () => {
    for (const path of OTHERS) {
      expect({ path, included: included(path) }).toEqual({
        path,
        included: false,
      });
      expect({ path, matched: files.test(path) }).toEqual({
        path,
        matched: false,
      });
    }
  });
});
