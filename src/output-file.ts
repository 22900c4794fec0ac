/**
 * Files the front ends write: submit results and inventories. Each is
 * prepared before the work that fills it, so a path that cannot be
 * written is a usage error before anything happens (no vault is created
 * to have its record lost). The text goes to a file beside the target
 * and replaces it whole when the work is done.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './engine/discover.js';

export class OutputFile {
  private constructor(
    /** Where the text goes: the target, through any links. */
    private readonly path: string,
    /** The file beside it that replaces it whole; none for a device or pipe. */
    private readonly temporary: string | undefined,
    readonly shown: string,
    /** A device or pipe, opened at once: it may refuse (a socket does). */
    private readonly fd?: number,
  ) {}

  /**
   * Prepares `path`, making its folders; `shown` names it in messages.
   * With `stale: 'remove'`, a file there from an earlier run goes at once,
   * so that a run that ends early leaves none to be read as its own.
   */
  static open(
    path: string,
    shown: string,
    { stale = 'keep' }: { stale?: 'keep' | 'remove' } = {},
  ): OutputFile {
    try {
      const target = realPath(path);
      const stat = existsSync(target) ? statSync(target) : undefined;
      if (stat?.isDirectory()) {
        throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      }
      if (
        lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() &&
        !stat
      ) {
        throw Object.assign(new Error('dangling link'), { code: 'ENOENT' });
      }
      // A device or a pipe (/dev/stdout, a FIFO) is written as it is.
      if (stat && !stat.isFile()) {
        return new OutputFile(target, undefined, shown, openSync(target, 'w'));
      }
      makeFolders(dirname(target));
      const temporary = `${target}.${process.pid}.tmp`;
      closeSync(openSync(temporary, 'w'));
      if (stale === 'remove') rmSync(target, { force: true });
      return new OutputFile(target, temporary, shown);
    } catch (error) {
      throw cannotWrite(shown, error);
    }
  }

  /** Writes the text and puts it in place of the target. */
  commit(text: string): void {
    try {
      if (this.temporary === undefined) {
        writeFileSync(this.fd as number, text);
        return;
      }
      writeFileSync(this.temporary, text);
      renameSync(this.temporary, this.path);
    } catch (error) {
      this.discard();
      throw cannotWrite(this.shown, error);
    }
  }

  /** Leaves the target as it was; safe to call after commit. */
  discard(): void {
    if (this.temporary !== undefined) rmSync(this.temporary, { force: true });
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Closed already.
      }
    }
  }
}

/**
 * Refuses an output bound for a file the run read: writing there would put
 * a report in place of a request or a config. The request files are told
 * apart by device and inode as the engine read them (`outputsRead`, from
 * lint's `outputs`), so links and hard links cannot hide one; the other
 * files it read (configs, plugins, inventories: `sources`) by their path
 * through any links.
 */
export function refuseInput(
  target: string,
  shown: string,
  sources: string[] = [],
  outputsRead: string[] = [],
): void {
  if (!existsSync(target)) return;
  const real = realPath(target);
  if (
    outputsRead.includes(target) ||
    sources.some((source) => realPath(source) === real)
  ) {
    throw new UsageError(
      `Cannot write to "${shown}": the run reads it as an input; name another file.`,
    );
  }
}

/**
 * The path through its links; the path itself where it has none to follow,
 * or where they lead nowhere a path can name (/dev/stdout on a pipe).
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function cannotWrite(shown: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return error as Error;
  return new UsageError(
    code === 'EISDIR'
      ? `Cannot write to "${shown}": it is a folder; name a file.`
      : `Cannot write to "${shown}" (${code}).`,
  );
}

/**
 * Makes a folder and the missing ones above it, one at a time: where a
 * folder cannot be made (below /proc, say), this fails at once with the
 * reason, where a recursive mkdir has been seen to spin.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
}
