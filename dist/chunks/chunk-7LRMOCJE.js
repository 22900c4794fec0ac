import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);

// src/engine/request.ts
function pointerOf(key) {
  return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function describe(value) {
  return value == null ? "an empty value" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : typeof value == "string" ? `the string ${JSON.stringify(value)}` : `the ${typeof value == "bigint" ? "number" : typeof value} ${String(value)}`;
}

export {
  pointerOf,
  describe
};
