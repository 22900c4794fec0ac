/**
 * `to` relative to the folder `from`, with forward slashes. The common
 * case, a file below the folder, is a slice: this runs once per file.
 */
export declare function relativePath(from: string, to: string): string;
