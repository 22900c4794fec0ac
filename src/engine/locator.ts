/**
 * Where each part of a request is, kept compact: a run over thousands of
 * files holds one of these per request until the rules that see every
 * request have reported, so it keeps offsets in shared typed arrays
 * instead of the file's text and the parser's maps.
 */
import type { Position, Range } from '../types.js';
import { type LineIndex, positionIn } from './positions.js';
import { ownString, type ParsedRequest, type SourceEntry } from './request.js';
import { PARAMETERS } from './schema.js';

/**
 * The plain data of a Locator, to hand it between threads. `numbers`
 * holds: how many numbers there are, the text's length, the mapping's
 * start and end, the index of the request's first line, four offsets per
 * key (key start and end, then value start and end plus one, zero when
 * there is no value), then the start of every line of the request from
 * its first to its last: a file of many documents gives each only its own.
 */
export interface LocatorData {
  keys: string[];
  numbers: Numbers;
  nested?: Map<string, SourceEntry>;
}

const HEADER = 5;

export class Locator {
  private constructor(
    private readonly keys: string[],
    /** A block shared with other locators; this one's numbers from `at`. */
    private readonly block: Numbers,
    private readonly at: number,
    private readonly nested: Map<string, SourceEntry> | undefined,
  ) {}

  static of(parsed: ParsedRequest, lines: LineIndex): Locator {
    const keys = sharedKeys([...parsed.entries.keys()]);
    const mapping = lines.restOfLine(parsed.mapping[0]);
    const mappingEnd = offsetOf(lines, mapping.end);
    const [first, last] = linesOf(parsed, mappingEnd, lines.lineStarts());
    const starts = lines.lineStarts().slice(first, last + 1);
    const count = HEADER + keys.length * 4 + starts.length;
    const [block, at] = (
      Math.max(count, lines.text.length) < 0xffff ? narrow : wide
    ).reserve(count);
    block[at] = count;
    block[at + 1] = lines.text.length;
    block[at + 2] = parsed.mapping[0];
    block[at + 3] = mappingEnd;
    block[at + 4] = first;
    keys.forEach((key, i) => {
      const entry = parsed.entries.get(key) as SourceEntry;
      const [valueStart, valueEnd] = entry.value ?? [-1, -1];
      block.set(
        [entry.key[0], entry.key[1], valueStart + 1, valueEnd + 1],
        at + HEADER + i * 4,
      );
    });
    block.set(starts, at + HEADER + keys.length * 4);
    const nested = parsed.nested?.size ? parsed.nested : undefined;
    return new Locator(keys, block, at, nested);
  }

  static from(data: LocatorData): Locator {
    return new Locator(data.keys, data.numbers, 0, data.nested);
  }

  toData(): LocatorData {
    const { keys, nested } = this;
    const numbers = this.block.slice(this.at, this.at + this.block[this.at]);
    return { keys, numbers, ...(nested ? { nested } : {}) };
  }

  /** Where a pointer lands: a value, its key when empty, or the mapping. */
  locate(pointer: string, target: 'key' | 'value' | 'mapping'): Range {
    const entry = target === 'mapping' ? undefined : this.entry(pointer);
    if (!entry) {
      return this.range(this.block[this.at + 2], this.block[this.at + 3]);
    }
    const span = target === 'key' || !entry.value ? entry.key : entry.value;
    return this.range(span[0], span[1]);
  }

  /**
   * A pointer below the top level lands on its own key or value when the
   * parser recorded it, else on the top-level key that holds it.
   */
  private entry(pointer: string): SourceEntry | undefined {
    if (!pointer) return undefined;
    const [key, ...below] = pointer
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const nested = below.length > 0 ? this.nested?.get(pointer) : undefined;
    if (nested) return nested;
    const index = indexOfKey(this.keys, key);
    if (index === -1) return undefined;
    const at = this.at + HEADER + index * 4;
    const [k0, k1, v0, v1] = this.block.subarray(at, at + 4);
    return { key: [k0, k1], value: v0 === 0 ? null : [v0 - 1, v1 - 1] };
  }

