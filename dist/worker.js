import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import{b as e,c as a,e as t}from"./chunks/chunk-HZ4WLTZV.js";import"./chunks/chunk-IHFL42EI.js";import"./chunks/chunk-M6G3XGPE.js";import"./chunks/chunk-WBHIFR6J.js";import"./chunks/chunk-A5FRHUCW.js";import"./chunks/chunk-RCHILBSJ.js";import{parentPort as s,workerData as i}from"node:worker_threads";var n=i,o;try{o={state:await t(n)}}catch(r){o={error:{kind:r instanceof a?"usage":r instanceof e?"config":"internal",message:r.message}}}s?.postMessage(o);
