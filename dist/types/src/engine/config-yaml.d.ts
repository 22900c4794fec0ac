import { type ConfigFile } from './config-file.js';
/** Parses config text; a syntax error throws with its position. */
export declare function parseConfigYaml(text: string): ConfigFile;
