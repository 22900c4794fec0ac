import type { AnyRule } from '../rule.js';
import type { RuleInfo, Severity, SeveritySetting } from '../types.js';
import { type VaultlintConfig } from './config.js';
/** The absolute link to a rule's docs page. */
export declare function docsUrl(id: string): string;
export interface ActiveRule {
    rule: AnyRule;
    severity: Severity;
    options: unknown;
}
export interface RuleSet {
    config: VaultlintConfig;
    active: ActiveRule[];
    byId: Map<string, AnyRule>;
    severities: Map<string, SeveritySetting>;
}
/** The rules of a config, checked against the flags. */
export declare function buildRuleSet(config: VaultlintConfig, flags: Record<string, SeveritySetting>): Promise<RuleSet>;
/** Engine checks whose severity neither the config nor a flag changes. */
export declare const FIXED_CHECK_IDS: ReadonlySet<string>;
/**
 * Config sections a rule reads as options: a rule whose default options
 * have a `regions` mapping (not allowed-regions' list) gets the config's
 * `regions` section there.
 */
export declare function configOptions(rule: AnyRule, config: VaultlintConfig): object;
/**
 * Imports the config's plugins: ES modules whose default export is a rule
 * made with defineRule, or a list of them. Problems are config errors at
 * the plugin's entry.
 */
export declare function loadPlugins(config: VaultlintConfig): Promise<AnyRule[]>;
/** The absolute path of the plugin that defined a rule, if one did. */
export declare function pluginSource(rule: AnyRule): string | undefined;
/** The metadata of every rule configured in the run. */
export declare function ruleInfos(sets: RuleSet[]): RuleInfo[];
