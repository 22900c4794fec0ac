import picomatch from 'picomatch';
import { defineRule, type RuleRequest } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';
import { matchesPattern } from './lib/policy.js';

interface Options {
  paths: string[];
  names: string[];
}

export default defineRule({
  id: 'worm-required',
  type: 'suggestion',
  severity: 'off',
  description:
    'Require backup locking (WormEnabled: true) on every vault, or on the files and names chosen',
  api: CREATE_VAULT_API,
  tags: ['policy', 'worm'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      paths: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        examples: [['vaults/prod/**']],
        description:
          "Globs of request files, relative to the config file's folder, whose vaults need WORM, e.g. vaults/prod/**.",
      },
      names: {
        type: 'array',
        items: { type: 'string', minLength: 1, format: 'regex' },
        default: [],
        examples: [['prod-.*']],
        description:
          'Regular expressions a VaultName matches in full when its vault needs WORM, e.g. "prod-.*".',
      },
    },
  },
  defaultOptions: { paths: [], names: [] } as Options,
  messages: {
    missing:
      'Missing WormEnabled; team policy requires backup locking (WormEnabled: true) for {{scope}}.',
    disabled:
      'Unexpected WormEnabled false; team policy requires backup locking (true) for {{scope}}.',
  },

  check(request, context) {
    const { raw, params } = request;
    const scope = scopeOf(request, context.options);

    // The team chose other files and names.
    if (scope === undefined) return;

    // A value of another type ("yes") is the schema's finding.
    if (raw.WormEnabled !== undefined && raw.WormEnabled !== null) {
      if (params.WormEnabled !== false) return;
      context.report({
        messageId: 'disabled',
        data: { scope },
        pointer: '/WormEnabled',
        suggestions: ['true'],
      });
      return;
    }

    context.report({
      messageId: 'missing',
      data: { scope },
      pointer: '/WormEnabled',
      suggestions: ['WormEnabled: true'],
    });
  },
});

/** Why the request needs WORM, for the message; undefined when it does not. */
function scopeOf(request: RuleRequest, options: Options): string | undefined {
  const { paths, names } = options;
  if (paths.length === 0 && names.length === 0) return 'every vault';

  const glob = paths.find((p) =>
    picomatch(p, { dot: true })(request.pathFromConfig),
  );
  if (glob !== undefined) return `files matching "${glob}"`;

  const name = request.params.VaultName;
  const pattern =
    name === undefined ? undefined : names.find((n) => matchesPattern(n, name));
  if (pattern !== undefined) return `names matching "${pattern}"`;
  return undefined;
}
