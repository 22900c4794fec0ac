import rule from '../../../rules/allowed-regions.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (region: string) =>
  lines(`VaultRegionId: ${region}`, 'VaultName: finance-daily');

const two = { regions: ['cn-shanghai', 'cn-hangzhou'] };

testRule(rule, [
  {
    name: 'allows every region without a list',
    yaml: request('cn-beijing'),
    findings: [],
  },
  {
    name: 'accepts a region on the list',
    yaml: request('cn-hangzhou'),
    options: two,
    findings: [],
  },
  {
    name: 'leaves a missing region to the schema',
    yaml: lines('VaultName: finance-daily'),
    options: two,
    findings: [],
  },
  {
    name: 'reports a region off the list and offers the list',
    yaml: request('cn-beijing'),
    options: two,
    findings: [
      {
        messageId: 'notAllowed',
        message:
          'Unexpected VaultRegionId "cn-beijing"; team policy allows cn-shanghai or cn-hangzhou.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 26,
        suggestions: ['cn-shanghai', 'cn-hangzhou'],
      },
    ],
  },
  {
    name: 'suggests the allowed region a typo is nearest to',
    yaml: request('cn-shanghia'),
    options: { regions: ['cn-shanghai'] },
    findings: [
      {
        messageId: 'notAllowed',
        message:
          'Unexpected VaultRegionId "cn-shanghia"; team policy allows cn-shanghai.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 27,
        suggestions: ['cn-shanghai'],
      },
    ],
  },
]);
