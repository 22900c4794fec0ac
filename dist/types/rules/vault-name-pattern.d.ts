declare const _default: import("../src/rule.js").Rule<"mismatch", {
    pattern: string;
}>;
export default _default;
