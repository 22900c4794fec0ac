declare const _default: import("../src/rule.js").Rule<"notAllowed" | "missing", {
    types: string[];
}>;
export default _default;
