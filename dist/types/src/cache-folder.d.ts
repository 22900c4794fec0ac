/** The cache folder, made if need be; undefined when it is off or unsafe. */
export declare function cacheFolder(env?: NodeJS.ProcessEnv): string | undefined;
/**
 * A 32-bit FNV-1a hash of bytes or of a text's UTF-16 units, in hex.
 * Loading node:crypto would cost more than a cache saves.
 */
export declare function fnv1a(data: string | Uint8Array): string;
