import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { matchesPattern } from './lib/policy.js';

/** The methods CreateVault accepts; other values are the schema's finding. */
const API_METHODS = new Set(['KMS', 'HBR_PRIVATE']);

export default defineRule({
  id: 'kms-encryption-required',
  type: 'suggestion',
  severity: 'off',
  description:
    'Require encryption with a customer KMS key, optionally from an allowed set of keys',
  api: CREATE_VAULT_API,
  tags: ['policy', 'encryption'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      keys: {
        type: 'array',
        items: { type: 'string', minLength: 1, format: 'regex' },
        default: [],
        examples: [['alias/prod-.*', 'key-[a-z0-9]+']],
        description:
          'Regular expressions a KmsKeyId must match in full, e.g. "alias/prod-.*"; an empty list allows any key.',
      },
    },
  },
  defaultOptions: { keys: [] as string[] },
  messages: {
    missing: 'Missing EncryptType; team policy requires "KMS".',
    notKms: 'Unexpected EncryptType "{{value}}"; team policy requires "KMS".',
    keyNotAllowed:
      'Unexpected KmsKeyId "{{value}}"; team policy allows keys matching {{patterns}}.',
  },

  check({ params, raw }, context) {
    const method = params.EncryptType;
    const key = params.KmsKeyId;
    const { keys } = context.options;

    if (raw.EncryptType === undefined || raw.EncryptType === null) {
      context.report({
        messageId: 'missing',
        pointer: '/EncryptType',
        suggestions: ['KMS'],
      });
      return;
    }

    // A value of another type, or one the API rejects, is the schema's.
    if (method === undefined || !API_METHODS.has(method)) return;

    if (method !== 'KMS') {
      context.report({
        messageId: 'notKms',
        data: { value: method },
        pointer: '/EncryptType',
        suggestions: ['KMS'],
      });
      return;
    }

    // No key is kms-key-required's finding; any key will do without a list.
    if (key === undefined || key.trim() === '' || keys.length === 0) return;

    // The key matches one of the allowed patterns.
    if (keys.some((pattern) => matchesPattern(pattern, key))) return;

    context.report({
      messageId: 'keyNotAllowed',
      data: { value: key, patterns: keys.map((k) => `"${k}"`).join(', ') },
      pointer: '/KmsKeyId',
    });
  },
});
