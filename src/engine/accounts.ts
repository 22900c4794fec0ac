/**
 * Accounts: which account each request belongs to, what each holds already
 * (a count, or an inventory of DescribeVaults bodies), and what the run
 * asks of it.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { quotaGroups } from '../../rules/account-vault-quota.js';
import type { AccountInfo, RuleRequest } from '../rule.js';
import type { AccountUsage } from '../types.js';
import {
  configFault,
  DEFAULT_QUOTA,
  DEFAULT_WARN_AT,
  type VaultlintConfig,
} from './config.js';
import { matcherFor } from './discover.js';
import { relativePath } from './paths.js';

const accountMatchers = new WeakMap<
  VaultlintConfig,
  Array<(path: string) => boolean>
>();

/**
 * The first account whose `files` globs match the path, or `default`.
 * Globs are compiled once, and only as far as the first match: a hook run
 * on one file does not compile every account's globs.
 */
export function accountOf(path: string, config: VaultlintConfig): string {
  let matchers = accountMatchers.get(config);
  if (!matchers) {
    matchers = [];
    accountMatchers.set(config, matchers);
  }
  const inConfig = relativePath(config.dir, path);
  for (const [index, account] of config.accounts.entries()) {
    matchers[index] ??= matcherFor(account.files);
    if (matchers[index](inConfig)) return account.name;
  }
  return 'default';
}

/**
 * The accounts of a config as rules see them. Requests that no account's
 * globs match belong to `default`, with the quota of 100 the API sets.
 */
export function accountInfos(
  config: VaultlintConfig,
): Map<string, AccountInfo> {
  const infos = new Map<string, AccountInfo>();
  for (const [index, account] of config.accounts.entries()) {
    infos.set(account.name, {
      name: account.name,
      quota: account.quota,
      scope: account.scope,
      warnAt: account.warnAt,
      existing: account.existing ?? 0,
      ...(account.existingIn ? { existingIn: account.existingIn } : {}),
      inventory: account.inventory
        ? readInventory(config, index, account.inventory)
        : new Set<string>(),
      source: config.path,
    });
  }
  if (!infos.has('default')) {
    infos.set('default', {
      name: 'default',
      quota: DEFAULT_QUOTA,
      scope: 'account',
      warnAt: DEFAULT_WARN_AT,
      existing: 0,
      inventory: new Set(),
      source: config.path,
    });
  }
  return infos;
}

/** What each account holds and what the run asks of it. */
export function accountUsage(
  infos: ReadonlyMap<string, AccountInfo>,
  requests: RuleRequest[],
  config: VaultlintConfig,
): AccountUsage[] {
  const usage: AccountUsage[] = [];
  for (const info of infos.values()) {
    const groups = quotaGroups(requests, info);
    const requested = groups.reduce((n, g) => n + g.added.length, 0);
    // The implicit account is shown only when some request falls in it.
    const implicit = !config.accounts.some((a) => a.name === info.name);
    if (implicit && requested === 0) continue;
    usage.push({
      name: info.name,
      quota: info.quota,
      existing:
        info.scope === 'account'
          ? groups[0].existing
          : info.inventory.size + info.existing,
      requested,
      scope: info.scope,
      ...(info.scope === 'region'
        ? {
            regions: groups.map((g) => ({
              region: g.region as string,
              existing: g.existing,
              requested: g.added.length,
            })),
          }
        : {}),
    });
  }
  return usage;
}

/**
 * Reads DescribeVaults response bodies: one body or an array of pages, as
 * `aliyun hbr DescribeVaults` prints them. Vaults are keyed `region/name`.
 */
function readInventory(
  config: VaultlintConfig,
  index: number,
  path: string,
): Set<string> {
  const at = ['accounts', config.accounts[index].name, 'inventory'];
  const shown = relative(config.dir, path).split(sep).join('/');
  let data: unknown;
  let text = '';
  try {
    // As saved by tools that write a byte order mark first.
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    data = JSON.parse(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause =
      code === 'ENOENT'
        ? 'no such file'
        : jsonProblem((error as Error).message, text);
    configFault(config, at, `Cannot read inventory "${shown}": ${cause}.`);
  }
  const vaults = new Set<string>();
  // What DescribeVaults counted, by region, against what the pages list:
  // a file of some pages only would make the quota look roomier.
  const counted = new Map<string, number>();
  for (const [page, body] of (Array.isArray(data) ? data : [data]).entries()) {
    const list = (body as { Vaults?: { Vault?: unknown } } | null)?.Vaults
      ?.Vault;
    if (!Array.isArray(list)) {
      const which = Array.isArray(data) ? ` (page ${page + 1})` : '';
      configFault(
        config,
        at,
        `Unexpected content in inventory "${shown}"${which}; expected DescribeVaults response bodies with Vaults.Vault.`,
      );
    }
    const regions = new Set<string>();
    for (const vault of list as Array<Record<string, unknown> | null>) {
      const region = `${vault?.VaultRegionId ?? ''}`;
      regions.add(region);
      vaults.add(`${region}/${vault?.VaultName ?? ''}`);
    }
    const total = (body as { TotalCount?: unknown }).TotalCount;
    // DescribeVaults answers for one region; a page past the last lists
    // none, and counts what the others list.
    if (typeof total === 'number' && regions.size <= 1) {
      const [region = ''] = regions;
      counted.set(region, Math.max(total, counted.get(region) ?? 0));
    }
  }
  for (const [region, total] of counted) {
    const listed = [...vaults].filter(
      (key) => region === '' || key.startsWith(`${region}/`),
    ).length;
    if (listed >= total) continue;
    configFault(
      config,
      at,
      `Unexpected incomplete inventory "${shown}": DescribeVaults counts ${total} vaults${region ? ` in ${region}` : ''}, the file lists ${listed}; save every page (vaultlint inventory does).`,
    );
  }
  return vaults;
}

/** A JSON syntax error, placed at its line and column in the inventory. */
function jsonProblem(message: string, text: string): string {
  const first = message.split('\n')[0].replace(/\.$/, '');
  const at = /at position (\d+)/.exec(first);
  if (!at) return first;
  const before = text.slice(0, Number(at[1])).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${first.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
