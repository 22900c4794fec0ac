declare const _default: import("../src/rule.js").Rule<"decommissioned" | "empty" | "unknown" | "unknownNear", import("./lib/regions.js").RegionOptions>;
export default _default;
