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

  checkAll(requests, context) {
    const seen = new Map<string, RuleRequest>();
    for (const request of requests) {
      const { VaultName: name, VaultRegionId: region } = request.params;

      // Without both a name and a region there is nothing to compare.
      if (name === undefined || region === undefined) continue;

      const key = `${region}\u0000${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, request);
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
