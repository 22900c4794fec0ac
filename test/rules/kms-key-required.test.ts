import rule from '../../rules/kms-key-required.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const MISSING =
  'Missing KmsKeyId; EncryptType "KMS" needs the ID or alias of a KMS key.';

testRule(rule, [
  {
    name: 'accepts KMS encryption with a key',
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
    name: 'accepts a request without EncryptType',
    yaml: lines('VaultRegionId: cn-shanghai', 'VaultName: finance-daily'),
    findings: [],
  },
  {
    name: 'leaves a key of another type to the schema',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
      'KmsKeyId: 12345',
    ),
    findings: [],
  },
  {
    name: 'reports KMS encryption without a key at the mapping',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
    ),
    findings: [
      {
        messageId: 'missing',
        message: MISSING,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
  {
    name: 'reports an empty key at its key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
      'KmsKeyId:',
    ),
    findings: [
      {
        messageId: 'missing',
        message: MISSING,
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 9,
      },
    ],
  },
  {
    name: 'reports a null key at its value',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
      'KmsKeyId: ~',
    ),
    findings: [
      {
        messageId: 'missing',
        message: MISSING,
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 12,
      },
    ],
  },
  {
    name: 'reports a blank key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'EncryptType: KMS',
      'KmsKeyId: "   "',
    ),
    findings: [
      {
        messageId: 'missing',
        message: MISSING,
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 16,
      },
    ],
  },
]);
