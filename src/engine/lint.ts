/**
 * The engine: lint(paths, options) → results. Front ends (CLI, Action,
 * submit) call this and never re-implement a check.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { BUILTIN_RULES } from '../../rules/index.js';
import type {
  AccountInfo,
  AnyRule,
  RequestParams,
  RuleRequest,
} from '../rule.js';
import type {
  AccountUsage,
  FileResult,
  Finding,
  LintResults,
  Range,
  RequestSummary,
  RuleInfo,
  Severity,
  SeveritySetting,
} from '../types.js';
import {
  ConfigError,
  ConfigResolver,
  configFault,
  type VaultlintConfig,
} from './config.js';
import { CORE_CHECK_IDS, CORE_CHECKS } from './core-checks.js';
import { discover, matcherFor, UsageError } from './discover.js';
import { fastParse } from './fast-parse.js';
import { FILE_START, type LineIndex } from './positions.js';
import { DEFAULT_MAX_FILE_SIZE, decode, readRequestFile } from './read.js';
import type { ParsedFile, ParsedRequest } from './request.js';
import { checkSchema, PARAMETERS } from './schema.js';
import {
  type Directive,
  matchDirective,
  readDirectives,
} from './suppressions.js';

export interface LintOptions {
  cwd?: string;
  /** An explicit config file (--config); otherwise the nearest one. */
  config?: string;
  maxFileSize?: number;
  /** False ignores every inline suppression (--no-inline-config). */
  inlineConfig?: boolean;
  /** Rule settings from the command line, above the config file. */
  rules?: Record<string, SeveritySetting>;
  /** Lint this text instead of reading `--stdin-filename`. */
  stdin?: { text: string; filename: string };
}

export const MASK = '********';

export function docsUrl(id: string): string {
  return `${pkg.homepage}/blob/main/docs/rules/${id}.md`;
}

const PARAMETER_TYPES: Record<string, 'string' | 'boolean'> = {
  VaultRegionId: 'string',
  VaultName: 'string',
  Description: 'string',
  VaultType: 'string',
  VaultStorageClass: 'string',
  WormEnabled: 'boolean',
  EncryptType: 'string',
  KmsKeyId: 'string',
  Replication: 'boolean',
};

interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

interface RuleSet {
  config: VaultlintConfig;
  active: ActiveRule[];
  byId: Map<string, AnyRule>;
  severities: Map<string, SeveritySetting>;
}

interface RequestRecord {
  request: RuleRequest;
  parsed: ParsedRequest;
  lines: LineIndex;
  state: FileState;
}

interface FileState {
  file: string;
  findings: Finding[];
  requests: number;
  directives: Directive[];
  ruleSet: RuleSet;
  blocked: Set<number>;
}

/** Lints files, folders and globs. Throws UsageError or ConfigError (exit 2). */
export async function lint(
  paths: string[],
  options: LintOptions = {},
): Promise<LintResults> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const configs = new ConfigResolver(cwd, options.config);
  const engine = new Engine(cwd, configs, options);

  if (options.stdin) {
    const file = resolve(cwd, options.stdin.filename);
    const bytes = Buffer.from(options.stdin.text, 'utf8');
    await engine.lintBytes(file, bytes);
  } else {
    for (const file of discover(paths, cwd, configs))
      await engine.lintFile(file);
  }
  return engine.finish();
}

