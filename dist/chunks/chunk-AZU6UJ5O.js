import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);

// src/engine/config-file.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
var ConfigSyntaxError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
}, FORMAT = 1;
async function readConfigText(text, version) {
  let file = cacheFile(text, version), cached = file && readCache(file);
  if (cached) return cached;
  let parsed = await parseConfigText(text);
  return file && writeCache(file, parsed), parsed;
}
async function parseConfigText(text) {
  let { parseConfigYaml } = await import("./config-yaml-IHTE23AP.js");
  return parseConfigYaml(text);
}
function keyOf(path) {
  return JSON.stringify(path);
}
function cacheFile(text, version) {
  if (process.env.VAULTLINT_CACHE !== "0")
    try {
      let hash = createHash("sha256").update(`${FORMAT}\0${version}\0${text}`).digest("hex").slice(0, 32);
      return join(tmpdir(), `vaultlint-${userInfo().uid}`, `config-${hash}.json`);
    } catch {
      return;
    }
}
function readCache(file) {
  try {
    let cached = JSON.parse(readFileSync(file, "utf8"));
    return cached && typeof cached.positions == "object" ? cached : void 0;
  } catch {
    return;
  }
}
function writeCache(file, parsed) {
  try {
    let dir = join(file, "..");
    mkdirSync(dir, { recursive: !0, mode: 448 });
    let temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(parsed), { mode: 384 }), renameSync(temporary, file);
  } catch {
  }
}

export {
  ConfigSyntaxError,
  readConfigText,
  keyOf
};
