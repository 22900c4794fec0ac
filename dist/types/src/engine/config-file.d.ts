/** Line and column of a key path's value, and of its key when it has one. */
export type Positions = Record<string, {
    value: Where;
    key?: Where;
}>;
export type Where = [line: number, column: number];
export interface ConfigFile {
    data: unknown;
    positions: Positions;
}
export declare class ConfigSyntaxError extends Error {
    readonly line: number;
    readonly column: number;
    constructor(message: string, line: number, column: number);
}
/** Parses config text, from the cache when the same text was seen. */
export declare function readConfigText(text: string, version: string): Promise<ConfigFile>;
/** Parses config text with `yaml`; a syntax error throws with position. */
export declare function parseConfigText(text: string): Promise<ConfigFile>;
export declare function keyOf(path: readonly string[]): string;
