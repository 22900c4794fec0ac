import type { LintResults, SeveritySetting } from '../types.js';
import { ConfigError } from './config.js';
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
export { ConfigError };
