declare const _default: import("../src/rule.js").Rule<"control" | "bidi" | "invisible" | "leadingSpace" | "trailingSpace" | "more", {}>;
export default _default;
