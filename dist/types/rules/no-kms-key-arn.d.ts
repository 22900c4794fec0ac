declare const _default: import("../src/rule.js").Rule<"arn", {}>;
export default _default;
