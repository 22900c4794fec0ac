declare const _default: import("../src/rule.js").Rule<"withoutEncryptType" | "otherEncryptType", {}>;
export default _default;
