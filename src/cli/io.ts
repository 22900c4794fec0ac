import { DEFAULT_MAX_FILE_SIZE, readStream } from '../engine/read.js';

/** What a front end needs from the process, so tests can supply their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /**
   * Standard input, as bytes so the engine checks their encoding; reading
   * may stop once more than `maxSize` bytes have come in.
   */
  readStdin(maxSize?: number): Promise<string | Uint8Array>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // One byte past the limit tells the engine the input is too large.
    readStdin: (maxSize = DEFAULT_MAX_FILE_SIZE) =>
      readStream(process.stdin, maxSize + 1),
  };
}

/** Exit codes of every front end. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
