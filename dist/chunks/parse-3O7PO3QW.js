import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  describe,
  pointerOf
} from "./chunk-7LRMOCJE.js";
import {
  require_dist
} from "./chunk-QZKXY5II.js";
import {
  FILE_START,
  LineIndex
} from "./chunk-OQR5B7IZ.js";
import {
  __toESM
} from "./chunk-6SQFYNWU.js";

// src/engine/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH = 64, MAX_ALIAS_EXPANSIONS = 100, LimitError = class extends Error {
  constructor(message, span) {
    super(message);
    this.span = span;
  }
  span;
};
function parseRequests(text, format) {
  let lines = new LineIndex(text), out = { lines, requests: [], problems: [], comments: [] }, problem = (p, span) => out.problems.push({ ...p, range: lines.range(span[0], span[1]) }), tokens = Array.from(new import_yaml.Parser().parse(text)), scan = scanTokens(tokens);
  if (out.comments = scan.comments, format === "json") {
    let jsonError = strictJsonError(text, scan.comments);
    if (jsonError)
      return problem(
        { ruleId: "syntax-error", message: jsonError.message },
        jsonError.span
      ), out;
  }
  let composer = new import_yaml.Composer({
    version: "1.2",
    schema: "core",
    uniqueKeys: !1,
    strict: !0,
    prettyErrors: !1
  }), index = 0, handle = (doc) => {
    for (index += 1; scan.tooDeep.has(index); ) {
      let at2 = scan.tooDeep.get(index);
      problem(
        {
          ruleId: "resource-limit",
          document: index,
          message: `Unexpected nesting deeper than ${MAX_DEPTH} levels.`
        },
        [at2, at2 + 1]
      ), index += 1;
    }
    readDocument(doc, index, scan.quotes, out, problem);
  }, docNumber = 0;
  for (let token of tokens)
    if (!(token.type === "document" && (docNumber += 1, scan.tooDeep.has(docNumber))))
      for (let doc of composer.next(token)) handle(doc);
  for (let doc of composer.end(!1, text.length)) handle(doc);
  for (; scan.tooDeep.has(index + 1); ) {
    index += 1;
    let at2 = scan.tooDeep.get(index);
    problem(
      {
        ruleId: "resource-limit",
        document: index,
        message: `Unexpected nesting deeper than ${MAX_DEPTH} levels.`
      },
      [at2, at2 + 1]
    );
  }
  return out.requests.length === 0 && out.problems.length === 0 && out.problems.push({
    ruleId: "no-request",
    message: "Expected a CreateVault request; the file holds none.",
    range: FILE_START
  }), out;
}
function scanTokens(tokens) {
  let scan = { comments: [], quotes: [], tooDeep: /* @__PURE__ */ new Map() }, docNumber = 0, stack = [];
  for (let top of tokens)
    for (top.type === "document" && (docNumber += 1), stack.push([top, 0]); stack.length > 0; ) {
      let [token, depth] = stack.pop();
      if (!token || typeof token != "object") continue;
      let type = token.type;
      if (type === "comment") {
        scan.comments.push({
          offset: token.offset,
          text: token.source
        });
        continue;
      }
      (type === "single-quoted-scalar" || type === "double-quoted-scalar") && scan.quotes.push(token.offset);
      let childDepth = type === "block-map" || type === "block-seq" || type === "flow-collection" ? depth + 1 : depth;
      if (childDepth > MAX_DEPTH && !scan.tooDeep.has(docNumber) && scan.tooDeep.set(docNumber, token.offset), !(childDepth > MAX_DEPTH)) {
        for (let field of ["start", "sep", "end", "props"]) {
          let list = token[field];
          if (Array.isArray(list)) for (let t of list) stack.push([t, depth]);
        }
        for (let field of ["key", "value"])
          token[field] && stack.push([token[field], childDepth]);
        if (Array.isArray(token.items))
          for (let item of token.items) stack.push([item, childDepth]);
      }
    }
  return scan.comments.sort((a, b) => a.offset - b.offset), scan;
}
function strictJsonError(text, comments) {
  try {
    JSON.parse(text);
  } catch (error) {
    let message = error.message, at2 = /at position (\d+)/.exec(message), offset = at2 ? Number(at2[1]) : Math.max(0, text.length - 1);
    return {
      message: `Unexpected JSON: ${message.replace(/ in JSON at position.*$/, "").replace(/\.$/, "")}.`,
      span: [offset, offset + 1]
    };
  }
  let comment = comments[0];
  if (comment)
    return {
      message: "Unexpected comment; JSON has no comments.",
      span: [comment.offset, comment.offset + comment.text.length]
    };
}
function readDocument(doc, index, quotes, out, problem) {
  if (doc.errors.length > 0) {
    for (let error of doc.errors) {
      let firstLine = error.message.split(`
`)[0].replace(/\.?$/, "."), span = errorSpan(error.code, error.pos, quotes);
      problem(
        {
          ruleId: "syntax-error",
          document: index,
          message: capitalise(firstLine)
        },
        span
      );
    }
    return;
  }
  let contents = doc.contents;
  if (!(contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null && at(contents, 0) === at(contents, 1))) {
    if (!(0, import_yaml.isMap)(contents)) {
      let start = at(contents, 0);
      problem(
        {
          ruleId: "request-shape",
          document: index,
          pointer: "",
          message: shapeMessage(contents)
        },
        [start, start + 1]
      );
      return;
    }
    try {
      out.requests.push(buildRequest(doc, contents, index, out.lines, problem));
    } catch (error) {
      if (!(error instanceof LimitError)) throw error;
      problem(
        { ruleId: "resource-limit", document: index, message: error.message },
        error.span
      );
    }
  }
}
function errorSpan(code, pos, quotes) {
  if (code === "MISSING_CHAR") {
    let open = quotes.filter((q) => q < pos[0]).pop();
    if (open !== void 0) return [open, open + 1];
  }
  return pos;
}
function shapeMessage(node) {
  return (0, import_yaml.isSeq)(node) ? 'Expected a mapping of CreateVault parameters, got a list; write several requests as separate YAML documents divided by "---", or as separate files.' : `Expected a mapping of CreateVault parameters, got ${describe((0, import_yaml.isScalar)(node) ? node.value : node)}.`;
}
function buildRequest(doc, mapping, index, lines, problem) {
  let budget = { aliases: 0 }, request = {
    document: index,
    raw: /* @__PURE__ */ Object.create(null),
    entries: /* @__PURE__ */ new Map(),
    mapping: [at(mapping, 0), at(mapping, 1)],
    tainted: /* @__PURE__ */ new Set()
  }, merges = [];
  for (let pair of mapping.items) {
    let key = pair.key, value = pair.value;
    if (isMergeKey(key)) {
      value && merges.push(value);
      continue;
    }
    let name = keyName(key, doc, budget), keySpan = key ? [at(key, 0), at(key, 1)] : [at(mapping, 0), at(mapping, 0)], first = request.entries.get(name);
    if (first) {
      request.tainted.add(name), problem(
        {
          ruleId: "duplicate-key",
          document: index,
          pointer: pointerOf(name),
          message: `Unexpected duplicate key ${name}; first given at ${positionText(lines, first.key[0])}.`
        },
        keySpan
      );
      continue;
    }
    request.entries.set(name, { key: keySpan, value: valueSpan(value) }), request.raw[name] = toValue(value, doc, budget, 1);
  }
  for (let source of merges.flatMap((m) => mergeSources(m, doc, budget)))
    for (let pair of source.items) {
      let key = pair.key, name = keyName(key, doc, budget);
      if (request.entries.has(name) || !key) continue;
      let value = pair.value;
      request.entries.set(name, {
        key: [at(key, 0), at(key, 1)],
        value: valueSpan(value)
      }), request.raw[name] = toValue(value, doc, budget, 1);
    }
  return request;
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && key.type === "PLAIN" && key.value === "<<";
}
function mergeSources(node, doc, budget) {
  let resolved = (0, import_yaml.isAlias)(node) ? expand(node, doc, budget) : node;
  return (0, import_yaml.isMap)(resolved) ? [resolved] : (0, import_yaml.isSeq)(resolved) ? resolved.items.flatMap((item) => {
    let one = (0, import_yaml.isAlias)(item) ? expand(item, doc, budget) : item;
    return (0, import_yaml.isMap)(one) ? [one] : [];
  }) : [];
}
function keyName(key, doc, budget) {
  if (key === null) return "";
  let value = (0, import_yaml.isScalar)(key) ? key.value : toValue(key, doc, budget, 1);
  return typeof value == "string" ? value : JSON.stringify(value) ?? String(value);
}
function valueSpan(value) {
  if (!value) return null;
  let scalar = value;
  return (0, import_yaml.isScalar)(value) && scalar.value === null && at(value, 0) === at(value, 1) ? null : [at(value, 0), at(value, 1)];
}
function expand(alias, doc, budget) {
  if (budget.aliases += 1, budget.aliases > MAX_ALIAS_EXPANSIONS)
    throw new LimitError(
      `Unexpected alias *${alias.source}: more than ${MAX_ALIAS_EXPANSIONS} alias expansions in one request.`,
      [at(alias, 0), at(alias, 1)]
    );
  return alias.resolve(doc);
}
function toValue(node, doc, budget, depth) {
  if (node === null) return null;
  if (depth > MAX_DEPTH)
    throw new LimitError(
      `Unexpected nesting deeper than ${MAX_DEPTH} levels.`,
      [at(node, 0), at(node, 1)]
    );
  if ((0, import_yaml.isScalar)(node)) return node.value;
  if ((0, import_yaml.isAlias)(node))
    return toValue(expand(node, doc, budget) ?? null, doc, budget, depth + 1);
  if ((0, import_yaml.isSeq)(node))
    return node.items.map(
      (item) => toValue(item, doc, budget, depth + 1)
    );
  if ((0, import_yaml.isMap)(node)) {
    let object = /* @__PURE__ */ Object.create(null);
    for (let pair of node.items)
      object[keyName(pair.key, doc, budget)] = toValue(
        pair.value,
        doc,
        budget,
        depth + 1
      );
    return object;
  }
  return null;
}
function positionText(lines, offset) {
  let { line, column } = lines.position(offset);
  return `${line}:${column}`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function at(node, index) {
  return node.range?.[index] ?? 0;
}
export {
  MAX_ALIAS_EXPANSIONS,
  MAX_DEPTH,
  describe,
  parseRequests,
  pointerOf
};
