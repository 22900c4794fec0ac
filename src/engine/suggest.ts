/** "Did you mean" helpers: the nearest of a set of known words. */

/** Levenshtein distance, with a cut-off to keep long inputs cheap. */
export function distance(a: string, b: string, limit = 8): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost,
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known word nearest to `input`: a case-insensitive match first, then
 * the closest spelling within a third of the word's length.
 */
export function nearest(
  input: string,
  known: readonly string[],
): string | undefined {
  const folded = input.toLowerCase().replace(/[-_\s]/g, '');
  const exact = known.find(
    (k) => k.toLowerCase().replace(/[-_\s]/g, '') === folded,
  );
  if (exact) return exact;

  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const score = distance(input.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.max(2, Math.floor(candidate.length / 3));
    if (score <= allowed && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best) return best;

  // A known word with something added ("STANDARD_V2", "VaultNameX").
  return known.find(
    (k) => k.length >= 4 && input.toUpperCase().startsWith(k.toUpperCase()),
  );
}
