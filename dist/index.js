import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import{j as e,q as t}from"./chunks/chunk-AWM45UZO.js";import"./chunks/chunk-25ONTX5Y.js";import"./chunks/chunk-QYMHBGPZ.js";import"./chunks/chunk-M6G3XGPE.js";import"./chunks/chunk-JXVNFQYL.js";import"./chunks/chunk-JP354BG5.js";import"./chunks/chunk-RCHILBSJ.js";export{e as defineRule,t as lint};
