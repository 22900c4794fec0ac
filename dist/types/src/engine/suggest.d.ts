/** "Did you mean" helpers: the nearest of a set of known words. */
/** Levenshtein distance, with a cut-off to keep long inputs cheap. */
export declare function distance(a: string, b: string, limit?: number): number;
/**
 * The known word nearest to `input`: a case-insensitive match first, then
 * the closest spelling within a third of the word's length.
 */
export declare function nearest(input: string, known: readonly string[]): string | undefined;
