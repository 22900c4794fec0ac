/**
 * The engine: lint(paths, options) → results. Front ends (CLI, Action,
 * submit) call this and never re-implement a check.
 */
import { type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  findCredentials,
  MASK,
  maskCredentials,
} from '../../rules/lib/credentials.js';
import type { AnyRule, RequestParams, RuleRequest } from '../rule.js';
import type {
  AccountUsage,
  FileResult,
  Finding,
  LintResults,
  Range,
  RequestSummary,
  Severity,
  SeveritySetting,
} from '../types.js';
import { accountInfos, accountOf, accountUsage } from './accounts.js';
import { ConfigError, ConfigResolver, type VaultlintConfig } from './config.js';
import { CORE_CHECK_IDS } from './core-checks.js';
import { discover, isExcluded } from './discover.js';
import { fastParse } from './fast-parse.js';
import { Locator, type LocatorData } from './locator.js';
import { startWorker, type WorkerTask, workerShare } from './parallel.js';
import { relativePath } from './paths.js';
import type { LineIndex } from './positions.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  decode,
  readRequestFile,
  tooLarge,
} from './read.js';
import {
  fieldsRecord,
  ownString,
  type ParsedFile,
  type ParsedRequest,
} from './request.js';
import { buildRuleSet, docsUrl, type RuleSet, ruleInfos } from './rule-set.js';
import { checkSchema, PARAMETERS } from './schema.js';
import { nearest } from './suggest.js';
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
  /** Lint this text or these bytes instead of reading `--stdin-filename`. */
  stdin?: { text: string | Uint8Array; filename: string };
  /**
   * Absolute paths the caller will write (reports, results): a linted
   * file that is one of them, through links or hard links, is named in
   * the results' `outputsRead`.
   */
  outputs?: string[];
}

export { docsUrl, MASK };

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

interface RequestRecord {
  request: RuleRequest;
  where: Locator;
  state: FileState;
}

/**
 * What a run keeps of each file until it reports. A run over 100,000 files
 * holds one per file, so what most files never need is left out.
 */
interface FileState {
  file: string;
  findings: Finding[];
  requests: number;
  directives: readonly Directive[];
  ruleSet: RuleSet;
  /** The documents that hold a credential, when any does. */
  blocked?: Set<number>;
}

const NO_DIRECTIVES: readonly Directive[] = [];
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Adds findings to a file's, which start as one shared empty list. */
function addFindings(state: FileState, ...findings: Finding[]): void {
  if (findings.length === 0) return;
  if (state.findings === NO_FINDINGS) state.findings = [];
  state.findings.push(...findings);
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
    const { text } = options.stdin;
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    // Like a named file, a name the config excludes is skipped silently.
    if (!isExcluded(file, await configs.forFile(file)))
      await engine.lintBytes(file, bytes);
  } else {
    const files = await discover(paths, cwd, configs);
    const share = workerShare(files.length);
    const worker =
      share > 0
        ? await startWorker({
            cwd,
            files: files.slice(files.length - share),
            options: withoutStdin(options),
          })
        : undefined;
    try {
      // Each path is let go once linted: a large run need not hold them all.
      const mine = files.slice(0, files.length - share).reverse();
      files.length = 0;
      for (let file = mine.pop(); file !== undefined; file = mine.pop())
        await engine.lintFile(file);
      if (worker) await engine.importState((await worker.result) as Shared);
    } finally {
      await worker?.worker.terminate();
    }
  }
  return engine.finish();
}

function withoutStdin({ stdin, ...rest }: LintOptions): WorkerTask['options'] {
  return rest;
}

/** A worker thread's share of a parallel run (see parallel.ts). */
export async function lintShare(task: WorkerTask): Promise<Shared> {
  const configs = new ConfigResolver(task.cwd, task.options.config);
  const engine = new Engine(task.cwd, configs, task.options);
  for (const file of task.files) await engine.lintFile(file);
  return engine.exportState();
}

/** What a worker hands back: plain data, no rules or classes. */
interface Shared {
  outputsRead: string[];
  files: Array<Omit<FileState, 'ruleSet'>>;
  records: Array<{
    request: RuleRequest;
    where: LocatorData;
    file: number;
  }>;
  secrets: string[];
}

class Engine {
  private readonly files: FileState[] = [];
  private readonly records: RequestRecord[] = [];
  private readonly ruleSets = new Map<VaultlintConfig, Promise<RuleSet>>();
  private readonly secrets = new Set<string>();
  /** The secrets to search other text for, longest first. */
  private masked: string[] = [];
  private maskedOf = 0;

