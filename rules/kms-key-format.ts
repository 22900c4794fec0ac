import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import {
  ALIAS_MAX_LENGTH,
  ALIAS_PREFIX,
  aliasProblem,
  isKeyId,
  isWellFormedArn,
  parseKmsKey,
  RESERVED_ALIAS_PREFIX,
} from './lib/kms-key.js';
import { describeChar, visible } from './lib/text.js';

const messages = {
  unknown:
    'Unexpected KmsKeyId "{{value}}"; expected a key ID ("key-…" or a UUID), an alias ("alias/…") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
  keyId:
    'Unexpected key ID "{{value}}" in KmsKeyId; expected "key-" followed by lower-case letters and digits, or a UUID.',
  aliasLength:
    'Unexpected alias "{{value}}" in KmsKeyId with {{length}} characters after "alias/"; expected 1 to {{max}}.',
  aliasCharacter:
    'Unexpected character {{character}} in the alias "{{value}}" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
  reservedAlias:
    'Unexpected alias "{{value}}" in KmsKeyId; expected an alias of your own key, as names under "alias/acs/" are reserved for keys that Alibaba Cloud services manage.',
  arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected "acs:kms:<region>:<account>:key/<key-id>" or "acs:kms:<region>:<account>:alias/<name>".',
  whiteSpace:
    'Unexpected white space around KmsKeyId "{{value}}"; expected "{{trimmed}}".',
};

type MessageId = keyof typeof messages;

interface Problem {
  messageId: MessageId;
  data?: Record<string, string | number>;
  suggestions?: string[];
}

export default defineRule({
  id: 'kms-key-format',
  type: 'problem',
  severity: 'error',
  description: 'Enforce the form of KmsKeyId: a key ID, an alias or a key ARN',
  api: CREATE_VAULT_API,
  tags: ['api', 'encryption'],
  defaultOptions: {},
  messages,

  check({ params }, context) {
    const value = params.KmsKeyId;

    // Absent or blank: kms-key-required speaks when KMS needs a key.
    if (value === undefined || value.trim() === '') return;

    const problem = formProblem(value);
    // A key ID, an older UUID key ID, an alias of one's own, or an ARN.
    if (!problem) return;

    context.report({
      messageId: problem.messageId,
      data: { value: visible(value), ...problem.data },
      pointer: '/KmsKeyId',
      ...(problem.suggestions ? { suggestions: problem.suggestions } : {}),
    });
  },
});

/** What is wrong with the form of a key identifier, if anything. */
function formProblem(value: string): Problem | undefined {
  const trimmed = value.trim();
  if (trimmed !== value && !formProblem(trimmed)) {
    return {
      messageId: 'whiteSpace',
      data: { trimmed },
      suggestions: [trimmed],
    };
  }

  const key = parseKmsKey(value);
  switch (key.form) {
    case 'key-id':
      return isKeyId(value) ? undefined : keyIdProblem(value);
    case 'alias':
      return aliasForm(value, key.name);
    case 'arn':
      if (key.resource.startsWith(RESERVED_ALIAS_PREFIX))
        return { messageId: 'reservedAlias' };
      return isWellFormedArn(key) ? undefined : { messageId: 'arn' };
    case 'unknown': {
      const fixed = caseFix(value);
      return fixed
        ? { messageId: 'unknown', suggestions: [fixed] }
        : { messageId: 'unknown' };
    }
  }
}

function keyIdProblem(value: string): Problem {
  const lower = value.toLowerCase();
  return isKeyId(lower)
    ? { messageId: 'keyId', suggestions: [lower] }
    : { messageId: 'keyId' };
}

function aliasForm(value: string, name: string): Problem | undefined {
  if (value.startsWith(RESERVED_ALIAS_PREFIX))
    return { messageId: 'reservedAlias' };

  const problem = aliasProblem(name);
  if (problem?.kind === 'length') {
    return {
      messageId: 'aliasLength',
      data: { length: problem.length, max: ALIAS_MAX_LENGTH },
    };
  }
  if (problem?.kind === 'character') {
    const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(problem.character)
      ? `"${problem.character}"`
      : describeChar(problem.character);
    return { messageId: 'aliasCharacter', data: { character: shown } };
  }
  return undefined;
}

/** "KEY-ABC" or "Alias/x": the value with its prefix in lower case. */
function caseFix(value: string): string | undefined {
  if (/^key-/i.test(value) && isKeyId(value.toLowerCase()))
    return value.toLowerCase();
  if (/^alias\//i.test(value)) {
    const fixed = ALIAS_PREFIX + value.slice(ALIAS_PREFIX.length);
    return formProblem(fixed) ? undefined : fixed;
  }
  return undefined;
}
