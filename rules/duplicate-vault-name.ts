import { defineRule, type RuleRequest } from '../src/rule.js';

export default defineRule({
  id: 'duplicate-vault-name',
  type: 'problem',
  severity: 'error',
  description: 'Disallow two requests for the same vault name in one region',
  tags: ['api'],
  defaultOptions: {},
  messages: {
    duplicate:
      'Unexpected second request for vault "{{name}}" in {{region}}; first requested in {{first}}.',
  },

  checkAll(_requests, context, { everyRequest }) {
    // The first request for each name, by region, whichever config governs
    // it: the names share one cloud.
    const seen = new Map<string, Map<string, RuleRequest>>();
    for (const request of everyRequest) {
      const { VaultName: name, VaultRegionId: region } = request.params;

      // Without both a name and a region there is nothing to compare.
      if (name === undefined || region === undefined) continue;

      let names = seen.get(region);
      if (!names) {
        names = new Map();
        seen.set(region, names);
      }
      const first = names.get(name);
      if (!first) {
        names.set(name, request);
        continue;
      }

      context.report({
        request,
        messageId: 'duplicate',
        data: {
          name,
          region,
          first: `${first.file} (document ${first.document})`,
        },
        pointer: '/VaultName',
      });
    }
  },
});
