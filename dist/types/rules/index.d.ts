/** The built-in rules, in the order `vaultlint rules` lists them. */
import type { AnyRule } from '../src/rule.js';
export declare const BUILTIN_RULES: readonly AnyRule[];
