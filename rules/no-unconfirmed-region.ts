import { defineRule } from '../src/rule.js';
import {
  DEFAULT_REGION_OPTIONS,
  REGION_OPTIONS_SCHEMA,
  REGIONS_UPDATED,
  regionCatalog,
} from './lib/regions.js';

export default defineRule({
  id: 'no-unconfirmed-region',
  type: 'problem',
  severity: 'warning',
  description:
    'Disallow regions where Cloud Backup is not confirmed to be offered',
  tags: ['region'],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unconfirmed:
      'Unexpected VaultRegionId "{{value}}", a region where Cloud Backup is not confirmed as of {{updated}}; expected a supported region, or this one listed under regions.supported in .vaultlint.yaml once confirmed.',
  },

  check({ params }, context) {
    const region = params.VaultRegionId;

    // Absent, or not a string: the schema's finding.
    if (region === undefined) return;

    // Supported regions are fine; unknown and decommissioned ones are
    // vault-region's findings.
    const catalog = regionCatalog(context.options.regions);
    if (catalog.status(region) !== 'unconfirmed') return;

    context.report({
      messageId: 'unconfirmed',
      data: { value: region, updated: REGIONS_UPDATED },
      pointer: '/VaultRegionId',
    });
  },
});
