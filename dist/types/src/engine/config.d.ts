import type { SeveritySetting } from '../types.js';
export declare const CONFIG_NAME = ".vaultlint.yaml";
export declare const DEFAULT_INCLUDE: string[];
export interface AccountConfig {
    name: string;
    files: string[];
    quota: number;
    existing?: number;
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
    include: string[];
    exclude: string[];
    rules: Record<string, RuleSetting>;
    mandatory: string[];
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
/** A configuration problem: exit code 2, with the position of the key. */
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
    forDir(dir: string): VaultlintConfig;
    forFile(file: string): VaultlintConfig;
    /** Every config loaded so far. */
    all(): VaultlintConfig[];
    private load;
}
/** Reads, validates and resolves one config file. */
export declare function loadConfig(path: string, shown?: string): VaultlintConfig;
/** Throws a ConfigError positioned at a key of the config file. */
export declare function configFault(config: VaultlintConfig, keyPath: string[], message: string): never;
