declare const _default: import("../src/rule.js").Rule<"mismatch", {}>;
export default _default;
