/**
 * `.vaultlint.yaml`: found by walking up from a file's folder (the nearest
 * one governs, no merging) or named with --config. Validated against
 * schemas/vaultlint-config.schema.json; errors carry the key's position.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { maskConfigText } from '../../rules/lib/credentials.js';
import { validateConfig } from '../generated/validate-config.js';
import type { SeveritySetting } from '../types.js';
import {
  ConfigSyntaxError,
  keyOf,
  type Positions,
  readConfigText,
} from './config-file.js';
import { decode } from './read.js';
import { nearest } from './suggest.js';

export const CONFIG_NAME = '.vaultlint.yaml';

export const SEVERITIES: readonly SeveritySetting[] = [
  'off',
  'info',
  'warning',
  'error',
];

export const DEFAULT_INCLUDE = [
  '**/*.vault.yaml',
  '**/*.vault.yml',
  '**/*.vault.json',
  '**/vaults/**/*.yaml',
  '**/vaults/**/*.yml',
  '**/vaults/**/*.json',
];

export const DEFAULT_QUOTA = 100;
export const DEFAULT_WARN_AT = 0.9;

export interface AccountConfig {
  name: string;
  files: string[];
  quota: number;
  /** Vaults that exist beyond the inventory (the sum, when per region). */
  existing?: number;
  /** `existing` given per region. */
  existingIn?: Record<string, number>;
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
  /** The top-level keys the file sets; the others are defaults. */
  given: ReadonlySet<string>;
  include: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  mandatory: string[];
  /** Absolute paths of the plugin modules. */
  plugins: string[];
  accounts: AccountConfig[];
  regions: { supported: string[]; decommissioned: string[] };
  submit: { endpoint?: string; timeout: number; branches?: string[] };
}

/**
 * A configuration problem: exit code 2, with the position of the key.
 * Messages quote config values, so credentials in them are masked.
 */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const masked = maskConfigText(message);
    super(file ? `${file}:${line ?? 1}:${column ?? 1}: ${masked}` : masked);
  }
}

export function defaultConfig(dir: string): VaultlintConfig {
  return {
    dir,
    given: new Set(),
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

/**
 * Where the default globs start without a config file: the repository
 * that holds the working directory, so that `vaults/**` matches from a
 * folder inside `vaults/` too; outside a repository, the working
 * directory.
 */
function repositoryRoot(cwd: string): string {
  for (let at = cwd; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return cwd;
  }
}

/** Finds the config that governs a folder, caching per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<VaultlintConfig>>();
  private readonly byPath = new Map<string, Promise<VaultlintConfig>>();

  constructor(
    private readonly cwd: string,
    private readonly explicit?: string,
  ) {}

  forDir(dir: string): Promise<VaultlintConfig> {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    let config = this.byDir.get(dir);
    if (!config) {
      const candidate = join(dir, CONFIG_NAME);
      const parent = dirname(dir);
      config = existsSync(candidate)
        ? this.load(candidate)
        : parent === dir
          ? Promise.resolve(defaultConfig(repositoryRoot(this.cwd)))
          : this.forDir(parent);
      this.byDir.set(dir, config);
    }
    return config;
  }

  forFile(file: string): Promise<VaultlintConfig> {
    return this.forDir(dirname(file));
  }

  private load(path: string): Promise<VaultlintConfig> {
    let config = this.byPath.get(path);
    if (!config) {
      config = loadConfig(
        path,
        relative(this.cwd, path).split('\\').join('/') || path,
      );
      this.byPath.set(path, config);
    }
    return config;
  }
}

/** Where a key path of the config file is, for error messages. */
type Locate = (
  keyPath: string[],
  keyNode?: boolean,
) => { line: number; column: number; shown: string };

/** Reads, validates and resolves one config file. */
export async function loadConfig(
  path: string,
  shown = path,
): Promise<VaultlintConfig> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `Cannot read the config file (${(error as NodeJS.ErrnoException).code}).`,
      shown,
    );
  }
  // Checked as strictly as a request file: a replaced byte would be read
  // as some other setting.
  const read = decode(bytes);
  if (!read.ok) {
    const { message, range } = read.problem;
    throw new ConfigError(
      message.replace('a request file is', 'a config file is'),
      shown,
      range.start.line,
      range.start.column,
    );
  }
  const { text } = read;
  let positions: Positions;
  let parsed: unknown;
  try {
    ({ data: parsed, positions } = await readConfigText(text, pkg.version));
  } catch (error) {
    if (!(error instanceof ConfigSyntaxError)) throw error;
    throw new ConfigError(error.message, shown, error.line, error.column);
  }
  const locate: Locate = (keyPath, keyNode = false) => {
    // The nearest key that exists: a missing key is reported at its parent.
    for (let end = keyPath.length; end >= 0; end--) {
      const at = positions[keyOf(keyPath.slice(0, end))];
      if (!at) continue;
      const [line, column] =
        keyNode && end === keyPath.length && at.key ? at.key : at.value;
      return { line, column, shown };
    }
    return { line: 1, column: 1, shown };
  };
  const fault = (keyPath: string[], message: string, keyNode = false) => {
    const { line, column } = locate(keyPath, keyNode);
    throw new ConfigError(message, shown, line, column);
  };

  // Of several problems, the first in the file is reported.
  const data = (parsed ?? {}) as Record<string, unknown>;
  const rulesChecked = isPlainObject(data) && isPlainObject(data.rules);
  let first: ConfigError | undefined;
  if (rulesChecked) {
    try {
      checkRuleSettings(data.rules as Record<string, unknown>, fault);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      first = error;
    }
  }
  // checkRuleSettings words the schema's errors about rule settings better.
  const errors = validateConfig(data)
    ? []
    : (validateConfig.errors ?? []).filter(
        (e) => !(rulesChecked && e.instancePath.startsWith('/rules/')),
      );
  if (errors.length > 0) {
    const error = pickError(errors, locate);
    const { keyPath, extra } = errorTarget(error);
    const at = locate(extra ? [...keyPath, extra] : keyPath, Boolean(extra));
    const found = new ConfigError(
      configMessage(error, keyPath, extra),
      shown,
      at.line,
      at.column,
    );
    if (!first || isBefore(found, first)) first = found;
  }
  if (first) throw first;
  return resolveConfig(data, dirname(path), path, locate);
}

