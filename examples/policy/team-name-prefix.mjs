// @ts-check
/**
 * A rule of the example team's own: a vault's name starts with the team
 * folder its request lives in (vaults/<team>/…), so that every name says
 * who owns the vault. `.vaultlint.yaml` loads it with `plugins:`.
 */
import { defineRule } from 'vaultlint';

export default defineRule({
  id: 'team-name-prefix',
  type: 'suggestion',
  severity: 'warning',
  description:
    'Require VaultName to start with the team folder the request lives in',
  docs: 'https://github.com/vaultlint/vaultlint/blob/main/docs/policy.md#writing-a-policy-rule',
  tags: ['policy', 'naming'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      folder: {
        type: 'string',
        minLength: 1,
        default: 'vaults',
        description: 'The folder whose subfolders are named after teams.',
      },
    },
  },
  defaultOptions: { folder: 'vaults' },
  messages: {
    prefix:
      'Unexpected VaultName "{{name}}"; vaults of team {{team}} have names starting with "{{team}}-".',
  },

  check(request, context) {
    const { folder } = context.options;
    const parts = request.pathFromConfig.split('/');
    const at = parts.indexOf(folder);
    const team =
      at === -1 || at + 2 >= parts.length ? undefined : parts[at + 1];
    const name = request.params.VaultName;

    // Not inside a team's folder: there is no team to name.
    if (team === undefined) return;

    // A missing name is the schema's finding; this one has the prefix.
    if (name === undefined || name.startsWith(`${team}-`)) return;

    context.report({
      messageId: 'prefix',
      data: { name, team },
      pointer: '/VaultName',
      suggestions: [`${team}-${name}`],
    });
  },
});
