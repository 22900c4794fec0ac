/**
 * Writes the generated parts of README.md, each between its markers
 * (`<!-- name:start -->` … `<!-- name:end -->`): the demo output, the
 * editor modeline, the lint options, the commands and the rule table.
 * Everything else in the README is written by hand. test/readme.test.ts
 * fails when the README differs from what this script would write.
 *
 * Run: npx tsx scripts/gen-readme.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { BUILTIN_RULES } from '../rules/index.js';
import type { CliIO } from '../src/cli/io.js';
import { buildProgram, run } from '../src/cli/main.js';
import { LINT_OPTIONS } from '../src/cli/options.js';
import { CORE_CHECKS } from '../src/engine/core-checks.js';

export const ROOT = join(import.meta.dirname, '..');
export const README = join(ROOT, 'README.md');

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The rules and the engine's own checks, each linked to its docs page. */
export function rulesBlock(): string {
  const link = (id: string) => `[\`${id}\`](docs/rules/${id}.md)`;
  const rules = table(
    ['Rule', 'Default', 'Type', 'Description'],
    BUILTIN_RULES.map((r) => [link(r.id), r.severity, r.type, r.description]),
  );
  const checks = table(
    ['Check', 'Severity', 'Description'],
    CORE_CHECKS.map((c) => [link(c.id), c.severity, c.description]),
  );
  return [
    rules,
    '',
    'The engine itself reports these while reading, parsing and validating',
    'against the schema. They are always on; only the two suppression checks',
    'take a severity from the configuration or `--rule`.',
    '',
    checks,
  ].join('\n');
}

/** The lint options, from the table commander's help is built from. */
export function optionsBlock(): string {
  return table(
    ['Option', 'Description', 'Default'],
    LINT_OPTIONS.map((o) => {
      const choices = o.choices
        ? `; one of ${o.choices.map((c) => `\`${c}\``).join(', ')}`
        : '';
      return [
        `\`${o.flags}\``,
        `${o.description}${choices}`,
        o.defaultValue === undefined ? '' : `\`${o.defaultValue}\``,
      ];
    }),
  );
}

/** Every command, from the program commander's help is built from. */
export function commandsBlock(): string {
  const io: CliIO = {
    cwd: ROOT,
    env: {},
    stdout: { write: () => true },
    stderr: { write: () => true },
    readStdin: async () => '',
  };
  const program = buildProgram(io, () => {});
  // File names and key paths (`.vaultlint.yaml`, `accounts.<name>.x`) as
  // code, so that Markdown keeps their angle brackets.
  const prose = (text: string) =>
    text
      .split(' ')
      .map((word) =>
        /^[\w.<>-]*\.[\w<>-]+$/.test(word) ? `\`${word}\`` : word,
      )
      .join(' ');
  return table(
    ['Command', 'What it does'],
    [
      [
        `\`vaultlint ${program.usage().replace(' [command]', '')}\``,
        'lint the request files (the default command; options above)',
      ],
      ...program.commands.map((command) => [
        `\`vaultlint ${command.name()} ${command.usage()}\``,
        prose(command.description()),
      ]),
    ],
  );
}

/** The raw URL of the request schema, from the homepage in package.json. */
export function schemaUrl(): string {
  const repo = pkg.homepage.replace(/^https:\/\/github\.com\//, '');
  return `https://raw.githubusercontent.com/${repo}/main/schemas/create-vault.schema.json`;
}

function modelineBlock(): string {
  return [
    '```yaml',
    `# yaml-language-server: $schema=${schemaUrl()}`,
    '```',
  ].join('\n');
}

/** Runs the CLI in-process, without colour, from the repository root. */
async function cli(
  argv: string[],
  stdin = '',
): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd: ROOT,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => stdin,
  };
  const code = await run(argv, io);
  if (code === 2) {
    throw new Error(`vaultlint ${argv.join(' ')} failed: ${stderr}`);
  }
  return { code, stdout };
}

/** What `npx vaultlint examples` prints. */
export async function examplesBlock(): Promise<string> {
  const { code, stdout } = await cli(['examples']);
  return [
    '```console',
    '$ npx vaultlint examples',
    stdout.trimEnd(),
    '$ echo $?',
    String(code),
    '```',
  ].join('\n');
}

const SAMPLE_REQUEST = [
  'VaultRegionId: cn-hangzhou',
  'VaultName: media-cold',
  'VaultStorageClass: IA',
  '',
].join('\n');

/** A JSON report of one small request, as the json format prints it. */
export async function jsonSampleBlock(): Promise<string> {
  const { stdout } = await cli(
    ['--format', 'json', '--stdin-filename', 'vaults/cold.vault.yaml', '-'],
    SAMPLE_REQUEST,
  );
  return [
    'For `vaults/cold.vault.yaml`:',
    '',
    '```yaml',
    SAMPLE_REQUEST.trimEnd(),
    '```',
    '',
    '`vaultlint --format json vaults/cold.vault.yaml` prints:',
    '',
    '```json',
    stdout.trimEnd(),
    '```',
  ].join('\n');
}

/** Replaces the content between each pair of markers. */
export async function generateReadme(current: string): Promise<string> {
  const blocks: Record<string, string> = {
    examples: await examplesBlock(),
    'json-sample': await jsonSampleBlock(),
    commands: commandsBlock(),
    modeline: modelineBlock(),
    options: optionsBlock(),
    rules: rulesBlock(),
  };
  let text = current;
  for (const [name, body] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) {
      throw new Error(`README.md lacks the markers ${start} and ${end}.`);
    }
    text = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
  }
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const current = readFileSync(README, 'utf8');
  const next = await generateReadme(current);
  if (next !== current) writeFileSync(README, next);
  process.stderr.write(
    next === current ? 'README.md is up to date.\n' : 'README.md updated.\n',
  );
}
