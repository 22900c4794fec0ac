// The JUnit report: a test case per request, failures carrying findings,
// and XML that parses whatever the findings say.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/reporters/junit.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { GOOD_REQUEST, resultsWith, tempTree } from './helpers.js';

interface TestCase {
  '@name': string;
  '@classname': string;
  failure?: { '@message': string; '@type': string; '#text': string };
  'system-out'?: string;
}

interface Suite {
  '@name': string;
  '@tests': string;
  '@failures': string;
  testcase: TestCase[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites as {
    '@tests': string;
    '@failures': string;
    testsuite?: Suite[];
  };
}

async function junitOf(files: Record<string, string | Buffer>) {
  const cwd = tempTree(files);
  const out = await runCli(['--format', 'junit', '.'], { cwd });
  expect(out.stderr).toBe('');
  return parse(out.stdout);
}

const multi = `VaultRegionId: cn-hangzhou
VaultName: first
VaultType: STANDARD
---
VaultRegionId: cn-hangzhou
VaultName: second
VaultType: standard
---
VaultRegionId: cn-hangzhou
VaultName: third
VaultType: STANDARD
VaultStorageClass: IA
`;

describe('junit reporter', () => {
  it('writes one test case per request, failing those with findings', async () => {
    const report = await junitOf({
      'vaults/multi.yaml': multi,
      'vaults/clean.yaml': GOOD_REQUEST,
    });

    expect(report['@tests']).toBe('4');
    expect(report['@failures']).toBe('2');
    const [clean, multiSuite] = report.testsuite ?? [];
    expect(clean['@name']).toBe('vaults/clean.yaml');
    expect(clean.testcase.map((c) => c['@name'])).toEqual([
      'media-archive (document 1)',
    ]);
    expect(clean.testcase[0].failure).toBeUndefined();

    expect(multiSuite).toMatchObject({ '@tests': '3', '@failures': '2' });
    const [first, second, third] = multiSuite.testcase;
    expect(first).toEqual({
      '@name': 'first (document 1)',
      '@classname': 'vaults/multi.yaml',
      '@file': 'vaults/multi.yaml',
    });
    expect(second.failure).toEqual({
      '@message': '1 error',
      '@type': 'error',
      '#text':
        'vaults/multi.yaml:7:12 error Unexpected VaultType "standard"; expected "STANDARD". (invalid-value)',
    });
    expect(third.failure).toEqual({
      '@message': '1 warning',
      '@type': 'warning',
      '#text':
        'vaults/multi.yaml:12:20 warning VaultStorageClass "IA" is deprecated; use "STANDARD". (deprecated-storage-class)',
    });
  });

  it('gives a document that holds no request its own test case', async () => {
    const report = await junitOf({ 'vaults/broken.yaml': 'VaultName: [\n' });
    const [suite] = report.testsuite ?? [];

    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0]['@name']).toBe('(document 1)');
    expect(suite.testcase[0].failure?.['@type']).toBe('error');
    expect(suite.testcase[0].failure?.['#text']).toMatch(
      /^vaults\/broken\.yaml:\d+:\d+ error .* \(syntax-error\)$/,
    );
  });

  it('names the file for findings on the file as a whole', async () => {
    const report = await junitOf({
      'vaults/latin1.yaml': Buffer.from('VaultName: caf\xe9\n', 'latin1'),
    });
    const [testCase] = report.testsuite?.[0].testcase ?? [];

    expect(testCase['@name']).toBe('vaults/latin1.yaml');
    expect(testCase.failure?.['#text']).toMatch(
      /^vaults\/latin1\.yaml:1:15 error .* \(invalid-encoding\)$/,
    );
  });

  it('writes an empty, valid report when nothing was linted', () => {
    const report = parse(
      junit(resultsWith([]), { cwd: '/repo', color: false }),
    );
    expect(report).toMatchObject({ '@tests': '0', '@failures': '0' });
    expect(report.testsuite).toBeUndefined();
  });

  it('escapes markup, quotes and control characters', () => {
    const message = 'Unexpected "<b>&amp;\'</b>"\u0007 in\nVaultName.';
    const finding: Finding = {
      ruleId: 'invalid-value',
      severity: 'error',
      message,
      file: 'vaults/a&b <c>.yaml',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    };
    const xml = junit(resultsWith([finding]), { cwd: '/repo', color: false });
    const [suite] = parse(xml).testsuite ?? [];

    expect(xml).toContain('&lt;b&gt;&amp;amp;&apos;&lt;/b&gt;');
    expect(suite['@name']).toBe('vaults/a&b <c>.yaml');
    expect(suite.testcase[0].failure?.['#text']).toBe(
      'vaults/a&b <c>.yaml:1:1 error Unexpected "<b>&amp;\'</b>"\uFFFD in\nVaultName. (invalid-value)',
    );
  });

  it('lists suppressed findings in system-out without failing', async () => {
    const report = await junitOf({
      'cold.vault.yaml': `${GOOD_REQUEST}VaultStorageClass: IA  # vaultlint-disable-line deprecated-storage-class -- migrating in Q3\n`,
    });
    const [testCase] = report.testsuite?.[0].testcase ?? [];
    expect(testCase.failure).toBeUndefined();
    expect(testCase['system-out']).toBe(
      'cold.vault.yaml:4:20 suppressed warning: migrating in Q3 VaultStorageClass "IA" is deprecated; use "STANDARD". (deprecated-storage-class)',
    );
  });
});
