import { defineRule } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import {
  DEFAULT_REGION_OPTIONS,
  REGION_OPTIONS_SCHEMA,
  REGIONS_UPDATED,
  regionCatalog,
} from './lib/regions.js';
import { visible } from './lib/text.js';

export default defineRule({
  id: 'vault-region',
  type: 'problem',
  severity: 'error',
  description:
    'Require VaultRegionId to be a known region ID that is still in service',
  api: CREATE_VAULT_API,
  tags: ['api', 'region'],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unknownNear:
      'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected "{{suggestion}}", the nearest known one.',
    unknown:
      'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected an ID such as "cn-hangzhou" from the region list of {{updated}}.',
    decommissioned:
      'Unexpected VaultRegionId "{{value}}", a decommissioned region; expected a region where Cloud Backup is in service.',
    empty:
      'Missing region in VaultRegionId; expected a region ID such as "cn-hangzhou".',
  },

  check({ params }, context) {
    const region = params.VaultRegionId;

    // Absent, or not a string: the schema's finding.
    if (region === undefined) return;

    const catalog = regionCatalog(context.options.regions);
    const status = catalog.status(region);
    // Served by Cloud Backup; an unconfirmed real region is
    // no-unconfirmed-region's finding.
    if (status === 'supported' || status === 'unconfirmed') return;

    const pointer = '/VaultRegionId';
    if (status === 'decommissioned') {
      context.report({
        messageId: 'decommissioned',
        data: { value: region },
        pointer,
      });
      return;
    }
    if (region.trim() === '') {
      context.report({ messageId: 'empty', pointer });
      return;
    }

    const suggestion = catalog.nearest(region);
    context.report(
      suggestion
        ? {
            messageId: 'unknownNear',
            data: { value: visible(region), suggestion },
            pointer,
            suggestions: [suggestion],
          }
        : {
            messageId: 'unknown',
            data: { value: visible(region), updated: REGIONS_UPDATED },
            pointer,
          },
    );
  },
});
