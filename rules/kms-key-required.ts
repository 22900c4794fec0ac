import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';

export default defineRule({
  id: 'kms-key-required',
  type: 'problem',
  severity: 'error',
  description: 'Require a KmsKeyId when EncryptType is KMS',
  api: CREATE_VAULT_API,
  tags: ['api', 'encryption'],
  defaultOptions: {},
  messages: {
    missing:
      'Missing KmsKeyId; EncryptType "KMS" needs the ID or alias of a KMS key.',
  },

  check({ params, raw }, context) {
    // Only KMS encryption takes a customer key.
    if (params.EncryptType !== 'KMS') return;

    // A key of the right type is given; its form is kms-key-format's job.
    if (params.KmsKeyId !== undefined && params.KmsKeyId.trim() !== '') return;

    // A value of another type (say a number) is the schema's finding.
    const given = raw.KmsKeyId;
    if (given !== undefined && given !== null && typeof given !== 'string')
      return;

    context.report({ messageId: 'missing', pointer: '/KmsKeyId' });
  },
});
