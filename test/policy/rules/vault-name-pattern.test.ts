import rule from '../../../rules/vault-name-pattern.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (name: string) =>
  lines('VaultRegionId: cn-shanghai', `VaultName: ${name}`);

testRule(rule, [
  {
    name: 'accepts lower-case words joined by hyphens by default',
    yaml: request('finance-daily-2'),
    findings: [],
  },
  {
    name: 'leaves a missing name to the schema',
    yaml: lines('VaultRegionId: cn-shanghai'),
    findings: [],
  },
  {
    name: 'reports a name off the default pattern',
    yaml: request('Finance_Daily'),
    findings: [
      {
        messageId: 'mismatch',
        message:
          'Unexpected VaultName "Finance_Daily"; team policy expects names matching "[a-z0-9]+(-[a-z0-9]+)*".',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'accepts a name that matches the team pattern',
    yaml: request('prod-ledger'),
    options: { pattern: '(prod|dev)-[a-z]+' },
    findings: [],
  },
  {
    name: 'matches the whole name, not a part of it',
    yaml: request('prod-ledger-old'),
    options: { pattern: '(prod|dev)-[a-z]+' },
    findings: [
      {
        messageId: 'mismatch',
        message:
          'Unexpected VaultName "prod-ledger-old"; team policy expects names matching "(prod|dev)-[a-z]+".',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 27,
      },
    ],
  },
]);
