import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { isWellFormedArn, parseKmsKey } from './lib/kms-key.js';

export default defineRule({
  id: 'kms-key-region',
  type: 'problem',
  severity: 'error',
  description: 'Require a key ARN in KmsKeyId to name the vault region',
  api: CREATE_VAULT_API,
  tags: ['api', 'encryption', 'region'],
  defaultOptions: {},
  messages: {
    mismatch:
      'Unexpected region "{{keyRegion}}" in the key ARN "{{value}}"; expected "{{vaultRegion}}", the VaultRegionId, as a KMS key serves only its own region.',
  },

  check({ params }, context) {
    const { KmsKeyId: value, VaultRegionId: vaultRegion } = params;

    // Without both values there is nothing to compare.
    if (value === undefined || vaultRegion === undefined) return;

    const key = parseKmsKey(value);
    // Key IDs and aliases name no region; a malformed ARN is
    // kms-key-format's finding.
    if (key.form !== 'arn' || !isWellFormedArn(key)) return;

    // The key lives where the vault does.
    if (key.region === vaultRegion) return;

    context.report({
      messageId: 'mismatch',
      data: { keyRegion: key.region, value, vaultRegion },
      pointer: '/KmsKeyId',
    });
  },
});
