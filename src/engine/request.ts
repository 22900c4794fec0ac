/**
 * What parsing yields, whichever parser produced it: the `yaml` library
 * (parse.ts) or the fast path for simple files (fast-parse.ts).
 */
import { visible } from '../../rules/lib/text.js';
import type { Range } from '../types.js';
import type { LineIndex } from './positions.js';

export type Span = [start: number, end: number];

export interface SourceEntry {
  key: Span;
  /** Null when the key has no value in the source (`Description:`). */
  value: Span | null;
}

export interface ParsedRequest {
  /** 1-based index of the document in its file. */
  document: number;
  /** Every key with its value, in a record that inherits nothing. */
  raw: Record<string, unknown>;
  /** Top-level keys by name. */
  entries: Map<string, SourceEntry>;
  /**
   * Keys and list items below the top level, by JSON pointer
   * (`/Extra/nested/0`). The fast path, which takes flat files only, has
   * none.
   */
  nested?: Map<string, SourceEntry>;
  mapping: Span;
  /** Keys given more than once: no finding may build on their values. */
  tainted: Set<string>;
}

export interface ParseProblem {
  ruleId:
    | 'syntax-error'
    | 'resource-limit'
    | 'duplicate-key'
    | 'no-request'
    | 'request-shape';
  message: string;
  range: Range;
  document?: number;
  pointer?: string;
}

export interface Comment {
  offset: number;
  text: string;
}

export interface ParsedFile {
  lines: LineIndex;
  requests: ParsedRequest[];
  problems: ParseProblem[];
  comments: Comment[];
}

/**
 * A record of a request's keys in which nothing is inherited: `__proto__`
 * or `toString` in a file is a key like any other. Built with a
 * constructor whose prototype has no prototype, rather than with
 * `Object.create(null)`, because V8 keeps such objects in its compact form
 * instead of a hash table: a quarter of the memory, and a run over 100,000
 * files holds one or two per request.
 */
export const fieldsRecord: () => Record<string, unknown> = (() => {
  function Fields(): void {}
  Fields.prototype = Object.create(null);
  return () => new (Fields as unknown as new () => Record<string, unknown>)();
})();

/**
 * A top-level value to keep for the rest of the run, held on its own. V8
 * keeps a cut of 13 characters or more as a view into the whole text it
 * was cut from, so one long value would keep its file's text alive for as
 * long as the request lives, and a run over 100,000 files holds them all.
 * The values of parameters that repeat from file to file (region, type,
 * class, encryption, key) are shared, up to a bound.
 */
export function keep<T>(key: string, value: T): T {
  if (typeof value !== 'string') return value;
  const repeats = REPEATING.has(key);
  const known = repeats ? kept.get(value) : undefined;
  if (known !== undefined) return known as T;
  const own = ownString(value);
  if (repeats && kept.size < KEPT_LIMIT) kept.set(own, own);
  return own as T;
}

/**
 * The text as a string of its own rather than a view into a longer one.
 * V8 copies cuts shorter than 13 characters anyway; a longer one comes
 * back from a JSON round trip as one flat string, the smallest form.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}

const REPEATING = new Set([
  'VaultRegionId',
  'VaultType',
  'VaultStorageClass',
  'EncryptType',
  'KmsKeyId',
]);
const kept = new Map<string, string>();
const KEPT_LIMIT = 4096;

export function pointerOf(key: string): string {
  return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * A value quoted for a message: hidden characters spelled out (`<U+200B>`),
 * and cut after a few hundred characters with "…".
 */
export function quote(text: string): string {
  return `"${visible(text)}"`;
}

/** Describes a value's type for messages: "the number 123". */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data (its tag !!binary)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return `the ${typeof value === 'bigint' ? 'number' : typeof value} ${String(value)}`;
}
