interface Options {
    paths: string[];
    names: string[];
}
declare const _default: import("../src/rule.js").Rule<"missing" | "disabled", Options>;
export default _default;
