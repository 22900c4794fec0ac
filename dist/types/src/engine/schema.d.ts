import type { Fix } from '../types.js';
import { type ParsedRequest } from './request.js';
export declare const PARAMETERS: string[];
export interface SchemaFinding {
    ruleId: 'unknown-parameter' | 'missing-parameter' | 'invalid-type' | 'invalid-value' | 'invalid-length';
    message: string;
    pointer: string;
    /** Where the finding points: the key, the value, or the mapping. */
    target: 'key' | 'value' | 'mapping';
    suggestions?: string[];
    fix?: Fix;
}
/** Validates one request and explains every error. */
export declare function checkSchema(request: ParsedRequest, text: string): SchemaFinding[];
