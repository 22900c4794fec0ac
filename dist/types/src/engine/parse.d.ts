/**
 * From text to requests: YAML 1.2 (core schema, merge keys) or strict JSON,
 * parsed with `yaml` for positions. Resource limits (nesting depth, alias
 * expansion) are enforced here, before any structure is built from them.
 */
import type { ParsedFile } from './request.js';
export declare const MAX_DEPTH = 64;
export declare const MAX_ALIAS_EXPANSIONS = 100;
export type { Comment, ParsedFile, ParsedRequest, ParseProblem, SourceEntry, Span, } from './request.js';
export { describe, pointerOf } from './request.js';
/** Parses the text of a request file. Never throws on any input. */
export declare function parseRequests(text: string, format: 'yaml' | 'json'): ParsedFile;
