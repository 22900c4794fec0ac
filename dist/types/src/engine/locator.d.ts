/**
 * Where each part of a request is, kept compact: a run over thousands of
 * files holds one of these per request until the rules that see every
 * request have reported, so it keeps offsets in shared typed arrays
 * instead of the file's text and the parser's maps.
 */
import type { Range } from '../types.js';
import { type LineIndex } from './positions.js';
import { type ParsedRequest, type SourceEntry } from './request.js';
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
export declare class Locator {
    private readonly keys;
    /** A block shared with other locators; this one's numbers from `at`. */
    private readonly block;
    private readonly at;
    private readonly nested;
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
type Numbers = Int32Array | Uint16Array;
export {};
