/** Public types shared by the engine, the rules and the front ends. */
import type { RequestParams } from './rule.js';
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
/** A 1-based position; columns count UTF-16 code units. */
export interface Position {
    line: number;
    column: number;
}
export interface Range {
    start: Position;
    end: Position;
}
/** A machine-applicable edit of the source text, by character offsets. */
export interface Fix {
    range: [number, number];
    text: string;
}
export interface Suppression {
    kind: 'disable-line' | 'disable-next-line' | 'disable-file';
    reason: string;
    line: number;
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    /** Path relative to the working directory, forward slashes. */
    file: string;
    range: Range;
    /** JSON pointer inside the request, when the finding has one. */
    pointer?: string;
    /** 1-based index of the YAML document in its file. */
    document?: number;
    docs?: string;
    fix?: Fix;
    suggestions?: string[];
    suppressed?: Suppression;
}
/** What the engine knows of one request document. */
export interface RequestSummary {
    file: string;
    document: number;
    vaultName?: string;
    region?: string;
    /** The account the request belongs to, when accounts are configured. */
    account?: string;
    approved: boolean;
    /** Set when the request must never be sent (credentials inside). */
    blocked?: boolean;
    params: Readonly<RequestParams>;
}
export interface FileResult {
    file: string;
    findings: Finding[];
    requests: number;
}
export interface AccountUsage {
    name: string;
    quota: number;
    existing: number;
    requested: number;
    scope: 'account' | 'region';
    /** With scope `region`: the figures of each region apart. */
    regions?: Array<{
        region: string;
        existing: number;
        requested: number;
    }>;
}
export interface LintSummary {
    files: number;
    requests: number;
    errors: number;
    warnings: number;
    infos: number;
    suppressed: number;
}
export interface LintResults {
    files: FileResult[];
    requests: RequestSummary[];
    summary: LintSummary;
    accounts: AccountUsage[];
    /** Metadata of every rule that was configured in the run. */
    rules: RuleInfo[];
    /**
     * Absolute paths of the other files the run read: its configs, their
     * plugins and inventories.
     */
    sources?: string[];
    /** The `outputs` of the lint options that are also files it read. */
    outputsRead?: string[];
}
export interface RuleInfo {
    id: string;
    type: 'problem' | 'suggestion';
    severity: SeveritySetting;
    description: string;
    docs: string;
}
