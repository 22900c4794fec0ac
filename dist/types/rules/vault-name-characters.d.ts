declare const _default: import("../src/rule.js").Rule<"control" | "bidi" | "invisible" | "leadingSpace" | "trailingSpace", {}>;
export default _default;
