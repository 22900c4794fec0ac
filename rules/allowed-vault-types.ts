import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { either } from './lib/policy.js';

/** The types CreateVault accepts; other values are the schema's finding. */
const API_TYPES = new Set(['STANDARD', 'OTS_BACKUP']);

export default defineRule({
  id: 'allowed-vault-types',
  type: 'suggestion',
  severity: 'off',
  description: 'Enforce the vault types the team allows, stated explicitly',
  api: CREATE_VAULT_API,
  tags: ['policy'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      types: {
        type: 'array',
        items: { type: 'string', enum: ['STANDARD', 'OTS_BACKUP'] },
        minItems: 1,
        uniqueItems: true,
        default: ['STANDARD'],
        description: 'The VaultType values allowed: STANDARD, OTS_BACKUP.',
      },
    },
  },
  defaultOptions: { types: ['STANDARD'] as string[] },
  messages: {
    missing: 'Missing VaultType; team policy allows {{allowed}}.',
    notAllowed:
      'Unexpected VaultType "{{value}}"; team policy allows {{allowed}}.',
  },

  check({ params, raw }, context) {
    const { types } = context.options;
    const value = params.VaultType;
    const allowed = either(types);

    // The API leaves the type optional; the policy wants it stated.
    if (raw.VaultType === undefined || raw.VaultType === null) {
      context.report({
        messageId: 'missing',
        data: { allowed },
        pointer: '/VaultType',
        suggestions: [...types],
      });
      return;
    }

    // A value of another type, or one the API rejects, is the schema's.
    if (value === undefined || !API_TYPES.has(value)) return;

    // An allowed type.
    if (types.includes(value)) return;

    context.report({
      messageId: 'notAllowed',
      data: { value, allowed },
      pointer: '/VaultType',
      suggestions: [...types],
    });
  },
});
