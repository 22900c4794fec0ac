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
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './engine/discover.js';

export class OutputFile {
  private constructor(
    private readonly path: string,
    private readonly temporary: string,
    private readonly fd: number,
    readonly shown: string,
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
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      if (existsSync(path) && statSync(path).isDirectory()) {
        throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      }
      makeFolders(dirname(path));
      const fd = openSync(temporary, 'w');
      if (stale === 'remove') rmSync(path, { force: true });
      return new OutputFile(path, temporary, fd, shown);
    } catch (error) {
      throw cannotWrite(shown, error);
    }
  }

  /** Writes the text and puts it in place of the target. */
  commit(text: string): void {
    try {
      writeSync(this.fd, text);
      closeSync(this.fd);
      renameSync(this.temporary, this.path);
    } catch (error) {
      this.discard();
      throw cannotWrite(this.shown, error);
    }
  }

  /** Leaves the target as it was; safe to call after commit. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Closed by commit already.
    }
    rmSync(this.temporary, { force: true });
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
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
}
