/**
 * The rules a config turns on, with their severities and options: the
 * built-in rules and the config's plugins.
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { BUILTIN_RULES } from '../../rules/index.js';
import type { AnyRule } from '../rule.js';
import type { RuleInfo, Severity, SeveritySetting } from '../types.js';
import {
  checkRuleIds,
  checkRuleOptions,
  configFault,
  FIXED_CHECKS,
  SEVERITIES,
  type VaultlintConfig,
} from './config.js';
import { CORE_CHECK_IDS, CORE_CHECKS } from './core-checks.js';
import { UsageError } from './discover.js';
import { importModule } from './import-module.js';
import { nearest } from './suggest.js';

/** The absolute link to a rule's docs page. */
export function docsUrl(id: string): string {
  return `${pkg.homepage}/blob/main/docs/rules/${id}.md`;
}

export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

export interface RuleSet {
  config: VaultlintConfig;
  active: ActiveRule[];
  byId: Map<string, AnyRule>;
  severities: Map<string, SeveritySetting>;
}

/** The rules of a config, checked against the flags. */
export async function buildRuleSet(
  config: VaultlintConfig,
  flags: Record<string, SeveritySetting>,
): Promise<RuleSet> {
  const rules = [...BUILTIN_RULES, ...(await loadPlugins(config))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const severities = new Map<string, SeveritySetting>();
  const active: ActiveRule[] = [];
  checkRuleIds(config, [...byId.keys(), ...CORE_CHECK_IDS], FIXED_CHECK_IDS);
  for (const id of Object.keys(flags)) {
    if (FIXED_CHECK_IDS.has(id))
      throw new UsageError(
        `Unexpected check "${id}" in --rule; ${FIXED_CHECKS}.`,
      );
    if (byId.has(id) || CORE_CHECK_IDS.has(id)) continue;
    const guess = nearest(id, [...byId.keys()]);
    throw new UsageError(
      `Unknown rule "${id}" in --rule${guess ? `; did you mean "${guess}"?` : '.'}`,
    );
  }
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.options) await checkRuleOptions(config, rule, setting.options);
    const severity = flags[rule.id] ?? setting?.severity ?? rule.severity;
    severities.set(rule.id, severity);
    if (severity === 'off') continue;
    const options = {
      ...(rule.defaultOptions as object),
      ...configOptions(rule, config),
      ...(setting?.options ?? {}),
    };
    active.push({ rule, severity, options });
  }
  for (const check of CORE_CHECKS) {
    if (FIXED_CHECK_IDS.has(check.id)) continue;
    const setting = config.rules[check.id];
    if (setting?.options)
      await checkRuleOptions(config, check, setting.options);
    severities.set(
      check.id,
      flags[check.id] ?? setting?.severity ?? check.severity,
    );
  }
  return { config, active, byId, severities };
}

/** Engine checks whose severity neither the config nor a flag changes. */
export const FIXED_CHECK_IDS: ReadonlySet<string> = new Set(
  CORE_CHECKS.filter(
    (c) =>
      c.id !== 'suppression-without-reason' && c.id !== 'unused-suppression',
  ).map((c) => c.id),
);

/**
 * Config sections a rule reads as options: a rule whose default options
 * have a `regions` mapping (not allowed-regions' list) gets the config's
 * `regions` section there.
 */
export function configOptions(rule: AnyRule, config: VaultlintConfig): object {
  const defaults = rule.defaultOptions as Record<string, unknown> | undefined;
  const regions = defaults?.regions;
  return typeof regions === 'object' &&
    regions !== null &&
    !Array.isArray(regions)
    ? { regions: config.regions }
    : {};
}

/**
 * Imports the config's plugins: ES modules whose default export is a rule
 * made with defineRule, or a list of them. Problems are config errors at
 * the plugin's entry.
 */
export async function loadPlugins(config: VaultlintConfig): Promise<AnyRule[]> {
  const rules: AnyRule[] = [];
  const taken = new Set(BUILTIN_RULES.map((r) => r.id));
  for (const [index, path] of config.plugins.entries()) {
    const at = ['plugins', String(index)];
    const shown = relative(config.dir, path).split(sep).join('/');
    let loaded: unknown;
    try {
      loaded = (await importModule(pathToFileURL(path).href)).default;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const cause =
        code === 'ERR_MODULE_NOT_FOUND' && !existsSync(path)
          ? 'no such file'
          : (error as Error).message.split('\n')[0].replace(/\.$/, '');
      configFault(config, at, `Cannot load plugin "${shown}": ${cause}.`);
    }
    for (const rule of Array.isArray(loaded) ? loaded : [loaded]) {
      if (!isRule(rule)) {
        configFault(
          config,
          at,
          `Unexpected default export of plugin "${shown}"; expected a rule made with defineRule, or a list of them.`,
        );
      }
      if (taken.has(rule.id)) {
        configFault(
          config,
          at,
          `Unexpected rule id "${rule.id}" in plugin "${shown}"; another rule has that id.`,
        );
      }
      taken.add(rule.id);
      const loadedRule = {
        ...rule,
        docs: rule.docs ?? pathToFileURL(path).href,
      };
      pluginSources.set(loadedRule, path);
      rules.push(loadedRule);
    }
  }
  return rules;
}

const pluginSources = new WeakMap<AnyRule, string>();

/** The absolute path of the plugin that defined a rule, if one did. */
export function pluginSource(rule: AnyRule): string | undefined {
  return pluginSources.get(rule);
}

function isRule(value: unknown): value is AnyRule {
  const rule = value as Partial<AnyRule> | null;
  return (
    typeof rule === 'object' &&
    rule !== null &&
    typeof rule.id === 'string' &&
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) &&
    SEVERITIES.includes(rule.severity as SeveritySetting) &&
    typeof rule.messages === 'object' &&
    (typeof rule.check === 'function' || typeof rule.checkAll === 'function')
  );
}

/** The metadata of every rule configured in the run. */
export function ruleInfos(sets: RuleSet[]): RuleInfo[] {
  const infos = new Map<string, RuleInfo>();
  for (const check of CORE_CHECKS) {
    infos.set(check.id, {
      id: check.id,
      type: 'problem',
      severity: check.severity,
      description: check.description,
      docs: docsUrl(check.id),
    });
  }
  for (const set of sets) {
    for (const rule of set.byId.values()) {
      if (infos.has(rule.id)) continue;
      infos.set(rule.id, {
        id: rule.id,
        type: rule.type,
        severity: set.severities.get(rule.id) ?? rule.severity,
        description: rule.description,
        docs: rule.docs ?? docsUrl(rule.id),
      });
    }
  }
  return [...infos.values()];
}
