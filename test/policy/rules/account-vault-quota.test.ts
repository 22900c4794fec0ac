import rule from '../../../rules/account-vault-quota.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (name: string, region = 'cn-shanghai') =>
  lines(`VaultRegionId: ${region}`, `VaultName: ${name}`);

const team = (settings: Record<string, unknown>) => ({
  accounts: { team: { files: ['*.vault.yaml'], ...settings } },
});

testRule(rule, [
  {
    name: 'accepts requests well within the quota',
    files: { 'a.vault.yaml': request('a'), 'b.vault.yaml': request('b') },
    config: team({ quota: 3 }),
    findings: [],
  },
  {
    name: 'reports each request past the quota, in path order',
    files: {
      'c.vault.yaml': request('c'),
      'a.vault.yaml': request('a'),
      'b.vault.yaml': request('b'),
    },
    config: team({ quota: 1 }),
    findings: [
      {
        messageId: 'over',
        message:
          'Unexpected vault past the quota of account team: 0 existing + 2 requested = 2 of 1.',
        file: 'b.vault.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
      {
        messageId: 'over',
        message:
          'Unexpected vault past the quota of account team: 0 existing + 3 requested = 3 of 1.',
        file: 'c.vault.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
  {
    name: 'counts two requests for one vault once',
    files: { 'a.vault.yaml': request('a'), 'b.vault.yaml': request('a') },
    config: team({ quota: 1, warnAt: 1 }),
    findings: [
      {
        messageId: 'near',
        message:
          'Unexpected vault count near the quota of account team: 0 existing + 1 requested = 1 of 1 (warning from 100%).',
        severity: 'warning',
        file: 'a.vault.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
  {
    name: 'warns once, on the request that reaches 90 %',
    files: {
      'a.vault.yaml': request('a'),
      'b.vault.yaml': request('b'),
      'c.vault.yaml': request('c'),
    },
    config: team({ quota: 10, existing: 7 }),
    findings: [
      {
        messageId: 'near',
        message:
          'Unexpected vault count near the quota of account team: 7 existing + 3 requested = 10 of 10 (warning from 90%).',
        severity: 'warning',
        file: 'b.vault.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
]);
