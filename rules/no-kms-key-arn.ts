import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { isWellFormedArn, parseKmsKey } from './lib/kms-key.js';

export default defineRule({
  id: 'no-kms-key-arn',
  type: 'problem',
  severity: 'warning',
  description:
    'Disallow a key ARN in KmsKeyId, where Cloud Backup documents only a key ID or alias',
  api: CREATE_VAULT_API,
  tags: ['api', 'encryption'],
  defaultOptions: {},
  messages: {
    arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected the key ID or alias "{{resource}}", as Cloud Backup documents no ARN form.',
  },

  check({ params }, context) {
    const value = params.KmsKeyId;

    // Absent: nothing to say.
    if (value === undefined) return;

    const key = parseKmsKey(value);
    // Key IDs and aliases are the documented forms; a malformed ARN is
    // kms-key-format's finding.
    if (key.form !== 'arn' || !isWellFormedArn(key)) return;

    context.report({
      messageId: 'arn',
      data: { value, resource: key.resource },
      pointer: '/KmsKeyId',
      suggestions: [key.resource],
    });
  },
});
