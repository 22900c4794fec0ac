/**
 * A fast path for the shape nearly every request file has: one flat block
 * mapping of plain or simply quoted scalars, with comments. It returns
 * exactly what parse.ts would, or undefined for anything else, which then
 * goes to the `yaml` library, the authority. A differential property test
 * (test/fast-parse.test.ts) holds the two to identical results.
 */

import { LineIndex } from './positions.js';
import {
  fieldsRecord,
  keep,
  type ParsedFile,
  type ParsedRequest,
} from './request.js';

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Keys the core schema reads as null or a boolean, not as a string.
const NOT_STRING_KEYS = new Set(
  ['null', 'true', 'false'].flatMap((w) => [
    w,
    w[0].toUpperCase() + w.slice(1),
    w.toUpperCase(),
  ]),
);
// Characters that may open a YAML construct this path does not handle.
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
// Tabs, lone carriage returns and characters YAML does not allow as text.
const UNUSUAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to find
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Parses a simple YAML request file, or returns undefined. */
export function fastParse(text: string): ParsedFile | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const request: ParsedRequest = {
    document: 1,
    raw: fieldsRecord(),
    entries: new Map(),
    mapping: [0, 0],
    tainted: new Set(),
  };
  const comments: ParsedFile['comments'] = [];
  let first = true;

  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    const line = text.slice(start, end);
    const indent = line.search(/\S/);

    if (indent === -1) {
      // A blank line.
    } else if (line[indent] === '#') {
      comments.push({
        offset: start + indent,
        text: line.slice(indent).trimEnd(),
      });
    } else if (indent > 0 || !readPair(line, start, request, comments)) {
      return undefined;
    } else if (first) {
      request.mapping = [start, start];
      first = false;
    }
    start = next;
  }
  if (first) return undefined;
  return {
    lines: new LineIndex(text),
    requests: [request],
    problems: [],
    comments,
  };
}

/** Reads `Key: value  # comment`; false when the line is anything else. */
function readPair(
  line: string,
  offset: number,
  request: ParsedRequest,
  comments: ParsedFile['comments'],
): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0) return false;
  const key = line.slice(0, colon);
  if (!KEY.test(key) || request.entries.has(key)) return false;
  // `null`, `true` and the like are not string keys.
  if (NOT_STRING_KEYS.has(key)) return false;
  const after = line.slice(colon + 1);
  if (after !== '' && after[0] !== ' ') return false;

  const valueStart = after.search(/\S/);
  const at = colon + 1 + valueStart;
  if (valueStart === -1 || after[valueStart] === '#') {
    if (valueStart !== -1) {
      comments.push({ offset: offset + at, text: line.slice(at).trimEnd() });
    }
    request.entries.set(key, { key: [offset, offset + colon], value: null });
    request.raw[key] = null;
    return true;
  }
  const scalar = readScalar(line.slice(at));
  if (!scalar) return false;
  if (scalar.comment !== undefined) {
    comments.push({
      offset: offset + at + scalar.comment,
      text: line.slice(at + scalar.comment).trimEnd(),
    });
  }
  request.entries.set(key, {
    key: [offset, offset + colon],
    value: [offset + at, offset + at + scalar.length],
  });
  request.raw[key] = keep(key, scalar.value);
  return true;
}

interface ScalarRead {
  value: unknown;
  /** Length of the scalar's source. */
  length: number;
  /** Where a trailing comment starts, relative to the scalar. */
  comment?: number;
}

function readScalar(source: string): ScalarRead | undefined {
  const quote = source[0];
  if (quote === '"' || quote === "'") {
    const close = source.indexOf(quote, 1);
    if (close === -1) return undefined;
    const body = source.slice(1, close);
    // Escapes, doubled quotes and anything after the quote go to `yaml`.
    if (quote === '"' && body.includes('\\')) return undefined;
    if (quote === "'" && source[close + 1] === "'") return undefined;
    const rest = source.slice(close + 1);
    const trailing = rest.search(/\S/);
    if (trailing !== -1 && (rest[trailing] !== '#' || trailing === 0))
      return undefined;
    return {
      value: body,
      length: close + 1,
      comment: trailing === -1 ? undefined : close + 1 + trailing,
    };
  }

  if (INDICATOR.test(source)) return undefined;
  const hash = source.search(/\s#/);
  const plain = (hash === -1 ? source : source.slice(0, hash)).trimEnd();
  if (plain.includes(': ') || plain.endsWith(':')) return undefined;
  return {
    value: resolvePlain(plain),
    length: plain.length,
    comment: hash === -1 ? undefined : source.indexOf('#', hash),
  };
}

/** YAML 1.2 core schema resolution of a plain scalar, as `yaml` does it. */
export function resolvePlain(s: string): unknown {
  // Most values start with a letter no null, boolean or number starts with.
  if (/^[A-Za-z]/.test(s) && !/^[nNtTfF]/.test(s)) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s))
    return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return Number.parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
    return Number.parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return Number.parseFloat(s);
  return s;
}
