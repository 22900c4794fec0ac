/**
 * `.vaultlint.yaml`: found by walking up from a file's folder (the nearest
 * one governs, no merging) or named with --config. Validated against
 * schemas/vaultlint-config.schema.json; errors carry the key's position.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isNode, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { validateConfig } from '../generated/validators.js';
import type { SeveritySetting } from '../types.js';
import { LineIndex } from './positions.js';
import { nearest } from './suggest.js';

export const CONFIG_NAME = '.vaultlint.yaml';

export const DEFAULT_INCLUDE = [
  '**/*.vault.yaml',
  '**/*.vault.yml',
  '**/*.vault.json',
  '**/vaults/**/*.yaml',
  '**/vaults/**/*.yml',
  '**/vaults/**/*.json',
];

export interface AccountConfig {
  name: string;
  files: string[];
  quota: number;
  existing?: number;
  /** Absolute path of the inventory file. */
  inventory?: string;
  scope: 'account' | 'region';
  warnAt: number;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface VaultlintConfig {
  /** Absolute path of the file, or undefined for the built-in defaults. */
  path?: string;
  /** Folder that globs and plugin paths are relative to. */
  dir: string;
  include: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  mandatory: string[];
  plugins: string[];
  accounts: AccountConfig[];
  regions: { supported: string[]; decommissioned: string[] };
  submit: { endpoint?: string; timeout: number; branches?: string[] };
}

/** A configuration problem: exit code 2, with the position of the key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(file ? `${file}:${line ?? 1}:${column ?? 1}: ${message}` : message);
  }
}

export function defaultConfig(dir: string): VaultlintConfig {
  return {
    dir,
    include: DEFAULT_INCLUDE,
    exclude: [],
    rules: {},
    mandatory: [],
    plugins: [],
    accounts: [],
    regions: { supported: [], decommissioned: [] },
    submit: { timeout: 600 },
  };
}

/** Finds the config that governs a folder, caching per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, VaultlintConfig>();
  private readonly byPath = new Map<string, VaultlintConfig>();

  constructor(
    private readonly cwd: string,
    private readonly explicit?: string,
  ) {}

  forDir(dir: string): VaultlintConfig {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_NAME);
    const parent = dirname(dir);
    const config = existsSync(candidate)
      ? this.load(candidate)
      : parent === dir
        ? defaultConfig(this.cwd)
        : this.forDir(parent);
    this.byDir.set(dir, config);
    return config;
  }

  forFile(file: string): VaultlintConfig {
    return this.forDir(dirname(file));
  }

  /** Every config loaded so far. */
  all(): VaultlintConfig[] {
    return [...new Set(this.byDir.values()), ...this.byPath.values()].filter(
      (c, i, list) => list.indexOf(c) === i,
    );
  }

  private load(path: string): VaultlintConfig {
    const cached = this.byPath.get(path);
    if (cached) return cached;
    const config = loadConfig(
      path,
      relative(this.cwd, path).split('\\').join('/') || path,
    );
    this.byPath.set(path, config);
    return config;
  }
}

