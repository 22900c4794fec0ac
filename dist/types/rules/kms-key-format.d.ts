declare const _default: import("../src/rule.js").Rule<"arn" | "unknown" | "keyId" | "aliasLength" | "aliasCharacter" | "reservedAlias" | "whiteSpace", {}>;
export default _default;
