/**
 * Inline suppressions in YAML comments:
 *   # vaultlint-disable-line <rule-id>[, <rule-id>] -- <reason>
 *   # vaultlint-disable-next-line …
 *   # vaultlint-disable-file …
 * Without rule ids a directive covers every rule.
 */
import type { Range, Suppression } from '../types.js';
import type { LineIndex } from './positions.js';
import type { Comment } from './request.js';
export interface Directive {
    kind: Suppression['kind'];
    /** Empty: every rule. */
    rules: string[];
    reason: string;
    /** Line of the comment. */
    line: number;
    /** Line the directive silences; 0 for the whole file. */
    target: number;
    range: Range;
    /** The rules whose findings it silenced. */
    silenced: Set<string>;
}
/** Reads the directives out of a file's comments. */
export declare function readDirectives(comments: Comment[], lines: LineIndex): Directive[];
/**
 * The directive that silences a finding of `ruleId` on `line`, if any: one
 * aimed at that line before a file-wide one, so that the file-wide one is
 * reported when it silences nothing else.
 */
export declare function matchDirective(directives: Directive[], ruleId: string, line: number): Directive | undefined;
