import type { SeveritySetting } from '../types.js';
export declare const CONFIG_NAME = ".vaultlint.yaml";
export declare const SEVERITIES: readonly SeveritySetting[];
export declare const DEFAULT_INCLUDE: string[];
export declare const DEFAULT_QUOTA = 100;
export declare const DEFAULT_WARN_AT = 0.9;
export interface AccountConfig {
    name: string;
    files: string[];
    quota: number;
    /** Vaults that exist beyond the inventory (the sum, when per region). */
    existing?: number;
    /** `existing` given per region. */
    existingIn?: Record<string, number>;
    /** Absolute path of the inventory file. */
    inventory?: string;
    scope: 'account' | 'region';
    warnAt: number;
}
export interface RuleSetting {
    severity: SeveritySetting;
    options?: Record<string, unknown>;
}
export interface VaultlintConfig {
    /** Absolute path of the file, or undefined for the built-in defaults. */
    path?: string;
    /** Folder that globs and plugin paths are relative to. */
    dir: string;
    /** The top-level keys the file sets; the others are defaults. */
    given: ReadonlySet<string>;
    include: string[];
    exclude: string[];
    rules: Record<string, RuleSetting>;
    mandatory: string[];
    /** Absolute paths of the plugin modules. */
    plugins: string[];
    accounts: AccountConfig[];
    regions: {
        supported: string[];
        decommissioned: string[];
    };
    submit: {
        endpoint?: string;
        timeout: number;
        branches?: string[];
    };
}
/**
 * A configuration problem: exit code 2, with the position of the key.
 * Messages quote config values, so credentials in them are masked.
 */
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file?: string | undefined, line?: number | undefined, column?: number | undefined);
}
export declare function defaultConfig(dir: string): VaultlintConfig;
/** Finds the config that governs a folder, caching per folder. */
export declare class ConfigResolver {
    private readonly cwd;
    private readonly explicit?;
    private readonly byDir;
    private readonly byPath;
    constructor(cwd: string, explicit?: string | undefined);
    forDir(dir: string): Promise<VaultlintConfig>;
    forFile(file: string): Promise<VaultlintConfig>;
    private load;
}
/** Reads, validates and resolves one config file. */
export declare function loadConfig(path: string, shown?: string): Promise<VaultlintConfig>;
/**
 * Throws a ConfigError positioned at a key of the config file: at its
 * value, or with `keyNode` at the key itself.
 */
export declare function configFault(config: VaultlintConfig, keyPath: string[], message: string, keyNode?: boolean): never;
export declare const FIXED_CHECKS = "the engine's own checks are always errors, except the suppression checks";
/**
 * Rejects rule ids in `rules` and `mandatory` that name no rule, with the
 * nearest known id as a suggestion, and `fixed` ids (checks whose severity
 * cannot change) in `rules`.
 */
export declare function checkRuleIds(config: VaultlintConfig, known: readonly string[], fixed?: ReadonlySet<string>): void;
interface OptionsRule {
    id: string;
    optionsSchema?: Record<string, unknown>;
}
/**
 * Validates the options a config gives a rule against the rule's
 * optionsSchema (a rule without one takes no options). Ajv is loaded only
 * when some config gives options, so plain runs never pay for it.
 */
export declare function checkRuleOptions(config: VaultlintConfig, rule: OptionsRule, options: Record<string, unknown>): Promise<void>;
/**
 * Policy options take regular expressions as strings; they match a whole
 * value, as if wrapped in ^(?:…)$, with the `u` flag.
 */
export declare function isPattern(source: string): boolean;
export {};