  /** The outputs that exist, by device and inode. */
  private readonly outputs: Array<{ path: string; dev: number; ino: number }>;
  private readonly outputsRead = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly configs: ConfigResolver,
    private readonly options: LintOptions,
  ) {
    this.outputs = (options.outputs ?? []).flatMap((path) => {
      try {
        const stats = statSync(path);
        return stats.isFile() ? [{ path, dev: stats.dev, ino: stats.ino }] : [];
      } catch {
        // An output that is not there yet cannot be a file the run reads.
        return [];
      }
    });
  }

  async lintFile(path: string): Promise<void> {
    const identify =
      this.outputs.length === 0
        ? undefined
        : (stats: Stats) => {
            for (const output of this.outputs) {
              if (output.dev === stats.dev && output.ino === stats.ino)
                this.outputsRead.add(output.path);
            }
          };
    const read = await readRequestFile(
      path,
      this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      identify,
    );
    await this.lintRead(path, read);
  }

  async lintBytes(path: string, bytes: Uint8Array): Promise<void> {
    const limit = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    // Standard input is read one byte past the limit at most.
    const read =
      bytes.length > limit ? tooLarge('input', limit) : decode(bytes);
    await this.lintRead(path, read);
  }

  private async lintRead(
    path: string,
    read: Awaited<ReturnType<typeof readRequestFile>>,
  ): Promise<void> {
    const ruleSet = await this.ruleSetFor(await this.configs.forFile(path));
    const state: FileState = {
      // Its own string: a cut would keep the absolute path alive as well.
      file: ownString(relativePath(this.cwd, path)),
      findings: NO_FINDINGS,
      requests: 0,
      directives: NO_DIRECTIVES,
      ruleSet,
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
    if (
      format === 'yaml' &&
      this.options.inlineConfig !== false &&
      parsed.comments.length > 0
    ) {
      state.directives = readDirectives(parsed.comments, parsed.lines);
    }
    // A file that does not parse is read as text: a pasted key still counts.
    const broken =
      parsed.requests.length === 0 &&
      parsed.problems.some((p) => p.ruleId === 'syntax-error');
    this.checkText(
      state,
      parsed.lines,
      broken ? [{ offset: 0, text: read.text }] : parsed.comments,
      broken ? 'text' : 'comment',
    );
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

  /**
   * Reports access keys in comments as no-credentials findings: a comment
   * is committed with the request, and a suppression's reason is printed.
   */
  /** Access keys in comments, or anywhere in a file that does not parse. */
  private checkText(
    state: FileState,
    lines: LineIndex,
    pieces: ReadonlyArray<{ offset: number; text: string }>,
    messageId: 'comment' | 'text',
  ): void {
    const active = state.ruleSet.active.find(
      (a) => a.rule.id === 'no-credentials',
    );
    for (const comment of pieces) {
      for (const found of findCredentials(comment.text)) {
        this.secrets.add(found[0]);
        if (!active) continue;
        const start = comment.offset + found.index;
        addFindings(state, {
          ruleId: active.rule.id,
          severity: active.severity,
          message: active.rule.messages[messageId],
          file: state.file,
          range: lines.range(start, start + found[0].length),
          docs: docsUrl(active.rule.id),
        });
      }
    }
  }

  private checkRequest(
    state: FileState,
    parsed: ParsedRequest,
    lines: LineIndex,
    text: string,
    path: string,
  ): void {
    // Frozen: a rule, a plugin's included, cannot change what the others see.
    const request: RuleRequest = Object.freeze({
      file: state.file,
      document: parsed.document,
      params: Object.freeze(typedParams(parsed)),
      raw: Object.freeze(parsed.raw),
      account: accountOf(path, state.ruleSet.config),
      pathFromConfig: this.pathFromConfig(state, path),
    });
    const where = Locator.of(parsed, lines);
    const record: RequestRecord = { request, where, state };
    this.records.push(record);

    const fromRules: Finding[] = [];
    for (const { rule, severity, options } of state.ruleSet.active) {
      if (!rule.check) continue;
      try {
        rule.check(request, {
          options,
          redact: (value) => {
            if (value) this.secrets.add(value);
            if (rule.id === 'no-credentials') {
              state.blocked ??= new Set();
              state.blocked.add(parsed.document);
            }
          },
          report: (report) => {
            fromRules.push(this.finding(record, rule, severity, report));
          },
        });
      } catch (error) {
        throw this.ruleFailure(rule, state.file, error);
      }
    }

    // A credential's finding stands alone: the other rules speak of a
    // value that is no setting at all.
    const secret = new Set(
      fromRules
        .filter((f) => f.ruleId === 'no-credentials')
        .map((f) => f.pointer),
    );
    if (secret.size > 0) {
      const alone = fromRules.filter(
        (f) => f.ruleId === 'no-credentials' || !secret.has(f.pointer),
      );
      fromRules.splice(0, fromRules.length, ...alone);
    }
    // A rule speaking about a key outranks the generic schema finding there.
    const claimed = new Set(fromRules.map((f) => f.pointer));
    for (const schema of checkSchema(parsed, text)) {
      if (claimed.has(schema.pointer)) continue;
      const range = where.locate(schema.pointer, schema.target);
      addFindings(state, {
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
    addFindings(state, ...fromRules);
    // No finding may build on the value of a key given twice, but that a
    // credential is there: that holds whichever value counts.
    if (parsed.tainted.size > 0) {
      const tainted = new Set([...parsed.tainted].map((k) => `/${k}`));
      state.findings = state.findings.filter(
        (f) =>
          f.document !== parsed.document ||
          f.ruleId === 'duplicate-key' ||
          f.ruleId === 'no-credentials' ||
          !tainted.has(f.pointer ?? ''),
      );
    }
  }

  /** The path the config's globs see; most often the one already shown. */
  private pathFromConfig(state: FileState, path: string): string {
    const { dir } = state.ruleSet.config;
    return dir === this.cwd ? state.file : relativePath(dir, path);
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
      severity?: Severity;
    },
  ): Finding {
    const template = rule.messages[report.messageId];
    if (template === undefined) {
      throw new Error(`it reported unknown message id "${report.messageId}".`);
    }
    const pointer = report.pointer ?? '';
    return {
      ruleId: rule.id,
      severity: milder(severity, report.severity),
      message: fill(template, report.data ?? {}),
      file: record.state.file,
      range: record.where.locate(pointer, 'value'),
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
    addFindings(state, {
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
    const everyRequest = this.records.map((r) => r.request);
    for (const set of ruleSets) {
      const alone = ruleSets.length === 1;
      const records = alone
        ? this.records
        : this.records.filter((r) => r.state.ruleSet === set);
      const requests = alone ? everyRequest : records.map((r) => r.request);
      const run = { accounts: accountInfos(set.config), everyRequest };
      accounts.push(...accountUsage(run.accounts, requests, set.config));
      for (const { rule, severity, options } of set.active) {
        if (!rule.checkAll) continue;
        try {
          rule.checkAll(
            requests,
            {
              options,
              report: ({ request, ...report }) => {
                const record = recordOf(records, request);
                if (record)
                  addFindings(
                    record.state,
                    this.finding(record, rule, severity, report),
                  );
              },
            },
            run,
          );
        } catch (error) {
          const files = new Set(records.map((r) => r.state.file));
          const where =
            files.size === 1 ? [...files][0] : `${files.size} files`;
          throw this.ruleFailure(rule, where, error);
        }
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
      // Most files of a large run have nothing to report.
      const findings =
        state.findings.length === 0 && state.directives.length === 0
          ? []
          : applySuppressions(state)
              .flatMap((f) => configured(f, state.ruleSet))
              .map((f) => this.redact(f));
      findings.sort(byPosition);
      // Approval (summaries) must see which findings were silenced.
      state.findings = findings;
      summary.requests += state.requests;
      for (const f of findings) {
        if (f.suppressed) summary.suppressed += 1;
        else if (f.severity === 'error') summary.errors += 1;
        else if (f.severity === 'warning') summary.warnings += 1;
        else summary.infos += 1;
      }
      files.push({ file: state.file, findings, requests: state.requests });
    }

    // Summarised on first use: a run that only reports never needs them.
    const summarise = () => this.summaries();
    let requests: RequestSummary[] | undefined;
    return {
      files,
      get requests() {
        requests ??= summarise();
        return requests;
      },
      summary,
      accounts,
      rules: ruleInfos(ruleSets),
      ...(this.outputsRead.size > 0
        ? { outputsRead: [...this.outputsRead] }
        : {}),
      sources: [
        ...new Set(
          ruleSets.flatMap(({ config }) => [
            ...(config.path ? [config.path] : []),
            ...config.plugins,
            ...config.accounts.flatMap((a) => a.inventory ?? []),
          ]),
        ),
      ],
    };
  }

  exportState(): Shared {
    const index = new Map(this.files.map((state, i) => [state, i]));
    return {
      outputsRead: [...this.outputsRead],
      files: this.files.map(({ ruleSet: _, ...state }) => state),
      records: this.records.map(({ request, where, state }) => ({
        request,
        where: where.toData(),
        file: index.get(state) as number,
      })),
      secrets: [...this.secrets],
    };
  }

  async importState(shared: Shared): Promise<void> {
    const states: FileState[] = [];
    for (const state of shared.files) {
      const config = await this.configs.forFile(resolve(this.cwd, state.file));
      const imported: FileState = {
        ...state,
        // Cloning keeps one list for the files that shared the empty one.
        findings: state.findings.length > 0 ? state.findings : NO_FINDINGS,
        ruleSet: await this.ruleSetFor(config),
      };
      this.files.push(imported);
      states.push(imported);
    }
    for (const { request, where, file } of shared.records) {
      // Structured cloning gives records Object's prototype; put theirs back.
      const raw = Object.assign(fieldsRecord(), request.raw);
      const params = Object.assign(fieldsRecord(), request.params);
      this.records.push({
        request: { ...request, raw, params },
        where: Locator.from(where),
        state: states[file],
      });
    }
    for (const secret of shared.secrets) this.secrets.add(secret);
    for (const output of shared.outputsRead) this.outputsRead.add(output);
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
      const params = this.maskParams(request.params);
      // A parameter holding a secret cannot be sent as written (masked).
      const blocked =
        state.blocked?.has(request.document) || params !== request.params;
      return {
        file: request.file,
        document: request.document,
        vaultName: params.VaultName,
        region: params.VaultRegionId,
        account: request.account,
        approved: !errors && !blocked,
        ...(blocked ? { blocked: true } : {}),
        params,
      };
    });
  }

  /** The parameters with secrets masked; the same object when none. */
  private maskParams(params: RequestParams): RequestParams {
    const fields = params as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const name in fields) {
      const value = fields[name];
      const masked = typeof value === 'string' ? this.mask(value) : value;
      if (masked !== value) out ??= Object.assign(fieldsRecord(), fields);
      if (out) out[name] = masked;
    }
    return (out ?? params) as RequestParams;
  }

  /** Masks the secrets the run found, and anything shaped like one. */
  private mask(text: string): string {
    if (this.maskedOf !== this.secrets.size) {
      // The longest first, so that a secret holding another goes whole.
      this.masked = [...this.secrets]
        .filter((s) => s.length >= MIN_SECRET)
        .sort((a, b) => b.length - a.length);
      this.maskedOf = this.secrets.size;
    }
    let out = text;
    for (const secret of this.masked) out = out.split(secret).join(MASK);
    return maskCredentials(out);
  }

  /** The finding with every text it carries masked. */
  private redact(finding: Finding): Finding {
    const mask = (s: string) => this.mask(s);
    return {
      ...finding,
      message: mask(finding.message),
      ...(finding.pointer !== undefined
        ? { pointer: mask(finding.pointer) }
        : {}),
      ...(finding.docs !== undefined ? { docs: mask(finding.docs) } : {}),
      ...(finding.suggestions
        ? { suggestions: finding.suggestions.map(mask) }
        : {}),
      ...(finding.fix
        ? { fix: { ...finding.fix, text: mask(finding.fix.text) } }
        : {}),
      ...(finding.suppressed
        ? {
            suppressed: {
              ...finding.suppressed,
              reason: mask(finding.suppressed.reason),
            },
          }
        : {}),
    };
  }

  /**
   * A rule that throws leaves its requests unchecked, so the run cannot
   * pass or fail them: a tool error (exit 2) naming the rule and where.
   */
  private ruleFailure(rule: AnyRule, where: string, error: unknown): Error {
    const text = error instanceof Error ? error.message : String(error);
    const first = text.split('\n')[0].trim().replace(/\.$/, '');
    return new RuleError(
      `Rule ${rule.id} failed on ${where}: ${this.mask(first || 'it threw without a message')}.`,
    );
  }
}

/** Secrets shorter than this are not searched for in other text. */
const MIN_SECRET = 4;

/** A rule threw: like a config problem, the run stops with exit code 2. */
export class RuleError extends ConfigError {}

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
  const params = fieldsRecord();
  let count = 0;
  for (const name of PARAMETERS) {
    const value = parsed.raw[name];
    if (typeof value === PARAMETER_TYPES[name] && !parsed.tainted.has(name)) {
      params[name] = value;
      count += 1;
    }
  }
  // When every key is a parameter of the right type, as in most requests,
  // the raw record holds the same and serves as both.
  if (count === Object.keys(parsed.raw).length) return parsed.raw;
  return params as RequestParams;
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

/**
 * The engine's checks of the file and of the CreateVault contract: a
 * request they fail cannot be sent as written, so no suppression
 * silences them (the suppression checks themselves are another matter).
 */
const CONTRACT_CHECK_IDS = new Set(
  [...CORE_CHECK_IDS].filter((id) => !id.includes('suppression')),
);

/** A core check's finding at the severity the config or a flag gives it. */
function configured(finding: Finding, set: RuleSet): Finding[] {
  if (!CORE_CHECK_IDS.has(finding.ruleId)) return [finding];
  const severity = set.severities.get(finding.ruleId) ?? finding.severity;
  if (severity === 'off') return [];
  return [severity === finding.severity ? finding : { ...finding, severity }];
}

function applySuppressions(state: FileState): Finding[] {
  const mandatory = new Set(state.ruleSet.config.mandatory);
  const out: Finding[] = [];
  for (const finding of state.findings.flatMap((f) =>
    configured(f, state.ruleSet),
  )) {
    // A suppression cannot silence a finding about its own comment (an
    // access key in its reason).
    const directive = matchDirective(
      state.directives.filter((d) => !within(finding.range, d.range)),
      finding.ruleId,
      finding.range.start.line,
    );
    if (!directive) {
      out.push(finding);
      continue;
    }
    directive.silenced.add(finding.ruleId);
    const why = mandatory.has(finding.ruleId)
      ? 'is mandatory'
      : CONTRACT_CHECK_IDS.has(finding.ruleId)
        ? 'is a check the service would make too'
        : undefined;
    if (why) {
      out.push({
        ...finding,
        message: `${finding.message.replace(/\.$/, '')}; ${finding.ruleId} ${why}, so the suppression on line ${directive.line} cannot silence it.`,
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
    } else if (idle(directive).length > 0) {
      out.push({
        ...base,
        severity: 'warning',
        ruleId: 'unused-suppression',
        docs: docsUrl('unused-suppression'),
        message: unusedMessage(directive, state.ruleSet.byId),
      });
    }
  }
  return out;
}

/** Whether `inner` lies inside `outer`. */
function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) =>
    a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/**
 * The rule ids a directive names but silenced nothing of; for a directive
 * naming no rule, `any rule` when it silenced nothing at all.
 */
function idle(directive: Directive): string[] {
  if (directive.rules.length === 0) {
    return directive.silenced.size === 0 ? ['any rule'] : [];
  }
  return directive.rules.filter((id) => !directive.silenced.has(id));
}

/** Says why a directive silenced nothing; a misspelt rule id is likely. */
function unusedMessage(
  directive: Directive,
  rules: ReadonlyMap<string, AnyRule>,
): string {
  const known = [...rules.keys(), ...CORE_CHECK_IDS];
  const unknown = idle(directive).find(
    (id) => id !== 'any rule' && !known.includes(id),
  );
  if (unknown) {
    const guess = nearest(unknown, known);
    return `Unexpected rule "${unknown}" in vaultlint-${directive.kind}; ${guess ? `expected "${guess}".` : 'it silences nothing.'}`;
  }
  const what = idle(directive).join(', ');
  return `Unexpected vaultlint-${directive.kind} for ${what}; it silences nothing, so remove it.`;
}

/** The milder of two severities (`undefined` leaves the first). */
function milder(severity: Severity, cap: Severity | undefined): Severity {
  const order: Severity[] = ['info', 'warning', 'error'];
  if (!cap) return severity;
  return order.indexOf(cap) < order.indexOf(severity) ? cap : severity;
}

/**
 * The record of a request a whole-set rule reports, found by its place:
 * records are sorted by file and document, and a large run is better off
 * without a map of them all.
 */
function recordOf(
  records: readonly RequestRecord[],
  request: RuleRequest,
): RequestRecord | undefined {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = records[middle].request;
    const order =
      compare(found.file, request.file) || found.document - request.document;
    if (order === 0) return found === request ? records[middle] : undefined;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Documents follow each other in a file, so line order is document order;
// findings without a document (suppression comments) fall into place.
function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column
  );
}

export { ConfigError };