function resolveConfig(
  data: Record<string, unknown>,
  dir: string,
  path: string,
  locate: Locate,
): VaultlintConfig {
  const config = defaultConfig(dir);
  config.path = path;
  config.given = new Set(Object.keys(data));
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
    // Defined, not assigned: an id such as __proto__ must stay a key that
    // checkRuleIds sees and rejects, not replace the object's prototype.
    Object.defineProperty(config.rules, id, {
      value: Array.isArray(value)
        ? {
            severity: value[0] as SeveritySetting,
            options: value[1] as Record<string, unknown> | undefined,
          }
        : { severity: value as SeveritySetting },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const [name, raw] of Object.entries(
    (data.accounts ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    const existing = raw.existing as number | Record<string, number> | null;
    const perRegion = typeof existing === 'object' && existing !== null;
    config.accounts.push({
      name,
      files: raw.files as string[],
      quota: (raw.quota as number | undefined) ?? DEFAULT_QUOTA,
      existing: perRegion
        ? Object.values(existing).reduce((sum, n) => sum + n, 0)
        : (existing ?? undefined),
      ...(perRegion ? { existingIn: { ...existing } } : {}),
      inventory:
        typeof raw.inventory === 'string'
          ? resolve(dir, raw.inventory)
          : undefined,
      scope: (raw.scope as 'account' | 'region' | undefined) ?? 'account',
      warnAt: (raw.warnAt as number | undefined) ?? DEFAULT_WARN_AT,
    });
  }
  configLocations.set(config, locate);
  return config;
}

const configLocations = new WeakMap<VaultlintConfig, Locate>();

/**
 * Throws a ConfigError positioned at a key of the config file: at its
 * value, or with `keyNode` at the key itself.
 */
export function configFault(
  config: VaultlintConfig,
  keyPath: string[],
  message: string,
  keyNode = false,
): never {
  const locate = configLocations.get(config);
  if (!locate) throw new ConfigError(message);
  const { line, column, shown } = locate(keyPath, keyNode);
  throw new ConfigError(message, shown, line, column);
}

export const FIXED_CHECKS =
  "the engine's own checks are always errors, except the suppression checks";

/**
 * Rejects rule ids in `rules` and `mandatory` that name no rule, with the
 * nearest known id as a suggestion, and `fixed` ids (checks whose severity
 * cannot change) in `rules`.
 */
export function checkRuleIds(
  config: VaultlintConfig,
  known: readonly string[],
  fixed: ReadonlySet<string> = new Set(),
): void {
  const ids = new Set(known);
  const hint = (id: string) => {
    const guess = nearest(id, known);
    return guess ? `; did you mean "${guess}"?` : '.';
  };
  for (const id of Object.keys(config.rules)) {
    if (!ids.has(id))
      configFault(
        config,
        ['rules', id],
        `Unknown rule "${id}" in rules${hint(id)}`,
        true,
      );
    if (fixed.has(id))
      configFault(
        config,
        ['rules', id],
        `Unexpected check "${id}" in rules; ${FIXED_CHECKS}.`,
        true,
      );
  }
  for (const [index, id] of config.mandatory.entries()) {
    if (!ids.has(id))
      configFault(
        config,
        ['mandatory', String(index)],
        `Unknown rule "${id}" in mandatory${hint(id)}`,
      );
  }
}

interface OptionsRule {
  id: string;
  optionsSchema?: Record<string, unknown>;
}

interface OptionsError {
  keyword: string;
  instancePath: string;
  schemaPath?: string;
  message?: string;
  params: Record<string, unknown>;
}

type OptionsValidator = ((data: unknown) => boolean) & {
  errors?: OptionsError[] | null;
};

let optionsAjv: Promise<{ compile(schema: object): OptionsValidator }>;
const optionValidators = new WeakMap<OptionsRule, OptionsValidator>();

/**
 * Validates the options a config gives a rule against the rule's
 * optionsSchema (a rule without one takes no options). Ajv is loaded only
 * when some config gives options, so plain runs never pay for it.
 */
export async function checkRuleOptions(
  config: VaultlintConfig,
  rule: OptionsRule,
  options: Record<string, unknown>,
): Promise<void> {
  const at = ['rules', rule.id, '1'];
  let validate = optionValidators.get(rule);
  if (!validate) {
    optionsAjv ??= createOptionsAjv();
    const schema = rule.optionsSchema ?? {
      type: 'object',
      additionalProperties: false,
    };
    try {
      validate = (await optionsAjv).compile(schema);
    } catch (error) {
      configFault(
        config,
        ['rules', rule.id],
        `Rule ${rule.id} has an invalid optionsSchema: ${(error as Error).message}.`,
        true,
      );
    }
    optionValidators.set(rule, validate);
  }
  if (validate(options)) return;

  const locate = configLocations.get(config);
  const error = pickError(validate.errors ?? [], (keyPath, keyNode) =>
    locate ? locate([...at, ...keyPath], keyNode) : { line: 1, column: 1 },
  );
  const keyPath = fromPointer(error.instancePath);
  const where = keyPath.length ? `option ${keyPath.join('.')} of` : 'options';
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty);
    const schema = rule.optionsSchema as
      | { properties?: Record<string, unknown> }
      | undefined;
    const known = Object.keys(schema?.properties ?? {});
    const guess = nearest(extra, known);
    const expected = guess
      ? `; did you mean "${guess}"?`
      : known.length
        ? `; expected ${known.join(', ')}.`
        : `; ${rule.id} takes no options.`;
    configFault(
      config,
      [...at, ...keyPath, extra],
      `Unexpected option "${extra}" for rule ${rule.id}${expected}`,
      true,
    );
  }
  if (error.keyword === 'format' && error.params.format === 'regex') {
    configFault(
      config,
      [...at, ...keyPath],
      `Unexpected pattern in ${where} rule ${rule.id}; it is not a valid regular expression.`,
    );
  }
  configFault(
    config,
    [...at, ...keyPath],
    `Unexpected value for ${where} rule ${rule.id}; expected ${expectation(error)}.`,
  );
}

async function createOptionsAjv(): Promise<{
  compile(schema: object): OptionsValidator;
}> {
  const module = (await import('ajv')) as unknown as {
    default: { default?: unknown };
  };
  const Ajv = (module.default.default ?? module.default) as new (
    options: object,
  ) => {
    compile(schema: object): OptionsValidator;
    addFormat(name: string, format: object): void;
  };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('regex', { type: 'string', validate: isPattern });
  return ajv;
}

/**
 * Policy options take regular expressions as strings; they match a whole
 * value, as if wrapped in ^(?:…)$, with the `u` flag.
 */
export function isPattern(source: string): boolean {
  try {
    new RegExp(`^(?:${source})$`, 'u');
    return true;
  } catch {
    return false;
  }
}

type Fault = (keyPath: string[], message: string, keyNode?: boolean) => never;

/** Severity settings get their own messages, clearer than the schema's. */
function checkRuleSettings(rules: Record<string, unknown>, fault: Fault): void {
  const expected =
    'expected off, info, warning or error, or [severity, options]';
  for (const [id, value] of Object.entries(rules)) {
    const list = Array.isArray(value);
    const [severity, options, ...rest] = list ? value : [value];
    const at = list ? ['rules', id, '0'] : ['rules', id];
    if (severity === null || severity === undefined) {
      fault(at, `Missing severity for rules.${id}; ${expected}.`, !list);
    }
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      const shown =
        typeof severity === 'string' ? `"${severity}"` : JSON.stringify(value);
      const guess =
        typeof severity === 'string' ? nearestWord(severity, SEVERITIES) : '';
      fault(
        at,
        `Unexpected severity ${shown} for rules.${id}; ${expected}${guess ? ` (did you mean "${guess}"?)` : ''}.`,
      );
    }
    if (list && value.length > 1 && !isPlainObject(options)) {
      fault(
        ['rules', id, '1'],
        `Unexpected options for rules.${id}; expected a mapping of option names to values.`,
      );
    }
    if (rest.length > 0) {
      fault(
        ['rules', id, '2'],
        `Unexpected third item in rules.${id}; expected [severity, options].`,
      );
    }
  }
}

