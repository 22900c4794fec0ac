import rule from '../../rules/no-ignored-kms-key.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const SUGGESTIONS = ['Use EncryptType "KMS"', 'Remove KmsKeyId'];

testRule(rule, [
  {
    name: 'accepts a key with KMS encryption',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
      'KmsKeyId: alias/finance-backup',
    ),
    findings: [],
  },
  {
    name: 'accepts built-in encryption without a key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: HBR_PRIVATE',
    ),
    findings: [],
  },
  {
    name: 'ignores a blank key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'KmsKeyId: ""',
    ),
    findings: [],
  },
  {
    name: 'leaves a misspelt EncryptType to the schema',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: kms',
      'KmsKeyId: alias/finance-backup',
    ),
    findings: [],
  },
  {
    name: 'leaves an empty EncryptType to the schema',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType:',
      'KmsKeyId: alias/finance-backup',
    ),
    findings: [],
  },
  {
    name: 'reports a key without EncryptType',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'KmsKeyId: alias/finance-backup',
    ),
    findings: [
      {
        messageId: 'withoutEncryptType',
        message:
          'Unexpected KmsKeyId "alias/finance-backup" without EncryptType; expected EncryptType "KMS", as the service ignores the key otherwise.',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 31,
        suggestions: SUGGESTIONS,
      },
    ],
  },
  {
    name: 'reports a key with built-in encryption',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: HBR_PRIVATE',
      'KmsKeyId: key-hzz62f1cb66fa42qo9ynx',
    ),
    findings: [
      {
        messageId: 'otherEncryptType',
        message:
          'Unexpected KmsKeyId "key-hzz62f1cb66fa42qo9ynx" with EncryptType "HBR_PRIVATE"; expected EncryptType "KMS", as the service ignores the key otherwise.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 36,
        suggestions: SUGGESTIONS,
      },
    ],
  },
]);