class Engine {
  private readonly files: FileState[] = [];
  private readonly records: RequestRecord[] = [];
  private readonly ruleSets = new Map<VaultlintConfig, Promise<RuleSet>>();
  private readonly secrets = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly configs: ConfigResolver,
    private readonly options: LintOptions,
  ) {}

  async lintFile(path: string): Promise<void> {
    const read = await readRequestFile(
      path,
      this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    );
    await this.lintRead(path, read);
  }

  async lintBytes(path: string, bytes: Buffer): Promise<void> {
    const limit = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const read =
      bytes.length > limit
        ? {
            ok: false as const,
            problem: {
              ruleId: 'file-too-large' as const,
              message: `Unexpected input of ${bytes.length} bytes; the limit is ${limit} bytes (--max-file-size).`,
              range: FILE_START,
            },
          }
        : decode(bytes);
    await this.lintRead(path, read);
  }

  private async lintRead(
    path: string,
    read: Awaited<ReturnType<typeof readRequestFile>>,
  ): Promise<void> {
    const ruleSet = await this.ruleSetFor(this.configs.forFile(path));
    const state: FileState = {
      file: relative(this.cwd, path).split(sep).join('/'),
      findings: [],
      requests: 0,
      directives: [],
      ruleSet,
      blocked: new Set(),
    };
    this.files.push(state);
    if (!read.ok) {
      this.core(
        state,
        read.problem.ruleId,
        read.problem.message,
        read.problem.range,
      );
      return;
    }

    const format = /\.json$/i.test(path) ? 'json' : 'yaml';
    const parsed =
      (format === 'yaml' && fastParse(read.text)) ||
      (await parseWithYaml(read.text, format));
    if (format === 'yaml' && this.options.inlineConfig !== false) {
      state.directives = readDirectives(parsed.comments, parsed.lines);
    }
    for (const problem of parsed.problems) {
      this.core(
        state,
        problem.ruleId,
        problem.message,
        problem.range,
        problem.document,
        problem.pointer,
      );
    }
    for (const request of parsed.requests) {
      state.requests += 1;
      this.checkRequest(state, request, parsed.lines, read.text, path);
    }
  }

  private checkRequest(
    state: FileState,
    parsed: ParsedRequest,
    lines: LineIndex,
    text: string,
    path: string,
  ): void {
    const request: RuleRequest = {
      file: state.file,
      document: parsed.document,
      params: typedParams(parsed),
      raw: parsed.raw,
      account: accountOf(path, state.ruleSet.config),
    };
    const record: RequestRecord = { request, parsed, lines, state };
    this.records.push(record);

    const fromRules: Finding[] = [];
    for (const { rule, severity, options } of state.ruleSet.active) {
      if (!rule.check) continue;
      rule.check(request, {
        options,
        redact: (value) => {
          if (value) this.secrets.add(value);
          if (rule.id === 'no-credentials') state.blocked.add(parsed.document);
        },
        report: (report) => {
          fromRules.push(this.finding(record, rule, severity, report));
        },
      });
    }

    // A rule speaking about a key outranks the generic schema finding there.
    const claimed = new Set(fromRules.map((f) => f.pointer));
    for (const schema of checkSchema(parsed, text)) {
      if (claimed.has(schema.pointer)) continue;
      const range = locate(record, schema.pointer, schema.target);
      state.findings.push({
        ruleId: schema.ruleId,
        severity: 'error',
        message: schema.message,
        file: state.file,
        range,
        pointer: schema.pointer,
        document: parsed.document,
        docs: docsUrl(schema.ruleId),
        ...(schema.suggestions ? { suggestions: schema.suggestions } : {}),
        ...(schema.fix ? { fix: schema.fix } : {}),
      });
    }
    state.findings.push(...fromRules);
    // No finding may build on the value of a key given twice.
    if (parsed.tainted.size > 0) {
      const tainted = new Set([...parsed.tainted].map((k) => `/${k}`));
      state.findings = state.findings.filter(
        (f) =>
          f.document !== parsed.document ||
          f.ruleId === 'duplicate-key' ||
          !tainted.has(f.pointer ?? ''),
      );
    }
  }

  private finding(
    record: RequestRecord,
    rule: AnyRule,
    severity: Severity,
    report: {
      messageId: string;
      data?: Record<string, string | number>;
      pointer?: string;
      suggestions?: string[];
      fix?: Finding['fix'];
    },
  ): Finding {
    const template = rule.messages[report.messageId];
    if (template === undefined) {
      throw new Error(
        `Rule ${rule.id} reported unknown message id "${report.messageId}".`,
      );
    }
    const pointer = report.pointer ?? '';
    return {
      ruleId: rule.id,
      severity,
      message: fill(template, report.data ?? {}),
      file: record.state.file,
      range: locate(record, pointer, 'value'),
      pointer,
      document: record.request.document,
      docs: rule.docs ?? docsUrl(rule.id),
      ...(report.suggestions ? { suggestions: report.suggestions } : {}),
      ...(report.fix ? { fix: report.fix } : {}),
    };
  }

  private core(
    state: FileState,
    ruleId: string,
    message: string,
    range: Range,
    document?: number,
    pointer?: string,
  ): void {
    state.findings.push({
      ruleId,
      severity: 'error',
      message,
      file: state.file,
      range,
      ...(pointer !== undefined ? { pointer } : {}),
      ...(document !== undefined ? { document } : {}),
      docs: docsUrl(ruleId),
    });
  }

  private ruleSetFor(config: VaultlintConfig): Promise<RuleSet> {
    let set = this.ruleSets.get(config);
    if (!set) {
      set = buildRuleSet(config, this.options.rules ?? {});
      this.ruleSets.set(config, set);
    }
    return set;
  }

  /** Runs the rules that see every request, then suppressions and sorting. */
  async finish(): Promise<LintResults> {
    this.records.sort(
      (a, b) =>
        compare(a.request.file, b.request.file) ||
        a.request.document - b.request.document,
    );
    const ruleSets = await Promise.all(this.ruleSets.values());
    const accounts: AccountUsage[] = [];
    for (const set of ruleSets) {
      const records = this.records.filter((r) => r.state.ruleSet === set);
      const run = { accounts: accountInfos(set.config) };
      for (const info of run.accounts.values()) {
        accounts.push({
          name: info.name,
          quota: info.quota,
          existing: info.existing,
          requested: records.filter(
            (r) => r.request.account === info.name && !isKnown(r.request, info),
          ).length,
          scope: info.scope,
        });
      }
      for (const { rule, severity, options } of set.active) {
        if (!rule.checkAll) continue;
        const byRequest = new Map(records.map((r) => [r.request, r]));
        rule.checkAll(
          records.map((r) => r.request),
          {
            options,
            report: ({ request, ...report }) => {
              const record = byRequest.get(request);
              if (record)
                record.state.findings.push(
                  this.finding(record, rule, severity, report),
                );
            },
          },
          run,
        );
      }
    }

    const files: FileResult[] = [];
    const summary = {
      files: this.files.length,
      requests: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      suppressed: 0,
    };
    this.files.sort((a, b) => compare(a.file, b.file));
    for (const state of this.files) {
      const findings = applySuppressions(state).map((f) => this.redact(f));
      findings.sort(byPosition);
      summary.requests += state.requests;
      for (const f of findings) {
        if (f.suppressed) summary.suppressed += 1;
        else if (f.severity === 'error') summary.errors += 1;
        else if (f.severity === 'warning') summary.warnings += 1;
        else summary.infos += 1;
      }
      files.push({ file: state.file, findings, requests: state.requests });
    }

    return {
      files,
      requests: this.summaries(),
      summary,
      accounts,
      rules: ruleInfos(ruleSets),
    };
  }

  private summaries(): RequestSummary[] {
    return this.records.map(({ request, state }) => {
      const errors =
        state.findings.some(
          (f) =>
            f.document === request.document &&
            f.severity === 'error' &&
            !f.suppressed,
        ) ||
        state.findings.some(
          (f) =>
            f.document === undefined && f.severity === 'error' && !f.suppressed,
        );
      return {
        file: request.file,
        document: request.document,
        vaultName: request.params.VaultName,
        region: request.params.VaultRegionId,
        account: request.account,
        approved: !errors && !state.blocked.has(request.document),
        ...(state.blocked.has(request.document) ? { blocked: true } : {}),
        params: request.params,
      };
    });
  }

  private redact(finding: Finding): Finding {
    if (this.secrets.size === 0) return finding;
    const mask = (s: string) => {
      let out = s;
      for (const secret of this.secrets) out = out.split(secret).join(MASK);
      return out;
    };
    return {
      ...finding,
      message: mask(finding.message),
      ...(finding.suggestions
        ? { suggestions: finding.suggestions.map(mask) }
        : {}),
      ...(finding.fix
        ? { fix: { ...finding.fix, text: mask(finding.fix.text) } }
        : {}),
    };
  }
}

