/** The rule contract: built-in rules and team plugins use the same API. */
import type { Fix, Severity, SeveritySetting } from './types.js';
/** A CreateVault request, each field present only when its type is right. */
export interface RequestParams {
    VaultRegionId?: string;
    VaultName?: string;
    Description?: string;
    VaultType?: string;
    VaultStorageClass?: string;
    WormEnabled?: boolean;
    EncryptType?: string;
    KmsKeyId?: string;
    Replication?: boolean;
}
/** One request document, as a rule sees it. */
export interface RuleRequest {
    /** Path relative to the working directory, forward slashes. */
    file: string;
    /** 1-based index of the document in its file. */
    document: number;
    /** The parameters whose values have the type the API expects. */
    params: RequestParams;
    /** Every key of the document, whatever its value; nothing inherited. */
    raw: Readonly<Record<string, unknown>>;
    /** The account the request belongs to. */
    account: string;
    /**
     * Path relative to the folder of the governing .vaultlint.yaml (the
     * working directory without one), forward slashes: what the config's
     * globs match.
     */
    pathFromConfig: string;
}
export interface Report<M extends string> {
    messageId: M;
    data?: Record<string, string | number>;
    /** JSON pointer of the offending value; '' for the request itself. */
    pointer?: string;
    suggestions?: string[];
    fix?: Fix;
    /**
     * Reports this finding at most at this severity, below the rule's
     * configured one (a quota rule's early warning beside its errors).
     */
    severity?: 'warning' | 'info';
}
export interface RuleContext<M extends string, O> {
    options: O;
    report(report: Report<M>): void;
    /** Keep a value out of every output: it is replaced by a mask. */
    redact(value: string): void;
}
export interface CrossReport<M extends string> extends Report<M> {
    request: RuleRequest;
}
export interface CrossRuleContext<M extends string, O> {
    options: O;
    report(report: CrossReport<M>): void;
}
export interface RuleMeta<M extends string, O> {
    /** Kebab-case id, equal to the module's file name. */
    id: string;
    /** `problem`: the API would reject it or it is unsafe; else policy. */
    type: 'problem' | 'suggestion';
    severity: SeveritySetting;
    /** Starts with Require, Disallow or Enforce; no trailing period. */
    description: string;
    /** The API page the constraint comes from. */
    api?: string;
    /** Overrides the docs link built from the id (for plugin rules). */
    docs?: string;
    tags?: string[];
    /** JSON Schema of the options object, with defaults. */
    optionsSchema?: Record<string, unknown>;
    defaultOptions: O;
    messages: Record<M, string>;
}
export interface RequestRule<M extends string = string, O = unknown> extends RuleMeta<M, O> {
    check(request: RuleRequest, context: RuleContext<M, O>): void;
    checkAll?: undefined;
}
export interface SetRule<M extends string = string, O = unknown> extends RuleMeta<M, O> {
    check?: undefined;
    /**
     * Sees at once every request its config governs (quotas), and in `run`
     * every request of the run (duplicates). It may report only on the
     * former: a report on a request another config governs is that
     * config's to make, with its own settings.
     */
    checkAll(requests: readonly RuleRequest[], context: CrossRuleContext<M, O>, run: RunInfo): void;
}
/** What a whole-set rule knows of the run beyond the requests. */
export interface RunInfo {
    accounts: ReadonlyMap<string, AccountInfo>;
    /** Every request of the run, whichever config governs it, sorted. */
    everyRequest: readonly RuleRequest[];
}
export interface AccountInfo {
    name: string;
    quota: number;
    scope: 'account' | 'region';
    /** Share of the quota from which one warning is given. */
    warnAt: number;
    /**
     * Vaults that exist beyond those the inventory lists (the `existing`
     * setting; the sum when it is given per region).
     */
    existing: number;
    /** `existing` given per region, when it is. */
    existingIn?: Readonly<Record<string, number>>;
    /** Vaults listed in the inventory, keyed `region/name`. */
    inventory: ReadonlySet<string>;
    /** Where the account is declared, for findings about it. */
    source?: string;
}
export type Rule<M extends string = string, O = unknown> = RequestRule<M, O> | SetRule<M, O>;
export type AnyRule = Rule<string, any>;
/**
 * Declares a rule. Typing the messages and options here makes a typo in
 * `report({ messageId })` a compile error.
 */
export declare function defineRule<M extends string, O = Record<string, never>>(rule: Rule<M, O>): Rule<M, O>;
export type { Severity };
