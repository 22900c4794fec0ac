/** What `vaultlint rules`, `--print-config` and `vaultlint init` show. */
import { relative, resolve, sep } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { BUILTIN_RULES } from '../../rules/index.js';
import {
  CREDENTIAL_KEY,
  MASK,
  maskConfigText,
} from '../../rules/lib/credentials.js';
import type { AnyRule } from '../rule.js';
import type { RuleInfo, SeveritySetting } from '../types.js';
import {
  ConfigResolver,
  checkRuleIds,
  checkRuleOptions,
  FIXED_CHECKS,
} from './config.js';
import { CORE_CHECK_IDS, CORE_CHECKS } from './core-checks.js';
import { isExcluded, matcherFor, UsageError } from './discover.js';
import {
  configOptions,
  docsUrl,
  FIXED_CHECK_IDS,
  loadPlugins,
  pluginSource,
} from './rule-set.js';

/** A listed rule; `plugin` is the module path of a plugin's rule. */
export type ListedRule = RuleInfo & { plugin?: string };

/**
 * Every built-in rule, then the given plugin rules, then the core checks,
 * each with its default severity.
 */
export function listRules(
  plugins: readonly AnyRule[] = [],
  shown: (path: string) => string = (path) => path,
): ListedRule[] {
  return [
    ...BUILTIN_RULES.map((r) => ({
      id: r.id,
      type: r.type,
      severity: r.severity,
      description: r.description,
      docs: docsUrl(r.id),
    })),
    ...plugins.map((r) => ({
      id: r.id,
      type: r.type,
      severity: r.severity,
      description: r.description,
      docs: r.docs ?? docsUrl(r.id),
      plugin: shown(pluginSource(r) ?? ''),
    })),
    ...CORE_CHECKS.map((c) => ({
      id: c.id,
      type: 'problem' as const,
      severity: c.severity,
      description: c.description,
      docs: docsUrl(c.id),
    })),
  ];
}

export type Source = 'default' | 'config' | 'flag';

/** One effective setting and where it came from. */
export interface Setting<T> {
  value: T;
  source: Source;
}

export interface EffectiveRule {
  severity: Setting<SeveritySetting>;
  options: Setting<Record<string, unknown>>;
  /** Set for rules that a plugin defines: the plugin's path. */
  plugin?: string;
}

/** Settings that only command-line flags set, shown by --print-config. */
export interface FlagSettings {
  maxFileSize: Setting<number>;
  inlineConfig: Setting<boolean>;
  failOn: Setting<'error' | 'warning' | 'info'>;
  /** null: no limit. */
  maxWarnings: Setting<number | null>;
}

export interface EffectiveConfig extends Partial<FlagSettings> {
  file: string;
  /** The config file that governs the file; null: built-in defaults. */
  config: string | null;
  /** Whether linting a folder above the file picks it up. */
  included: boolean;
  /** Whether `exclude` skips the file, even when it is named. */
  excluded: boolean;
  account: Setting<string>;
  include: Setting<string[]>;
  exclude: Setting<string[]>;
  mandatory: Setting<string[]>;
  plugins: Setting<string[]>;
  accounts: Setting<Array<Record<string, unknown>>>;
  regions: Setting<{ supported: string[]; decommissioned: string[] }>;
  submit: Setting<Record<string, unknown>>;
  rules: Record<string, EffectiveRule>;
}

/**
 * The settings that govern a file, each with where it came from: built-in
 * defaults, then the config file, then command-line flags above both.
 * Paths are relative to the working directory.
 */
