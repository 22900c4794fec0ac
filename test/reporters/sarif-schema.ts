// Validates SARIF logs against the SARIF 2.1.0 JSON Schema (draft-04),
// vendored in test/schemas so the tests run offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';

// Both are CommonJS modules whose export is also their `default`.
const Ajv = AjvDraft04.default;
const addFormats = formats.default;

const schemaPath = join(
  import.meta.dirname,
  '..',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);

// The schema's language pattern has a stray `]`, which only non-Unicode
// regular expressions accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

/** The schema's complaints about a SARIF log; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e: { instancePath: string; message?: string }) =>
      `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}
