/**
 * Reading a request file: size limit, binary check, strict UTF-8 and BOM.
 * Every problem becomes a finding at its position, never an exception.
 */
import { type Stats } from 'node:fs';
import type { Range } from '../types.js';
export declare const DEFAULT_MAX_FILE_SIZE: number;
export interface ReadProblem {
    ruleId: 'file-too-large' | 'binary-file' | 'invalid-encoding' | 'unreadable-file';
    message: string;
    range: Range;
}
export type ReadResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    problem: ReadProblem;
};
/**
 * Reads a file without ever holding more than the limit in memory.
 * Synchronous on purpose: request files are small, and thousands of them
 * read faster without a round trip through the thread pool for each.
 * `identify` is shown the file's stats (to tell it from the run's outputs).
 */
export declare function readRequestFile(path: string, maxSize?: number, identify?: (stats: Stats) => void): ReadResult;
/**
 * Reads standard input (or any stream) to its end, or until `limit` bytes
 * are read: input past the limit is never held in memory.
 */
export declare function readStream(stream: AsyncIterable<Buffer | string>, limit: number): Promise<Buffer>;
/**
 * Turns bytes into text, or says at which byte they stop being UTF-8.
 * Lone carriage returns (classic Mac line ends) become line feeds, as YAML
 * 1.2 reads them; one character for one keeps every offset.
 */
export declare function decode(bytes: Uint8Array): ReadResult;
/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export declare function firstInvalidByte(bytes: Uint8Array): number;
/** Too large, when the exact size is unknown: only the limit was read. */
export declare function tooLarge(what: 'file' | 'input', limit: number): ReadResult;
