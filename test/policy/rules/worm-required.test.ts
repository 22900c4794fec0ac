import rule from '../../../rules/worm-required.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (name: string, ...more: string[]) =>
  lines('VaultRegionId: cn-shanghai', `VaultName: ${name}`, ...more);

testRule(rule, [
  {
    name: 'accepts WORM on every vault',
    yaml: request('finance-daily', 'WormEnabled: true'),
    findings: [],
  },
  {
    name: 'leaves a value of another type to the schema',
    yaml: request('finance-daily', 'WormEnabled: yes'),
    findings: [],
  },
  {
    name: 'reports a missing WormEnabled on every vault',
    yaml: request('finance-daily'),
    findings: [
      {
        messageId: 'missing',
        message:
          'Missing WormEnabled; team policy requires backup locking (WormEnabled: true) for every vault.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
        suggestions: ['WormEnabled: true'],
      },
    ],
  },
  {
    name: 'reports WormEnabled false',
    yaml: request('finance-daily', 'WormEnabled: false'),
    findings: [
      {
        messageId: 'disabled',
        message:
          'Unexpected WormEnabled false; team policy requires backup locking (true) for every vault.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 19,
        suggestions: ['true'],
      },
    ],
  },
  {
    name: 'requires WORM only in the files the globs name',
    files: {
      'vaults/prod/db.vault.yaml': request('prod-db', 'WormEnabled: false'),
      'vaults/dev/db.vault.yaml': request('dev-db', 'WormEnabled: false'),
    },
    options: { paths: ['vaults/prod/**'] },
    findings: [
      {
        messageId: 'disabled',
        message:
          'Unexpected WormEnabled false; team policy requires backup locking (true) for files matching "vaults/prod/**".',
        file: 'vaults/prod/db.vault.yaml',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 19,
        suggestions: ['true'],
      },
    ],
  },
  {
    name: 'requires WORM only for names the patterns match in full',
    files: {
      'a.vault.yaml': request('prod-ledger'),
      'b.vault.yaml': request('old-prod-ledger'),
    },
    options: { names: ['prod-.*'] },
    findings: [
      {
        messageId: 'missing',
        message:
          'Missing WormEnabled; team policy requires backup locking (WormEnabled: true) for names matching "prod-.*".',
        file: 'a.vault.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
        suggestions: ['WormEnabled: true'],
      },
    ],
  },
]);
