import rule from '../../rules/kms-key-format.js';
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
    name: 'accepts an older UUID key ID',
    yaml: request('0b1d7c2e-5a4f-4e8b-9c61-2f3a4b5c6d7e'),
    findings: [],
  },
  {
    name: 'accepts an alias',
    yaml: request('alias/finance-backup'),
    findings: [],
  },
  {
    name: 'accepts an alias with slashes and underscores',
    yaml: request('alias/team/finance_backup-2'),
    findings: [],
  },
  {
    name: 'accepts a key ARN',
    yaml: request(
      'acs:kms:cn-shanghai:1234567890123456:key/key-hzz62f1cb66fa42qo9ynx',
    ),
    findings: [],
  },
  {
    name: 'accepts an alias ARN',
    yaml: request('acs:kms:cn-shanghai:1234567890123456:alias/finance'),
    findings: [],
  },
  {
    name: 'leaves a blank key to kms-key-required',
    yaml: request('"  "'),
    findings: [],
  },
  {
    name: 'leaves a key of another type to the schema',
    yaml: request('12345'),
    findings: [],
  },
  {
    name: 'reports a value of no known form',
    yaml: request('finance-backup'),
    findings: [
      {
        messageId: 'unknown',
        message:
          'Unexpected KmsKeyId "finance-backup"; expected a key ID ("key-…" or a UUID), an alias ("alias/…") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'checks the key whatever the EncryptType',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: finance-daily',
      'KmsKeyId: finance-backup',
    ),
    findings: [
      {
        messageId: 'unknown',
        message:
          'Unexpected KmsKeyId "finance-backup"; expected a key ID ("key-…" or a UUID), an alias ("alias/…") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'suggests the lower-case form of an upper-case key prefix',
    yaml: request('KEY-HZZ62F1CB66FA42QO9YNX'),
    findings: [
      {
        messageId: 'unknown',
        message:
          'Unexpected KmsKeyId "KEY-HZZ62F1CB66FA42QO9YNX"; expected a key ID ("key-…" or a UUID), an alias ("alias/…") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 36,
        suggestions: ['key-hzz62f1cb66fa42qo9ynx'],
      },
    ],
  },
  {
    name: 'suggests the lower-case alias prefix',
    yaml: request('Alias/finance-backup'),
    findings: [
      {
        messageId: 'unknown',
        message:
          'Unexpected KmsKeyId "Alias/finance-backup"; expected a key ID ("key-…" or a UUID), an alias ("alias/…") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 31,
        suggestions: ['alias/finance-backup'],
      },
    ],
  },
  {
    name: 'reports upper case in a key ID',
    yaml: request('key-HZZ62f1cb66fa42qo9ynx'),
    findings: [
      {
        messageId: 'keyId',
        message:
          'Unexpected key ID "key-HZZ62f1cb66fa42qo9ynx" in KmsKeyId; expected "key-" followed by lower-case letters and digits, or a UUID.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 36,
        suggestions: ['key-hzz62f1cb66fa42qo9ynx'],
      },
    ],
  },
  {
    name: 'reports a stray character in a key ID',
    yaml: request('key-hzz62f1cb_66fa42'),
    findings: [
      {
        messageId: 'keyId',
        message:
          'Unexpected key ID "key-hzz62f1cb_66fa42" in KmsKeyId; expected "key-" followed by lower-case letters and digits, or a UUID.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'reports an alias reserved for service keys',
    yaml: request('alias/acs/hbr'),
    findings: [
      {
        messageId: 'reservedAlias',
        message:
          'Unexpected alias "alias/acs/hbr" in KmsKeyId; expected an alias of your own key, as names under "alias/acs/" are reserved for keys that Alibaba Cloud services manage.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 24,
      },
    ],
  },
  {
    name: 'reports a reserved alias inside an ARN',
    yaml: request('acs:kms:cn-shanghai:1234567890123456:alias/acs/hbr'),
    findings: [
      {
        messageId: 'reservedAlias',
        message:
          'Unexpected alias "acs:kms:cn-shanghai:1234567890123456:alias/acs/hbr" in KmsKeyId; expected an alias of your own key, as names under "alias/acs/" are reserved for keys that Alibaba Cloud services manage.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 61,
      },
    ],
  },
  {
    name: 'reports an alias with no name',
    yaml: request('alias/'),
    findings: [
      {
        messageId: 'aliasLength',
        message:
          'Unexpected alias "alias/" in KmsKeyId with 0 characters after "alias/"; expected 1 to 255.',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'reports an alias name of 256 characters',
    yaml: request(`alias/${'k'.repeat(256)}`),
    findings: [
      {
        messageId: 'aliasLength',
        message: `Unexpected alias "alias/${'k'.repeat(256)}" in KmsKeyId with 256 characters after "alias/"; expected 1 to 255.`,
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 273,
      },
    ],
  },
  {
    name: 'cuts a quoted value after 300 characters',
    yaml: request(`alias/${'k'.repeat(400)}`),
    findings: [
      {
        messageId: 'aliasLength',
        message: `Unexpected alias "alias/${'k'.repeat(294)}…" in KmsKeyId with 400 characters after "alias/"; expected 1 to 255.`,
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 417,
      },
    ],
  },
  {
    name: 'accepts an alias name of 255 characters',
    yaml: request(`alias/${'k'.repeat(255)}`),
    findings: [],
  },
  {
    name: 'reports a space in an alias',
    yaml: request('alias/finance backup'),
    findings: [
      {
        messageId: 'aliasCharacter',
        message:
          'Unexpected character U+0020 (space) in the alias "alias/finance backup" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'reports punctuation in an alias',
    yaml: request('alias/finance.backup'),
    findings: [
      {
        messageId: 'aliasCharacter',
        message:
          'Unexpected character "." in the alias "alias/finance.backup" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'reports an ARN with a malformed account',
    yaml: request('acs:kms:cn-shanghai:finance:key/key-hzz62f1cb66fa42qo9ynx'),
    findings: [
      {
        messageId: 'arn',
        message:
          'Unexpected key ARN "acs:kms:cn-shanghai:finance:key/key-hzz62f1cb66fa42qo9ynx" in KmsKeyId; expected "acs:kms:<region>:<account>:key/<key-id>" or "acs:kms:<region>:<account>:alias/<name>".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 68,
      },
    ],
  },
  {
    name: 'reports white space around a well-formed key',
    yaml: request('" alias/finance-backup "'),
    findings: [
      {
        messageId: 'whiteSpace',
        message:
          'Unexpected white space around KmsKeyId " alias/finance-backup "; expected "alias/finance-backup".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 35,
        suggestions: ['alias/finance-backup'],
      },
    ],
  },
  {
    name: 'spells out an invisible character in the quoted value',
    yaml: request('"alias/finance\\u200Bbackup"'),
    findings: [
      {
        messageId: 'aliasCharacter',
        message:
          'Unexpected character U+200B (zero width space) in the alias "alias/finance<U+200B>backup" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 38,
      },
    ],
  },
]);
