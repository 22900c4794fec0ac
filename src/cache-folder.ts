/**
 * The folder vaultlint caches in: `vaultlint-<uid>` under the temporary
 * directory, the user's own. What is cached there (compiled code, parsed
 * configs) is run or trusted as this user, so a folder that someone else
 * owns or may write to is never used. Shared by the CLI's bin and the
 * engine; it must stay small, as the bin loads it before anything else.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** The cache folder, made if need be; undefined when it is off or unsafe. */
export function cacheFolder(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.VAULTLINT_CACHE === '0') return undefined;
  try {
    const { uid } = userInfo();
    const folder = join(tmpdir(), `vaultlint-${uid}`);
    try {
      // Not recursive: a temporary directory that does not exist is not
      // this program's to make.
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const stat = lstatSync(folder);
    const own = stat.isDirectory() && (uid < 0 || stat.uid === uid);
    return own && (stat.mode & 0o022) === 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 32-bit FNV-1a hash of bytes or of a text's UTF-16 units, in hex.
 * Loading node:crypto would cost more than a cache saves.
 */
export function fnv1a(data: string | Uint8Array): string {
  let hash = 0x811c9dc5;
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i++) {
      hash = Math.imul(hash ^ data.charCodeAt(i), 0x01000193);
    }
  } else {
    for (let i = 0; i < data.length; i++) {
      hash = Math.imul(hash ^ data[i], 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
