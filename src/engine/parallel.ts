/**
 * Large runs use both cores: a worker thread lints a share of the files
 * while the main thread lints the rest, then hands its state over. The
 * rules that see every request, suppressions and reporting stay on the
 * main thread, so the results are the same as those of a single thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ConfigError } from './config.js';
import { UsageError } from './discover.js';
import type { LintOptions } from './lint.js';

/**
 * Off unless VAULTLINT_PARALLEL_THRESHOLD sets a number of files: on the
 * two-core machines measured (docs/performance.md), two threads reading
 * small files at once were slower than one, the file system's calls being
 * the larger cost.
 */
const DEFAULT_THRESHOLD = Number.POSITIVE_INFINITY;

export interface WorkerTask {
  cwd: string;
  files: string[];
  options: Omit<LintOptions, 'stdin'>;
}

/** A worker's answer: its state, or the error that stopped it. */
export type WorkerReply =
  | { state: unknown; error?: undefined }
  | { error: { kind: 'usage' | 'config' | 'internal'; message: string } };

/**
 * The bundled worker script, when this run has one: the tests run the
 * sources, which lint on one thread.
 */
function workerScript(): string | undefined {
  for (const candidate of ['../worker.js', './worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** How many files to hand to a worker: none for small runs. */
export function workerShare(files: number): number {
  const threshold = Number(
    process.env.VAULTLINT_PARALLEL_THRESHOLD ?? DEFAULT_THRESHOLD,
  );
  if (files < threshold || availableParallelism() < 2) return 0;
  if (!workerScript()) return 0;
  // The main thread also reports and runs the rules across requests.
  return Math.floor(files * 0.5);
}

/** Starts a worker on a share of the files; resolves to its state. */
export async function startWorker(task: WorkerTask): Promise<{
  result: Promise<unknown>;
  worker: Worker;
}> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(workerScript() as string, { workerData: task });
  const result = new Promise<unknown>((resolve, reject) => {
    worker.once('message', (reply: WorkerReply) => {
      if (!reply.error) return resolve(reply.state);
      const { kind, message } = reply.error;
      reject(
        kind === 'usage'
          ? new UsageError(message)
          : kind === 'config'
            ? new ConfigError(message)
            : new Error(message),
      );
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`The lint worker stopped with ${code}.`));
    });
  });
  return { result, worker };
}
