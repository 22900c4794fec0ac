/** What `vaultlint rules` and `--print-config` show. */
import { dirname, relative, resolve, sep } from 'node:path';
import { BUILTIN_RULES } from '../../rules/index.js';
import type { RuleInfo, SeveritySetting } from '../types.js';
import { ConfigResolver } from './config.js';
import { CORE_CHECKS } from './core-checks.js';
import { docsUrl } from './lint.js';

/** Every built-in rule and core check with its default severity. */
export function listRules(): RuleInfo[] {
  return [
    ...BUILTIN_RULES.map((r) => ({
      id: r.id,
      type: r.type,
      severity: r.severity,
      description: r.description,
      docs: docsUrl(r.id),
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

type Source = 'default' | 'config' | 'flag';

/** The settings that govern a file, each with where it came from. */
export async function effectiveConfig(
  file: string,
  options: {
    cwd: string;
    config?: string;
    rules: Record<string, SeveritySetting>;
  },
): Promise<Record<string, unknown>> {
  const config = new ConfigResolver(options.cwd, options.config).forDir(
    dirname(resolve(options.cwd, file)),
  );
  const shown = (p?: string) =>
    p ? relative(options.cwd, p).split(sep).join('/') : null;
  const from = (given: boolean): Source => (given ? 'config' : 'default');
  const rules: Record<
    string,
    { severity: SeveritySetting; options?: unknown; source: Source }
  > = {};
  for (const rule of BUILTIN_RULES) {
    const flag = options.rules[rule.id];
    const setting = config.rules[rule.id];
    rules[rule.id] = {
      severity: flag ?? setting?.severity ?? rule.severity,
      options: {
        ...(rule.defaultOptions as object),
        ...(setting?.options ?? {}),
      },
      source: flag ? 'flag' : from(Boolean(setting)),
    };
  }
  for (const [id, setting] of Object.entries(config.rules)) {
    rules[id] ??= {
      severity: options.rules[id] ?? setting.severity,
      options: setting.options,
      source: options.rules[id] ? 'flag' : 'config',
    };
  }
  return {
    file: shown(resolve(options.cwd, file)),
    config: shown(config.path),
    include: {
      value: config.include,
      source: from(Boolean(config.path && config.include !== undefined)),
    },
    exclude: { value: config.exclude, source: from(config.exclude.length > 0) },
    mandatory: {
      value: config.mandatory,
      source: from(config.mandatory.length > 0),
    },
    plugins: {
      value: config.plugins.map(shown),
      source: from(config.plugins.length > 0),
    },
    accounts: {
      value: config.accounts.map((a) => ({
        ...a,
        inventory: shown(a.inventory),
      })),
      source: from(config.accounts.length > 0),
    },
    rules,
  };
}
