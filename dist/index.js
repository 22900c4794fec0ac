import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  defineRule,
  lint
} from "./chunks/chunk-IRFPGHGI.js";
import "./chunks/chunk-HJCEFN4A.js";
import "./chunks/chunk-AZU6UJ5O.js";
import "./chunks/chunk-5AGVFYPG.js";
import "./chunks/chunk-7LRMOCJE.js";
import "./chunks/chunk-OQR5B7IZ.js";
import "./chunks/chunk-6SQFYNWU.js";
export {
  defineRule,
  lint
};
