import { XMLBuilder } from 'fast-xml-parser';
import type { FileResult, Finding, LintResults } from '../types.js';
import type { Reporter } from './types.js';

interface Case {
  name: string;
  findings: Finding[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * JUnit XML as CI systems render it: a suite per file, a test case per
 * request (file and document). Errors and warnings fail the case and are
 * listed in its failure; info and suppressed findings go to system-out.
 */
export const junit: Reporter = (results) => {
  const suites = results.files.map((file) => suite(file, results));
  const cases = suites.flatMap((s) => s.testcase);
  const failures = cases.filter((c) => c.failure).length;
  const xml = builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    testsuites: {
      '@name': 'vaultlint',
      '@tests': cases.length,
      '@failures': failures,
      '@errors': 0,
      testsuite: suites,
    },
  }) as string;
  return xml.endsWith('\n') ? xml : `${xml}\n`;
};

function suite(file: FileResult, results: LintResults) {
  const testcase = casesOf(file, results).map((c) => testCase(file.file, c));
  return {
    '@name': attribute(file.file),
    '@tests': testcase.length,
    '@failures': testcase.filter((c) => c.failure).length,
    '@errors': 0,
    '@skipped': 0,
    testcase,
  };
}

/** A case per request of the file, plus one for findings on no request. */
function casesOf(file: FileResult, results: LintResults): Case[] {
  const byDocument = new Map<number, Case>();
  for (const request of results.requests) {
    if (request.file !== file.file) continue;
    const vault = request.vaultName ? `${request.vaultName} ` : '';
    byDocument.set(request.document, {
      name: `${vault}(document ${request.document})`,
      findings: [],
    });
  }
  for (const finding of file.findings) {
    const document = finding.document ?? 0;
    let target = byDocument.get(document);
    if (!target) {
      target = {
        name: document ? `(document ${document})` : file.file,
        findings: [],
      };
      byDocument.set(document, target);
    }
    target.findings.push(finding);
  }
  if (byDocument.size === 0)
    byDocument.set(0, { name: file.file, findings: [] });
  return [...byDocument.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
}

function testCase(file: string, c: Case) {
  const live = c.findings.filter((f) => !f.suppressed);
  const failing = live.filter((f) => f.severity !== 'info');
  const other = [
    ...live.filter((f) => f.severity === 'info'),
    ...c.findings.filter((f) => f.suppressed),
  ];
  const errors = failing.filter((f) => f.severity === 'error').length;
  const warnings = failing.length - errors;
  return {
    '@name': attribute(c.name),
    '@classname': attribute(file),
    '@file': attribute(file),
    ...(failing.length
      ? {
          failure: {
            '@message': attribute(counts(errors, warnings)),
            '@type': errors ? 'error' : 'warning',
            '#text': text(failing.map(line).join('\n')),
          },
        }
      : {}),
    ...(other.length ? { 'system-out': text(other.map(line).join('\n')) } : {}),
  };
}

function line(f: Finding): string {
  const where = `${f.file}:${f.range.start.line}:${f.range.start.column}`;
  const state = f.suppressed
    ? `suppressed ${f.severity}: ${f.suppressed.reason}`
    : f.severity;
  return `${where} ${state} ${f.message} (${f.ruleId})`;
}

function counts(errors: number, warnings: number): string {
  const parts: string[] = [];
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** Characters XML 1.0 cannot hold at all become U+FFFD. */
function text(value: string): string {
  return value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this removes
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Attribute values are one line: parsers fold line breaks into spaces. */
function attribute(value: string): string {
  return text(value).replace(/[\r\n\t]+/g, ' ');
}
