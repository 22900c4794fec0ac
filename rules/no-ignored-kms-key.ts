import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { visible } from './lib/text.js';

export default defineRule({
  id: 'no-ignored-kms-key',
  type: 'problem',
  severity: 'warning',
  description:
    'Disallow a KmsKeyId when EncryptType is not KMS, as the service ignores it',
  api: CREATE_VAULT_API,
  tags: ['api', 'encryption'],
  defaultOptions: {},
  messages: {
    withoutEncryptType:
      'Unexpected KmsKeyId "{{value}}" without EncryptType; expected EncryptType "KMS", as the service ignores the key otherwise.',
    otherEncryptType:
      'Unexpected KmsKeyId "{{value}}" with EncryptType "{{encryptType}}"; expected EncryptType "KMS", as the service ignores the key otherwise.',
  },

  check({ params, raw }, context) {
    const { KmsKeyId: value, EncryptType: encryptType } = params;

    // No key, or a blank one: nothing is ignored.
    if (value === undefined || value.trim() === '') return;

    // KMS encryption uses the key.
    if (encryptType === 'KMS') return;

    // An EncryptType of another type or value is the schema's finding.
    if (raw.EncryptType !== undefined && encryptType !== 'HBR_PRIVATE') return;

    context.report({
      messageId:
        encryptType === undefined ? 'withoutEncryptType' : 'otherEncryptType',
      data: { value: visible(value), encryptType: encryptType ?? '' },
      pointer: '/KmsKeyId',
      suggestions: ['Use EncryptType "KMS"', 'Remove KmsKeyId'],
    });
  },
});