/** The `yaml` library is loaded only for files the fast path hands over. */
async function parseWithYaml(
  text: string,
  format: 'yaml' | 'json',
): Promise<ParsedFile> {
  const { parseRequests } = await import('./parse.js');
  return parseRequests(text, format);
}

/** The fields whose values have the type CreateVault expects. */
function typedParams(parsed: ParsedRequest): RequestParams {
  const params: Record<string, unknown> = Object.create(null);
  for (const name of PARAMETERS) {
    const value = parsed.raw[name];
    if (typeof value === PARAMETER_TYPES[name] && !parsed.tainted.has(name))
      params[name] = value;
  }
  return params as RequestParams;
}

/** Where a pointer lands: a value, its key when empty, or the mapping. */
function locate(
  record: RequestRecord,
  pointer: string,
  target: 'key' | 'value' | 'mapping',
): Range {
  const { parsed, lines } = record;
  const key = pointer
    .slice(1)
    .split('/')[0]
    ?.replace(/~1/g, '/')
    .replace(/~0/g, '~');
  const entry = pointer ? parsed.entries.get(key) : undefined;
  if (!entry || target === 'mapping')
    return lines.restOfLine(parsed.mapping[0]);
  const span = target === 'key' || !entry.value ? entry.key : entry.value;
  return lines.range(span[0], span[1]);
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

async function buildRuleSet(
  config: VaultlintConfig,
  flags: Record<string, SeveritySetting>,
): Promise<RuleSet> {
  const rules = [...BUILTIN_RULES, ...(await loadPlugins(config))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const severities = new Map<string, SeveritySetting>();
  const active: ActiveRule[] = [];
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id) && !CORE_CHECK_IDS.has(id))
      configFault(config, ['rules', id], `Unknown rule "${id}" in rules.`);
  }
  for (const id of Object.keys(flags)) {
    if (!byId.has(id) && !CORE_CHECK_IDS.has(id))
      throw new UsageError(`Unknown rule "${id}" in --rule.`);
  }
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const severity = flags[rule.id] ?? setting?.severity ?? rule.severity;
    severities.set(rule.id, severity);
    if (severity === 'off') continue;
    const options = {
      ...(rule.defaultOptions as object),
      ...(setting?.options ?? {}),
    };
    active.push({ rule, severity, options });
  }
  return { config, active, byId, severities };
}