  private range(start: number, end: number): Range {
    const first = this.at + HEADER + this.keys.length * 4;
    const starts = this.block.subarray(first, this.at + this.block[this.at]);
    const length = this.block[this.at + 1];
    const line = this.block[this.at + 4];
    const at = (offset: number) => {
      const { line: nth, column } = positionIn(
        starts,
        length,
        Math.max(offset, starts[0]),
      );
      return { line: line + nth, column };
    };
    return { start: at(start), end: at(end) };
  }
}

type Numbers = Int32Array | Uint16Array;

/**
 * Locators keep their numbers in blocks they share: a typed array of its
 * own per locator would cost more in bookkeeping than its numbers do.
 * Files under 64 KiB, nearly all, need only 16 bits a number.
 */
class Blocks {
  private static readonly SIZE = 1 << 16;
  private block: Numbers;
  private used = 0;

  constructor(private readonly make: (size: number) => Numbers) {
    this.block = make(Blocks.SIZE);
  }

  /** Room for `count` numbers: a block, and where in it they go. */
  reserve(count: number): [Numbers, number] {
    if (count > Blocks.SIZE / 4) return [this.make(count), 0];
    if (this.used + count > Blocks.SIZE) {
      this.block = this.make(Blocks.SIZE);
      this.used = 0;
    }
    this.used += count;
    return [this.block, this.used - count];
  }
}

const narrow = new Blocks((size) => new Uint16Array(size));
const wide = new Blocks((size) => new Int32Array(size));

/**
 * One array for each list of keys that files repeat (most requests give
 * the same parameters in the same order), up to a bound. Its names are the
 * schema's own strings: a name cut from a file's text would keep the whole
 * text alive for as long as the locator lives.
 */
function sharedKeys(keys: string[]): string[] {
  const signature = JSON.stringify(keys);
  const known = keyLists.get(signature);
  if (known) return known;
  const own = keys.map((key) => NAMES.get(key) ?? ownString(key));
  if (keyLists.size < KEY_LISTS_LIMIT) keyLists.set(signature, own);
  return own;
}

const NAMES = new Map(PARAMETERS.map((name) => [name, name]));
const keyLists = new Map<string, string[]>();
const KEY_LISTS_LIMIT = 1024;

/**
 * The index in a list of keys of one of them. A request of thousands of
 * unknown keys has a finding on each: past a few keys, the list is looked
 * up in a map made once for it.
 */
function indexOfKey(keys: string[], key: string): number {
  if (keys.length <= 32) return keys.indexOf(key);
  let indices = keyIndices.get(keys);
  if (!indices) {
    indices = new Map();
    for (let i = keys.length - 1; i >= 0; i--) indices.set(keys[i], i);
    keyIndices.set(keys, indices);
  }
  return indices.get(key) ?? -1;
}

const keyIndices = new WeakMap<string[], Map<string, number>>();

/** The first and last line (from 0) that a request's offsets fall on. */
function linesOf(
  parsed: ParsedRequest,
  mappingEnd: number,
  starts: readonly number[],
): [first: number, last: number] {
  let low = parsed.mapping[0];
  let high = mappingEnd;
  const span = (entry: SourceEntry) => {
    low = Math.min(low, entry.key[0]);
    high = Math.max(high, entry.key[1], entry.value?.[1] ?? 0);
  };
  for (const entry of parsed.entries.values()) span(entry);
  for (const entry of parsed.nested?.values() ?? []) span(entry);
  const lineOf = (offset: number) =>
    positionIn(starts, Number.POSITIVE_INFINITY, offset).line - 1;
  return [lineOf(low), lineOf(high)];
}

function offsetOf(lines: LineIndex, position: Position): number {
  return lines.lineStarts()[position.line - 1] + position.column - 1;
}
