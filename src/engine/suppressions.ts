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

const DIRECTIVE =
  /^#\s*vaultlint-(disable-line|disable-next-line|disable-file)(?=\s|$)(.*)$/;

/** Reads the directives out of a file's comments. */
export function readDirectives(
  comments: Comment[],
  lines: LineIndex,
): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.trimEnd());
    if (!match) continue;
    const kind = match[1] as Suppression['kind'];
    const [list, ...reasonParts] = match[2].split(/\s--(?:\s|$)/);
    const range = lines.range(
      comment.offset,
      comment.offset + comment.text.length,
    );
    const line = range.start.line;
    directives.push({
      kind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      reason: reasonParts.join(' -- ').trim(),
      line,
      target:
        kind === 'disable-file' ? 0 : kind === 'disable-line' ? line : line + 1,
      range,
      silenced: new Set(),
    });
  }
  return directives;
}

/**
 * The directive that silences a finding of `ruleId` on `line`, if any: one
 * aimed at that line before a file-wide one, so that the file-wide one is
 * reported when it silences nothing else.
 */
export function matchDirective(
  directives: Directive[],
  ruleId: string,
  line: number,
): Directive | undefined {
  const covers = (d: Directive) =>
    d.rules.length === 0 || d.rules.includes(ruleId);
  // A file-wide one covers the file from its own line on, as at the top.
  return (
    directives.find((d) => d.target === line && covers(d)) ??
    directives.find((d) => d.target === 0 && d.line <= line && covers(d))
  );
}
