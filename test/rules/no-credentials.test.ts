import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-credentials.js';
import { lint } from '../../src/engine/lint.js';
import { lines, testRule } from '../helpers/rule-tester.js';

testRule(rule, [
  {
    name: 'accepts a request without credentials',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'Description: Keys are kept in KMS, never here',
      'KmsKeyId: alias/ops-backup',
    ),
    findings: [],
  },
  {
    name: 'reports an access key id by its key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'AccessKeyId: LTAI5tFAKEFAKEFAKE0000',
    ),
    findings: [
      {
        messageId: 'key',
        message:
          'Unexpected credential in "AccessKeyId"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 36,
      },
    ],
  },
  {
    name: 'reports a secret under any spelling of its key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'alibaba_cloud_access_key_secret: FAKEsecretVALUEdoNotUse0000000',
    ),
    findings: [
      {
        messageId: 'key',
        message:
          'Unexpected credential in "alibaba_cloud_access_key_secret"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 64,
      },
    ],
  },
  {
    name: 'reports an access key inside another value',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'Description: created with LTAI5tFAKEFAKEFAKE0000 by ops',
    ),
    findings: [
      {
        messageId: 'value',
        message:
          'Unexpected access key in the value of "Description"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 56,
      },
    ],
  },
  {
    name: 'reports credentials nested in a mapping at their own value',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'Auth:',
      '  AccessKeyId: LTAI5tFAKEFAKEFAKE0000',
      '  Region: cn-shanghai',
    ),
    findings: [
      {
        messageId: 'key',
        message:
          'Unexpected credential in "Auth.AccessKeyId"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 38,
      },
    ],
  },
  {
    name: 'reports an access key used as a key, naming neither',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'LTAI5tZyXwVuTsRqPoNmLkJi: Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0',
    ),
    findings: [
      {
        messageId: 'key',
        message:
          'Unexpected credential in "********"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 57,
      },
    ],
  },
  {
    name: 'reports an access key followed by an underscore',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'Description: LTAI5tQwErTyUiOpAsDfGhJk_backup',
    ),
    findings: [
      {
        messageId: 'value',
        message:
          'Unexpected access key in the value of "Description"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 45,
      },
    ],
  },
  {
    name: 'reports an access key in a file that does not parse',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: "LTAI5tFAKEFAKEFAKE0000',
    ),
    findings: [
      {
        messageId: 'text',
        message:
          'Unexpected access key in a file that does not parse; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 35,
      },
    ],
  },
  {
    name: 'reports an access key in a comment at the key',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault  # made with LTAI5tFAKEFAKEFAKE0000',
    ),
    findings: [
      {
        messageId: 'comment',
        message:
          'Unexpected access key in a comment; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 2,
        column: 35,
        endLine: 2,
        endColumn: 57,
      },
    ],
  },
  {
    name: 'reports a secret named inside a value, as pasted from a profile',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'Description: "copied from .env: ALIBABA_CLOUD_ACCESS_KEY_SECRET=FAKEsecretVALUEdoNotUse0000000"',
    ),
    findings: [
      {
        messageId: 'value',
        message:
          'Unexpected access key in the value of "Description"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 96,
      },
    ],
  },
  {
    name: 'reports a secret copied to another key by an alias',
    yaml: lines(
      'VaultRegionId: cn-shanghai',
      'VaultName: ops-vault',
      'AccessKeySecret: &secret FAKEsecretVALUEdoNotUse0000000',
      'Description: *secret',
    ),
    findings: [
      {
        messageId: 'key',
        message:
          'Unexpected credential in "AccessKeySecret"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 56,
      },
      {
        messageId: 'value',
        message:
          'Unexpected access key in the value of "Description"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
        line: 4,
        column: 14,
        endLine: 4,
        endColumn: 21,
      },
    ],
  },
]);

/** Lints one request file's text, read as standard input. */
function lintText(
  filename: string,
  text: string,
  rules?: Record<string, 'off' | 'info' | 'warning' | 'error'>,
) {
  return lint(['-'], {
    cwd: import.meta.dirname,
    ...(rules ? { rules } : {}),
    stdin: { filename, text },
  });
}

