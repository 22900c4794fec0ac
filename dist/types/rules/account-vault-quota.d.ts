import { type AccountInfo, type RuleRequest } from '../src/rule.js';
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
export declare function quotaGroups(requests: readonly RuleRequest[], account: AccountInfo): QuotaGroup[];
declare const _default: import("../src/rule.js").Rule<"over" | "near", {}>;
export default _default;