async function loadPlugins(config: VaultlintConfig): Promise<AnyRule[]> {
  const rules: AnyRule[] = [];
  for (const [index, path] of config.plugins.entries()) {
    let loaded: unknown;
    try {
      loaded = (await import(pathToFileURL(path).href)).default;
    } catch (error) {
      configFault(
        config,
        ['plugins', String(index)],
        `Cannot load plugin "${path}": ${(error as Error).message.split('\n')[0]}`,
      );
    }
    for (const rule of Array.isArray(loaded) ? loaded : [loaded]) {
      if (
        !rule ||
        typeof rule !== 'object' ||
        typeof (rule as AnyRule).id !== 'string'
      ) {
        configFault(
          config,
          ['plugins', String(index)],
          `Plugin "${path}" must export a rule made with defineRule, or a list of them.`,
        );
      }
      rules.push(rule as AnyRule);
    }
  }
  return rules;
}

function accountOf(path: string, config: VaultlintConfig): string {
  const relativePath = relative(config.dir, path).split(sep).join('/');
  const account = config.accounts.find((a) =>
    matcherFor(a.files)(relativePath),
  );
  return account?.name ?? 'default';
}

function accountInfos(config: VaultlintConfig): Map<string, AccountInfo> {
  const infos = new Map<string, AccountInfo>();
  for (const [index, account] of config.accounts.entries()) {
    const inventory = account.inventory
      ? readInventory(config, index, account.inventory)
      : new Set<string>();
    infos.set(account.name, {
      name: account.name,
      quota: account.quota,
      scope: account.scope,
      warnAt: account.warnAt,
      existing: Math.max(account.existing ?? 0, inventory.size),
      inventory,
      source: config.path,
    });
  }
  if (!infos.has('default')) {
    infos.set('default', {
      name: 'default',
      quota: 100,
      scope: 'account',
      warnAt: 0.9,
      existing: 0,
      inventory: new Set(),
      source: config.path,
    });
  }
  return infos;
}

