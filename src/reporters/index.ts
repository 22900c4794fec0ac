/** Reporters by name, loaded only when a run asks for them. */
import type { Reporter } from './types.js';

export const FORMATS = [
  'stylish',
  'json',
  'sarif',
  'junit',
  'github',
  'markdown',
] as const;
export type Format = (typeof FORMATS)[number];

export async function loadReporter(
  format: Format,
): Promise<Reporter<string | Iterable<string>>> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'github':
      return (await import('./github.js')).github;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    default:
      throw new Error(`The ${format} format is not available in this build.`);
  }
}
