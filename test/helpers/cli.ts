import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function runCli(
  argv: string[],
  options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => options.stdin ?? '',
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Findings of a JSON report, flattened, with their file. */
export function findingsOf(stdout: string): Array<Record<string, unknown>> {
  const report = JSON.parse(stdout) as {
    files: Array<{ file: string; findings: Array<Record<string, unknown>> }>;
  };
  return report.files.flatMap((f) =>
    f.findings.map((x) => ({ ...x, file: f.file })),
  );
}
