/** Helpers the team-policy rules share. */
/**
 * True when `pattern`, a regular expression given in the config, matches
 * the whole value: `prod-.*` accepts "prod-db", not "old-prod-db".
 */
export declare function matchesPattern(pattern: string, value: string): boolean;
/** A list for a message: `a`, `a or b`, `a, b or c`. */
export declare function either(values: readonly string[]): string;
