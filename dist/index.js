import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  defineRule,
  lint
} from "./chunks/chunk-RACLJCKZ.js";
import "./chunks/chunk-KLDBTBRC.js";
import "./chunks/chunk-HJCEFN4A.js";
import "./chunks/chunk-6SQFYNWU.js";
export {
  defineRule,
  lint
};
