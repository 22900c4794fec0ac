import type { Worker } from 'node:worker_threads';
import type { LintOptions } from './lint.js';
export interface WorkerTask {
    cwd: string;
    files: string[];
    options: Omit<LintOptions, 'stdin'>;
}
/** A worker's answer: its state, or the error that stopped it. */
export type WorkerReply = {
    state: unknown;
    error?: undefined;
} | {
    error: {
        kind: 'usage' | 'config' | 'internal';
        message: string;
    };
};
/** How many files to hand to a worker: none for small runs. */
export declare function workerShare(files: number): number;
/** Starts a worker on a share of the files; resolves to its state. */
export declare function startWorker(task: WorkerTask): Promise<{
    result: Promise<unknown>;
    worker: Worker;
}>;
