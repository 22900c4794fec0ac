/**
 * Checks the engine itself makes while reading, parsing and validating
 * against the schema. They are always on and always errors, except the
 * suppression checks, and are documented like rules.
 */
import type { Severity } from '../types.js';
export interface CoreCheck {
    id: string;
    severity: Severity;
    description: string;
}
export declare const CORE_CHECKS: readonly CoreCheck[];
export declare const CORE_CHECK_IDS: Set<string>;
