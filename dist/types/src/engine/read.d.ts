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
 */
export declare function readRequestFile(path: string, maxSize?: number): ReadResult;
/** Turns bytes into text, or says at which byte they stop being UTF-8. */
export declare function decode(bytes: Uint8Array): ReadResult;
/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export declare function firstInvalidByte(bytes: Uint8Array): number;
