declare const _default: import("../src/rule.js").Rule<"notAllowed", {
    regions: string[];
}>;
export default _default;
