declare const _default: import("../src/rule.js").Rule<"empty" | "unknown" | "decommissioned" | "unknownNear", import("./lib/regions.js").RegionOptions>;
export default _default;
