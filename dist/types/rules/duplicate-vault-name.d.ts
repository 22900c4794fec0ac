declare const _default: import("../src/rule.js").Rule<"duplicate", {}>;
export default _default;
