declare const _default: import("../src/rule.js").Rule<"missing" | "empty" | "short", {
    minLength: number;
}>;
export default _default;
