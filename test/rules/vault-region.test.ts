import { describe, expect, it } from 'vitest';
import data from '../../rules/data/regions.json' with { type: 'json' };
import rule from '../../rules/vault-region.js';
import { lines, testRule } from '../helpers/rule-tester.js';

const request = (region: string) =>
  lines(`VaultRegionId: ${region}`, 'VaultName: finance-daily');

testRule(rule, [
  {
    name: 'accepts a region Cloud Backup serves',
    yaml: request('cn-shanghai'),
    findings: [],
  },
  {
    name: 'leaves a real but unconfirmed region to no-unconfirmed-region',
    yaml: request('us-east-1'),
    findings: [],
  },
  {
    name: 'leaves a region of another type to the schema',
    yaml: request('42'),
    findings: [],
  },
  {
    name: 'reports a misspelt region with the nearest known one',
    yaml: request('cn-shangai'),
    findings: [
      {
        messageId: 'unknownNear',
        message:
          'Unexpected VaultRegionId "cn-shangai", which is not a known region ID; expected "cn-shanghai", the nearest known one.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 26,
        suggestions: ['cn-shanghai'],
      },
    ],
  },
  {
    name: 'suggests the lower-case form of a region',
    yaml: request('CN-Hangzhou'),
    findings: [
      {
        messageId: 'unknownNear',
        message:
          'Unexpected VaultRegionId "CN-Hangzhou", which is not a known region ID; expected "cn-hangzhou", the nearest known one.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 27,
        suggestions: ['cn-hangzhou'],
      },
    ],
  },
  {
    name: 'suggests a region for a zone ID',
    yaml: request('cn-hangzhou-h'),
    findings: [
      {
        messageId: 'unknownNear',
        message:
          'Unexpected VaultRegionId "cn-hangzhou-h", which is not a known region ID; expected "cn-hangzhou", the nearest known one.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 29,
        suggestions: ['cn-hangzhou'],
      },
    ],
  },
  {
    name: 'reports an unknown region far from any known one',
    yaml: request('mars-north-1'),
    findings: [
      {
        messageId: 'unknown',
        message: `Unexpected VaultRegionId "mars-north-1", which is not a known region ID; expected an ID such as "cn-hangzhou" from the region list of ${data.updated}.`,
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 28,
      },
    ],
  },
  {
    name: 'reports a decommissioned region',
    yaml: request('ap-southeast-2'),
    findings: [
      {
        messageId: 'decommissioned',
        message:
          'Unexpected VaultRegionId "ap-southeast-2", a decommissioned region; expected a region where Cloud Backup is in service.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 30,
      },
    ],
  },
  {
    name: 'reports an empty region',
    yaml: request('""'),
    findings: [
      {
        messageId: 'empty',
        message:
          'Missing region in VaultRegionId; expected a region ID such as "cn-hangzhou".',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 18,
      },
    ],
  },
  {
    name: 'accepts a region the config adds as supported',
    yaml: request('cn-nanjing-2'),
    config: { regions: { supported: ['cn-nanjing-2'] } },
    findings: [],
  },
  {
    name: 'reports a region the config marks decommissioned',
    yaml: request('cn-chengdu'),
    config: { regions: { decommissioned: ['cn-chengdu'] } },
    findings: [
      {
        messageId: 'decommissioned',
        message:
          'Unexpected VaultRegionId "cn-chengdu", a decommissioned region; expected a region where Cloud Backup is in service.',
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 26,
      },
    ],
  },
  {
    name: 'takes the region list from the rule options too',
    yaml: request('cn-nanjing-2'),
    options: { regions: { supported: ['cn-nanjing-2'] } },
    findings: [],
  },
]);

describe('rules/data/regions.json', () => {
  it('is dated YYYY-MM-DD', () => {
    expect(data.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(data.updated))).toBe(false);
  });

  it('lists each region once, in lower case', () => {
    const all = [
      ...data.supported,
      ...data.unconfirmed,
      ...data.decommissioned,
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const region of all) expect(region).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });
});
