import { relative, sep } from 'node:path';

/**
 * `to` relative to the folder `from`, with forward slashes. The common
 * case, a file below the folder, is a slice: this runs once per file.
 */
export function relativePath(from: string, to: string): string {
  if (to.startsWith(from) && to[from.length] === sep) {
    const rest = to.slice(from.length + 1);
    return sep === '/' ? rest : rest.split(sep).join('/');
  }
  return relative(from, to).split(sep).join('/');
}
