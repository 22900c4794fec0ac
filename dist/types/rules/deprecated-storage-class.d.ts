declare const _default: import("../src/rule.js").Rule<"deprecated", {}>;
export default _default;
