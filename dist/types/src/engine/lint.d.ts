import type { AnyRule } from '../rule.js';
import type { LintResults, SeveritySetting } from '../types.js';
import { ConfigError, type VaultlintConfig } from './config.js';
export interface LintOptions {
    cwd?: string;
    /** An explicit config file (--config); otherwise the nearest one. */
    config?: string;
    maxFileSize?: number;
    /** False ignores every inline suppression (--no-inline-config). */
    inlineConfig?: boolean;
    /** Rule settings from the command line, above the config file. */
    rules?: Record<string, SeveritySetting>;
    /** Lint this text instead of reading `--stdin-filename`. */
    stdin?: {
        text: string;
        filename: string;
    };
}
export declare const MASK = "********";
export declare function docsUrl(id: string): string;
/** Lints files, folders and globs. Throws UsageError or ConfigError (exit 2). */
export declare function lint(paths: string[], options?: LintOptions): Promise<LintResults>;
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
export { ConfigError };
