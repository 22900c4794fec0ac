/**
 * Progress while waiting: one cli-progress bar per vault in a terminal,
 * one plain line per change of state elsewhere (CI logs). Both on stderr.
 */
import type { WaitProgress } from './wait.js';

/** Plain lines, written only when a vault's stage or percentage changes. */
export function lineProgress(write: (line: string) => void): WaitProgress {
  const labels = new Map<string, string>();
  const last = new Map<string, string>();
  return {
    start(id, label) {
      labels.set(id, label);
      write(`Waiting for ${label}.\n`);
    },
    update(id, percent, stage) {
      const text = stage === 'task' ? `initialization ${percent}%` : stage;
      if (last.get(id) === text) return;
      last.set(id, text);
      write(`${labels.get(id)}: ${text}.\n`);
    },
    finish(id, outcome) {
      if (last.get(id) !== outcome) write(`${labels.get(id)}: ${outcome}.\n`);
    },
    stop() {},
  };
}

/** A bar per vault, redrawn in place; needs a TTY stream. */
export async function barProgress(
  stream: NodeJS.WritableStream,
): Promise<WaitProgress> {
  const { default: progress } = await import('cli-progress');
  const bars = new progress.MultiBar(
    {
      stream,
      format: ' {bar} {percentage}% | {label} | {stage}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      barsize: 24,
    },
    progress.Presets.shades_classic,
  );
  const byId = new Map<string, ReturnType<typeof bars.create>>();
  return {
    start(id, label) {
      byId.set(id, bars.create(100, 0, { label, stage: 'starting' }));
    },
    update(id, percent, stage) {
      byId.get(id)?.update(percent, { stage });
    },
    finish(id, outcome) {
      const bar = byId.get(id);
      if (!bar) return;
      bar.update(outcome === 'CREATED' ? 100 : bar.getProgress() * 100, {
        stage: outcome,
      });
      bar.stop();
    },
    stop() {
      bars.stop();
    },
  };
}
