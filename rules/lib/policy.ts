/** Helpers the team-policy rules share. */

/**
 * True when `pattern`, a regular expression given in the config, matches
 * the whole value: `prod-.*` accepts "prod-db", not "old-prod-db".
 */
export function matchesPattern(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(value);
}

/** A list for a message: `a`, `a or b`, `a, b or c`. */
export function either(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
