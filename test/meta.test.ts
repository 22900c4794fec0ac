// Keeps the rules, their docs pages, fixtures and table tests in step.
// Each failure names the file to edit.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES } from '../rules/index.js';
import { CORE_CHECKS } from '../src/engine/core-checks.js';
import { lint } from '../src/engine/lint.js';
import type { AnyRule } from '../src/rule.js';
import type { Finding } from '../src/types.js';
import {
  expectedFileOf,
  fixtureFiles,
  lintWithRule,
} from './helpers/rule-tester.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Modules under rules/ that are not rules. */
const NOT_RULES = new Set(['index.ts', 'api.ts']);

/** Where a rule's table test may live. */
const TABLE_TEST_DIRS = ['test/rules', 'test/policy/rules'];

const DESCRIPTION = /^(Require|Disallow|Enforce) .*[^.]$/;
const OPENING = /^(Unexpected|Expected|Missing) /;

/** Messages allowed another opening, each with the reason. */
const OPENING_EXCEPTIONS: Record<string, string> = {
  'deprecated-storage-class.deprecated':
    'its wording is the example that reports and the README quote',
};

const RULE_SECTIONS = [
  '## What it checks',
  '## Why',
  '## Examples',
  '### Bad',
  '### Good',
  '## Options',
  '## When to turn it off',
];
const CORE_SECTIONS = [
  '## What it checks',
  '## Why',
  '## Examples',
  '## When to turn it off',
];

const ids = new Set([
  ...BUILTIN_RULES.map((r) => r.id),
  ...CORE_CHECKS.map((c) => c.id),
]);

