import { defineRule } from '../src/rule.js';

/** Keys that only ever hold credentials. */
const CREDENTIAL_KEY =
  /^(access[-_]?key([-_]?(id|secret))?|secret([-_]?access)?[-_]?key|security[-_]?token|(sts[-_]?)?token|password|ak|sk|alibaba[-_]?cloud[-_]?access[-_]?key[-_]?(id|secret))$/i;

/** Values that look like Alibaba Cloud access keys or STS tokens. */
const CREDENTIAL_VALUE = /\b(LTAI[A-Za-z0-9]{12,30}|STS\.[A-Za-z0-9]{20,})\b/;

export default defineRule({
  id: 'no-credentials',
  type: 'problem',
  severity: 'error',
  description: 'Disallow access keys and other credentials in request files',
  tags: ['security'],
  defaultOptions: {},
  messages: {
    key: 'Unexpected credential in {{key}}; a credential does not belong in a request file. Remove it and revoke it.',
    value:
      'Unexpected access key in the value of {{key}}; a credential does not belong in a request file. Remove it and revoke it.',
  },

  check({ raw }, context) {
    for (const [key, value] of Object.entries(raw)) {
      const secretKey = CREDENTIAL_KEY.test(key.replace(/\s/g, ''));
      const text = typeof value === 'string' ? value : undefined;
      const match = text === undefined ? null : CREDENTIAL_VALUE.exec(text);

      // Neither the key nor the value looks like a credential.
      if (!secretKey && !match) continue;

      if (text !== undefined)
        context.redact(secretKey ? text : (match?.[0] ?? text));
      context.report({
        messageId: secretKey ? 'key' : 'value',
        data: { key },
        pointer: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      });
    }
  },
});
