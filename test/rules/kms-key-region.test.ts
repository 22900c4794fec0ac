import rule from '../../rules/kms-key-region.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const request = (region: string, key: string) =>
  lines(
    `VaultRegionId: ${region}`,
    'VaultName: finance-daily',
    'EncryptType: KMS',
    `KmsKeyId: ${key}`,
  );

testRule(rule, [
  {
    name: 'accepts an ARN in the vault region',
    yaml: request(
      'cn-shanghai',
      'acs:kms:cn-shanghai:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx',
    ),
    findings: [],
  },
  {
    name: 'ignores a key ID, which names no region',
    yaml: request('cn-shanghai', 'key-hzz62f1cb66fa42qo9ynx'),
    findings: [],
  },
  {
    name: 'ignores an alias, which names no region',
    yaml: request('cn-shanghai', 'alias/finance-backup'),
    findings: [],
  },
  {
    name: 'leaves a malformed ARN to kms-key-format',
    yaml: request('cn-shanghai', 'acs:kms:cn-hangzhou:finance:key/key-1'),
    findings: [],
  },
  {
    name: 'ignores a request without a region',
    yaml: lines(
      'VaultName: finance-daily',
      'KmsKeyId: acs:kms:cn-hangzhou:1234567890123456:key/key-1',
    ),
    findings: [],
  },
  {
    name: 'reports a key ARN of another region',
    yaml: request(
      'cn-shanghai',
      'acs:kms:cn-hangzhou:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx',
    ),
    findings: [
      {
        messageId: 'mismatch',
        message:
          'Unexpected region "cn-hangzhou" in the key ARN "acs:kms:cn-hangzhou:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx"; expected "cn-shanghai", the VaultRegionId, as a KMS key serves only its own region.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 77,
      },
    ],
  },
  {
    name: 'reports an alias ARN of another region',
    yaml: request(
      'ap-southeast-1',
      'acs:kms:cn-hongkong:1234567890123456:alias/finance',
    ),
    findings: [
      {
        messageId: 'mismatch',
        message:
          'Unexpected region "cn-hongkong" in the key ARN "acs:kms:cn-hongkong:1234567890123456:alias/finance"; expected "ap-southeast-1", the VaultRegionId, as a KMS key serves only its own region.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 61,
      },
    ],
  },
]);
