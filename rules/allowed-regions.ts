import { nearest } from '../src/engine/suggest.js';
import { defineRule } from '../src/rule.js';
import { either } from './lib/policy.js';

export default defineRule({
  id: 'allowed-regions',
  type: 'suggestion',
  severity: 'off',
  description: 'Enforce the regions where the team keeps its vaults',
  tags: ['policy', 'region'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      regions: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
        default: [],
        examples: [['cn-shanghai', 'cn-hangzhou']],
        description:
          'Region IDs where vaults may be created, e.g. cn-shanghai; an empty list allows every region.',
      },
    },
  },
  defaultOptions: { regions: [] as string[] },
  messages: {
    notAllowed:
      'Unexpected VaultRegionId "{{region}}"; team policy allows {{allowed}}.',
  },

  check({ params }, context) {
    const { regions } = context.options;
    const region = params.VaultRegionId;

    // No list: the team has not restricted regions.
    if (regions.length === 0) return;

    // A missing region is the schema's finding; an allowed one is fine.
    if (region === undefined || regions.includes(region)) return;

    const guess = nearest(region, regions);
    context.report({
      messageId: 'notAllowed',
      data: { region, allowed: either(regions) },
      pointer: '/VaultRegionId',
      suggestions: guess ? [guess] : [...regions],
    });
  },
});
