import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import{m as e,z as t}from"./chunks/chunk-2AYKZAKR.js";import"./chunks/chunk-N7I367WL.js";import"./chunks/chunk-Q5BVNCBV.js";import"./chunks/chunk-M6G3XGPE.js";import"./chunks/chunk-CZLACHSH.js";import"./chunks/chunk-WMZO3KVE.js";import"./chunks/chunk-RCHILBSJ.js";export{e as defineRule,t as lint};