/** Reads, validates and resolves one config file. */
export function loadConfig(path: string, shown = path): VaultlintConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Cannot read the config file (${(error as NodeJS.ErrnoException).code}).`,
      shown,
    );
  }
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.position(offset);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, column } = at(error.pos[0]);
    throw new ConfigError(error.message.split('\n')[0], shown, line, column);
  }
  const data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<
    string,
    unknown
  >;
  if (!validateConfig(data)) {
    const error = (validateConfig.errors ?? [])[0];
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra =
      error.keyword === 'additionalProperties'
        ? String(error.params.additionalProperty)
        : undefined;
    const node = nodeAt(
      doc.contents,
      extra ? [...path, extra] : path,
      Boolean(extra),
    );
    const { line, column } = at(node?.range?.[0] ?? 0);
    throw new ConfigError(
      configMessage(error, path, extra),
      shown,
      line,
      column,
    );
  }
  return resolveConfig(data, dirname(path), path, (keyPath) => {
    const node = nodeAt(doc.contents, keyPath, false);
    const { line, column } = at(node?.range?.[0] ?? 0);
    return { line, column, shown };
  });
}

type Locate = (keyPath: string[]) => {
  line: number;
  column: number;
  shown: string;
};

function resolveConfig(
  data: Record<string, unknown>,
  dir: string,
  path: string,
  locate: Locate,
): VaultlintConfig {
  const config = defaultConfig(dir);
  config.path = path;
  if (Array.isArray(data.include)) config.include = data.include as string[];
  if (Array.isArray(data.exclude)) config.exclude = data.exclude as string[];
  if (Array.isArray(data.mandatory))
    config.mandatory = data.mandatory as string[];
  if (Array.isArray(data.plugins)) {
    config.plugins = (data.plugins as string[]).map((p) => resolve(dir, p));
  }
  const regions = (data.regions ?? {}) as {
    supported?: string[];
    decommissioned?: string[];
  };
  config.regions = {
    supported: regions.supported ?? [],
    decommissioned: regions.decommissioned ?? [],
  };
  config.submit = { timeout: 600, ...((data.submit ?? {}) as object) };

  for (const [id, value] of Object.entries(
    (data.rules ?? {}) as Record<string, unknown>,
  )) {
    config.rules[id] = Array.isArray(value)
      ? {
          severity: value[0] as SeveritySetting,
          options: value[1] as Record<string, unknown> | undefined,
        }
      : { severity: value as SeveritySetting };
  }
  for (const [name, raw] of Object.entries(
    (data.accounts ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    config.accounts.push({
      name,
      files: raw.files as string[],
      quota: (raw.quota as number | undefined) ?? 100,
      existing: raw.existing as number | undefined,
      inventory:
        typeof raw.inventory === 'string'
          ? resolve(dir, raw.inventory)
          : undefined,
      scope: (raw.scope as 'account' | 'region' | undefined) ?? 'account',
      warnAt: (raw.warnAt as number | undefined) ?? 0.9,
    });
  }
  configLocations.set(config, locate);
  return config;
}

const configLocations = new WeakMap<VaultlintConfig, Locate>();

/** Throws a ConfigError positioned at a key of the config file. */
export function configFault(
  config: VaultlintConfig,
  keyPath: string[],
  message: string,
): never {
  const locate = configLocations.get(config);
  if (!locate) throw new ConfigError(message);
  const { line, column, shown } = locate(keyPath);
  throw new ConfigError(message, shown, line, column);
}

function configMessage(
  error: { keyword: string; message?: string; params: Record<string, unknown> },
  path: string[],
  extra: string | undefined,
): string {
  const where = path.length ? path.join('.') : 'the config';
  if (extra) {
    const known = topLevelKeys(path);
    const guess = known ? nearest(extra, known) : undefined;
    return `Unexpected key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : '.'}`;
  }
  if (
    error.keyword === 'enum' ||
    (error.keyword === 'anyOf' && path[0] === 'rules')
  ) {
    return `Unexpected value for ${where}; expected off, info, warning or error, or [severity, options].`;
  }
  return `Unexpected value for ${where}: ${error.message ?? 'invalid'}.`;
}

function topLevelKeys(path: string[]): string[] | undefined {
  if (path.length === 0) {
    return [
      'include',
      'exclude',
      'rules',
      'mandatory',
      'plugins',
      'regions',
      'accounts',
      'submit',
    ];
  }
  if (path[0] === 'accounts' && path.length === 2) {
    return ['files', 'quota', 'existing', 'inventory', 'scope', 'warnAt'];
  }
  if (path[0] === 'submit') return ['endpoint', 'timeout', 'branches'];
  if (path[0] === 'regions') return ['supported', 'decommissioned'];
  return undefined;
}

/** The node at a key path; with `keyNode`, the key itself. */
function nodeAt(
  root: unknown,
  path: string[],
  keyNode: boolean,
): Node | undefined {
  let node = root as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === part,
      );
      if (!pair) return node;
      if (keyNode && i === path.length - 1) return pair.key as Node;
      node = isNode(pair.value) ? pair.value : (pair.key as Node);
    } else if (isSeq(node)) {
      const item = node.items[Number(part)];
      if (!isNode(item)) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