/** The nearest word, or one the input abbreviates ("warn" → "warning"). */
function nearestWord(input: string, known: readonly string[]): string {
  const lower = input.toLowerCase();
  return (
    nearest(input, known) ??
    (lower.length >= 3 ? known.find((k) => k.startsWith(lower)) : undefined) ??
    ''
  );
}

/** Where a schema error points: its value, or the unexpected key. */
function errorTarget(error: OptionsError): {
  keyPath: string[];
  extra?: string;
} {
  const keyPath = fromPointer(error.instancePath);
  return error.keyword === 'additionalProperties'
    ? { keyPath, extra: String(error.params.additionalProperty) }
    : { keyPath };
}

/**
 * The error to report: the first in the file, so that fixing errors from
 * the top works. An error of an anyOf or oneOf (the summary, or a branch
 * that failed at the same place) gives way to a deeper error beneath it,
 * which says more; at one position, the deepest and most specific wins.
 */
function pickError<E extends OptionsError>(
  errors: E[],
  locate: (
    keyPath: string[],
    keyNode: boolean,
  ) => { line: number; column: number },
): E {
  const vague = (e: E) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
  const inBranch = (e: E) => /\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath ?? '');
  const candidates = errors.map((error) => {
    const { keyPath, extra } = errorTarget(error);
    const path = extra ? [...keyPath, extra] : keyPath;
    return { error, path, at: locate(path, Boolean(extra)) };
  });
  const beneath = (outer: string[], inner: string[]) =>
    inner.length > outer.length && outer.every((key, i) => inner[i] === key);
  const kept = candidates.filter(
    (c) =>
      !(vague(c.error) || inBranch(c.error)) ||
      !candidates.some((other) => beneath(c.path, other.path)),
  );
  kept.sort(
    (a, b) =>
      a.at.line - b.at.line ||
      a.at.column - b.at.column ||
      b.path.length - a.path.length ||
      Number(vague(a.error)) - Number(vague(b.error)),
  );
  return kept[0].error;
}

