/** The library: the engine, the rule API and the types. */
export { type LintOptions, lint } from './engine/lint.js';
export type * from './rule.js';
export { defineRule } from './rule.js';
export type * from './types.js';
