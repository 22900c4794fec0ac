declare const _default: import("../src/rule.js").Rule<"comment" | "key" | "value" | "text", {}>;
export default _default;
