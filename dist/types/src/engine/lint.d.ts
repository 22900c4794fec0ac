import { MASK } from '../../rules/lib/credentials.js';
import type { AnyRule, RuleRequest } from '../rule.js';
import type { Finding, LintResults, Severity, SeveritySetting } from '../types.js';
import { ConfigError, type VaultlintConfig } from './config.js';
import { type LocatorData } from './locator.js';
import { type WorkerTask } from './parallel.js';
import { type Directive } from './suppressions.js';
export interface LintOptions {
    cwd?: string;
    /** An explicit config file (--config); otherwise the nearest one. */
    config?: string;
    maxFileSize?: number;
    /** False ignores every inline suppression (--no-inline-config). */
    inlineConfig?: boolean;
    /** Rule settings from the command line, above the config file. */
    rules?: Record<string, SeveritySetting>;
    /** Lint this text or these bytes instead of reading `--stdin-filename`. */
    stdin?: {
        text: string | Uint8Array;
        filename: string;
    };
}
export { MASK };
export declare function docsUrl(id: string): string;
interface ActiveRule {
    rule: AnyRule;
    severity: Severity;
    options: unknown;
}
interface RuleSet {
    config: VaultlintConfig;
    active: ActiveRule[];
    byId: Map<string, AnyRule>;
    severities: Map<string, SeveritySetting>;
}
interface FileState {
    file: string;
    findings: Finding[];
    requests: number;
    directives: Directive[];
    ruleSet: RuleSet;
    blocked: Set<number>;
}
/** Lints files, folders and globs. Throws UsageError or ConfigError (exit 2). */
export declare function lint(paths: string[], options?: LintOptions): Promise<LintResults>;
/** A worker thread's share of a parallel run (see parallel.ts). */
export declare function lintShare(task: WorkerTask): Promise<Shared>;
/** What a worker hands back: plain data, no rules or classes. */
interface Shared {
    files: Array<Omit<FileState, 'ruleSet'> & {
        path: string;
    }>;
    records: Array<{
        request: RuleRequest;
        where: LocatorData;
        file: number;
    }>;
    secrets: string[];
}
/** A rule threw: like a config problem, the run stops with exit code 2. */
export declare class RuleError extends ConfigError {
}
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
