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
/**
 * A record of a request's keys in which nothing is inherited: `__proto__`
 * or `toString` in a file is a key like any other. Built with a
 * constructor whose prototype has no prototype, rather than with
 * `Object.create(null)`, because V8 keeps such objects in its compact form
 * instead of a hash table: a quarter of the memory, and a run over 100,000
 * files holds one or two per request.
 */
export declare const fieldsRecord: () => Record<string, unknown>;
/**
 * A top-level value to keep for the rest of the run, held on its own. V8
 * keeps a cut of 13 characters or more as a view into the whole text it
 * was cut from, so one long value would keep its file's text alive for as
 * long as the request lives, and a run over 100,000 files holds them all.
 * The values of parameters that repeat from file to file (region, type,
 * class, encryption, key) are shared, up to a bound.
 */
export declare function keep<T>(key: string, value: T): T;
/**
 * The text as a string of its own rather than a view into a longer one.
 * V8 copies cuts shorter than 13 characters anyway; a longer one comes
 * back from a JSON round trip as one flat string, the smallest form.
 */
export declare function ownString(text: string): string;
export declare function pointerOf(key: string): string;
/**
 * A value quoted for a message: hidden characters spelled out (`<U+200B>`),
 * and cut after a few hundred characters with "…".
 */
export declare function quote(text: string): string;
/** Describes a value's type for messages: "the number 123". */
export declare function describe(value: unknown): string;
