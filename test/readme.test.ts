// The README's generated parts (demo output, modeline, options, rules)
// stay in step with their sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../rules/index.js';
import { generateReadme, README, schemaUrl } from '../scripts/gen-readme.js';
import { LINT_OPTIONS } from '../src/cli/options.js';

const readme = readFileSync(README, 'utf8');

describe('README.md', () => {
  it('matches what scripts/gen-readme.ts writes', async () => {
    const expected = await generateReadme(readme);
    expect(
      readme,
      'README.md is out of date: run npx tsx scripts/gen-readme.ts',
    ).toBe(expected);
  });

  it('keeps the quick start commands', () => {
    expect(readme).toContain(
      [
        '```sh',
        'npm ci && npx vaultlint examples   # install, then lint the bundled examples',
        'npm test                           # the whole test suite',
        '```',
      ].join('\n'),
    );
  });

  it('lists every rule, linked to its page, and every lint option', () => {
    for (const rule of BUILTIN_RULES) {
      expect(readme).toContain(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`);
    }
    for (const option of LINT_OPTIONS) {
      expect(readme).toContain(`\`${option.flags}\``);
    }
  });

  it('shows the modeline with the raw URL of the request schema', () => {
    expect(schemaUrl()).toBe(
      'https://raw.githubusercontent.com/vaultlint/vaultlint/main/schemas/create-vault.schema.json',
    );
    expect(readme).toContain(`# yaml-language-server: $schema=${schemaUrl()}`);
  });
});
