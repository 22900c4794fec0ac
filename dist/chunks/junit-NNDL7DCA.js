import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import "./chunk-6SQFYNWU.js";

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD", nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040", nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}", nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040", buildRegexes = (startChar, char, flags = "") => {
  let ncStart = startChar.replace(":", ""), ncChar = char.replace(":", ""), ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
}, regexes10 = buildRegexes(nameStartChar10, nameChar10), regexes11 = buildRegexes(nameStartChar11, nameChar11, "u"), nameStartCharAscii = ":A-Za-z_", nameCharAscii = nameStartCharAscii + "\\-\\.\\d", regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii), getRegexes = (xmlVersion = "1.0", asciiOnly = !1) => asciiOnly ? regexesAscii : xmlVersion === "1.1" ? regexes11 : regexes10;
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"], createValidator = (production, { xmlVersion = "1.0", asciiOnly = !1, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production))
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  let regex = getRegexes(xmlVersion, asciiOnly)[production], cache = /* @__PURE__ */ new Map(), validator = (str) => {
    let cached = cache.get(str);
    if (cached !== void 0) return cached;
    let result = regex.test(str);
    return cache.size < maxCacheSize && cache.set(str, result), result;
  };
  return validator.reset = () => {
    cache = /* @__PURE__ */ new Map();
  }, validator;
};

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern, this.separator = options.separator || ".", this.segments = this._parse(pattern), this.data = data, this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard"), this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0), this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    let segments = [], i = 0, currentPart = "";
    for (; i < pattern.length; )
      pattern[i] === this.separator ? i + 1 < pattern.length && pattern[i + 1] === this.separator ? (currentPart.trim() && (segments.push(this._parseSegment(currentPart.trim())), currentPart = ""), segments.push({ type: "deep-wildcard" }), i += 2) : (currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), currentPart = "", i++) : (currentPart += pattern[i], i++);
    return currentPart.trim() && segments.push(this._parseSegment(currentPart.trim())), segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    let segment = { type: "tag" }, bracketContent = null, withoutBrackets = part, bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch && (withoutBrackets = bracketMatch[1] + bracketMatch[3], bracketMatch[2])) {
      let content = bracketMatch[2].slice(1, -1);
      content && (bracketContent = content);
    }
    let namespace, tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      let nsIndex = withoutBrackets.indexOf("::");
      if (namespace = withoutBrackets.substring(0, nsIndex).trim(), tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(), !namespace)
        throw new Error(`Invalid namespace in pattern: ${part}`);
    }
    let tag, positionMatch = null;
    if (tagAndPosition.includes(":")) {
      let colonIndex = tagAndPosition.lastIndexOf(":"), tagPart = tagAndPosition.substring(0, colonIndex).trim(), posPart = tagAndPosition.substring(colonIndex + 1).trim();
      ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart) ? (tag = tagPart, positionMatch = posPart) : tag = tagAndPosition;
    } else
      tag = tagAndPosition;
    if (!tag)
      throw new Error(`Invalid segment pattern: ${part}`);
    if (segment.tag = tag, namespace && (segment.namespace = namespace), bracketContent)
      if (bracketContent.includes("=")) {
        let eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim(), segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else
        segment.attrName = bracketContent.trim();
    if (positionMatch) {
      let nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      nthMatch ? (segment.position = "nth", segment.positionValue = parseInt(nthMatch[1], 10)) : segment.position = positionMatch;
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    let path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    let path = this._matcher.path;
    if (path.length !== 0)
      return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    let path = this._matcher.path;
    if (path.length === 0) return !1;
    let current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    let path = this._matcher.path;
    return path.length === 0 ? -1 : path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}, Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".", this.path = [], this.siblingStacks = [], this._pathStringCache = null, this._view = new MatcherView(this), this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null, this.path.length > 0 && (this.path[this.path.length - 1].values = void 0);
    let currentLevel = this.path.length, level = this.siblingStacks[currentLevel];
    level || (level = { counts: /* @__PURE__ */ new Map(), total: 0 }, this.siblingStacks[currentLevel] = level);
    let siblingKey = namespace ? `${namespace}:${tagName}` : tagName, counter = level.counts.get(siblingKey) || 0, position = level.total;
    level.counts.set(siblingKey, counter + 1), level.total++;
    let node = {
      tag: tagName,
      position,
      counter
    };
    namespace != null && (node.namespace = namespace), attrValues != null && (node.values = attrValues), this.path.push(node);
    let depth = this.path.length, keep = options !== null ? options.keep : null;
    if (keep != null && keep.length > 0 && attrValues)
      for (let i = 0; i < keep.length; i++) {
        let name = keep[i];
        attrValues[name] !== void 0 && this._keptAttrs.push({ depth, name, value: attrValues[name] });
      }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return;
    this._pathStringCache = null;
    let node = this.path.pop();
    this.siblingStacks.length > this.path.length + 1 && (this.siblingStacks.length = this.path.length + 1);
    let poppedDepth = this.path.length + 1;
    for (; this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth; )
      this._keptAttrs.pop();
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      let current = this.path[this.path.length - 1];
      attrValues != null && (current.values = attrValues);
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length !== 0)
      return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return !1;
    let current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return kept[i].value;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    let kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i].name === attrName) return !0;
    return !1;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    return this.path.length === 0 ? -1 : this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = !0) {
    let sep = separator || this.separator;
    if (sep === this.separator && includeNamespace === !0) {
      if (this._pathStringCache !== null)
        return this._pathStringCache;
      let result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      return this._pathStringCache = result, result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null, this.path = [], this.siblingStacks = [], this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    let segments = expression.segments;
    return segments.length === 0 ? !1 : expression.hasDeepWildcard() ? this._matchWithDeepWildcard(segments) : this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length)
      return !1;
    for (let i = 0; i < segments.length; i++)
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1))
        return !1;
    return !0;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1, segIdx = segments.length - 1;
    for (; segIdx >= 0 && pathIdx >= 0; ) {
      let segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        if (segIdx--, segIdx < 0)
          return !0;
        let nextSeg = segments[segIdx], found = !1;
        for (let i = pathIdx; i >= 0; i--)
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1, segIdx--, found = !0;
            break;
          }
        if (!found)
          return !1;
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1))
          return !1;
        pathIdx--, segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag || segment.namespace !== void 0 && segment.namespace !== "*" && segment.namespace !== node.namespace || segment.attrName !== void 0 && (!isCurrentNode || !node.values || !(segment.attrName in node.values) || segment.attrValue !== void 0 && String(node.values[segment.attrName]) !== String(segment.attrValue)))
      return !1;
    if (segment.position !== void 0) {
      if (!isCurrentNode)
        return !1;
      let counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0)
        return !1;
      if (segment.position === "odd" && counter % 2 !== 1)
        return !1;
      if (segment.position === "even" && counter % 2 !== 0)
        return !1;
      if (segment.position === "nth" && counter !== segment.positionValue)
        return !1;
    }
    return !0;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null, this.path = snapshot.path.map((node) => ({ ...node })), this.siblingStacks = snapshot.siblingStacks.map((level) => level && { counts: new Map(level.counts), total: level.total }), this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
  return typeof val == "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options, matcher, validator) {
  if (!options.sanitizeName) return name;
  let isPI = !isAttribute2 && name[0] === "?", bare = isPI ? name.slice(1) : name;
  if (validator(bare)) return name;
  let result = options.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result != "string" || !validator(result))
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = `
`;
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  let first = jArray[0];
  if (propName(first) === "?xml") {
    let attrs = first[":@"];
    if (attrs) {
      let versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  options.format && (indentation = EOL);
  let stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes))
    for (let i = 0; i < options.stopNodes.length; i++) {
      let node = options.stopNodes[i];
      typeof node == "string" ? stopNodeExpressions.push(new Expression(node)) : node instanceof Expression && stopNodeExpressions.push(node);
    }
  let xmlVersion = detectXmlVersionFromArray(jArray, options), qNameValidator = createValidator("qName", { xmlVersion }), matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "", isPreviousElementTag = !1;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags)
    throw new Error("Maximum nested tags exceeded");
  if (!Array.isArray(arr)) {
    if (arr != null) {
      let text2 = valToStr(arr);
      return text2 = replaceEntitiesValue(text2, options), text2;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    let tagObj = arr[i], rawTagName = propName(tagObj);
    if (rawTagName === void 0) continue;
    let tagName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName ? rawTagName : resolveName(rawTagName, !1, options, matcher, qNameValidator), attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    let isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      isStopNode || (tagText = options.tagValueProcessor(tagName, tagText), tagText = replaceEntitiesValue(tagText, options)), tagText = valToStr(tagText), isPreviousElementTag && (xmlStr += indentation), xmlStr += tagText, isPreviousElementTag = !1, matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      isPreviousElementTag && (xmlStr += indentation);
      let val = tagObj[rawTagName][0][options.textNodeName], safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`, isPreviousElementTag = !1, matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      let val = tagObj[rawTagName][0][options.textNodeName], safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`, isPreviousElementTag = !0, matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      let attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      xmlStr += (tagName === "?xml" ? "" : indentation) + `<${tagName}${attStr2}?>`, isPreviousElementTag = !0, matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    newIdentation !== "" && (newIdentation += options.indentBy);
    let attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator), tagStart = indentation + `<${tagName}${attStr}`, tagValue;
    isStopNode ? tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth()) : tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator), options.unpairedTags.indexOf(tagName) !== -1 ? options.suppressUnpairedNode ? xmlStr += tagStart + ">" : xmlStr += tagStart + "/>" : (!tagValue || tagValue.length === 0) && options.suppressEmptyNode ? xmlStr += tagStart + "/>" : tagValue && tagValue.endsWith(">") ? xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>` : (xmlStr += tagStart + ">", tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</")) ? xmlStr += indentation + options.indentBy + tagValue + indentation : xmlStr += tagValue, xmlStr += `</${tagName}>`), isPreviousElementTag = !0, matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  let attrValues = {}, hasAttrs = !1;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    let cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]), hasAttrs = !0;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags)
    throw new Error("Maximum nested tags exceeded");
  if (!Array.isArray(arr))
    return arr != null ? valToStr(arr) : "";
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    let item = arr[i], tagName = propName(item);
    if (tagName === options.textNodeName)
      content += valToStr(item[tagName]);
    else if (tagName === options.cdataPropName)
      content += item[tagName][0][options.textNodeName];
    else if (tagName === options.commentPropName)
      content += item[tagName][0][options.textNodeName];
    else {
      if (tagName && tagName[0] === "?")
        continue;
      if (tagName) {
        let attStr = attr_to_str_raw(item[":@"], options), nestedContent = getRawContent(item[tagName], options, depth + 1);
        !nestedContent || nestedContent.length === 0 ? content += `<${tagName}${attStr}/>` : content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes)
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      attrVal === !0 && options.suppressBooleanAttributes ? attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}` : attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
    }
  return attrStr;
}
function propName(obj) {
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    if (Object.prototype.hasOwnProperty.call(obj, key) && key !== ":@")
      return key;
  }
}
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes)
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let cleanAttrName = attr.substr(options.attributeNamePrefix.length), resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, !0, options, matcher, qNameValidator), attrVal;
      isStopNode ? attrVal = attrMap[attr] : (attrVal = options.attributeValueProcessor(attr, attrMap[attr]), attrVal = replaceEntitiesValue(attrVal, options)), attrVal === !0 && options.suppressBooleanAttributes ? attrStr += ` ${resolvedAttrName}` : attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
    }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return !1;
  for (let i = 0; i < stopNodeExpressions.length; i++)
    if (matcher.matches(stopNodeExpressions[i]))
      return !0;
  return !1;
}
function replaceEntitiesValue(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities)
    for (let i = 0; i < options.entities.length; i++) {
      let entity = options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  return textValue;
}

// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  return typeof ignoreAttributes == "function" ? ignoreAttributes : Array.isArray(ignoreAttributes) ? (attrName) => {
    for (let pattern of ignoreAttributes)
      if (typeof pattern == "string" && attrName === pattern || pattern instanceof RegExp && pattern.test(attrName))
        return !0;
  } : () => !1;
}

// node_modules/fast-xml-builder/src/fxb.js
var defaultOptions = {
  attributeNamePrefix: "@_",
  attributesGroupName: !1,
  textNodeName: "#text",
  ignoreAttributes: !0,
  cdataPropName: !1,
  format: !1,
  indentBy: "  ",
  suppressEmptyNode: !1,
  suppressUnpairedNode: !0,
  suppressBooleanAttributes: !0,
  tagValueProcessor: function(key, a) {
    return a;
  },
  attributeValueProcessor: function(attrName, a) {
    return a;
  },
  preserveOrder: !1,
  commentPropName: !1,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },
    //it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("'", "g"), val: "&apos;" },
    { regex: new RegExp('"', "g"), val: "&quot;" }
  ],
  processEntities: !0,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: !1,
  maxNestedTags: 100,
  jPath: !0,
  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: !1
  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};
function Builder(options) {
  if (this.options = Object.assign({}, defaultOptions, options), this.options.stopNodes && Array.isArray(this.options.stopNodes) && (this.options.stopNodes = this.options.stopNodes.map((node) => typeof node == "string" && node.startsWith("*.") ? ".." + node.substring(2) : node)), this.stopNodeExpressions = [], this.options.stopNodes && Array.isArray(this.options.stopNodes))
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      let node = this.options.stopNodes[i];
      typeof node == "string" ? this.stopNodeExpressions.push(new Expression(node)) : node instanceof Expression && this.stopNodeExpressions.push(node);
    }
  this.options.ignoreAttributes === !0 || this.options.attributesGroupName ? this.isAttribute = function() {
    return !1;
  } : (this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes), this.attrPrefixLen = this.options.attributeNamePrefix.length, this.isAttribute = isAttribute), this.processTextOrObjNode = processTextOrObjNode, this.options.format ? (this.indentate = indentate, this.tagEndChar = `>
`, this.newLine = `
`) : (this.indentate = function() {
    return "";
  }, this.tagEndChar = ">", this.newLine = "");
}
function detectXmlVersionFromObj(jObj, options) {
  let decl = jObj["?xml"];
  if (decl && typeof decl == "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      let v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    let v = decl[options.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
Builder.prototype.build = function(jObj) {
  if (this.options.preserveOrder)
    return toXml(jObj, this.options);
  {
    Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1 && (jObj = {
      [this.options.arrayNodeName]: jObj
    });
    let matcher = new Matcher(), xmlVersion = detectXmlVersionFromObj(jObj, this.options), qNameValidator = createValidator("qName", { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};
Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
  let attrStr = "", val = "";
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags)
    throw new Error("Maximum nested tags exceeded");
  let jPath = this.options.jPath ? matcher.toString() : matcher, isCurrentStopNode = this.checkStopNode(matcher);
  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
    let resolvedKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key) ? key : resolveName(key, !1, this.options, matcher, qNameValidator);
    if (typeof jObj[key] > "u")
      this.isAttribute(key) && (val += "");
    else if (jObj[key] === null)
      this.isAttribute(key) || resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName ? val += "" : resolvedKey[0] === "?" ? val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar : val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
    else if (jObj[key] instanceof Date)
      val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
    else if (typeof jObj[key] != "object") {
      let attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        let resolvedAttr = resolveName(attr, !0, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr)
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          matcher.push(resolvedKey);
          let isStopNode = this.checkStopNode(matcher);
          if (matcher.pop(), isStopNode) {
            let textValue = valToStr(jObj[key]);
            textValue === "" ? val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar : val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
          } else
            val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
        }
    } else if (Array.isArray(jObj[key])) {
      let arrLen = jObj[key].length, listTagVal = "", listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        let item = jObj[key][j];
        if (!(typeof item > "u"))
          if (item === null)
            resolvedKey[0] === "?" ? val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar : val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
          else if (typeof item == "object")
            if (this.options.oneListGroup) {
              matcher.push(resolvedKey);
              let result = this.j2x(item, level + 1, matcher, qNameValidator);
              matcher.pop(), listTagVal += result.val, this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName) && (listTagAttr += result.attrStr);
            } else
              listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
          else if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue), textValue = valToStr(textValue), listTagVal += textValue;
          } else {
            matcher.push(resolvedKey);
            let isStopNode = this.checkStopNode(matcher);
            if (matcher.pop(), isStopNode) {
              let textValue = valToStr(item);
              textValue === "" ? listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar : listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
            } else
              listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
          }
      }
      this.options.oneListGroup && (listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level)), val += listTagVal;
    } else if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
      let Ks = Object.keys(jObj[key]), L = Ks.length;
      for (let j = 0; j < L; j++) {
        let resolvedAttr = resolveName(Ks[j], !0, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
      }
    } else
      val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
  }
  return { attrStr, val };
};
Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
  return isStopNode || (val = this.options.attributeValueProcessor(attrName, valToStr(val)), val = this.replaceEntitiesValue(val)), this.options.suppressBooleanAttributes && val === "true" ? " " + attrName : " " + attrName + '="' + escapeAttribute(val) + '"';
};
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  let attrValues = this.extractAttributes(object);
  if (matcher.push(key, attrValues), this.checkStopNode(matcher)) {
    let rawContent = this.buildRawContent(object, matcher.getDepth()), attrStr = this.buildAttributesForStopNode(object);
    return matcher.pop(), this.buildObjectNode(rawContent, key, attrStr, level);
  }
  let result = this.j2x(object, level + 1, matcher, qNameValidator);
  return matcher.pop(), key[0] === "?" ? this.buildTextValNode("", key, result.attrStr, level, matcher) : object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1 ? this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher) : this.buildObjectNode(result.val, key, result.attrStr, level);
}
Builder.prototype.extractAttributes = function(obj) {
  if (!obj || typeof obj != "object") return null;
  let attrValues = {}, hasAttrs = !1;
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    let attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      let cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]), hasAttrs = !0;
    }
  } else
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      let attr = this.isAttribute(key);
      attr && (attrValues[attr] = escapeAttribute(obj[key]), hasAttrs = !0);
    }
  return hasAttrs ? attrValues : null;
};
Builder.prototype.buildRawContent = function(obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags)
    throw new Error("Maximum nested tags exceeded");
  if (typeof obj == "string")
    return obj;
  if (typeof obj != "object" || obj === null)
    return String(obj);
  if (obj[this.options.textNodeName] !== void 0)
    return obj[this.options.textNodeName];
  let content = "";
  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key) || this.isAttribute(key) || this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
    let value = obj[key];
    if (key === this.options.textNodeName)
      content += value;
    else if (Array.isArray(value)) {
      for (let item of value)
        if (typeof item == "string" || typeof item == "number")
          content += `<${key}>${item}</${key}>`;
        else if (typeof item == "object" && item !== null) {
          let nestedContent = this.buildRawContent(item, depth + 1), nestedAttrs = this.buildAttributesForStopNode(item);
          nestedContent === "" ? content += `<${key}${nestedAttrs}/>` : content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
        }
    } else if (typeof value == "object" && value !== null) {
      let nestedContent = this.buildRawContent(value, depth + 1), nestedAttrs = this.buildAttributesForStopNode(value);
      nestedContent === "" ? content += `<${key}${nestedAttrs}/>` : content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
    } else
      content += `<${key}>${value}</${key}>`;
  }
  return content;
};
Builder.prototype.buildAttributesForStopNode = function(obj) {
  if (!obj || typeof obj != "object") return "";
  let attrStr = "";
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    let attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      let cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey, val = attrGroup[attrKey];
      val === !0 && this.options.suppressBooleanAttributes ? attrStr += " " + cleanKey : attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
    }
  } else
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      let attr = this.isAttribute(key);
      if (attr) {
        let val = obj[key];
        val === !0 && this.options.suppressBooleanAttributes ? attrStr += " " + attr : attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
      }
    }
  return attrStr;
};
Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
  if (val === "")
    return key[0] === "?" ? this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar : this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
  if (key[0] === "?")
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  {
    let tagEndExp = "</" + key + this.tagEndChar, piClosingChar = "";
    return key[0] === "?" && (piClosingChar = "?", tagEndExp = ""), (attrStr || attrStr === "") && val.indexOf("<") === -1 ? this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp : this.options.commentPropName !== !1 && key === this.options.commentPropName && piClosingChar.length === 0 ? this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine : this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
  }
};
Builder.prototype.closeTag = function(key) {
  let closeTag = "";
  return this.options.unpairedTags.indexOf(key) !== -1 ? this.options.suppressUnpairedNode || (closeTag = "/") : this.options.suppressEmptyNode ? closeTag = "/" : closeTag = `></${key}`, closeTag;
};
Builder.prototype.checkStopNode = function(matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return !1;
  for (let i = 0; i < this.stopNodeExpressions.length; i++)
    if (matcher.matches(this.stopNodeExpressions[i]))
      return !0;
  return !1;
};
Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== !1 && key === this.options.cdataPropName) {
    let safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== !1 && key === this.options.commentPropName) {
    let safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else {
    if (key[0] === "?")
      return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
    {
      let textValue = this.options.tagValueProcessor(key, val);
      return textValue = this.replaceEntitiesValue(textValue), textValue = valToStr(textValue), textValue === "" ? this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar : this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
    }
  }
};
Builder.prototype.replaceEntitiesValue = function(textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities)
    for (let i = 0; i < this.options.entities.length; i++) {
      let entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  return textValue;
};
function indentate(level) {
  return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
  return name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName ? name.substr(this.attrPrefixLen) : !1;
}

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default = Builder;

