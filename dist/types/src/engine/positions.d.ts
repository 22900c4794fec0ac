import type { Position, Range } from '../types.js';
/** Maps string offsets to 1-based lines and UTF-16 columns. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    position(offset: number): Position;
    /** Offsets where each line starts. */
    lineStarts(): readonly number[];
    range(start: number, end: number): Range;
    /** The range from `offset` to the end of its line, CR excluded. */
    restOfLine(offset: number): Range;
}
/**
 * The position of an offset in a text of `length` whose lines start at
 * `starts`; offsets outside the text are clamped to it.
 */
export declare function positionIn(starts: ArrayLike<number>, length: number, offset: number): Position;
/** The range of the first character of a file. */
export declare const FILE_START: Range;
