import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  ConfigSyntaxError,
  keyOf
} from "./chunk-AZU6UJ5O.js";
import {
  require_dist
} from "./chunk-QZKXY5II.js";
import {
  LineIndex
} from "./chunk-OQR5B7IZ.js";
import {
  __toESM
} from "./chunk-6SQFYNWU.js";

// src/engine/config-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseConfigYaml(text) {
  let lines = new LineIndex(text), doc = (0, import_yaml.parseDocument)(text, {
    prettyErrors: !1,
    uniqueKeys: !0
  });
  if (doc.errors.length > 0) {
    let error = doc.errors[0], { line, column } = lines.position(error.pos[0]), cause = error.message.split(`
`)[0].replace(/\.?$/, ".");
    throw new ConfigSyntaxError(
      `Cannot parse the config: ${cause}`,
      line,
      column
    );
  }
  let positions = {};
  collect(doc.contents, lines, positions);
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? {}, positions };
  } catch (error) {
    let cause = error.message.replace(/\.?$/, ".");
    throw new ConfigSyntaxError(`Cannot read the config: ${cause}`, 1, 1);
  }
}
function collect(root, lines, out) {
  let stack = [
    [root, [], void 0]
  ];
  for (; stack.length > 0; ) {
    let [node, at, key] = stack.pop(), start = node?.range?.[0], value = start === void 0 ? key : toWhere(lines, start);
    if (value && (out[keyOf(at)] = key ? { value, key } : { value }), (0, import_yaml.isMap)(node))
      for (let pair of node.items) {
        let k = pair.key;
        !(0, import_yaml.isScalar)(k) || !k.range || stack.push([
          pair.value,
          [...at, String(k.value)],
          toWhere(lines, k.range[0])
        ]);
      }
    else (0, import_yaml.isSeq)(node) && node.items.forEach((item, index) => {
      stack.push([item, [...at, String(index)], void 0]);
    });
  }
}
function toWhere(lines, offset) {
  let { line, column } = lines.position(offset);
  return [line, column];
}
export {
  parseConfigYaml
};
