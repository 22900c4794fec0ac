/**
 * From text to requests: YAML 1.2 (core schema, merge keys) or strict JSON,
 * parsed with `yaml` for positions. Resource limits (nesting depth, alias
 * expansion) are enforced here, before any structure is built from them.
 */
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
import { FILE_START, LineIndex } from './positions.js';
import type {
  Comment,
  ParsedFile,
  ParsedRequest,
  ParseProblem,
  Span,
} from './request.js';
import { describe, pointerOf } from './request.js';

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

class LimitError extends Error {
  constructor(
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

  if (format === 'json') {
    const jsonError = strictJsonError(text, scan.comments);
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

/** JSON request files are strict JSON: no comments, no YAML extensions. */
function strictJsonError(
  text: string,
  comments: Comment[],
): { message: string; span: Span } | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : Math.max(0, text.length - 1);
    const reason = message
      .replace(/ in JSON at position.*$/, '')
      .replace(/\.$/, '');
    return {
      message: `Unexpected JSON: ${reason}.`,
      span: [offset, offset + 1],
    };
  }
  const comment = comments[0];
  if (comment) {
    return {
      message: 'Unexpected comment; JSON has no comments.',
      span: [comment.offset, comment.offset + comment.text.length],
    };
  }
  return undefined;
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
    if (!(error instanceof LimitError)) throw error;
    problem(
      { ruleId: 'resource-limit', document: index, message: error.message },
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

/** Builds the request of one mapping: merge keys, duplicates, source map. */
function buildRequest(
  doc: Document.Parsed,
  mapping: YAMLMap,
  index: number,
  lines: LineIndex,
  problem: (p: Omit<ParseProblem, 'range'>, span: Span) => void,
): ParsedRequest {
  const budget = { aliases: 0 };
  const request: ParsedRequest = {
    document: index,
    raw: Object.create(null),
    entries: new Map(),
    mapping: [at(mapping, 0), at(mapping, 1)],
    tainted: new Set(),
  };
  const merges: Node[] = [];

  for (const pair of mapping.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (isMergeKey(key)) {
      if (value) merges.push(value);
      continue;
    }
    const name = keyName(key, doc, budget);
    const keySpan: Span = key
      ? [at(key, 0), at(key, 1)]
      : [at(mapping, 0), at(mapping, 0)];
    const first = request.entries.get(name);
    if (first) {
      request.tainted.add(name);
      problem(
        {
          ruleId: 'duplicate-key',
          document: index,
          pointer: pointerOf(name),
          message: `Unexpected duplicate key ${name}; first given at ${positionText(lines, first.key[0])}.`,
        },
        keySpan,
      );
      continue;
    }
    request.entries.set(name, { key: keySpan, value: valueSpan(value) });
    request.raw[name] = toValue(value, doc, budget, 1);
  }

  // Explicit keys win over merged ones; earlier merge sources over later.
  for (const source of merges.flatMap((m) => mergeSources(m, doc, budget))) {
    for (const pair of source.items) {
      const key = pair.key as Node | null;
      const name = keyName(key, doc, budget);
      if (request.entries.has(name) || !key) continue;
      const value = pair.value as Node | null;
      request.entries.set(name, {
        key: [at(key, 0), at(key, 1)],
        value: valueSpan(value),
      });
      request.raw[name] = toValue(value, doc, budget, 1);
    }
  }
  return request;
}

function isMergeKey(key: Node | null): boolean {
  return isScalar(key) && key.type === 'PLAIN' && key.value === '<<';
}

function mergeSources(
  node: Node,
  doc: Document.Parsed,
  budget: { aliases: number },
): YAMLMap[] {
  const resolved = isAlias(node) ? expand(node, doc, budget) : node;
  if (isMap(resolved)) return [resolved];
  if (isSeq(resolved)) {
    return resolved.items.flatMap((item) => {
      const one = isAlias(item) ? expand(item, doc, budget) : item;
      return isMap(one) ? [one] : [];
    });
  }
  return [];
}

function keyName(
  key: Node | null,
  doc: Document.Parsed,
  budget: { aliases: number },
): string {
  if (key === null) return '';
  const value = isScalar(key) ? key.value : toValue(key, doc, budget, 1);
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

function expand(
  alias: Alias,
  doc: Document.Parsed,
  budget: { aliases: number },
): Node | undefined {
  budget.aliases += 1;
  if (budget.aliases > MAX_ALIAS_EXPANSIONS) {
    throw new LimitError(
      `Unexpected alias *${alias.source}: more than ${MAX_ALIAS_EXPANSIONS} alias expansions in one request.`,
      [at(alias, 0), at(alias, 1)],
    );
  }
  return alias.resolve(doc) as Node | undefined;
}

/** Converts a node to plain data: null-prototype objects, bounded work. */
function toValue(
  node: Node | null,
  doc: Document.Parsed,
  budget: { aliases: number },
  depth: number,
): unknown {
  if (node === null) return null;
  if (depth > MAX_DEPTH) {
    throw new LimitError(
      `Unexpected nesting deeper than ${MAX_DEPTH} levels.`,
      [at(node, 0), at(node, 1)],
    );
  }
  if (isScalar(node)) return node.value;
  if (isAlias(node))
    return toValue(expand(node, doc, budget) ?? null, doc, budget, depth + 1);
  if (isSeq(node))
    return node.items.map((item) =>
      toValue(item as Node, doc, budget, depth + 1),
    );
  if (isMap(node)) {
    const object: Record<string, unknown> = Object.create(null);
    for (const pair of node.items) {
      object[keyName(pair.key as Node, doc, budget)] = toValue(
        pair.value as Node,
        doc,
        budget,
        depth + 1,
      );
    }
    return object;
  }
  return null;
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
