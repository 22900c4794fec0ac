import rule from '../../rules/no-kms-key-arn.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const request = (key: string) =>
  lines(
    'VaultRegionId: cn-shanghai',
    'VaultName: finance-daily',
    'EncryptType: KMS',
    `KmsKeyId: ${key}`,
  );

testRule(rule, [
  {
    name: 'accepts a key ID',
    yaml: request('key-hzz62f1cb66fa42qo9ynx'),
    findings: [],
  },
  {
    name: 'accepts an alias',
    yaml: request('alias/finance-backup'),
    findings: [],
  },
  {
    name: 'leaves a malformed ARN to kms-key-format',
    yaml: request('acs:kms:cn-shanghai:finance:key/key-1'),
    findings: [],
  },
  {
    name: 'reports a key ARN and suggests its key ID',
    yaml: request(
      'acs:kms:cn-shanghai:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx',
    ),
    findings: [
      {
        messageId: 'arn',
        message:
          'Unexpected key ARN "acs:kms:cn-shanghai:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx" in KmsKeyId; expected the key ID or alias "key-hzz62f1cb66fa42qo9ynx", as Cloud Backup documents no ARN form.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 77,
        suggestions: ['key-hzz62f1cb66fa42qo9ynx'],
      },
    ],
  },
  {
    name: 'reports an alias ARN and suggests its alias',
    yaml: request('"acs:kms:cn-shanghai:1234567890123456:alias/finance"'),
    findings: [
      {
        messageId: 'arn',
        message:
          'Unexpected key ARN "acs:kms:cn-shanghai:1234567890123456:alias/finance" in KmsKeyId; expected the key ID or alias "alias/finance", as Cloud Backup documents no ARN form.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 63,
        suggestions: ['alias/finance'],
      },
    ],
  },
]);
