/**
 * The lint options, declared once: commander's help and the README's
 * option table are both generated from this table.
 */
export interface OptionSpec {
  flags: string;
  description: string;
  /** Allowed values, checked by commander. */
  choices?: readonly string[];
  defaultValue?: string;
  /** May be given several times. */
  repeatable?: boolean;
  /** Parsed as a non-negative integer. */
  integer?: boolean;
}

export const LINT_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '-f, --format <format>',
    description:
      'output format: stylish, json, sarif, junit, github or markdown; FORMAT=FILE writes that one to a file (repeatable)',
    repeatable: true,
  },
  {
    flags: '-o, --output-file <file>',
    description: 'write the report to a file instead of standard output',
  },
  {
    flags: '-c, --config <file>',
    description: 'use this config file instead of the nearest .vaultlint.yaml',
  },
  {
    flags: '--fail-on <severity>',
    description: 'lowest severity that makes the run fail',
    choices: ['error', 'warning', 'info'],
    defaultValue: 'error',
  },
  {
    flags: '--max-warnings <count>',
    description: 'also fail when there are more warnings than this',
    integer: true,
  },
  { flags: '-q, --quiet', description: 'report errors only' },
  { flags: '--no-color', description: 'print without colours' },
  {
    flags: '--stdin-filename <path>',
    description:
      'the path to report for the request read from standard input (-)',
  },
  {
    flags: '--max-file-size <bytes>',
    description: 'largest request file read, in bytes (default 1048576)',
    integer: true,
  },
  {
    flags: '--no-inline-config',
    description: 'ignore vaultlint-disable comments',
  },
  {
    flags: '--rule <id=severity>',
    description: "set a rule's severity, above the config file (repeatable)",
    repeatable: true,
  },
  {
    flags: '--print-config <file>',
    description:
      'print the effective settings for a file, and where each came from, as JSON',
  },
  { flags: '--verbose', description: 'show the cause of tool errors' },
];
