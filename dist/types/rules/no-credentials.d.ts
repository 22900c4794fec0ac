declare const _default: import("../src/rule.js").Rule<"value" | "key" | "comment" | "text", {}>;
export default _default;
