declare const _default: import("../src/rule.js").Rule<"value" | "key" | "comment", {}>;
export default _default;
