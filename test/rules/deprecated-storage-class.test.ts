import rule from '../../rules/deprecated-storage-class.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const request = (storageClass: string) =>
  lines(
    'VaultRegionId: cn-hangzhou',
    'VaultName: media-cold',
    `VaultStorageClass: ${storageClass}`,
  );

testRule(rule, [
  {
    name: 'accepts STANDARD',
    yaml: request('STANDARD'),
    findings: [],
  },
  {
    name: 'accepts a request without a storage class',
    yaml: lines('VaultRegionId: cn-hangzhou', 'VaultName: media-cold'),
    findings: [],
  },
  {
    name: 'leaves an unknown storage class to the schema',
    yaml: request('standard'),
    findings: [],
  },
  {
    name: 'reports IA',
    yaml: request('IA'),
    findings: [
      {
        messageId: 'deprecated',
        message: 'VaultStorageClass "IA" is deprecated; use "STANDARD".',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 22,
        suggestions: ['STANDARD'],
      },
    ],
  },
  {
    name: 'reports ARCHIVE',
    yaml: request('ARCHIVE'),
    findings: [
      {
        messageId: 'deprecated',
        message: 'VaultStorageClass "ARCHIVE" is deprecated; use "STANDARD".',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 27,
        suggestions: ['STANDARD'],
      },
    ],
  },
  {
    name: 'reports COLD_ARCHIVE in quotes',
    yaml: request('"COLD_ARCHIVE"'),
    findings: [
      {
        messageId: 'deprecated',
        message:
          'VaultStorageClass "COLD_ARCHIVE" is deprecated; use "STANDARD".',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 34,
        suggestions: ['STANDARD'],
      },
    ],
  },
]);
