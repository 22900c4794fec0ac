import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import{a as e,d as t}from"./chunks/chunk-HZ4WLTZV.js";import"./chunks/chunk-IHFL42EI.js";import"./chunks/chunk-M6G3XGPE.js";import"./chunks/chunk-WBHIFR6J.js";import"./chunks/chunk-A5FRHUCW.js";import"./chunks/chunk-RCHILBSJ.js";export{e as defineRule,t as lint};
