declare const _default: import("../src/rule.js").Rule<"control" | "bidi" | "invisible" | "surrogate" | "leadingSpace" | "trailingSpace" | "more", {}>;
export default _default;