describe('rule modules', () => {
  it('registers every module under rules/ in rules/index.ts', () => {
    const files = readdirSync(join(root, 'rules')).filter(
      (f) => f.endsWith('.ts') && !NOT_RULES.has(f),
    );
    const registered = new Set(BUILTIN_RULES.map((r) => `${r.id}.ts`));
    expect(
      files.filter((f) => !registered.has(f)),
      'add these to rules/index.ts',
    ).toEqual([]);
  });

  describe.each(BUILTIN_RULES.map((r) => [r.id, r] as const))(
    '%s',
    (id, rule) => {
      const file = `rules/${id}.ts`;

      it('lives in rules/<id>.ts as its default export', async () => {
        expect(id, `${file}: ids are kebab-case`).toMatch(
          /^[a-z0-9]+(-[a-z0-9]+)*$/,
        );
        expect(
          existsSync(join(root, file)),
          `rename the module to ${file}`,
        ).toBe(true);
        const module = (await import(join(root, file))) as { default: AnyRule };
        expect(module.default, `${file} must export this rule`).toBe(rule);
        expect(rule.docs, `${file}: the docs link is built from the id`).toBe(
          undefined,
        );
      });

      it('has a description starting with Require, Disallow or Enforce', () => {
        expect(rule.description, `edit the description in ${file}`).toMatch(
          DESCRIPTION,
        );
      });

      it('words every message as one sentence', () => {
        for (const [messageId, template] of Object.entries(
          rule.messages as Record<string, string>,
        )) {
          const where = `${file}, message ${messageId}`;
          expect(template, `${where}: capital first`).toMatch(/^[A-Z]/);
          expect(template, `${where}: period last`).toMatch(/\.$/);
          expect(template, `${where}: one sentence`).not.toMatch(
            /[.!?]["')]?\s+[A-Z]/,
          );
          const braces = template.match(/\{\{|\}\}/g)?.length ?? 0;
          const placeholders =
            template.match(/\{\{\s*\w+\s*\}\}/g)?.length ?? 0;
          expect(braces, `${where}: malformed placeholder`).toBe(
            placeholders * 2,
          );
          if (!OPENING_EXCEPTIONS[`${id}.${messageId}`]) {
            expect(template, `${where}: open with ${OPENING.source}`).toMatch(
              OPENING,
            );
          }
        }
      });

      it('has a table test that names every message id', () => {
        const tests = TABLE_TEST_DIRS.map((dir) => `${dir}/${id}.test.ts`);
        const found = tests.find((t) => existsSync(join(root, t)));
        expect(found, `add test/rules/${id}.test.ts`).toBeDefined();
        const text = read(found as string);
        for (const messageId of Object.keys(rule.messages)) {
          expect(
            text,
            `${found}: add a case whose findings have messageId '${messageId}'`,
          ).toContain(`messageId: '${messageId}'`);
        }
      });

      it('has a good and a bad fixture', () => {
        expect(
          fixtureFiles('good', id).length,
          `add fixtures/good/${id}/<scenario>.yaml`,
        ).toBeGreaterThan(0);
        const bad = fixtureFiles('bad', id);
        expect(
          bad.length,
          `add fixtures/bad/${id}/<scenario>.yaml`,
        ).toBeGreaterThan(0);
        for (const fixture of bad) {
          const sidecar = expectedFileOf(fixture);
          expect(existsSync(join(root, sidecar)), `add ${sidecar}`).toBe(true);
          const listed = JSON.parse(read(sidecar)) as Array<{ ruleId: string }>;
          expect(
            listed.some((f) => f.ruleId === id),
            `${fixture} must trigger ${id}: edit it and ${sidecar}`,
          ).toBe(true);
        }
      });

      it('has a docs page with the sections every page has', () => {
        const page = `docs/rules/${id}.md`;
        expect(existsSync(join(root, page)), `write ${page}`).toBe(true);
        const text = read(page);
        expect(text.split('\n')[0], `${page}: start with "# ${id}"`).toBe(
          `# ${id}`,
        );
        expect(text, `${page}: quote the description`).toContain(
          rule.description,
        );
        for (const heading of RULE_SECTIONS) {
          expect(text, `${page}: add a "${heading}" section`).toMatch(
            new RegExp(`^${heading}$`, 'm'),
          );
        }
        if (rule.api) {
          expect(text, `${page}: link the API page`).toContain(rule.api);
        }
      });

      it('gives docs examples that do what the page says', async () => {
        const page = `docs/rules/${id}.md`;
        if (!existsSync(join(root, page))) return;
        const examples = docExamples(read(page));
        const lintExample = (yaml: string) =>
          lintWithRule(
            rule,
            { 'example.vault.yaml': yaml },
            { config: examples.config },
          );
        await checkExamples(page, examples, lintExample, true);
      });
    },
  );
});

describe('core checks', () => {
  describe.each(CORE_CHECKS.map((c) => [c.id, c] as const))(
    '%s',
    (id, check) => {
      it('has a description starting with Require, Disallow or Enforce', () => {
        expect(
          check.description,
          'edit the description in src/engine/core-checks.ts',
        ).toMatch(DESCRIPTION);
      });

      it('has a docs page with the sections every page has', () => {
        const page = `docs/rules/${id}.md`;
        expect(existsSync(join(root, page)), `write ${page}`).toBe(true);
        const text = read(page);
        expect(text.split('\n')[0], `${page}: start with "# ${id}"`).toBe(
          `# ${id}`,
        );
        expect(text, `${page}: quote the description`).toContain(
          check.description,
        );
        for (const heading of CORE_SECTIONS) {
          expect(text, `${page}: add a "${heading}" section`).toMatch(
            new RegExp(`^${heading}$`, 'm'),
          );
        }
      });

      it('gives docs examples that do what the page says', async () => {
        const page = `docs/rules/${id}.md`;
        if (!existsSync(join(root, page))) return;
        await checkExamples(page, docExamples(read(page)), lintAlone, false);
      });
    },
  );
});

describe('no leftovers', () => {
  it('keeps docs pages only for rules and core checks', () => {
    const pages = readdirSync(join(root, 'docs/rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => basename(f, '.md'));
    expect(
      pages.filter((p) => !ids.has(p)).map((p) => `docs/rules/${p}.md`),
      'remove or rename these pages',
    ).toEqual([]);
  });

  it('keeps fixture folders only for rules and core checks', () => {
    const folders = ['good', 'bad'].flatMap((kind) =>
      existsSync(join(root, 'fixtures', kind))
        ? readdirSync(join(root, 'fixtures', kind)).map(
            (d) => `fixtures/${kind}/${d}`,
          )
        : [],
    );
    expect(
      folders.filter((f) => !ids.has(basename(f))),
      'remove or rename these folders',
    ).toEqual([]);
  });

  it('keeps table tests only for rules', () => {
    const rules = new Set(BUILTIN_RULES.map((r) => r.id));
    const tests = TABLE_TEST_DIRS.flatMap((dir) =>
      existsSync(join(root, dir))
        ? readdirSync(join(root, dir))
            .filter((f) => f.endsWith('.test.ts'))
            .map((f) => `${dir}/${f}`)
        : [],
    );
    expect(
      tests.filter((t) => !rules.has(basename(t, '.test.ts'))),
      'remove or rename these tests',
    ).toEqual([]);
  });
});

/**
 * Lints each example of a page: bad ones must yield findings, matching the
 * output block after them when there is one; good ones must yield none.
 */
async function checkExamples(
  page: string,
  examples: DocExamples,
  lintExample: (yaml: string) => Promise<Finding[]>,
  required: boolean,
): Promise<void> {
  if (required) {
    expect(examples.bad.length, `${page}: add a bad example`).toBeGreaterThan(
      0,
    );
    expect(examples.good.length, `${page}: add a good example`).toBeGreaterThan(
      0,
    );
  }
  for (const { yaml, output } of examples.bad) {
    const shown = (await lintExample(yaml)).map(
      (f) =>
        `${f.range.start.line}:${f.range.start.column}  ${f.severity}  ${f.message}  ${f.ruleId}`,
    );
    expect(
      shown.length,
      `${page}: a bad example yields nothing`,
    ).toBeGreaterThan(0);
    if (output !== undefined) {
      expect(shown.join('\n'), `${page}: update the output shown`).toBe(output);
    }
  }
  for (const { yaml } of examples.good) {
    const findings = await lintExample(yaml);
    expect(
      findings.map((f) => f.message),
      `${page}: a good example yields findings`,
    ).toEqual([]);
  }
}

/** Every finding of a file linted alone, with no config, but suppressed ones. */
async function lintAlone(yaml: string): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vaultlint-docs-'));
  try {
    writeFileSync(join(dir, 'example.vault.yaml'), yaml);
    const results = await lint(['example.vault.yaml'], { cwd: dir });
    return results.files.flatMap((f) =>
      f.findings.filter((x) => !x.suppressed),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface DocExamples {
  config?: Record<string, unknown>;
  bad: Array<{ yaml: string; output?: string }>;
  good: Array<{ yaml: string }>;
}

/**
 * The examples of a rule's page: yaml blocks under "### Bad" (each may be
 * followed by a text block of the output, `line:col  severity  message`)
 * and "### Good"; a yaml block under "## Examples" that starts with
 * `# .vaultlint.yaml` is the config they are linted with.
 */
function docExamples(markdown: string): DocExamples {
  const out: DocExamples = { bad: [], good: [] };
  let section = '';
  const blocks = markdown.matchAll(
    /^(#{2,3} .*)$|^```(\w*)\n([\s\S]*?)^```$/gm,
  );
  for (const [, heading, lang, body] of blocks) {
    if (heading) {
      section = heading;
      continue;
    }
    if (lang === 'yaml' && body.startsWith('# .vaultlint.yaml')) {
      out.config = parse(body) as Record<string, unknown>;
    } else if (lang === 'yaml' && section === '### Bad') {
      out.bad.push({ yaml: body });
    } else if (lang === 'yaml' && section === '### Good') {
      out.good.push({ yaml: body });
    } else if (lang === 'text' && section === '### Bad' && out.bad.length) {
      out.bad[out.bad.length - 1].output = body.trimEnd();
    }
  }
  return out;
}
