/**
 * Reading `.vaultlint.yaml` into plain data and the position of every key.
 * The result is cached by the file's content, so a run whose config has
 * not changed never loads the `yaml` library: in a pre-commit hook on one
 * small file, start-up is nearly all the cost.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder, fnv1a } from '../cache-folder.js';

/** Line and column of a key path's value, and of its key when it has one. */
export type Positions = Record<string, { value: Where; key?: Where }>;
export type Where = [line: number, column: number];

export interface ConfigFile {
  data: unknown;
  positions: Positions;
}

/** A cache entry holds the text it was made from, to rule out collisions. */
interface CacheEntry extends ConfigFile {
  text: string;
}

export class ConfigSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Bump when what this module stores changes shape. */
const FORMAT = 1;

/** Parses config text, from the cache when the same text was seen. */
export async function readConfigText(
  text: string,
  version: string,
): Promise<ConfigFile> {
  const file = cacheFile(text, version);
  const cached = file && readCache(file, text);
  if (cached) return cached;

  const parsed = await parseConfigText(text);
  if (file) writeCache(file, { ...parsed, text });
  return parsed;
}

/** Parses config text with `yaml`; a syntax error throws with position. */
export async function parseConfigText(text: string): Promise<ConfigFile> {
  const { parseConfigYaml } = await import('./config-yaml.js');
  return parseConfigYaml(text);
}

export function keyOf(path: readonly string[]): string {
  return JSON.stringify(path);
}

/**
 * The cache lives in the user's own cache folder; any problem with it
 * only means the config is parsed again. The entry's own copy of the text
 * settles hash collisions.
 */
function cacheFile(text: string, version: string): string | undefined {
  const folder = cacheFolder();
  return (
    folder &&
    join(folder, `config-${fnv1a(`${FORMAT}\0${version}\0${text}`)}.json`)
  );
}

function readCache(file: string, text: string): ConfigFile | undefined {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
    if (entry?.text !== text || typeof entry.positions !== 'object') {
      return undefined;
    }
    return { data: entry.data, positions: entry.positions };
  } catch {
    return undefined;
  }
}

function writeCache(file: string, parsed: CacheEntry): void {
  // JSON has no infinity (`quota: .inf`): such a config is parsed each time,
  // so that every run sees what the file says.
  let exact = true;
  const json = JSON.stringify(parsed, (_, value) => {
    if (typeof value === 'number' && !Number.isFinite(value)) exact = false;
    return value;
  });
  if (!exact) return;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, json, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk costs a parse next time, nothing more.
    rmSync(temporary, { force: true });
  }
}
