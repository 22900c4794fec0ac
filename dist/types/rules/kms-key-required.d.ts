declare const _default: import("../src/rule.js").Rule<"missing", {}>;
export default _default;
