/** The worker thread of a parallel run: lints its share, returns state. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from './config.js';
import { UsageError } from './discover.js';
import { lintShare } from './lint.js';
import type { WorkerReply, WorkerTask } from './parallel.js';

const task = workerData as WorkerTask;
let reply: WorkerReply;
try {
  reply = { state: await lintShare(task) };
} catch (error) {
  // Tool errors keep their kind, so the run ends as it would on one thread.
  const kind =
    error instanceof UsageError
      ? 'usage'
      : error instanceof ConfigError
        ? 'config'
        : 'internal';
  reply = { error: { kind, message: (error as Error).message } };
}
parentPort?.postMessage(reply);
