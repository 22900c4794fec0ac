import rule from '../../../rules/allowed-vault-types.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (...more: string[]) =>
  lines('VaultRegionId: cn-hangzhou', 'VaultName: orders-ots', ...more);

testRule(rule, [
  {
    name: 'accepts STANDARD by default',
    yaml: request('VaultType: STANDARD'),
    findings: [],
  },
  {
    name: 'accepts OTS_BACKUP when the list allows it',
    yaml: request('VaultType: OTS_BACKUP'),
    options: { types: ['STANDARD', 'OTS_BACKUP'] },
    findings: [],
  },
  {
    name: 'leaves a value the API rejects to the schema',
    yaml: request('VaultType: standard'),
    findings: [],
  },
  {
    name: 'reports a type off the list',
    yaml: request('VaultType: OTS_BACKUP'),
    findings: [
      {
        messageId: 'notAllowed',
        message:
          'Unexpected VaultType "OTS_BACKUP"; team policy allows STANDARD.',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 22,
        suggestions: ['STANDARD'],
      },
    ],
  },
  {
    name: 'reports a request that leaves the type to the service',
    yaml: request(),
    options: { types: ['STANDARD', 'OTS_BACKUP'] },
    findings: [
      {
        messageId: 'missing',
        message:
          'Missing VaultType; team policy allows STANDARD or OTS_BACKUP.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
        suggestions: ['STANDARD', 'OTS_BACKUP'],
      },
    ],
  },
  {
    name: 'reports an empty type at its key',
    yaml: request('VaultType:'),
    findings: [
      {
        messageId: 'missing',
        message: 'Missing VaultType; team policy allows STANDARD.',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 10,
        suggestions: ['STANDARD'],
      },
    ],
  },
]);