export async function effectiveConfig(
  file: string,
  options: {
    cwd: string;
    config?: string;
    rules: Record<string, SeveritySetting>;
    flags?: FlagSettings;
  },
): Promise<EffectiveConfig> {
  const absolute = resolve(options.cwd, file);
  const config = await new ConfigResolver(options.cwd, options.config).forFile(
    absolute,
  );
  const shown = (p: string) => relative(options.cwd, p).split(sep).join('/');
  const from = (key: string): Source =>
    config.given.has(key) ? 'config' : 'default';

  const plugins = await loadPlugins(config);
  const rules = [...BUILTIN_RULES, ...plugins];
  checkRuleIds(
    config,
    [...rules.map((r) => r.id), ...CORE_CHECK_IDS],
    FIXED_CHECK_IDS,
  );
  for (const id of Object.keys(options.rules)) {
    if (FIXED_CHECK_IDS.has(id))
      throw new UsageError(
        `Unexpected check "${id}" in --rule; ${FIXED_CHECKS}.`,
      );
    if (!rules.some((r) => r.id === id) && !CORE_CHECK_IDS.has(id))
      throw new UsageError(`Unknown rule "${id}" in --rule.`);
  }

  const effective: Record<string, EffectiveRule> = {};
  const describe = async (
    rule: Pick<AnyRule, 'id' | 'optionsSchema'>,
    severity: SeveritySetting,
    defaults: object,
    fromSections: object = {},
  ) => {
    const flag = options.rules[rule.id];
    const setting = config.rules[rule.id];
    if (setting?.options) await checkRuleOptions(config, rule, setting.options);
    effective[rule.id] = {
      severity: flag
        ? { value: flag, source: 'flag' }
        : setting
          ? { value: setting.severity, source: 'config' }
          : { value: severity, source: 'default' },
      options: {
        value: { ...defaults, ...fromSections, ...(setting?.options ?? {}) },
        source:
          setting?.options ||
          (Object.keys(fromSections).length > 0 && config.given.has('regions'))
            ? 'config'
            : 'default',
      },
    };
  };
  for (const rule of rules) {
    await describe(
      rule,
      rule.severity,
      rule.defaultOptions as object,
      configOptions(rule, config),
    );
    const plugin = pluginSource(rule);
    if (plugin) effective[rule.id].plugin = shown(plugin);
  }
  for (const check of CORE_CHECKS) await describe(check, check.severity, {});

  const path = relative(config.dir, absolute).split(sep).join('/');
  const account = config.accounts.find((a) => matcherFor(a.files)(path));
  return masked({
    file: shown(absolute),
    config: config.path ? shown(config.path) : null,
    included: matcherFor(config.include)(path),
    excluded: isExcluded(absolute, config),
    account: account
      ? { value: account.name, source: 'config' }
      : { value: 'default', source: 'default' },
    include: { value: config.include, source: from('include') },
    exclude: { value: config.exclude, source: from('exclude') },
    mandatory: { value: config.mandatory, source: from('mandatory') },
    plugins: { value: config.plugins.map(shown), source: from('plugins') },
    accounts: {
      value: config.accounts.map((a) => ({
        ...a,
        ...(a.inventory ? { inventory: shown(a.inventory) } : {}),
      })),
      source: from('accounts'),
    },
    regions: { value: config.regions, source: from('regions') },
    submit: { value: config.submit, source: from('submit') },
    ...options.flags,
    rules: effective,
  });
}

/**
 * The settings as they may be shown: text shaped like a credential or
 * holding a URL's user and password is masked, and so is every value
 * under a credential's key within a setting (a plugin option `token`).
 */
function masked<T>(value: T, inSetting = false, secret = false): T {
  if (secret && (typeof value === 'string' || typeof value === 'number'))
    return MASK as T;
  if (typeof value === 'string') return maskConfigText(value) as T;
  if (Array.isArray(value))
    return value.map((v) => masked(v, inSetting, secret)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      maskConfigText(key),
      // Above a setting's value, keys are the tool's own (rule ids).
      masked(
        v,
        inSetting || key === 'value',
        secret || (inSetting && CREDENTIAL_KEY.test(key)),
      ),
    ]),
  ) as T;
}

/**
 * The commented starter `.vaultlint.yaml` that `vaultlint init` writes:
 * every policy rule is listed, switched off, with example options.
 */
export function starterConfig(): string {
  const policy = BUILTIN_RULES.filter((r) => r.severity === 'off').map(
    (r) => `  # ${r.description}.\n  # ${r.id}: ${ruleExample(r)}`,
  );
  return `# vaultlint configuration. Globs and paths are relative to this folder;
# the nearest .vaultlint.yaml above a request file governs it.
# Guide: ${pkg.homepage}/blob/main/docs/policy.md

# Request files to lint. These globs replace the defaults,
# **/*.vault.{yaml,yml,json} and **/vaults/**/*.{yaml,yml,json}.
# include: ["vaults/**/*.yaml"]
# exclude: ["vaults/legacy/**"]

# Per rule: off, info, warning or error, or [severity, { options }].
# Rules the API itself demands are on already; \`vaultlint rules\` lists all.
rules:
  deprecated-storage-class: warning

  # Team policy, off until you switch it on:
${policy.join('\n\n')}

# Rules that no inline suppression (# vaultlint-disable-…) can silence.
# mandatory: [kms-key-required, no-credentials]

# The team's own rules: ES modules whose default export is a rule made
# with defineRule from 'vaultlint' (or a list of them).
# plugins: ["./policy/my-rule.mjs"]

# Accounts: the request files of each, its vault quota and what exists
# there already. Without accounts, all requests share one account with the
# quota of 100 that the API sets.
# accounts:
#   prod:
#     files: ["vaults/prod/**"]
#     quota: 100
#     existing: 12                      # or per region: { cn-shanghai: 12 }
#     inventory: inventory/prod.json    # saved DescribeVaults output
#     scope: account                    # or region: each region apart
#     warnAt: 0.9                       # warn from 90 % of the quota
`;
}

/** `[error, { … }]` with each option's first example, else its default. */
function ruleExample(rule: AnyRule): string {
  const properties = (rule.optionsSchema?.properties ?? {}) as Record<
    string,
    { examples?: unknown[] }
  >;
  const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
  const entries = Object.keys(properties).map((name) => {
    const value = properties[name].examples?.[0] ?? defaults[name];
    return `${name}: ${flow(value)}`;
  });
  return entries.length ? `[error, { ${entries.join(', ')} }]` : 'error';
}

/** A value in YAML flow style, quoting strings that need it. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'string') {
    return /^[A-Za-z][\w./-]*$/.test(value) ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
