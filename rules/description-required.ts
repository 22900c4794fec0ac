import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'description-required',
  type: 'suggestion',
  severity: 'off',
  description: 'Require a Description that says what the vault holds',
  tags: ['policy'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minLength: {
        type: 'integer',
        minimum: 1,
        maximum: 255,
        default: 1,
        examples: [10],
        description:
          'Fewest characters (code points) the trimmed Description may have.',
      },
    },
  },
  defaultOptions: { minLength: 1 },
  messages: {
    missing: 'Missing Description; team policy requires one.',
    empty: 'Unexpected empty Description; team policy requires one.',
    short:
      'Unexpected Description "{{value}}" of {{length}} characters; team policy requires at least {{min}}.',
  },

  check({ params, raw }, context) {
    const value = params.Description;
    const min = context.options.minLength;

    if (raw.Description === undefined) {
      context.report({ messageId: 'missing', pointer: '/Description' });
      return;
    }

    // A value of another type is the schema's finding.
    if (raw.Description !== null && value === undefined) return;

    const length = [...(value ?? '').trim()].length;
    if (length === 0) {
      context.report({ messageId: 'empty', pointer: '/Description' });
      return;
    }

    // Long enough.
    if (length >= min) return;

    context.report({
      messageId: 'short',
      data: { value: value ?? '', length, min },
      pointer: '/Description',
    });
  },
});
