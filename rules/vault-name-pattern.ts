import { defineRule } from '../src/rule.js';
import { matchesPattern } from './lib/policy.js';

export default defineRule({
  id: 'vault-name-pattern',
  type: 'suggestion',
  severity: 'off',
  description: "Enforce the team's naming pattern for VaultName",
  tags: ['policy', 'naming'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      pattern: {
        type: 'string',
        minLength: 1,
        format: 'regex',
        default: '[a-z0-9]+(-[a-z0-9]+)*',
        description:
          'A regular expression the whole VaultName must match; by default lower-case words joined by hyphens.',
      },
    },
  },
  defaultOptions: { pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
  messages: {
    mismatch:
      'Unexpected VaultName "{{name}}"; team policy expects names matching "{{pattern}}".',
  },

  check({ params }, context) {
    const name = params.VaultName;
    const { pattern } = context.options;

    // A missing name, or one of another type, is the schema's finding.
    if (name === undefined) return;

    // The name follows the pattern.
    if (matchesPattern(pattern, name)) return;

    context.report({
      messageId: 'mismatch',
      data: { name, pattern },
      pointer: '/VaultName',
    });
  },
});