function isBefore(a: ConfigError, b: ConfigError): boolean {
  const [aLine, aColumn] = [a.line ?? 1, a.column ?? 1];
  const [bLine, bColumn] = [b.line ?? 1, b.column ?? 1];
  return aLine < bLine || (aLine === bLine && aColumn < bColumn);
}

function fromPointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function configMessage(
  error: OptionsError,
  path: string[],
  extra: string | undefined,
): string {
  const where = path.length ? path.join('.') : 'the config';
  if (extra) {
    const known = knownKeys(path);
    const guess = known ? nearest(extra, known) : undefined;
    return `Unexpected key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : '.'}`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map(String);
    return `Unexpected value for ${where}; expected ${allowed.join(' or ')}.`;
  }
  if (error.keyword === 'required') {
    return `Missing ${error.params.missingProperty} in ${where}.`;
  }
  return `Unexpected value for ${where}; expected ${expectation(error)}.`;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
};

/** What a schema error asks for, in words. */
function expectation(error: OptionsError): string {
  const { keyword, params } = error;
  const count = (n: unknown, noun: string) =>
    `${n} ${noun}${n === 1 ? '' : 's'}`;
  switch (keyword) {
    case 'type':
      return String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
    case 'minItems':
      return `at least ${count(params.limit, 'item')}`;
    case 'maxItems':
      return `at most ${count(params.limit, 'item')}`;
    case 'minLength':
      return `at least ${count(params.limit, 'character')}`;
    case 'maxLength':
      return `at most ${count(params.limit, 'character')}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `a number ${params.comparison} ${params.limit}`;
    case 'pattern':
      return `a value matching ${params.pattern}`;
    case 'uniqueItems':
      return 'no item twice';
    default:
      return (error.message ?? 'a valid value').replace(/^must (be )?/, '');
  }
}

function knownKeys(path: string[]): string[] | undefined {
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
