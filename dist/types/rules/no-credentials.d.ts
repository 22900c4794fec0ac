declare const _default: import("../src/rule.js").Rule<"value" | "key", {}>;
export default _default;
