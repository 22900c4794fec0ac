/**
 * A fast path for the shape nearly every request file has: one flat block
 * mapping of plain or simply quoted scalars, with comments. It returns
 * exactly what parse.ts would, or undefined for anything else, which then
 * goes to the `yaml` library, the authority. A differential property test
 * (test/fast-parse.test.ts) holds the two to identical results.
 */
import { type ParsedFile } from './request.js';
/** Parses a simple YAML request file, or returns undefined. */
export declare function fastParse(text: string): ParsedFile | undefined;
/** YAML 1.2 core schema resolution of a plain scalar, as `yaml` does it. */
export declare function resolvePlain(s: string): unknown;
