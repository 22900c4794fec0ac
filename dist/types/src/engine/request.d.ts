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
    /** Every key with its value, in a null-prototype object. */
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
    ruleId: 'syntax-error' | 'resource-limit' | 'duplicate-key' | 'no-request' | 'request-shape';
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
export declare function pointerOf(key: string): string;
/**
 * A value quoted for a message: hidden characters spelled out (`<U+200B>`),
 * and cut after a few hundred characters with "…".
 */
export declare function quote(text: string): string;
/** Describes a value's type for messages: "the number 123". */
export declare function describe(value: unknown): string;
