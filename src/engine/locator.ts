/**
 * Where each part of a request is, kept compact: a run over thousands of
 * files holds one of these per request until the rules that see every
 * request have reported, so it keeps offsets in typed arrays instead of
 * the file's text and the parser's maps.
 */
import type { Position, Range } from '../types.js';
import { type LineIndex, positionIn } from './positions.js';
import type { ParsedRequest, SourceEntry } from './request.js';

/** The plain data of a Locator, to hand it between threads. */
export interface LocatorData {
  keys: string[];
  spans: Int32Array;
  starts: Int32Array;
  length: number;
  mapping: [number, number];
  nested?: Map<string, SourceEntry>;
}

export class Locator {
  private constructor(private readonly data: LocatorData) {}

  static of(parsed: ParsedRequest, lines: LineIndex): Locator {
    const keys = [...parsed.entries.keys()];
    // Per key: key start, key end, value start, value end (-1: no value).
    const spans = new Int32Array(keys.length * 4);
    keys.forEach((key, i) => {
      const entry = parsed.entries.get(key) as SourceEntry;
      spans.set([...entry.key, ...(entry.value ?? [-1, -1])], i * 4);
    });
    const mapping = lines.restOfLine(parsed.mapping[0]);
    return new Locator({
      keys,
      spans,
      starts: Int32Array.from(lines.lineStarts()),
      length: lines.text.length,
      mapping: [parsed.mapping[0], offsetOf(lines, mapping.end)],
      ...(parsed.nested?.size ? { nested: parsed.nested } : {}),
    });
  }

  static from(data: LocatorData): Locator {
    return new Locator(data);
  }

  toData(): LocatorData {
    return this.data;
  }

  /** Where a pointer lands: a value, its key when empty, or the mapping. */
  locate(pointer: string, target: 'key' | 'value' | 'mapping'): Range {
    const entry = target === 'mapping' ? undefined : this.entry(pointer);
    if (!entry) return this.range(...this.data.mapping);
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
    const nested =
      below.length > 0 ? this.data.nested?.get(pointer) : undefined;
    if (nested) return nested;
    const index = this.data.keys.indexOf(key);
    if (index === -1) return undefined;
    const [k0, k1, v0, v1] = this.data.spans.subarray(index * 4, index * 4 + 4);
    return { key: [k0, k1], value: v0 === -1 ? null : [v0, v1] };
  }

  private range(start: number, end: number): Range {
    const { starts, length } = this.data;
    return {
      start: positionIn(starts, length, start),
      end: positionIn(starts, length, end),
    };
  }
}

function offsetOf(lines: LineIndex, position: Position): number {
  return lines.lineStarts()[position.line - 1] + position.column - 1;
}
