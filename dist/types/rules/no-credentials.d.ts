declare const _default: import("../src/rule.js").Rule<"comment" | "key" | "text" | "value", {}>;
export default _default;
