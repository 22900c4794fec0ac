/**
 * Schema findings: the precompiled request validator's errors, turned into
 * messages that name the value and what is expected, with suggestions.
 */
import type { ErrorObject } from 'ajv';
import { visible } from '../../rules/lib/text.js';
import schema from '../../schemas/create-vault.schema.json' with {
  type: 'json',
};
import { validateRequest } from '../generated/validate-request.js';
import type { Fix } from '../types.js';
import { describe, type ParsedRequest, pointerOf, quote } from './request.js';
import { nearest } from './suggest.js';

export const PARAMETERS = Object.keys(schema.properties);

type Property = {
  type: string;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
};
const properties = schema.properties as Record<string, Property>;

export interface SchemaFinding {
  ruleId:
    | 'unknown-parameter'
    | 'missing-parameter'
    | 'invalid-type'
    | 'invalid-value'
    | 'invalid-length';
  message: string;
  pointer: string;
  /** Where the finding points: the key, the value, or the mapping. */
  target: 'key' | 'value' | 'mapping';
  suggestions?: string[];
  fix?: Fix;
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  yes: true,
  y: true,
  '1': true,
  '0': false,
  on: true,
  true: true,
  no: false,
  n: false,
  off: false,
  false: false,
};

/** Validates one request and explains every error. */
export function checkSchema(
  request: ParsedRequest,
  text: string,
): SchemaFinding[] {
  if (validateRequest(request.raw)) return [];
  const errors = validateRequest.errors ?? [];
  // A value of the wrong type gets one finding, about its type: its enum or
  // length errors would repeat it (and a mapping has no text to quote).
  const mistyped = new Set(
    errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath),
  );
  return errors
    .filter((e) => e.keyword === 'type' || !mistyped.has(e.instancePath))
    .flatMap((error) => explain(error, request, text));
}

function explain(
  error: ErrorObject,
  request: ParsedRequest,
  text: string,
): SchemaFinding[] {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const name = params.missingProperty as string;
      return [
        {
          ruleId: 'missing-parameter',
          pointer: pointerOf(name),
          target: 'mapping',
          message: `Missing required parameter ${name}.`,
        },
      ];
    }
    case 'additionalProperties':
      return unknownKey(params.additionalProperty as string);
    default:
      return explainValue(error, request, text);
  }
}

function unknownKey(name: string): SchemaFinding[] {
  const guess = nearest(name, PARAMETERS);
  const finding: SchemaFinding = {
    ruleId: 'unknown-parameter',
    pointer: pointerOf(name),
    target: 'key',
    message: guess
      ? `Unexpected parameter ${quote(name)}; expected "${guess}".`
      : `Unexpected parameter ${quote(name)}; it is not a CreateVault parameter.`,
  };
  if (guess) finding.suggestions = [guess];
  return [finding];
}

function explainValue(
  error: ErrorObject,
  request: ParsedRequest,
  text: string,
): SchemaFinding[] {
  const name = error.instancePath
    .slice(1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  const property = properties[name];
  const value = request.raw[name];
  const span = request.entries.get(name)?.value;
  const source = span ? text.slice(span[0], span[1]) : '';
  const base = { pointer: error.instancePath, target: 'value' as const };

  if (error.keyword === 'type') {
    return [
      {
        ...base,
        ruleId: 'invalid-type',
        ...typeMessage(name, property.type, value, {
          source,
          span,
          tag: span ? tagBefore(text, span[0]) : undefined,
        }),
      },
    ];
  }
  if (error.keyword === 'enum') {
    const allowed = property.enum ?? [];
    const guess = nearest(String(value), allowed);
    return [
      {
        ...base,
        ruleId: 'invalid-value',
        message: `Unexpected ${name} ${quote(String(value))}; expected ${guess ? `"${guess}"` : `one of ${allowed.join(', ')}`}.`,
        ...(guess ? { suggestions: [guess] } : {}),
        ...(guess && span ? { fix: { range: span, text: guess } } : {}),
      },
    ];
  }
  if (
    error.keyword === 'minLength' &&
    property.minLength === 1 &&
    value === ''
  ) {
    return [
      {
        ...base,
        ruleId: 'invalid-length',
        message: `Unexpected empty ${name}; it must be 1 to ${property.maxLength} characters.`,
      },
    ];
  }
  if (error.keyword === 'maxLength' || error.keyword === 'minLength') {
    const length = [...String(value)].length;
    const limits = property.minLength
      ? `${property.minLength} to ${property.maxLength}`
      : `at most ${property.maxLength}`;
    return [
      {
        ...base,
        ruleId: 'invalid-length',
        message: `Unexpected ${name} of ${length} characters; it must be ${limits} characters.`,
      },
    ];
  }
  return [
    {
      ...base,
      ruleId: 'invalid-value',
      message: `Unexpected ${name}: ${error.message ?? 'invalid value'}.`,
    },
  ];
}

/** Where a value sits in the source, and the tag it carries, if any. */
interface ValueSource {
  source: string;
  span: [number, number] | null | undefined;
  tag: string | undefined;
}

function typeMessage(
  name: string,
  expected: string,
  value: unknown,
  { source, span, tag }: ValueSource,
): Pick<SchemaFinding, 'message' | 'suggestions' | 'fix'> {
  const article = expected === 'boolean' ? 'a boolean' : 'a string';
  if (value === null) {
    // `~`, `null` and `NULL` are written nulls, not forgotten values.
    const got = source ? `null (\`${visible(source)}\`)` : 'an empty value';
    return { message: `Expected ${name} to be ${article}, got ${got}.` };
  }
  if (
    expected === 'string' &&
    (typeof value === 'number' || typeof value === 'boolean') &&
    span
  ) {
    const read = `\`${visible(source)}\` is read as ${describe(value)}`;
    // A tag makes even a quoted value a number: quoting cannot help.
    if (tag) {
      return {
        message: `Expected ${name} to be a string, but ${read} because of its tag ${visible(tag)}; remove the tag.`,
      };
    }
    const quoted = JSON.stringify(source);
    return {
      message: `Expected ${name} to be a string, but ${read}; quote it.`,
      suggestions: [quoted],
      fix: { range: span, text: quoted },
    };
  }
  const meant = booleanMeant(expected, value);
  if (meant !== undefined) {
    return {
      message: `Expected ${name} to be a boolean, got ${describe(value)}; use ${meant}.`,
      suggestions: [String(meant)],
      ...(span ? { fix: { range: span, text: String(meant) } } : {}),
    };
  }
  return {
    message: `Expected ${name} to be ${article}, got ${describe(value)}.`,
  };
}

/** The boolean a word or a 1 or 0 stands for, where a boolean belongs. */
function booleanMeant(expected: string, value: unknown): boolean | undefined {
  if (expected !== 'boolean') return undefined;
  if (typeof value === 'string')
    return BOOLEAN_WORDS[value.trim().toLowerCase()];
  if (value === 1 || value === 0) return value === 1;
  return undefined;
}

/**
 * The tag written before a value on its line (`!!int "12"`), if any: the
 * value's span starts after its tag and anchor.
 */
function tagBefore(text: string, start: number): string | undefined {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const props = line
    .trimEnd()
    .split(/[\s:,[{]+/)
    .slice(-2);
  return props.find((p) => p.startsWith('!'));
}
