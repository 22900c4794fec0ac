import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';

const DEPRECATED = new Set(['ARCHIVE', 'COLD_ARCHIVE', 'IA']);

export default defineRule({
  id: 'deprecated-storage-class',
  type: 'problem',
  severity: 'warning',
  description: 'Disallow the storage classes the API has deprecated',
  api: CREATE_VAULT_API,
  tags: ['api'],
  defaultOptions: {},
  messages: {
    deprecated: 'VaultStorageClass "{{value}}" is deprecated; use "STANDARD".',
  },

  check({ params }, context) {
    const value = params.VaultStorageClass;

    // Absent or STANDARD: nothing deprecated. Other values are the schema's.
    if (value === undefined || !DEPRECATED.has(value)) return;

    context.report({
      messageId: 'deprecated',
      data: { value },
      pointer: '/VaultStorageClass',
      suggestions: ['STANDARD'],
    });
  },
});
