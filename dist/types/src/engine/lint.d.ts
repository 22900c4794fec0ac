import { MASK } from '../../rules/lib/credentials.js';
import type { RuleRequest } from '../rule.js';
import type { Finding, LintResults, SeveritySetting } from '../types.js';
import { ConfigError } from './config.js';
import { type LocatorData } from './locator.js';
import { type WorkerTask } from './parallel.js';
import { docsUrl, type RuleSet } from './rule-set.js';
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
    /**
     * Absolute paths the caller will write (reports, results): a linted
     * file that is one of them, through links or hard links, is named in
     * the results' `outputsRead`.
     */
    outputs?: string[];
}
export { docsUrl, MASK };
/**
 * What a run keeps of each file until it reports. A run over 100,000 files
 * holds one per file, so what most files never need is left out.
 */
interface FileState {
    file: string;
    findings: Finding[];
    requests: number;
    directives: readonly Directive[];
    ruleSet: RuleSet;
    /** The documents that hold a credential, when any does. */
    blocked?: Set<number>;
}
/** Lints files, folders and globs. Throws UsageError or ConfigError (exit 2). */
export declare function lint(paths: string[], options?: LintOptions): Promise<LintResults>;
/** A worker thread's share of a parallel run (see parallel.ts). */
export declare function lintShare(task: WorkerTask): Promise<Shared>;
/** What a worker hands back: plain data, no rules or classes. */
interface Shared {
    outputsRead: string[];
    files: Array<Omit<FileState, 'ruleSet'>>;
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
export { ConfigError };
