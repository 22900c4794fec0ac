/**
 * Where each part of a request is, kept compact: a run over thousands of
 * files holds one of these per request until the rules that see every
 * request have reported, so it keeps offsets in typed arrays instead of
 * the file's text and the parser's maps.
 */
import type { Range } from '../types.js';
import { type LineIndex } from './positions.js';
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
export declare class Locator {
    private readonly data;
    private constructor();
    static of(parsed: ParsedRequest, lines: LineIndex): Locator;
    static from(data: LocatorData): Locator;
    toData(): LocatorData;
    /** Where a pointer lands: a value, its key when empty, or the mapping. */
    locate(pointer: string, target: 'key' | 'value' | 'mapping'): Range;
    /**
     * A pointer below the top level lands on its own key or value when the
     * parser recorded it, else on the top-level key that holds it.
     */
    private entry;
    private range;
}
