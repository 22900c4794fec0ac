import { type AccountInfo, defineRule, type RuleRequest } from '../src/rule.js';
import { CREATE_VAULT_API } from './api.js';

/** The vaults one quota counts: an account, or one region of it. */
export interface QuotaGroup {
  /** Set when the account's scope is `region`. */
  region?: string;
  /** Vaults there already: the inventory's plus the `existing` count. */
  existing: number;
  /** Requests that would add a vault, in sorted order. */
  added: RuleRequest[];
}

/**
 * Splits an account's requests into the groups its quota counts. A vault
 * the inventory lists already counts once, as existing, however many
 * requests name it; so do several requests for one name in one region.
 * With scope `region`, a plain `existing` count is assumed to lie in every
 * region (the safe reading), and requests without a region count nowhere.
 */
export function quotaGroups(
  requests: readonly RuleRequest[],
  account: AccountInfo,
): QuotaGroup[] {
  const seen = new Set<string>(account.inventory);
  const added: RuleRequest[] = [];
  for (const request of byAccount(requests).get(account.name) ?? []) {
    const { VaultRegionId: region, VaultName: name } = request.params;
    const key = `${region}/${name}`;
    if (region !== undefined && name !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    added.push(request);
  }

  if (account.scope === 'account') {
    return [{ existing: account.inventory.size + account.existing, added }];
  }
  const regions = new Set<string>(Object.keys(account.existingIn ?? {}));
  for (const key of account.inventory) regions.add(regionOf(key));
  for (const request of added) {
    if (request.params.VaultRegionId !== undefined)
      regions.add(request.params.VaultRegionId);
  }
  return [...regions].sort().map((region) => ({
    region,
    existing:
      [...account.inventory].filter((key) => regionOf(key) === region).length +
      (account.existingIn
        ? (account.existingIn[region] ?? 0)
        : account.existing),
    added: added.filter((r) => r.params.VaultRegionId === region),
  }));
}

const grouped = new WeakMap<
  readonly RuleRequest[],
  Map<string, RuleRequest[]>
>();

/** The requests of each account, in order; computed once per run. */
function byAccount(
  requests: readonly RuleRequest[],
): Map<string, RuleRequest[]> {
  let groups = grouped.get(requests);
  if (!groups) {
    groups = new Map();
    for (const request of requests) {
      const list = groups.get(request.account);
      if (list) list.push(request);
      else groups.set(request.account, [request]);
    }
    grouped.set(requests, groups);
  }
  return groups;
}

function regionOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

export default defineRule({
  id: 'account-vault-quota',
  type: 'problem',
  severity: 'error',
  description:
    'Enforce the vault quota of each account, counting the vaults that exist already',
  api: CREATE_VAULT_API,
  tags: ['api', 'quota'],
  defaultOptions: {},
  messages: {
    over: 'Unexpected vault past the quota of account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}}.',
    near: 'Unexpected vault count near the quota of account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}} (warning from {{percent}}%).',
  },

  checkAll(requests, context, run) {
    for (const account of run.accounts.values()) {
      for (const group of quotaGroups(requests, account)) {
        const where = group.region
          ? `${account.name} in ${group.region}`
          : account.name;
        const { existing, added } = group;
        const { quota } = account;
        const figures = (requested: number) => ({
          account: where,
          existing,
          requested,
          total: existing + requested,
          quota,
        });

        // Every vault fits: at most an early warning, once per group.
        if (existing + added.length <= quota) {
          const threshold = Math.ceil(account.warnAt * quota - 1e-9);
          const first = added.findIndex(
            (_, i) => existing + i + 1 >= threshold,
          );
          if (first === -1) continue;
          context.report({
            request: added[first],
            messageId: 'near',
            severity: 'warning',
            data: {
              ...figures(added.length),
              percent: Math.round(account.warnAt * 100),
            },
            pointer: '',
          });
          continue;
        }

        // The requests that still fit are fine; each later one is not.
        added.forEach((request, i) => {
          if (existing + i + 1 <= quota) return;
          context.report({
            request,
            messageId: 'over',
            data: figures(i + 1),
            pointer: '',
          });
        });
      }
    }
  },
});