describe('no-credentials redaction', () => {
  it('stands alone on a value: no other rule speaks of a credential', async () => {
    const results = await lintText(
      'alone.vault.yaml',
      lines(
        'VaultRegionId: LTAI5tFAKEFAKEFAKE0000',
        'VaultName: ops-vault',
        'EncryptType: HBR_PRIVATE',
        'KmsKeyId: LTAI5tFAKEFAKEFAKE1111',
      ),
    );
    expect(results.files[0].findings.map((f) => [f.ruleId, f.pointer])).toEqual(
      [
        ['no-credentials', '/VaultRegionId'],
        ['no-credentials', '/KmsKeyId'],
      ],
    );
  });

  it('reports a credential under a key given twice', async () => {
    const results = await lintText(
      'twice.vault.yaml',
      lines(
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'AccessKeySecret: FAKEsecretVALUEdoNotUse0000000',
        'AccessKeySecret: FAKEsecretVALUEdoNotUse1111111',
      ),
    );
    expect(
      results.files[0].findings.map((f) => [f.ruleId, f.range.start.line]),
    ).toEqual([
      ['no-credentials', 3],
      ['duplicate-key', 4],
    ]);
    expect(JSON.stringify(results.files)).not.toContain('FAKEsecret');
  });

  it.each([
    'password=FAKEsecretVALUEdoNotUse0000000',
    '"access_key_secret": "FAKEsecretVALUEdoNotUse0000000"',
    'sk=FAKEsecretVALUEdoNotUse0000000',
    'aliyun configure set --access-key-secret FAKEsecretVALUEdoNotUse0000000',
    'secret: FAKEsecretVALUE00',
    'client_secret=FAKEsecretVALUE00',
    'token=ghp_FAKEsecretVALUE0000000000',
    'AccessKeySecret FAKEsecretVALUEdoNotUse0000000',
    'mysql://backup:FAKEsecretVALUE3@db.internal/finance',
    'api_key=FAKEsecret123',
    'Bearer FAKEsecretVALUE0000000000',
    'mysqlPassword=FAKEsecret2024',
    'X-Auth-Token: FAKEsecret123456',
    'curl --token FAKEsecret123456',
    'password=FAKE,secret1!',
    'password="FAKE;secret&1"',
    'password=FAKEse1',
    'https://backup:FAKE@secret123@example.com/x',
    'Authorization: Basic FAKEc2VjcmV0MTIzNDU2',
  ])('finds and masks a secret named as in %s', async (pasted) => {
    const results = await lintText(
      'named.vault.yaml',
      lines(
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        `VaultType: ${JSON.stringify(pasted)}`,
      ),
    );
    expect(results.files[0].findings.map((f) => f.ruleId)).toEqual([
      'no-credentials',
    ]);
    // The secret: what follows the last name, quotes and = or : or space.
    const secret =
      (/(?:[=: ]|:\/\/[^:]*:)["']?([^"'\s]+?)(?:["']|@[^@]*)?$/.exec(pasted) ??
        [])[1];
    expect(secret?.length).toBeGreaterThanOrEqual(7);
    const text = JSON.stringify(results);
    expect(text).not.toContain(secret);
    expect(text).toContain('********');
  });

  it.each([
    'Disk: none',
    'Backups, ask: the storage team',
    'Keys: in KMS',
    'Finance DB backups. Password: rotated monthly by the DBA team',
    'Access key: rotated every 90 days by the platform team',
    'Admin password: stored in KMS Secrets Manager',
    'Security token: issued by STS for the backup agent only',
    'Old AccessKey: revoked 2024-01, see INC-4412',
    'access-key-id: managed by RAM; do not paste here',
    'See https://wiki.example.com/backup for details',
    'Secret: KMS-encrypted, rotated yearly',
    'Password: AES-256-encrypted at rest',
    'Auth token: OAuth2.0 from the RAM role',
    'Token: RAM-role-based, expires hourly',
    'KMS key alias/finance, rotated yearly',
    'Token-based access for the backup agent',
    'task=Compile2024',
  ])(
    'leaves alone a text that only looks like one: %s',
    async (description) => {
      const results = await lintText(
        'plain.vault.yaml',
        lines(
          'VaultRegionId: cn-shanghai',
          'VaultName: ops-vault',
          `Description: ${JSON.stringify(description)}`,
        ),
      );
      expect(results.files[0].findings).toEqual([]);
    },
  );

  it('masks a named secret in every output, the rule off', async () => {
    const results = await lintText(
      'named.vault.yaml',
      lines(
        'VaultRegionId: cn-shanghai',
        'VaultName: "access_key_secret: FAKEsecretVALUEdoNotUse0000000"',
      ),
      { 'no-credentials': 'off' },
    );
    const text = JSON.stringify(results);
    expect(text).toContain('access_key_secret: ********');
    expect(text).not.toContain('FAKEsecret');
  });

  it('keeps the secret out of messages, suggestions and fixes', async () => {
    const results = await lintText(
      'ops.vault.yaml',
      lines(
        'VaultRegionId: cn-shanghai',
        'VaultName: ops-vault',
        'Description: LTAI5tFAKEFAKEFAKE0000',
        'AccessKeySecret: FAKEsecretVALUEdoNotUse0000000',
        'Auth: { Token: FAKEtokenVALUE000000000000 }',
      ),
    );
    const text = JSON.stringify(results.files);
    expect(text).not.toContain('LTAI5tFAKEFAKEFAKE0000');
    expect(text).not.toContain('FAKEsecretVALUEdoNotUse0000000');
    expect(text).not.toContain('FAKEtokenVALUE000000000000');
    expect(results.requests.map((r) => r.blocked)).toEqual([true]);
  });
});
