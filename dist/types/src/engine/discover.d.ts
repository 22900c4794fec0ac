import type { ConfigResolver, VaultlintConfig } from './config.js';
/** A path or glob that names nothing: exit code 2. */
export declare class UsageError extends Error {
}
/**
 * Returns absolute paths of the files to lint, sorted and unique. The glob
 * and .gitignore libraries load only when a folder or glob needs them: a
 * pre-commit run names its files.
 */
export declare function discover(paths: string[], cwd: string, configs: ConfigResolver): Promise<string[]>;
/**
 * True when the governing config's `exclude` matches the file or one of
 * its folders: `exclude: [legacy]` skips `legacy/a.yaml` whether the
 * folder is walked or the file is named, as pre-commit names it.
 */
export declare function isExcluded(file: string, config: VaultlintConfig): boolean;
export declare function matcherFor(globs: string[]): (path: string) => boolean;
