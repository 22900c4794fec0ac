import type { AccountInfo, RuleRequest } from '../rule.js';
import type { AccountUsage } from '../types.js';
import { type VaultlintConfig } from './config.js';
/**
 * The first account whose `files` globs match the path, or `default`.
 * Globs are compiled once, and only as far as the first match: a hook run
 * on one file does not compile every account's globs.
 */
export declare function accountOf(path: string, config: VaultlintConfig): string;
/**
 * The accounts of a config as rules see them. Requests that no account's
 * globs match belong to `default`, with the quota of 100 the API sets.
 */
export declare function accountInfos(config: VaultlintConfig): Map<string, AccountInfo>;
/** What each account holds and what the run asks of it. */
export declare function accountUsage(infos: ReadonlyMap<string, AccountInfo>, requests: RuleRequest[], config: VaultlintConfig): AccountUsage[];
