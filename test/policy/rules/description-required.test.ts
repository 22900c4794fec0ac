import rule from '../../../rules/description-required.js';
import { lines, testRule } from '../../helpers/rule-tester.js';

const request = (...more: string[]) =>
  lines('VaultRegionId: cn-shanghai', 'VaultName: finance-daily', ...more);

testRule(rule, [
  {
    name: 'accepts a description',
    yaml: request('Description: Nightly backups of the finance databases'),
    findings: [],
  },
  {
    name: 'counts characters, not bytes',
    yaml: request('Description: 财务数据库每晚备份保存'),
    options: { minLength: 10 },
    findings: [],
  },
  {
    name: 'reports a missing description',
    yaml: request(),
    findings: [
      {
        messageId: 'missing',
        message: 'Missing Description; team policy requires one.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 27,
      },
    ],
  },
  {
    name: 'reports an empty string',
    yaml: request('Description: ""'),
    findings: [
      {
        messageId: 'empty',
        message: 'Unexpected empty Description; team policy requires one.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 16,
      },
    ],
  },
  {
    name: 'reports a key without a value at the key',
    yaml: request('Description:'),
    findings: [
      {
        messageId: 'empty',
        message: 'Unexpected empty Description; team policy requires one.',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 12,
      },
    ],
  },
  {
    name: 'reports a description shorter than minLength',
    yaml: request('Description: Nightly'),
    options: { minLength: 10 },
    findings: [
      {
        messageId: 'short',
        message:
          'Unexpected Description "Nightly" of 7 characters; team policy requires at least 10.',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 21,
      },
    ],
  },
]);
