declare const _default: import("../src/rule.js").Rule<"missing" | "notKms" | "keyNotAllowed", {
    keys: string[];
}>;
export default _default;
