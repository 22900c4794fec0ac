import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  defineRule,
  lint
} from "./chunks/chunk-DP2ZP237.js";
import "./chunks/chunk-6SQFYNWU.js";
export {
  defineRule,
  lint
};
