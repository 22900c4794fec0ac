/**
 * From text to requests: YAML 1.2 (core schema, merge keys) or strict JSON,
 * parsed with `yaml` for positions. Resource limits (nesting depth, alias
 * expansion) are enforced here, before any structure is built from them.
 */

import {
  type ParseError,
  parse as parseJson,
  printParseErrorCode,
} from 'jsonc-parser';
import {
  type Alias,
  Composer,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  Parser,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { visible } from '../../rules/lib/text.js';
import { FILE_START, LineIndex } from './positions.js';
import type {
  Comment,
  ParsedFile,
  ParsedRequest,
  ParseProblem,
  Span,
} from './request.js';
import { describe, fieldsRecord, keep, pointerOf } from './request.js';

export const MAX_DEPTH = 64;
export const MAX_ALIAS_EXPANSIONS = 100;

export type {
  Comment,
  ParsedFile,
  ParsedRequest,
  ParseProblem,
  SourceEntry,
  Span,
} from './request.js';
export { describe, pointerOf } from './request.js';

type CstToken =
  ReturnType<Parser['parse']> extends Generator<infer T> ? T : never;

/** A problem that stops one document: no request is built from it. */
class DocumentError extends Error {
  constructor(
    readonly ruleId: 'resource-limit' | 'syntax-error',
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** Parses the text of a request file. Never throws on any input. */
export function parseRequests(
  text: string,
  format: 'yaml' | 'json',
): ParsedFile {
  const lines = new LineIndex(text);
  const out: ParsedFile = { lines, requests: [], problems: [], comments: [] };
  const problem = (p: Omit<ParseProblem, 'range'>, span: Span) =>
    out.problems.push({ ...p, range: lines.range(span[0], span[1]) });

  const tokens = Array.from(new Parser().parse(text));
  const scan = scanTokens(tokens);
  out.comments = scan.comments;

  // The strict JSON parser recurses: too deep a file is the depth limit's.
  if (format === 'json' && scan.tooDeep.size === 0) {
    const jsonError = strictJsonError(text);
    if (jsonError) {
      problem(
        { ruleId: 'syntax-error', message: jsonError.message },
        jsonError.span,
      );
      return out;
    }
  }

  const composer = new Composer({
    version: '1.2',
    schema: 'core',
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
  });
  let index = 0;
  const handle = (doc: Document.Parsed) => {
    index += 1;
    while (scan.tooDeep.has(index)) {
      const at = scan.tooDeep.get(index) as number;
      problem(
        {
          ruleId: 'resource-limit',
          document: index,
          message: `Unexpected nesting deeper than ${MAX_DEPTH} levels.`,
        },
        [at, at + 1],
      );
      index += 1;
    }
    readDocument(doc, index, scan.quotes, out, problem);
  };
  let docNumber = 0;
  for (const token of tokens) {
    if (token.type === 'document') {
      docNumber += 1;
      // Composing an absurdly deep tree overflows the parser's stack.
      if (scan.tooDeep.has(docNumber)) continue;
    }
    for (const doc of composer.next(token)) handle(doc);
  }
  for (const doc of composer.end(false, text.length)) handle(doc);
  while (scan.tooDeep.has(index + 1)) {
    index += 1;
    const at = scan.tooDeep.get(index) as number;
    problem(
      {
        ruleId: 'resource-limit',
        document: index,
        message: `Unexpected nesting deeper than ${MAX_DEPTH} levels.`,
      },
      [at, at + 1],
    );
  }

  if (out.requests.length === 0 && out.problems.length === 0) {
    out.problems.push({
      ruleId: 'no-request',
      message: 'Expected a CreateVault request; the file holds none.',
      range: FILE_START,
    });
  }
  return out;
}

interface TokenScan {
  comments: Comment[];
  /** Offsets where a quoted scalar starts, for unterminated quotes. */
  quotes: number[];
  /** Document number → offset where nesting first passes the limit. */
  tooDeep: Map<number, number>;
}

/** Walks the concrete syntax tree without recursion. */
function scanTokens(tokens: CstToken[]): TokenScan {
  const scan: TokenScan = { comments: [], quotes: [], tooDeep: new Map() };
  let docNumber = 0;
  const stack: Array<[token: unknown, depth: number]> = [];
  for (const top of tokens) {
    if (top.type === 'document') docNumber += 1;
    stack.push([top, 0]);
    while (stack.length > 0) {
      const [token, depth] = stack.pop() as [Record<string, unknown>, number];
      if (!token || typeof token !== 'object') continue;
      const type = token.type as string | undefined;
      if (type === 'comment') {
        scan.comments.push({
          offset: token.offset as number,
          text: token.source as string,
        });
        continue;
      }
      if (type === 'single-quoted-scalar' || type === 'double-quoted-scalar') {
        scan.quotes.push(token.offset as number);
      }
      const nested =
        type === 'block-map' ||
        type === 'block-seq' ||
        type === 'flow-collection';
      const childDepth = nested ? depth + 1 : depth;
      if (childDepth > MAX_DEPTH && !scan.tooDeep.has(docNumber)) {
        scan.tooDeep.set(docNumber, token.offset as number);
      }
      if (childDepth > MAX_DEPTH) continue;
      for (const field of ['start', 'sep', 'end', 'props']) {
        const list = token[field];
        if (Array.isArray(list)) for (const t of list) stack.push([t, depth]);
      }
      for (const field of ['key', 'value']) {
        if (token[field]) stack.push([token[field], childDepth]);
      }
      if (Array.isArray(token.items)) {
        for (const item of token.items) stack.push([item, childDepth]);
      }
    }
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}

const JSON_OPTIONS = {
  disallowComments: true,
  allowTrailingComma: false,
  allowEmptyContent: false,
};

/** What a JSON token problem is, in words that quote no source text. */
const JSON_FAULTS: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  UnexpectedEndOfNumber: 'incomplete number',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfComment: 'unterminated comment',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string',
};

/** What the JSON grammar expected where it stopped. */
const JSON_EXPECTED: Record<string, string> = {
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon',
  CommaExpected: 'a comma',
  CloseBraceExpected: 'a closing brace',
  CloseBracketExpected: 'a closing bracket',
  EndOfFileExpected: 'the end of the file',
};

/** The token at an offset, named without quoting a string or a number. */
function jsonTokenAt(text: string, offset: number): string {
  const char = text.charAt(offset);
  if (char === '') return 'end of file';
  if ('{}[],:'.includes(char)) return `"${char}"`;
  if (char === '"') return 'a string';
  if (/[-0-9]/.test(char)) return 'a number';
  const word = /^(?:true|false|null)\b/.exec(text.slice(offset, offset + 6));
  return word ? word[0] : 'invalid symbol';
}

/**
 * JSON request files are strict JSON: no comments, no trailing commas, no
 * YAML extensions. The first error is reported at its token, and the
 * message never quotes the file's text: it may hold a secret.
 */
function strictJsonError(
  text: string,
): { message: string; span: Span } | undefined {
  // An empty file holds no request, whatever its format.
  if (/^[ \t\n\r]*$/.test(text)) return undefined;
  const errors: ParseError[] = [];
  parseJson(text, errors, JSON_OPTIONS);
  const [first, next] = errors;
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  const span: Span = [first.offset, first.offset + first.length];
  if (code === 'InvalidCommentToken')
    return { message: 'Unexpected comment; JSON has no comments.', span };

  const fault = JSON_FAULTS[code];
  if (fault) {
    // After an invalid symbol, the grammar says what belonged there.
    const expected =
      code === 'InvalidSymbol' && next
        ? JSON_EXPECTED[printParseErrorCode(next.error)]
        : undefined;
    return {
      message: `Unexpected JSON: ${fault}${expected ? `; expected ${expected}` : ''}.`,
      span,
    };
  }
  const found = jsonTokenAt(text, first.offset);
  const expected = JSON_EXPECTED[code] ?? 'valid JSON';
  return { message: `Unexpected JSON: ${found}; expected ${expected}.`, span };
}

function readDocument(
  doc: Document.Parsed,
  index: number,
  quotes: number[],
  out: ParsedFile,
  problem: (p: Omit<ParseProblem, 'range'>, span: Span) => void,
): void {
  if (doc.errors.length > 0) {
    // One broken parse yields syntax findings only, never findings built on
    // a guessed structure.
    for (const error of doc.errors) {
      const firstLine = error.message.split('\n')[0].replace(/\.?$/, '.');
      const span = errorSpan(error.code, error.pos, quotes);
      problem(
        {
          ruleId: 'syntax-error',
          document: index,
          message: capitalise(firstLine),
        },
        span,
      );
    }
    return;
  }

  // A tag the core schema does not know leaves its value a plain string;
  // the request would not say what its author meant.
  for (const warning of doc.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    const [start, end] = warning.pos;
    const tag = warning.message.replace(/^[^:]*:\s*/, '').split('\n')[0];
    problem(
      {
        ruleId: 'syntax-error',
        document: index,
        message: `Unexpected tag ${visible(tag)}; the YAML 1.2 core schema has no such tag, so remove it.`,
      },
      [start, Math.max(end, start + 1)],
    );
  }

  const contents = doc.contents as Node | null;
  if (
    contents === null ||
    (isScalar(contents) &&
      contents.value === null &&
      at(contents, 0) === at(contents, 1))
  ) {
    return;
  }
  if (!isMap(contents)) {
    const start = at(contents, 0);
    problem(
      {
        ruleId: 'request-shape',
        document: index,
        pointer: '',
        message: shapeMessage(contents),
      },
      [start, start + 1],
    );
    return;
  }

  try {
    out.requests.push(buildRequest(doc, contents, index, out.lines, problem));
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    problem(
      { ruleId: error.ruleId, document: index, message: error.message },
      error.span,
    );
  }
}

function errorSpan(
  code: string,
  pos: [number, number],
  quotes: number[],
): Span {
  if (code === 'MISSING_CHAR') {
    // An unterminated quote is reported where the quote opens.
    const open = quotes.filter((q) => q < pos[0]).pop();
    if (open !== undefined) return [open, open + 1];
  }
  return pos;
}

function shapeMessage(node: Node): string {
  if (isSeq(node)) {
    return 'Expected a mapping of CreateVault parameters, got a list; write several requests as separate YAML documents divided by "---", or as separate files.';
  }
  return `Expected a mapping of CreateVault parameters, got ${describe(isScalar(node) ? node.value : node)}.`;
}

/** What building one request needs: the document, budget, and reporting. */
interface Build {
  doc: Document.Parsed;
  index: number;
  lines: LineIndex;
  request: ParsedRequest;
  aliases: number;
  problem: (p: Omit<ParseProblem, 'range'>, span: Span) => void;
  /** Offsets of nested duplicate keys already reported (aliases repeat). */
  duplicates: Set<number>;
}

/** Builds the request of one mapping: merge keys, duplicates, source map. */
function buildRequest(
  doc: Document.Parsed,
  mapping: YAMLMap,
  index: number,
  lines: LineIndex,
  problem: (p: Omit<ParseProblem, 'range'>, span: Span) => void,
): ParsedRequest {
  const request: ParsedRequest = {
    document: index,
    raw: fieldsRecord(),
    entries: new Map(),
    nested: new Map(),
    mapping: [at(mapping, 0), at(mapping, 1)],
    tainted: new Set(),
  };
  const build: Build = {
    doc,
    index,
    lines,
    request,
    aliases: 0,
    problem,
    duplicates: new Set(),
  };
  const merges: YAMLMap[] = [];

  for (const pair of mapping.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (isMergeKey(key)) {
      if (value) merges.push(...mergeSources(value, build));
      continue;
    }
    const name = keyName(key, build);
    const keySpan: Span = key
      ? [at(key, 0), at(key, 1)]
      : [at(mapping, 0), at(mapping, 0)];
    const first = request.entries.get(name);
    if (first) {
      request.tainted.add(name);
      duplicateKey(build, name, pointerOf(name), first.key, keySpan);
      continue;
    }
    request.entries.set(name, { key: keySpan, value: valueSpan(value) });
    request.raw[name] = keep(name, toValue(value, build, 1, pointerOf(name)));
  }

  // Explicit keys win over merged ones; earlier merge sources over later.
  for (const source of merges) {
    for (const pair of source.items) {
      const key = pair.key as Node | null;
      const name = keyName(key, build);
      if (request.entries.has(name) || !key) continue;
      const value = pair.value as Node | null;
      request.entries.set(name, {
        key: [at(key, 0), at(key, 1)],
        value: valueSpan(value),
      });
      request.raw[name] = keep(name, toValue(value, build, 1, pointerOf(name)));
    }
  }
  return request;
}

function duplicateKey(
  build: Build,
  name: string,
  pointer: string,
  first: Span,
  later: Span,
): void {
  build.problem(
    {
      ruleId: 'duplicate-key',
      document: build.index,
      pointer,
      message: `Unexpected duplicate key ${visible(name)}; first given at ${positionText(build.lines, first[0])}.`,
    },
    later,
  );
}

function isMergeKey(key: Node | null): boolean {
  return isScalar(key) && key.type === 'PLAIN' && key.value === '<<';
}

function mergeSources(node: Node, build: Build): YAMLMap[] {
  const resolved = isAlias(node) ? expand(node, build) : node;
  if (isMap(resolved)) return [resolved];
  if (isSeq(resolved)) {
    return resolved.items.flatMap((item) => {
      const one = isAlias(item) ? expand(item, build) : item;
      return isMap(one) ? [one] : [];
    });
  }
  return [];
}

function keyName(key: Node | null, build: Build): string {
  if (key === null) return '';
  const value = isScalar(key) ? key.value : toValue(key, build, 1);
  return typeof value === 'string'
    ? value
    : (JSON.stringify(value) ?? String(value));
}

function valueSpan(value: Node | null): Span | null {
  if (!value) return null;
  const scalar = value as Scalar;
  if (isScalar(value) && scalar.value === null && at(value, 0) === at(value, 1))
    return null;
  return [at(value, 0), at(value, 1)];
}

/** The node an alias stands for; an alias with no anchor stops the document. */
function expand(alias: Alias, build: Build): Node {
  const span: Span = [at(alias, 0), at(alias, 1)];
  build.aliases += 1;
  if (build.aliases > MAX_ALIAS_EXPANSIONS) {
    throw new DocumentError(
      'resource-limit',
      `Unexpected alias *${visible(alias.source)}: more than ${MAX_ALIAS_EXPANSIONS} alias expansions in one request.`,
      span,
    );
  }
  const node = alias.resolve(build.doc) as Node | undefined;
  if (node === undefined) {
    // `yaml` leaves it unresolved; an anchor of an earlier document does
    // not count, as each document stands alone.
    throw new DocumentError(
      'syntax-error',
      `Unexpected alias *${visible(alias.source)}; no anchor &${visible(alias.source)} comes before it in this document.`,
      span,
    );
  }
  return node;
}

/**
 * Converts a node to plain data: null-prototype objects, bounded work.
 * Given the node's pointer, it records where each key and list item below
 * sits, and reports keys given twice in a nested mapping.
 */
function toValue(
  node: Node | null,
  build: Build,
  depth: number,
  pointer?: string,
): unknown {
  if (node === null) return null;
  if (depth > MAX_DEPTH) {
    throw new DocumentError(
      'resource-limit',
      `Unexpected nesting deeper than ${MAX_DEPTH} levels.`,
      [at(node, 0), at(node, 1)],
    );
  }
  if (isScalar(node)) return node.value;
  if (isAlias(node))
    return toValue(expand(node, build), build, depth + 1, pointer);
  if (isSeq(node)) {
    return node.items.map((item, i) => {
      const child = item as Node | null;
      const inner = pointer === undefined ? undefined : `${pointer}/${i}`;
      if (inner !== undefined && child) {
        // A list item has no key: an empty one is located at its offset.
        const span = valueSpan(child);
        build.request.nested?.set(inner, {
          key: span ?? [at(child, 0), at(child, 0)],
          value: span,
        });
      }
      return toValue(child, build, depth + 1, inner);
    });
  }
  if (isMap(node)) return mapValue(node, build, depth, pointer);
  return null;
}

function mapValue(
  node: YAMLMap,
  build: Build,
  depth: number,
  pointer: string | undefined,
): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  const seen = new Map<string, Span>();
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const name = keyName(key, build);
    const keySpan: Span = key
      ? [at(key, 0), at(key, 1)]
      : [at(node, 0), at(node, 0)];
    const child = pointer === undefined ? undefined : pointer + pointerOf(name);
    const first = seen.get(name);
    if (first) {
      // The first value stands, as at the top level.
      if (child !== undefined && !build.duplicates.has(keySpan[0])) {
        build.duplicates.add(keySpan[0]);
        duplicateKey(build, name, child, first, keySpan);
      }
      continue;
    }
    seen.set(name, keySpan);
    if (child !== undefined)
      build.request.nested?.set(child, {
        key: keySpan,
        value: valueSpan(value),
      });
    object[name] = toValue(value, build, depth + 1, child);
  }
  return object;
}

function positionText(lines: LineIndex, offset: number): string {
  const { line, column } = lines.position(offset);
  return `${line}:${column}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An offset of a composed node's range (composed nodes always have one). */
function at(node: { range?: unknown }, index: 0 | 1 | 2): number {
  return (node.range as [number, number, number] | undefined)?.[index] ?? 0;
}
