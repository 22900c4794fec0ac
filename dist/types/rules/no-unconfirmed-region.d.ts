declare const _default: import("../src/rule.js").Rule<"unconfirmed", import("./lib/regions.js").RegionOptions>;
export default _default;
