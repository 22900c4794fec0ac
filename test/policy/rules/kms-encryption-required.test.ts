import rule from '../../../rules/kms-encryption-required.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (...more: string[]) =>
  lines('VaultRegionId: cn-shanghai', 'VaultName: finance-daily', ...more);

const prodKeys = { keys: ['alias/prod-.*', 'key-[a-z0-9]+'] };

testRule(rule, [
  {
    name: 'accepts KMS with any key without a list',
    yaml: request('EncryptType: KMS', 'KmsKeyId: alias/finance-backup'),
    findings: [],
  },
  {
    name: 'accepts a key that matches a pattern',
    yaml: request('EncryptType: KMS', 'KmsKeyId: key-hzz630494463ejqjx'),
    options: prodKeys,
    findings: [],
  },
  {
    name: 'leaves a missing key to kms-key-required',
    yaml: request('EncryptType: KMS'),
    options: prodKeys,
    findings: [],
  },
  {
    name: 'leaves a method the API rejects to the schema',
    yaml: request('EncryptType: kms'),
    findings: [],
  },
  {
    name: 'reports a request without EncryptType',
    yaml: request(),
    findings: [
      {
        messageId: 'missing',
        message: 'Missing EncryptType; team policy requires "KMS".',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
        suggestions: ['KMS'],
      },
    ],
  },
  {
    name: 'reports the built-in encryption',
    yaml: request('EncryptType: HBR_PRIVATE'),
    findings: [
      {
        messageId: 'notKms',
        message:
          'Unexpected EncryptType "HBR_PRIVATE"; team policy requires "KMS".',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 25,
        suggestions: ['KMS'],
      },
    ],
  },
  {
    name: 'reports a key that no pattern matches in full',
    yaml: request('EncryptType: KMS', 'KmsKeyId: alias/old-prod-db'),
    options: prodKeys,
    findings: [
      {
        messageId: 'keyNotAllowed',
        message:
          'Unexpected KmsKeyId "alias/old-prod-db"; team policy allows keys matching "alias/prod-.*", "key-[a-z0-9]+".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 28,
      },
    ],
  },
]);