/** Reads DescribeVaults response bodies: one body or an array of pages. */
function readInventory(
  config: VaultlintConfig,
  index: number,
  path: string,
): Set<string> {
  const name = config.accounts[index].name;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    configFault(
      config,
      ['accounts', name, 'inventory'],
      `Cannot read inventory "${path}": ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const vaults = new Set<string>();
  for (const page of Array.isArray(data) ? data : [data]) {
    const list = (page as { Vaults?: { Vault?: unknown } })?.Vaults?.Vault;
    if (!Array.isArray(list)) {
      configFault(
        config,
        ['accounts', name, 'inventory'],
        `Inventory "${path}" is not a DescribeVaults response: Vaults.Vault is missing.`,
      );
    }
    for (const vault of list as Array<Record<string, unknown>>) {
      vaults.add(`${vault.VaultRegionId}/${vault.VaultName}`);
    }
  }
  return vaults;
}

function isKnown(request: RuleRequest, account: AccountInfo): boolean {
  const { VaultRegionId: region, VaultName: name } = request.params;
  return account.inventory.has(`${region}/${name}`);
}

function applySuppressions(state: FileState): Finding[] {
  const mandatory = new Set(state.ruleSet.config.mandatory);
  const out: Finding[] = [];
  for (const finding of state.findings) {
    const directive = matchDirective(
      state.directives,
      finding.ruleId,
      finding.range.start.line,
    );
    if (!directive) {
      out.push(finding);
      continue;
    }
    directive.used = true;
    if (mandatory.has(finding.ruleId)) {
      out.push({
        ...finding,
        message: `${finding.message} (${finding.ruleId} is mandatory: inline suppressions cannot silence it.)`,
      });
    } else if (!directive.reason) {
      out.push(finding);
    } else {
      out.push({
        ...finding,
        suppressed: {
          kind: directive.kind,
          reason: directive.reason,
          line: directive.line,
        },
      });
    }
  }
  for (const directive of state.directives) {
    const base = {
      file: state.file,
      range: directive.range,
      severity: 'error' as Severity,
    };
    if (!directive.reason) {
      out.push({
        ...base,
        ruleId: 'suppression-without-reason',
        docs: docsUrl('suppression-without-reason'),
        message: `Missing reason on vaultlint-${directive.kind}; add one after " -- ".`,
      });
    } else if (!directive.used) {
      const what = directive.rules.length
        ? directive.rules.join(', ')
        : 'any rule';
      out.push({
        ...base,
        severity: 'warning',
        ruleId: 'unused-suppression',
        docs: docsUrl('unused-suppression'),
        message: `Unused vaultlint-${directive.kind} for ${what}; remove it.`,
      });
    }
  }
  return out;
}

function ruleInfos(sets: RuleSet[]): RuleInfo[] {
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: Finding, b: Finding): number {
  return (
    (a.document ?? 0) - (b.document ?? 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column
  );
}

export { ConfigError };
