// The CLI's process: bundled as dist/cli-bundle.cjs, which the bin
// (launch.ts, built as dist/cli.cjs) starts.
import { run } from './main.js';

// A reader that stops early (`vaultlint rules | head -1`) closes the pipe:
// the rest of the output has nowhere to go, which is no failure of the run.
// Writes after that are dropped, and the run still ends with its own code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
