import data from '../../rules/data/regions.json' with { type: 'json' };
import rule from '../../rules/no-unconfirmed-region.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const request = (region: string) =>
  lines(`VaultRegionId: ${region}`, 'VaultName: finance-daily');

testRule(rule, [
  {
    name: 'accepts a region Cloud Backup serves',
    yaml: request('ap-southeast-1'),
    findings: [],
  },
  {
    name: 'leaves an unknown region to vault-region',
    yaml: request('us-east-9'),
    findings: [],
  },
  {
    name: 'leaves a decommissioned region to vault-region',
    yaml: request('cn-nanjing'),
    findings: [],
  },
  {
    name: 'reports a real region where Cloud Backup is not confirmed',
    yaml: request('us-east-1'),
    findings: [
      {
        messageId: 'unconfirmed',
        message: `Unexpected VaultRegionId "us-east-1", a region where Cloud Backup is not confirmed as of ${data.updated}; expected a supported region, or this one listed under regions.supported in .vaultlint.yaml once confirmed.`,
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'reports a finance region',
    yaml: request('cn-shanghai-finance-1'),
    findings: [
      {
        messageId: 'unconfirmed',
        message: `Unexpected VaultRegionId "cn-shanghai-finance-1", a region where Cloud Backup is not confirmed as of ${data.updated}; expected a supported region, or this one listed under regions.supported in .vaultlint.yaml once confirmed.`,
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 37,
      },
    ],
  },
  {
    name: 'accepts a region the config confirms',
    yaml: request('us-east-1'),
    config: { regions: { supported: ['us-east-1'] } },
    findings: [],
  },
]);