// src/reporters/junit.ts
var builder = new json2xml_default({
  ignoreAttributes: !1,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: !0,
  indentBy: "  ",
  suppressEmptyNode: !0,
  processEntities: !0
}), junit = (results) => {
  let suites = results.files.map((file) => suite(file, results)), cases = suites.flatMap((s) => s.testcase), failures = cases.filter((c) => c.failure).length, xml = builder.build({
    "?xml": { "@version": "1.0", "@encoding": "UTF-8" },
    testsuites: {
      "@name": "vaultlint",
      "@tests": cases.length,
      "@failures": failures,
      "@errors": 0,
      testsuite: suites
    }
  });
  return xml.endsWith(`
`) ? xml : `${xml}
`;
};
function suite(file, results) {
  let testcase = casesOf(file, results).map((c) => testCase(file.file, c));
  return {
    "@name": attribute(file.file),
    "@tests": testcase.length,
    "@failures": testcase.filter((c) => c.failure).length,
    "@errors": 0,
    "@skipped": 0,
    testcase
  };
}
function casesOf(file, results) {
  let byDocument = /* @__PURE__ */ new Map();
  for (let request of results.requests) {
    if (request.file !== file.file) continue;
    let vault = request.vaultName ? `${request.vaultName} ` : "";
    byDocument.set(request.document, {
      name: `${vault}(document ${request.document})`,
      findings: []
    });
  }
  for (let finding of file.findings) {
    let document = finding.document ?? 0, target = byDocument.get(document);
    target || (target = {
      name: document ? `(document ${document})` : file.file,
      findings: []
    }, byDocument.set(document, target)), target.findings.push(finding);
  }
  return byDocument.size === 0 && byDocument.set(0, { name: file.file, findings: [] }), [...byDocument.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
}
function testCase(file, c) {
  let live = c.findings.filter((f) => !f.suppressed), failing = live.filter((f) => f.severity !== "info"), other = [
    ...live.filter((f) => f.severity === "info"),
    ...c.findings.filter((f) => f.suppressed)
  ], errors = failing.filter((f) => f.severity === "error").length, warnings = failing.length - errors;
  return {
    "@name": attribute(c.name),
    "@classname": attribute(file),
    "@file": attribute(file),
    ...failing.length ? {
      failure: {
        "@message": attribute(counts(errors, warnings)),
        "@type": errors ? "error" : "warning",
        "#text": text(failing.map(line).join(`
`))
      }
    } : {},
    ...other.length ? { "system-out": text(other.map(line).join(`
`)) } : {}
  };
}
function line(f) {
  let where = `${f.file}:${f.range.start.line}:${f.range.start.column}`, state = f.suppressed ? `suppressed ${f.severity}: ${f.suppressed.reason}` : f.severity;
  return `${where} ${state} ${f.message} (${f.ruleId})`;
}
function counts(errors, warnings) {
  let parts = [];
  return errors && parts.push(`${errors} error${errors === 1 ? "" : "s"}`), warnings && parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`), parts.join(", ");
}
function text(value) {
  return value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this removes
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD"
  );
}
function attribute(value) {
  return text(value).replace(/[\r\n\t]+/g, " ");
}
export {
  junit
};
