import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);
import {
  FILE_START,
  LineIndex,
  describe,
  pointerOf,
  require_dist
} from "./chunk-KLDBTBRC.js";
import {
  package_default
} from "./chunk-HJCEFN4A.js";
import {
  __commonJS,
  __toESM
} from "./chunk-6SQFYNWU.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0, EMPTY = "", SPACE2 = " ", ESCAPE = "\\", REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/, BOM = "\uFEFF", REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/, REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/, REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/, REGEX_SPLITALL_CRLF = /\r?\n/g, DOUBLE_SLASH = "//", SLASH_CODE = 47, DOT_CODE = 46, SLASH = "/", TMP_KEY_IGNORE = "node-ignore";
    typeof Symbol < "u" && (TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore"));
    var KEY_IGNORE = TMP_KEY_IGNORE, define = (object, key, value) => (Object.defineProperty(object, key, { value }), value), RETURN_FALSE = () => !1, POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    }, CLASS_MEMBERS_TO_ESCAPE = "\\]^-[", escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char, NON_SLASH = "(?!\\/)", classSource = (negated, body) => {
      if (negated)
        return `[^\\/${body}]`;
      let source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    }, scanBracket = (pattern, start) => {
      let { length } = pattern, index = start + 1, negated = EMPTY, lead = pattern[index];
      (lead === "!" || lead === "^") && (negated = "^", index++);
      let body = EMPTY, prev = EMPTY;
      for (; ; ) {
        let char = pattern[index];
        if (char === UNDEFINED)
          return null;
        if (char === ESCAPE) {
          let escaped = pattern[++index];
          body += escapeMember(escaped), prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          to === ESCAPE && (to = pattern[index += 1]), prev <= to && (body += `-${escapeMember(to)}`), prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          let nameStart = index + 2, end = nameStart;
          for (; end < length && pattern[end] !== "]"; )
            end++;
          if (end === length)
            return null;
          if (end > nameStart && pattern[end - 1] === ":") {
            let name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name))
              return null;
            body += POSIX_CLASSES[name], prev = EMPTY, index = end;
          } else
            body += escapeMember("["), prev = "[", index = nameStart - 2;
        } else
          body += escapeMember(char), prev = char;
        if (index++, pattern[index] === "]")
          return {
            end: index,
            source: classSource(negated, body)
          };
      }
    }, NEVER_MATCH = "[]", PLACEHOLDER = "\0", REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    ), TRAILING_WILDCARD = "\uE000", TRAILING_DOUBLESTAR = "\uE001", isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR, extractBrackets = (pattern) => {
      let sources = [], hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`, { length } = pattern, out = EMPTY, index = 0;
      for (; index < length; ) {
        let char = pattern[index];
        if (char === ESCAPE) {
          let escaped = pattern[index + 1];
          escaped === SLASH && index + 2 === length ? out += hold(NEVER_MATCH) : escaped === "*" || escaped === "[" || escaped === SPACE2 ? out += pattern.slice(index, index + 2) : out += hold(
            REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
          ), index += 2;
        } else if (isReserved(char))
          out += hold(`[${char}]`), index++;
        else if (char === "[") {
          let scanned = scanBracket(pattern, index);
          scanned === null ? (out += hold(NEVER_MATCH), index = length) : (out += hold(scanned.source), index = scanned.end + 1);
        } else
          out += char, index++;
      }
      return {
        source: out,
        sources
      };
    }, DIRECT = null, REGEX_INNER_SLASH = /\/(?!$)/, WILDCARD = "[^\\/]*", REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE2 : run,
        ESCAPE + SPACE2
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => !source || source[0] === "^" || source[0] === "(" ? source : (REGEX_INNER_SLASH.test(pattern) ? "^" : "(?:^|\\/)") + source
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          let last = source[source.length - 1];
          return !last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR ? source : last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ], REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/, MODE_IGNORE = "regex", MODE_CHECK_IGNORE = "checkRegex", UNDERSCORE = "_", replaceTrailingWildcard = (_, p1) => `${p1 ? `${p1}[^/]+` : "[^/]*"}(?=$|\\/$)`, REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/, replaceTrailingDoublestar = () => "[\\s\\S]", separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++)
        separator += run[index].single;
      return separator;
    }, pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0)
        return source;
      let tokens = [], { length } = source, index = 0;
      for (; index < length; ) {
        let char = source[index];
        if (source.startsWith(WILDCARD, index))
          tokens.push({ wildcard: !0 }), index += WILDCARD.length;
        else if (char === "[") {
          let end = index + 1;
          for (source[end] === "^" && end++, source[end] === "]" && end++; end < length && source[end] !== "]"; )
            end += source[end] === ESCAPE ? 2 : 1;
          end++, tokens.push({ single: source.slice(index, end) }), index = end;
        } else if (char === ESCAPE)
          tokens.push({ single: source.slice(index, index + 2) }), index += 2;
        else if (char === "(") {
          let depth = 0, end = index;
          do
            source[end] === ESCAPE ? end++ : source[end] === "(" ? depth++ : source[end] === ")" && depth--, end++;
          while (end < length && depth > 0);
          "*+?".indexOf(source[end]) >= 0 && end++, tokens.push({ boundary: source.slice(index, end) }), index = end;
        } else char === "^" || char === "$" ? (tokens.push({ boundary: char }), index++) : (tokens.push({ single: char }), index++);
      }
      let out = EMPTY, run = [], flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          token.wildcard && (lastWildcard = at);
        }), run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        }), run = [];
      };
      return tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush(), out += token.boundary;
      }), flush(), out;
    }, makeRegexPrefix = (pattern) => {
      REGEX_ANCHORED_GLOBSTAR.test(pattern) && (pattern = "**");
      let { source, sources } = extractBrackets(pattern), replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => matcher === DIRECT ? replacer(prev, pattern) : required !== UNDEFINED && prev.indexOf(required) < 0 ? prev : matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev,
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    }, checkSourceOf = (body, prefix) => {
      body[body.length - 1] === SLASH && (prefix = makeRegexPrefix(body.slice(0, -1)));
      let head = prefix.slice(0, -1), last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    }, matchesBasename = (body) => {
      let index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    }, basenameOf = (path) => {
      let end = path.length - 1, index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    }, parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        let slices = path.split(SLASH).filter(Boolean);
        return slices.pop(), slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      let end = path.length - 1, cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    }, isString = (subject) => typeof subject == "string", checkPattern = (pattern) => pattern && isString(pattern), splitPattern2 = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean), IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern, this.mark = mark, this.negative = negative, define(this, "body", body), define(this, "ignoreCase", ignoreCase), define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        let key = UNDERSCORE + MODE_IGNORE;
        return this[key] ? this[key] : this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        let key = UNDERSCORE + MODE_CHECK_IGNORE;
        return this[key] ? this[key] : this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        let str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        ), regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    }, hasTrailingBackslash = (str) => {
      let count = 0;
      for (; str[str.length - count - 1] === ESCAPE; )
        count++;
      return count % 2 === 1;
    }, trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length, end;
      for (; ; ) {
        for (stripLineEnd && body[lineEnd - 1] === "\r" && lineEnd--, end = lineEnd; body[end - 1] === SPACE2; )
          end--;
        if (!stripLineEnd || body[end - 1] !== `
`)
          break;
        lineEnd = end - 1;
      }
      if (end === lineEnd)
        return body.slice(0, lineEnd);
      let backslashes = 0;
      for (; body[end - backslashes - 1] === ESCAPE; )
        backslashes++;
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE2 : body.slice(0, end);
    }, createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#")
        return;
      let negative = !1;
      body[0] === "!" && (negative = !0, body = body.slice(1));
      let last = body[body.length - 1];
      if ((last === SPACE2 || stripLineEnd && (last === "\r" || last === `
`)) && (body = trimEnd(body, stripLineEnd)), !body || hasTrailingBackslash(body))
        return;
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      let regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    }, RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase, this._rules = [], this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules), this._basenameCount += pattern._rules._basenameCount, this._added = !0;
          return;
        }
        let isStr = isString(pattern), raw = isStr ? pattern : pattern.pattern, rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        rule && (this._added = !0, this._rules.push(rule), matchesBasename(rule.body) && this._basenameCount++);
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        return this._added = !1, this._split = isString(pattern), this._stripBOM = !this._split || pattern[0] === BOM, makeArray(
          this._split ? splitPattern2(pattern) : pattern
        ).forEach(this._add, this), this._added && (this._literalRules = UNDEFINED), this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        let rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        )), ignored = !1, unignored = !1, matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative, unignored = rule.negative, matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        let ret = {
          ignored,
          unignored
        };
        return matchedRule && (ret.rule = matchedRule), ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        let rules = this._rules, { length } = rules, shortcut = this._basenameCount * 2 >= length, basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          let rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            let { negative } = rule, ret = {
              ignored: !negative,
              unignored: negative
            };
            return negative || (ret.rule = rule), ret;
          }
        }
        return {
          ignored: !1,
          unignored: !1
        };
      }
    }, throwError = (message, Ctor) => {
      throw new Ctor(message);
    }, checkPath = (path, originalPath, doThrow) => isString(path) ? path ? checkPath.isNotRelative(path) ? doThrow(
      `path should be a \`path.relative()\`d string, but got "${originalPath}"`,
      RangeError
    ) : !0 : doThrow("path must not be empty", TypeError) : doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    ), isNotRelative = (path) => {
      let first = path.charCodeAt(0);
      if (first === SLASH_CODE)
        return !0;
      if (first !== DOT_CODE)
        return !1;
      if (path.length === 1)
        return !0;
      let second = path.charCodeAt(1);
      return second === SLASH_CODE ? !0 : second !== DOT_CODE ? !1 : path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target), Ignore = class {
      constructor({
        ignorecase = !0,
        ignoreCase = ignorecase,
        allowRelativePaths = !1
      } = {}) {
        define(this, KEY_IGNORE, !0), this._rules = new RuleManager(ignoreCase), this._strictPathCheck = !allowRelativePaths, this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null), this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        return this._rules.add(pattern) && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        return checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        ), path ? this._t(path, cache) : {
          ignored: !1,
          unignored: !1
        };
      }
      checkIgnore(target) {
        let path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE)
          return this._test(target, this._testCache, path);
        let dir = this._t(path, this._testCache);
        if (dir.ignored)
          return dir;
        let literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        let cached = cache[path];
        if (cached)
          return cached;
        let parentPath = parentOf(path), parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    }, factory = (options) => new Ignore(options), isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE), setupWindows = () => {
      let makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      let REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    // Detect `process` so that it can run in browsers.
    typeof process < "u" && process.platform === "win32" && setupWindows();
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_NO_SLASH = "[^\\\\/]", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = "(?:\\/|$)", START_ANCHOR = "(?:^|\\/)", DOTS_SLASH = `\\.{1,2}${END_ANCHOR}`, NO_DOT = "(?!\\.)", NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!\\.{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = "[^.\\/]", STAR = `${QMARK}*?`, SEP = "/", POSIX_CHARS = {
      DOT_LITERAL: "\\.",
      PLUS_LITERAL: "\\+",
      QMARK_LITERAL: "\\?",
      SLASH_LITERAL: "\\/",
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: "[\\\\/]",
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: "\\.{1,2}(?:[\\\\/]|$)",
      NO_DOT: "(?!\\.)",
      NO_DOTS: "(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",
      NO_DOT_SLASH: "(?!\\.{0,1}(?:[\\\\/]|$))",
      NO_DOTS_SLASH: "(?!\\.{1,2}(?:[\\\\/]|$))",
      QMARK_NO_DOT: "[^.\\\\/]",
      START_ANCHOR: "(?:^|[\\\\/])",
      END_ANCHOR: "(?:[\\\\/]|$)",
      SEP: "\\"
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION: 0,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator < "u" && navigator.platform) {
        let platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      return typeof process < "u" && process.platform ? process.platform === "win32" : !1;
    };
    exports.removeBackslashes = (str) => str.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state.prefix = "./"), output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      let prepend = options.contains ? "" : "^", append = options.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
    exports.basename = (path, { windows } = {}) => {
      let segs = path.split(windows ? /[\\/]/ : "/"), last = segs[segs.length - 1];
      return last === "" ? segs[segs.length - 2] : last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token) => {
      token.isPrefix !== !0 && (token.depth = token.isGlobstar ? 1 / 0 : 1);
    }, scan2 = (input, options) => {
      let opts = options || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.tokens === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str.charCodeAt(index + 1), advance = () => (prev = code, str.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token), token = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, isExtglob = token.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            let parens = 0;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token.isGlobstar = !0), isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = !0, isGlob = token.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, scanToEnd === !0) {
            let parens = 1;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str, prefix = "", glob = "";
      start > 0 && (prefix = str.slice(0, start), str = str.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str.slice(0, lastIndex), glob = str.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str) : base = str, base && base !== "" && base !== "/" && base !== str && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state.maxDepth = 0, isPathSeparator(code) || tokens.push(token), state.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n2 = prevIndex !== void 0 ? prevIndex + 1 : start, i = slashes[idx], value2 = input.slice(n2, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value2, depth(tokens[idx]), state.maxDepth += tokens[idx].depth), i >= start && (parts.push(value2), prevIndex = i);
        }
        let n = prevIndex !== void 0 ? prevIndex + 1 : start, value = input.slice(n);
        parts.push(value), opts.tokens && prevIndex && prevIndex + 1 < input.length && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state.maxDepth += tokens[tokens.length - 1].depth), state.slashes = slashes, state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants(), utils = require_utils(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options) => {
      if (typeof options.expandRange == "function")
        return options.expandRange(...args, options);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, buildCharClassStar = (chars) => `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`, getStarExtglobSequenceChars = (pattern) => {
      let index = 0, chars = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars.push(branch), index += match.end + 1;
      }
      if (!(chars.length < 1))
        return chars;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options.maxExtglobRecursion == "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      let safeChars = [], sawStarSequence = !1, combinable = !0;
      for (let branch of branches) {
        let chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = !0, safeChars.push(...chars);
          continue;
        }
        let literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        if (combinable = !1, repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return sawStarSequence ? combinable ? { risky: !0, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: !0 } : { risky: !1 };
    }, parse = (input, options) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", PLATFORM_CHARS = constants.globChars(opts.windows), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state.index === len - 1, peek = state.peek = (n = 1) => input[state.index + n], advance = state.advance = () => input[++state.index] || "", remaining = () => input.slice(state.index + 1), consume = (value2 = "", num = 0) => {
        state.consumed += value2, state.index += num;
      }, append = (token) => {
        state.output += token.output != null ? token.output : token.value, consume(token.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state.start++, count++;
        return count % 2 === 0 ? !1 : (state.negated = !0, state.start++, !0);
      }, increment = (type) => {
        state[type]++, stack.push(type);
      }, decrement = (type) => {
        state[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state.output = state.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value, prev.value += tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev, token.parens = state.parens, token.output = state.output, token.startIndex = state.index, token.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token.open;
        increment("parens"), push({ type, value: value2, output: state.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token);
      }, extglobClose = (token) => {
        let literal = input.slice(token.startIndex, state.index + 1), body = input.slice(token.startIndex + 2, state.index), analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state.output = token.output + open.output, state.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : ""), rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token.close = `)$))${extglobStar}`), token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse(rest, { ...options, fastpaths: !1 }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          token.prev.type === "bos" && (state.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc ? esc + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars.length) : first === "." ? DOT_LITERAL.repeat(chars.length) : first === "*" ? esc ? esc + first + (rest ? star : "") : star : esc ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state.output = input, state) : (state.output = utils.wrapOutput(output, state, options), state);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix2 = POSIX_REGEX_SOURCE[rest2];
              if (posix2) {
                prev.value = pre + posix2, state.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state.output = state.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range2 = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range2.unshift(arr[i].value);
            output = expandRange(range2, opts), state.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state.output.slice(0, brace.outputIndex), toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state.output = out;
            for (let t of toks)
              state.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1, state.consumed = "", state.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state.backtrack = !0, state.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          let isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state.output = prev.output, state.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state.globstar = !0, state.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state.output += prior.output + prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state.output = prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state.output += prev.output, state.globstar = !0, consume(value);
          continue;
        }
        let token = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token.output = nodot + token.output), push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token.output = value, push(token);
          continue;
        }
        (state.index === state.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state.output += nodot, prev.output += nodot), peek() !== "*" && (state.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token);
      }
      for (; state.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "["), decrement("brackets");
      }
      for (; state.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "("), decrement("parens");
      }
      for (; state.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state.backtrack === !0) {
        state.output = "";
        for (let token of state.tokens)
          state.output += token.output != null ? token.output : token.value, token.suffix && (state.output += token.suffix);
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan(), parse = require_parse(), utils = require_utils(), constants = require_constants(), isObject = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch4 = (glob, options, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch4(input, options, returnState));
        return (str) => {
          for (let isMatch of fns) {
            let state2 = isMatch(str);
            if (state2) return state2;
          }
          return !1;
        };
      }
      let isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options || {}, posix2 = opts.windows, regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, !1, !0), state = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix2 }), result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result), isMatch === !1 ? (result.isMatch = !1, returnObject ? result : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result), result.isMatch = !1, returnObject ? result : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result), returnObject ? result : !0);
      };
      return returnState && (matcher.state = state), matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options || {}, format = opts.format || (posix2 ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch4.matchBase(input, regex, options, posix2) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix2 = options && options.windows) => (glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options)).test(utils.basename(input, { windows: posix2 }));
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => Array.isArray(pattern) ? pattern.map((p) => picomatch4.parse(p, options)) : parse(pattern, { ...options, fastpaths: !1 });
    picomatch4.scan = (input, options) => scan2(input, options);
    picomatch4.compileRe = (state, options, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state.output;
      let opts = options || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state.output})${append}`;
      state && state.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch4.toRegex(source, options);
      return returnState === !0 && (regex.state = state), regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse.fastpaths(input, options)), parsed.output || (parsed = parse(input, options)), picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        let opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch(), utils = require_utils();
    function picomatch4(glob, options, returnState = !1) {
      return options && (options.windows === null || options.windows === void 0) && (options = { ...options, windows: utils.isWindows() }), pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// src/engine/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/generated/validators.js
var validateRequest = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/create-vault.schema.json", title: "Cloud Backup CreateVault request", description: "The parameters of one Cloud Backup (HBR) CreateVault call, API version 2017-09-08. Creates a backup vault; each Alibaba Cloud account can create at most 100 backup vaults.", type: "object", additionalProperties: !1, required: ["VaultRegionId", "VaultName"], properties: { VaultRegionId: { type: "string", description: "The region ID of the backup vault.", examples: ["cn-shanghai"] }, VaultName: { type: "string", minLength: 1, maxLength: 64, description: "The name of the backup vault. The name must be 1 to 64 characters in length.", examples: ["backupvaultname"] }, Description: { type: "string", maxLength: 255, description: "The description of the backup vault. The description can be 0 to 255 characters in length.", examples: ["description"] }, VaultType: { type: "string", enum: ["STANDARD", "OTS_BACKUP"], description: "The type of the backup vault. STANDARD: a standard backup vault. OTS_BACKUP: a Tablestore backup vault.", examples: ["STANDARD"] }, VaultStorageClass: { type: "string", enum: ["STANDARD", "ARCHIVE", "COLD_ARCHIVE", "IA"], description: "The storage class of the backup vault. STANDARD: Standard. ARCHIVE, COLD_ARCHIVE and IA: deprecated.", examples: ["STANDARD"] }, WormEnabled: { type: "boolean", description: "Specifies whether to enable backup locking.", examples: [!1] }, EncryptType: { type: "string", enum: ["HBR_PRIVATE", "KMS"], description: "The encryption type of the source data. Valid only if VaultType is STANDARD or OTS_BACKUP. HBR_PRIVATE: the built-in encryption of Cloud Backup. KMS: a customer master key (CMK) from Key Management Service.", examples: ["KMS"] }, KmsKeyId: { type: "string", description: "The ID or alias of the KMS key. Required only if EncryptType is KMS.", examples: ["alias/yzs-hhht"] }, Replication: { type: "boolean", description: "Specifies whether to create a replication vault.", examples: [!0] } } }, func2 = Object.prototype.hasOwnProperty, func3 = ((s) => {
  let n = 0;
  for (let _ of s) n++;
  return n;
});
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.VaultRegionId === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VaultRegionId" }, message: "must have required property 'VaultRegionId'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.VaultName === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "VaultName" }, message: "must have required property 'VaultName'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.VaultRegionId !== void 0 && typeof data.VaultRegionId != "string") {
      let err3 = { instancePath: instancePath + "/VaultRegionId", schemaPath: "#/properties/VaultRegionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.VaultName !== void 0) {
      let data1 = data.VaultName;
      if (typeof data1 == "string") {
        if (func3(data1) > 64) {
          let err4 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        if (func3(data1) < 1) {
          let err5 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/VaultName", schemaPath: "#/properties/VaultName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.Description !== void 0) {
      let data2 = data.Description;
      if (typeof data2 == "string") {
        if (func3(data2) > 255) {
          let err7 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.VaultType !== void 0) {
      let data3 = data.VaultType;
      if (typeof data3 != "string") {
        let err9 = { instancePath: instancePath + "/VaultType", schemaPath: "#/properties/VaultType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (!(data3 === "STANDARD" || data3 === "OTS_BACKUP")) {
        let err10 = { instancePath: instancePath + "/VaultType", schemaPath: "#/properties/VaultType/enum", keyword: "enum", params: { allowedValues: schema11.properties.VaultType.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.VaultStorageClass !== void 0) {
      let data4 = data.VaultStorageClass;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/VaultStorageClass", schemaPath: "#/properties/VaultStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
      if (!(data4 === "STANDARD" || data4 === "ARCHIVE" || data4 === "COLD_ARCHIVE" || data4 === "IA")) {
        let err12 = { instancePath: instancePath + "/VaultStorageClass", schemaPath: "#/properties/VaultStorageClass/enum", keyword: "enum", params: { allowedValues: schema11.properties.VaultStorageClass.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.WormEnabled !== void 0 && typeof data.WormEnabled != "boolean") {
      let err13 = { instancePath: instancePath + "/WormEnabled", schemaPath: "#/properties/WormEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.EncryptType !== void 0) {
      let data6 = data.EncryptType;
      if (typeof data6 != "string") {
        let err14 = { instancePath: instancePath + "/EncryptType", schemaPath: "#/properties/EncryptType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
      if (!(data6 === "HBR_PRIVATE" || data6 === "KMS")) {
        let err15 = { instancePath: instancePath + "/EncryptType", schemaPath: "#/properties/EncryptType/enum", keyword: "enum", params: { allowedValues: schema11.properties.EncryptType.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.KmsKeyId !== void 0 && typeof data.KmsKeyId != "string") {
      let err16 = { instancePath: instancePath + "/KmsKeyId", schemaPath: "#/properties/KmsKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
    }
    if (data.Replication !== void 0 && typeof data.Replication != "boolean") {
      let err17 = { instancePath: instancePath + "/Replication", schemaPath: "#/properties/Replication/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
    }
  } else {
    let err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validateConfig = validate11, schema12 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/vaultlint-config.schema.json", title: "vaultlint configuration (.vaultlint.yaml)", type: "object", additionalProperties: !1, definitions: { severity: { type: "string", enum: ["off", "info", "warning", "error"], description: "How a rule's findings are reported; off turns the rule off." }, globs: { type: "array", items: { type: "string", minLength: 1 } } }, properties: { include: { $ref: "#/definitions/globs", description: "Globs of request files, relative to this file's folder. Replaces the defaults." }, exclude: { $ref: "#/definitions/globs", description: "Globs of files never to lint, even when named on the command line." }, rules: { type: "object", description: "Per rule id: a severity, or [severity, options].", additionalProperties: { anyOf: [{ $ref: "#/definitions/severity" }, { type: "array", minItems: 1, maxItems: 2, items: [{ $ref: "#/definitions/severity" }, { type: "object" }] }] } }, mandatory: { type: "array", items: { type: "string" }, description: "Rule ids that inline suppressions cannot silence." }, plugins: { type: "array", items: { type: "string", minLength: 1 }, description: "Paths of the team's own rule modules (ES modules), relative to this file's folder." }, regions: { type: "object", additionalProperties: !1, description: "Extends the bundled region list.", properties: { supported: { type: "array", items: { type: "string" }, description: "Regions to treat as served by Cloud Backup." }, decommissioned: { type: "array", items: { type: "string" }, description: "Regions to treat as decommissioned." } } }, accounts: { type: "object", description: "Named accounts: which request files belong to each, its vault quota, and what exists there already.", additionalProperties: { type: "object", additionalProperties: !1, required: ["files"], properties: { files: { $ref: "#/definitions/globs", description: "Globs of the request files that belong to this account." }, quota: { type: "integer", minimum: 0, default: 100, description: "How many vaults the account may hold." }, existing: { description: "How many vaults exist there already, beyond those the inventory lists: one count, or a count per region (for scope: region).", anyOf: [{ type: "integer", minimum: 0 }, { type: "object", propertyNames: { minLength: 1 }, additionalProperties: { type: "integer", minimum: 0 } }] }, inventory: { type: "string", minLength: 1, description: "A JSON file of DescribeVaults response bodies (one body or an array of pages), relative to this file's folder. Its vaults count as existing; a request for a vault it lists does not count again." }, scope: { type: "string", enum: ["account", "region"], default: "account", description: "Whether the quota counts the whole account (account) or each region apart (region). Which one the service applies is unconfirmed." }, warnAt: { type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.9, description: "Share of the quota (0 to 1) from which one warning is given per account (and region, with scope: region)." } } } }, submit: { type: "object", additionalProperties: !1, properties: { endpoint: { type: "string", minLength: 1, description: "Endpoint override, e.g. a VPC endpoint or http://127.0.0.1:PORT." }, timeout: { type: "integer", minimum: 1, default: 600, description: "Seconds to wait for each vault to become CREATED." }, branches: { type: "array", items: { type: "string" }, description: "Branches the GitHub Action may submit from; default: the repository's default branch." } } } } };
var schema15 = { type: "string", enum: ["off", "info", "warning", "error"], description: "How a rule's findings are reported; off turns the rule off." };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "include" || key0 === "exclude" || key0 === "rules" || key0 === "mandatory" || key0 === "plugins" || key0 === "regions" || key0 === "accounts" || key0 === "submit")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.include !== void 0) {
      let data0 = data.include;
      if (Array.isArray(data0)) {
        let len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 == "string") {
            if (func3(data1) < 1) {
              let err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
            }
          } else {
            let err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
          }
        }
      } else {
        let err3 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        let len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 == "string") {
            if (func3(data3) < 1) {
              let err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
          } else {
            let err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
        }
      } else {
        let err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4))
        for (let key1 in data4) {
          let data5 = data4[key1], _errs16 = errors, valid8 = !1, _errs17 = errors;
          if (typeof data5 != "string") {
            let err7 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
          if (!(data5 === "off" || data5 === "info" || data5 === "warning" || data5 === "error")) {
            let err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
          var _valid0 = _errs17 === errors;
          if (valid8 = valid8 || _valid0, !valid8) {
            let _errs20 = errors;
            if (Array.isArray(data5)) {
              if (data5.length > 2) {
                let err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
              if (data5.length < 1) {
                let err10 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
              let len2 = data5.length;
              if (len2 > 0) {
                let data6 = data5[0];
                if (typeof data6 != "string") {
                  let err11 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                }
                if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
                  let err12 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                  vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                }
              }
              if (len2 > 1) {
                let data7 = data5[1];
                if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                  let err13 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                }
              }
            } else {
              let err14 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            var _valid0 = _errs20 === errors;
            valid8 = valid8 || _valid0;
          }
          if (valid8)
            errors = _errs16, vErrors !== null && (_errs16 ? vErrors.length = _errs16 : vErrors = null);
          else {
            let err15 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
      else {
        let err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.mandatory !== void 0) {
      let data8 = data.mandatory;
      if (Array.isArray(data8)) {
        let len3 = data8.length;
        for (let i2 = 0; i2 < len3; i2++)
          if (typeof data8[i2] != "string") {
            let err17 = { instancePath: instancePath + "/mandatory/" + i2, schemaPath: "#/properties/mandatory/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
      } else {
        let err18 = { instancePath: instancePath + "/mandatory", schemaPath: "#/properties/mandatory/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data10 = data.plugins;
      if (Array.isArray(data10)) {
        let len4 = data10.length;
        for (let i3 = 0; i3 < len4; i3++) {
          let data11 = data10[i3];
          if (typeof data11 == "string") {
            if (func3(data11) < 1) {
              let err19 = { instancePath: instancePath + "/plugins/" + i3, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
          } else {
            let err20 = { instancePath: instancePath + "/plugins/" + i3, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
      } else {
        let err21 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.regions !== void 0) {
      let data12 = data.regions;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (let key2 in data12)
          if (!(key2 === "supported" || key2 === "decommissioned")) {
            let err22 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data12.supported !== void 0) {
          let data13 = data12.supported;
          if (Array.isArray(data13)) {
            let len5 = data13.length;
            for (let i4 = 0; i4 < len5; i4++)
              if (typeof data13[i4] != "string") {
                let err23 = { instancePath: instancePath + "/regions/supported/" + i4, schemaPath: "#/properties/regions/properties/supported/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
          } else {
            let err24 = { instancePath: instancePath + "/regions/supported", schemaPath: "#/properties/regions/properties/supported/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data12.decommissioned !== void 0) {
          let data15 = data12.decommissioned;
          if (Array.isArray(data15)) {
            let len6 = data15.length;
            for (let i5 = 0; i5 < len6; i5++)
              if (typeof data15[i5] != "string") {
                let err25 = { instancePath: instancePath + "/regions/decommissioned/" + i5, schemaPath: "#/properties/regions/properties/decommissioned/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
          } else {
            let err26 = { instancePath: instancePath + "/regions/decommissioned", schemaPath: "#/properties/regions/properties/decommissioned/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/regions", schemaPath: "#/properties/regions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data17 = data.accounts;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17))
        for (let key3 in data17) {
          let data18 = data17[key3];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.files === void 0) {
              let err28 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
            for (let key4 in data18)
              if (!(key4 === "files" || key4 === "quota" || key4 === "existing" || key4 === "inventory" || key4 === "scope" || key4 === "warnAt")) {
                let err29 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            if (data18.files !== void 0) {
              let data19 = data18.files;
              if (Array.isArray(data19)) {
                let len7 = data19.length;
                for (let i6 = 0; i6 < len7; i6++) {
                  let data20 = data19[i6];
                  if (typeof data20 == "string") {
                    if (func3(data20) < 1) {
                      let err30 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i6, schemaPath: "#/definitions/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  } else {
                    let err31 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i6, schemaPath: "#/definitions/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                }
              } else {
                let err32 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/definitions/globs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
              }
            }
            if (data18.quota !== void 0) {
              let data21 = data18.quota;
              if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21))) {
                let err33 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota", schemaPath: "#/properties/accounts/additionalProperties/properties/quota/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
              }
              if (typeof data21 == "number" && (data21 < 0 || isNaN(data21))) {
                let err34 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/quota", schemaPath: "#/properties/accounts/additionalProperties/properties/quota/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data18.existing !== void 0) {
              let data22 = data18.existing, _errs60 = errors, valid26 = !1, _errs61 = errors;
              if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22))) {
                let err35 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              if (typeof data22 == "number" && (data22 < 0 || isNaN(data22))) {
                let err36 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
              var _valid1 = _errs61 === errors;
              if (valid26 = valid26 || _valid1, !valid26) {
                let _errs63 = errors;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  for (let key5 in data22) {
                    let _errs65 = errors;
                    if (typeof key5 == "string" && func3(key5) < 1) {
                      let err37 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key5 };
                      vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                    }
                    var valid27 = _errs65 === errors;
                    if (!valid27) {
                      let err38 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                      vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                    }
                  }
                  for (let key6 in data22) {
                    let data23 = data22[key6];
                    if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23))) {
                      let err39 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                    if (typeof data23 == "number" && (data23 < 0 || isNaN(data23))) {
                      let err40 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                  }
                } else {
                  let err41 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                }
                var _valid1 = _errs63 === errors;
                valid26 = valid26 || _valid1;
              }
              if (valid26)
                errors = _errs60, vErrors !== null && (_errs60 ? vErrors.length = _errs60 : vErrors = null);
              else {
                let err42 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/existing", schemaPath: "#/properties/accounts/additionalProperties/properties/existing/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data18.inventory !== void 0) {
              let data24 = data18.inventory;
              if (typeof data24 == "string") {
                if (func3(data24) < 1) {
                  let err43 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/inventory", schemaPath: "#/properties/accounts/additionalProperties/properties/inventory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              } else {
                let err44 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/inventory", schemaPath: "#/properties/accounts/additionalProperties/properties/inventory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            }
            if (data18.scope !== void 0) {
              let data25 = data18.scope;
              if (typeof data25 != "string") {
                let err45 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scope", schemaPath: "#/properties/accounts/additionalProperties/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
              if (!(data25 === "account" || data25 === "region")) {
                let err46 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scope", schemaPath: "#/properties/accounts/additionalProperties/properties/scope/enum", keyword: "enum", params: { allowedValues: schema12.properties.accounts.additionalProperties.properties.scope.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            }
            if (data18.warnAt !== void 0) {
              let data26 = data18.warnAt;
              if (typeof data26 == "number") {
                if (data26 > 1 || isNaN(data26)) {
                  let err47 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                if (data26 <= 0 || isNaN(data26)) {
                  let err48 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                }
              } else {
                let err49 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/warnAt", schemaPath: "#/properties/accounts/additionalProperties/properties/warnAt/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
          } else {
            let err50 = { instancePath: instancePath + "/accounts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
      else {
        let err51 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.submit !== void 0) {
      let data27 = data.submit;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (let key7 in data27)
          if (!(key7 === "endpoint" || key7 === "timeout" || key7 === "branches")) {
            let err52 = { instancePath: instancePath + "/submit", schemaPath: "#/properties/submit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data27.endpoint !== void 0) {
          let data28 = data27.endpoint;
          if (typeof data28 == "string") {
            if (func3(data28) < 1) {
              let err53 = { instancePath: instancePath + "/submit/endpoint", schemaPath: "#/properties/submit/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
          } else {
            let err54 = { instancePath: instancePath + "/submit/endpoint", schemaPath: "#/properties/submit/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
          }
        }
        if (data27.timeout !== void 0) {
          let data29 = data27.timeout;
          if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29))) {
            let err55 = { instancePath: instancePath + "/submit/timeout", schemaPath: "#/properties/submit/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
          if (typeof data29 == "number" && (data29 < 1 || isNaN(data29))) {
            let err56 = { instancePath: instancePath + "/submit/timeout", schemaPath: "#/properties/submit/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
          }
        }
        if (data27.branches !== void 0) {
          let data30 = data27.branches;
          if (Array.isArray(data30)) {
            let len8 = data30.length;
            for (let i7 = 0; i7 < len8; i7++)
              if (typeof data30[i7] != "string") {
                let err57 = { instancePath: instancePath + "/submit/branches/" + i7, schemaPath: "#/properties/submit/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
          } else {
            let err58 = { instancePath: instancePath + "/submit/branches", schemaPath: "#/properties/submit/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
          }
        }
      } else {
        let err59 = { instancePath: instancePath + "/submit", schemaPath: "#/properties/submit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
      }
    }
  } else {
    let err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}

// src/engine/suggest.ts
function distance(a, b, limit = 8) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
    }
    previous = current;
  }
  return previous[b.length];
}
function nearest(input, known) {
  let folded = input.toLowerCase().replace(/[-_\s]/g, ""), exact = known.find(
    (k) => k.toLowerCase().replace(/[-_\s]/g, "") === folded
  );
  if (exact) return exact;
  let best, bestScore = Number.POSITIVE_INFINITY;
  for (let candidate of known) {
    let score = distance(input.toLowerCase(), candidate.toLowerCase()), allowed = Math.max(2, Math.floor(candidate.length / 3));
    score <= allowed && score < bestScore && (best = candidate, bestScore = score);
  }
  return best || known.find(
    (k) => k.length >= 4 && input.toUpperCase().startsWith(k.toUpperCase())
  );
}

// src/engine/config.ts
var CONFIG_NAME = ".vaultlint.yaml", SEVERITIES = [
  "off",
  "info",
  "warning",
  "error"
], DEFAULT_INCLUDE = [
  "**/*.vault.yaml",
  "**/*.vault.yml",
  "**/*.vault.json",
  "**/vaults/**/*.yaml",
  "**/vaults/**/*.yml",
  "**/vaults/**/*.json"
], DEFAULT_QUOTA = 100, DEFAULT_WARN_AT = 0.9, ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(file ? `${file}:${line ?? 1}:${column ?? 1}: ${message}` : message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
};
function defaultConfig(dir) {
  return {
    dir,
    given: /* @__PURE__ */ new Set(),
    include: DEFAULT_INCLUDE,
    exclude: [],
    rules: {},
    mandatory: [],
    plugins: [],
    accounts: [],
    regions: { supported: [], decommissioned: [] },
    submit: { timeout: 600 }
  };
}
var ConfigResolver = class {
  constructor(cwd, explicit) {
    this.cwd = cwd;
    this.explicit = explicit;
  }
  cwd;
  explicit;
  byDir = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  forDir(dir) {
    if (this.explicit) return this.load(resolve(this.cwd, this.explicit));
    let cached = this.byDir.get(dir);
    if (cached) return cached;
    let candidate = join(dir, CONFIG_NAME), parent = dirname(dir), config = existsSync(candidate) ? this.load(candidate) : parent === dir ? defaultConfig(this.cwd) : this.forDir(parent);
    return this.byDir.set(dir, config), config;
  }
  forFile(file) {
    return this.forDir(dirname(file));
  }
  /** Every config loaded so far. */
  all() {
    return [...new Set(this.byDir.values()), ...this.byPath.values()].filter(
      (c, i, list) => list.indexOf(c) === i
    );
  }
  load(path) {
    let cached = this.byPath.get(path);
    if (cached) return cached;
    let config = loadConfig(
      path,
      relative(this.cwd, path).split("\\").join("/") || path
    );
    return this.byPath.set(path, config), config;
  }
};
function loadConfig(path, shown = path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `Cannot read the config file (${error.code}).`,
      shown
    );
  }
  let lines = new LineIndex(text), doc = (0, import_yaml.parseDocument)(text, { prettyErrors: !1, uniqueKeys: !0 });
  if (doc.errors.length > 0) {
    let error = doc.errors[0], { line, column } = lines.position(error.pos[0]), cause = error.message.split(`
`)[0].replace(/\.?$/, ".");
    throw new ConfigError(
      `Cannot parse the config: ${cause}`,
      shown,
      line,
      column
    );
  }
  let locate2 = (keyPath, keyNode = !1) => {
    let node = nodeAt(doc.contents, keyPath, keyNode);
    return { ...lines.position(node?.range?.[0] ?? 0), shown };
  }, fault = (keyPath, message, keyNode = !1) => {
    let { line, column } = locate2(keyPath, keyNode);
    throw new ConfigError(message, shown, line, column);
  }, data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (isPlainObject(data) && isPlainObject(data.rules) && checkRuleSettings(data.rules, fault), !validateConfig(data)) {
    let error = pickError(validateConfig.errors ?? []), keyPath = fromPointer(error.instancePath), extra = error.keyword === "additionalProperties" ? String(error.params.additionalProperty) : void 0;
    fault(
      extra ? [...keyPath, extra] : keyPath,
      configMessage(error, keyPath, extra),
      !!extra
    );
  }
  return resolveConfig(data, dirname(path), path, locate2);
}
function resolveConfig(data, dir, path, locate2) {
  let config = defaultConfig(dir);
  config.path = path, config.given = new Set(Object.keys(data)), Array.isArray(data.include) && (config.include = data.include), Array.isArray(data.exclude) && (config.exclude = data.exclude), Array.isArray(data.mandatory) && (config.mandatory = data.mandatory), Array.isArray(data.plugins) && (config.plugins = data.plugins.map((p) => resolve(dir, p)));
  let regions = data.regions ?? {};
  config.regions = {
    supported: regions.supported ?? [],
    decommissioned: regions.decommissioned ?? []
  }, config.submit = { timeout: 600, ...data.submit ?? {} };
  for (let [id, value] of Object.entries(
    data.rules ?? {}
  ))
    config.rules[id] = Array.isArray(value) ? {
      severity: value[0],
      options: value[1]
    } : { severity: value };
  for (let [name, raw] of Object.entries(
    data.accounts ?? {}
  )) {
    let existing = raw.existing, perRegion = typeof existing == "object" && existing !== null;
    config.accounts.push({
      name,
      files: raw.files,
      quota: raw.quota ?? DEFAULT_QUOTA,
      existing: perRegion ? Object.values(existing).reduce((sum, n) => sum + n, 0) : existing ?? void 0,
      ...perRegion ? { existingIn: { ...existing } } : {},
      inventory: typeof raw.inventory == "string" ? resolve(dir, raw.inventory) : void 0,
      scope: raw.scope ?? "account",
      warnAt: raw.warnAt ?? DEFAULT_WARN_AT
    });
  }
  return configLocations.set(config, locate2), config;
}
var configLocations = /* @__PURE__ */ new WeakMap();
function configFault(config, keyPath, message, keyNode = !1) {
  let locate2 = configLocations.get(config);
  if (!locate2) throw new ConfigError(message);
  let { line, column, shown } = locate2(keyPath, keyNode);
  throw new ConfigError(message, shown, line, column);
}
var FIXED_CHECKS = "the engine's own checks are always errors, except the suppression checks";
function checkRuleIds(config, known, fixed = /* @__PURE__ */ new Set()) {
  let ids = new Set(known), hint = (id) => {
    let guess = nearest(id, known);
    return guess ? `; did you mean "${guess}"?` : ".";
  };
  for (let id of Object.keys(config.rules))
    ids.has(id) || configFault(
      config,
      ["rules", id],
      `Unknown rule "${id}" in rules${hint(id)}`,
      !0
    ), fixed.has(id) && configFault(
      config,
      ["rules", id],
      `Unexpected check "${id}" in rules; ${FIXED_CHECKS}.`,
      !0
    );
  for (let [index, id] of config.mandatory.entries())
    ids.has(id) || configFault(
      config,
      ["mandatory", String(index)],
      `Unknown rule "${id}" in mandatory${hint(id)}`
    );
}
var optionsAjv, optionValidators = /* @__PURE__ */ new WeakMap();
async function checkRuleOptions(config, rule, options) {
  let at = ["rules", rule.id, "1"], validate = optionValidators.get(rule);
  if (!validate) {
    optionsAjv ??= createOptionsAjv();
    let schema = rule.optionsSchema ?? {
      type: "object",
      additionalProperties: !1
    };
    try {
      validate = (await optionsAjv).compile(schema);
    } catch (error2) {
      configFault(
        config,
        ["rules", rule.id],
        `Rule ${rule.id} has an invalid optionsSchema: ${error2.message}.`,
        !0
      );
    }
    optionValidators.set(rule, validate);
  }
  if (validate(options)) return;
  let error = pickError(validate.errors ?? []), keyPath = fromPointer(error.instancePath), where = keyPath.length ? `option ${keyPath.join(".")} of` : "options";
  if (error.keyword === "additionalProperties") {
    let extra = String(error.params.additionalProperty), schema = rule.optionsSchema, known = Object.keys(schema?.properties ?? {}), guess = nearest(extra, known), expected = guess ? `; did you mean "${guess}"?` : known.length ? `; expected ${known.join(", ")}.` : `; ${rule.id} takes no options.`;
    configFault(
      config,
      [...at, ...keyPath, extra],
      `Unexpected option "${extra}" for rule ${rule.id}${expected}`,
      !0
    );
  }
  error.keyword === "format" && error.params.format === "regex" && configFault(
    config,
    [...at, ...keyPath],
    `Unexpected pattern in ${where} rule ${rule.id}; it is not a valid regular expression.`
  ), configFault(
    config,
    [...at, ...keyPath],
    `Unexpected value for ${where} rule ${rule.id}: ${error.message ?? "invalid"}.`
  );
}
async function createOptionsAjv() {
  let module = await import("./ajv-5XZFOEXT.js"), Ajv = module.default.default ?? module.default, ajv = new Ajv({ allErrors: !0, strict: !1 });
  return ajv.addFormat("regex", { type: "string", validate: isPattern }), ajv;
}
function isPattern(source) {
  try {
    return new RegExp(`^(?:${source})$`, "u"), !0;
  } catch {
    return !1;
  }
}
function checkRuleSettings(rules, fault) {
  let expected = "expected off, info, warning or error, or [severity, options]";
  for (let [id, value] of Object.entries(rules)) {
    let list = Array.isArray(value), [severity, options, ...rest] = list ? value : [value], at = list ? ["rules", id, "0"] : ["rules", id];
    if (severity == null && fault(at, `Missing severity for rules.${id}; ${expected}.`, !list), !SEVERITIES.includes(severity)) {
      let shown = typeof severity == "string" ? `"${severity}"` : JSON.stringify(value), guess = typeof severity == "string" ? nearestWord(severity, SEVERITIES) : "";
      fault(
        at,
        `Unexpected severity ${shown} for rules.${id}; ${expected}${guess ? ` (did you mean "${guess}"?)` : ""}.`
      );
    }
    list && value.length > 1 && !isPlainObject(options) && fault(
      ["rules", id, "1"],
      `Unexpected options for rules.${id}; expected a mapping of option names to values.`
    ), rest.length > 0 && fault(
      ["rules", id, "2"],
      `Unexpected third item in rules.${id}; expected [severity, options].`
    );
  }
}
function nearestWord(input, known) {
  let lower = input.toLowerCase();
  return nearest(input, known) ?? (lower.length >= 3 ? known.find((k) => k.startsWith(lower)) : void 0) ?? "";
}
function pickError(errors) {
  let best = errors[0];
  for (let error of errors) {
    let depth = error.instancePath.split("/").length, bestDepth = best.instancePath.split("/").length, vague = (e) => e.keyword === "anyOf" || e.keyword === "oneOf";
    (depth > bestDepth || depth === bestDepth && vague(best) && !vague(error)) && (best = error);
  }
  return best;
}
function fromPointer(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function configMessage(error, path, extra) {
  let where = path.length ? path.join(".") : "the config";
  if (extra) {
    let known = knownKeys(path), guess = known ? nearest(extra, known) : void 0;
    return `Unexpected key "${extra}" in ${where}${guess ? `; did you mean "${guess}"?` : "."}`;
  }
  if (error.keyword === "enum") {
    let allowed = error.params.allowedValues.map(String);
    return `Unexpected value for ${where}; expected ${allowed.join(" or ")}.`;
  }
  return error.keyword === "required" ? `Missing ${error.params.missingProperty} in ${where}.` : `Unexpected value for ${where}: ${error.message ?? "invalid"}.`;
}
function knownKeys(path) {
  if (path.length === 0)
    return [
      "include",
      "exclude",
      "rules",
      "mandatory",
      "plugins",
      "regions",
      "accounts",
      "submit"
    ];
  if (path[0] === "accounts" && path.length === 2)
    return ["files", "quota", "existing", "inventory", "scope", "warnAt"];
  if (path[0] === "submit") return ["endpoint", "timeout", "branches"];
  if (path[0] === "regions") return ["supported", "decommissioned"];
}
function nodeAt(root, path, keyNode) {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    let part = path[i];
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find(
        (p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === part
      );
      if (!pair) return node;
      if (keyNode && i === path.length - 1) return pair.key;
      node = (0, import_yaml.isNode)(pair.value) ? pair.value : pair.key;
    } else if ((0, import_yaml.isSeq)(node)) {
      let item = node.items[Number(part)];
      if (!(0, import_yaml.isNode)(item)) return node;
      node = item;
    } else
      return node;
  }
  return node;
}

// src/engine/discover.ts
var import_ignore = __toESM(require_ignore(), 1), import_picomatch2 = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join2, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize, relative as relative2, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  return normalized.length > 1 && normalized[normalized.length - 1] === sep && (normalized = normalized.substring(0, normalized.length - 1)), normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  let { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options, pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths && (path = resolve2(path)), (normalizePath$1 || pathNeedsCleaning) && (path = cleanPath(path)), path === ".") return "";
  let needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    return directoryPath.startsWith(root) ? directoryPath.slice(root.length) + filename : convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  let { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    let relativePath = directoryPath.substring(root.length) || ".";
    filters.every((filter) => filter(relativePath, !0)) && paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
}, pushDirectoryFilter = (directoryPath, paths, filters) => {
  let path = directoryPath || ".";
  filters.every((filter) => filter(path, !0)) && paths.push(path);
}, empty$2 = () => {
};
function build$6(root, options) {
  let { includeDirs, filters, relativePaths } = options;
  return includeDirs ? relativePaths ? filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root) : filters && filters.length ? pushDirectoryFilter : pushDirectory : empty$2;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  filters.every((filter) => filter(filename, !1)) && counts.files++;
}, pushFileFilter = (filename, paths, _counts, filters) => {
  filters.every((filter) => filter(filename, !1)) && paths.push(filename);
}, pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
}, pushFile = (filename, paths) => {
  paths.push(filename);
}, empty$1 = () => {
};
function build$5(options) {
  let { excludeFiles, filters, onlyCounts } = options;
  return excludeFiles ? empty$1 : filters && filters.length ? onlyCounts ? pushFileFilterAndCount : pushFileFilter : onlyCounts ? pushFileCount : pushFile;
}
var getArray = (paths) => paths, getArrayGroup = () => [""].slice(0, 0);
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
}, empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  let { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue(), fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath), queue.dequeue(null, state);
    });
  });
}, resolveSymlinks = function(path, state, callback$1) {
  let { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    let resolvedPath = fs.realpathSync(path), stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  return !options.resolveSymlinks || options.excludeSymlinks ? null : isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path), depth = 1;
  for (; parent !== state.root && depth < 2; ) {
    let resolvedPath = state.symlinks.get(parent);
    !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath)) ? depth++ : parent = dirname2(parent);
  }
  return state.symlinks.set(path, resolved), depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => state.counts, groupsSync = (state) => state.groups, defaultSync = (state) => state.paths, limitFilesSync = (state) => state.paths.slice(0, state.options.maxFiles), onlyCountsAsync = (state, error, callback$1) => (report(error, callback$1, state.counts, state.options.suppressErrors), null), defaultAsync = (state, error, callback$1) => (report(error, callback$1, state.paths, state.options.suppressErrors), null), limitFilesAsync = (state, error, callback$1) => (report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors), null), groupsAsync = (state, error, callback$1) => (report(error, callback$1, state.groups, state.options.suppressErrors), null);
function report(error, callback$1, output, suppressErrors) {
  callback$1(error && !suppressErrors ? error : null, output);
}
function build$1(options, isSynchronous) {
  let { onlyCounts, group, maxFiles } = options;
  return onlyCounts ? isSynchronous ? onlyCountsSync : onlyCountsAsync : group ? isSynchronous ? groupsSync : groupsAsync : maxFiles ? isSynchronous ? limitFilesSync : limitFilesAsync : isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: !0 }, walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  if (state.queue.enqueue(), currentDepth < 0) return state.queue.dequeue(null, state);
  let { fs } = state;
  state.visited.push(crawlPath), state.counts.directories++, fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth), state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
}, walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  let { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath), state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    return this.count++, this.count;
  }
  dequeue(error, output) {
    this.onQueueEmpty && (--this.count <= 0 || error) && (this.onQueueEmpty(error, output), error && (output.controller.abort(), this.onQueueEmpty = void 0));
  }
}, Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
}, Aborter = class {
  aborted = !1;
  abort() {
    this.aborted = !0;
  }
}, Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1, this.callbackInvoker = build$1(options, this.isSynchronous), this.root = normalizePath(root, options), this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    }, this.joinPath = build$7(this.root, options), this.pushDirectory = build$6(this.root, options), this.pushFile = build$5(options), this.getArray = build$4(options), this.groupFiles = build$3(options), this.resolveSymlink = build$2(options, this.isSynchronous), this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    return this.pushDirectory(this.root, this.state.paths, this.state.options.filters), this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk), this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    let { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    let files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      let entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        let filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters), this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            if (resolvedPath = normalizePath(resolvedPath, this.state.options), exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            let filename = basename(resolvedPath), directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1), this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  new Walker(root, options, callback$1).start();
}
function sync(root, options) {
  return new Walker(root, options).start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root, this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
}, pm = null;
try {
  __require.resolve("picomatch"), pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: 1 / 0,
    suppressErrors: !0,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    }, this.globFunction = this.options.globFunction;
  }
  group() {
    return this.options.group = !0, this;
  }
  withPathSeparator(separator) {
    return this.options.pathSeparator = separator, this;
  }
  withBasePath() {
    return this.options.includeBasePath = !0, this;
  }
  withRelativePaths() {
    return this.options.relativePaths = !0, this;
  }
  withDirs() {
    return this.options.includeDirs = !0, this;
  }
  withMaxDepth(depth) {
    return this.options.maxDepth = depth, this;
  }
  withMaxFiles(limit) {
    return this.options.maxFiles = limit, this;
  }
  withFullPaths() {
    return this.options.resolvePaths = !0, this.options.includeBasePath = !0, this;
  }
  withErrors() {
    return this.options.suppressErrors = !1, this;
  }
  withSymlinks({ resolvePaths = !0 } = {}) {
    return this.options.resolveSymlinks = !0, this.options.useRealPaths = resolvePaths, this.withFullPaths();
  }
  withAbortSignal(signal) {
    return this.options.signal = signal, this;
  }
  normalize() {
    return this.options.normalizePath = !0, this;
  }
  filter(predicate) {
    return this.options.filters.push(predicate), this;
  }
  onlyDirs() {
    return this.options.excludeFiles = !0, this.options.includeDirs = !0, this;
  }
  exclude(predicate) {
    return this.options.exclude = predicate, this;
  }
  onlyCounts() {
    return this.options.onlyCounts = !0, this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    return this.globFunction = fn, this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    return this.options = {
      ...this.options,
      ...options
    }, new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    return this.globFunction ? this.globWithOptions(patterns) : this.globWithOptions(patterns, { dot: !0 });
  }
  globWithOptions(patterns, ...options) {
    let globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    return isMatch || (isMatch = globFn(patterns, ...options), this.globCache[patterns.join("\0")] = isMatch), this.options.filters.push((path) => isMatch(path)), this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1), isReadonlyArray = Array.isArray, BACKSLASHES = /\\/g, DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/, isWin = process.platform === "win32", ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  let patternsCount = patterns.length, patternsParts = Array(patternsCount), matchers2 = Array(patternsCount), i, j;
  for (i = 0; i < patternsCount; i++) {
    let parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    let partsCount = parts.length, partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers2[i] = partMatchers;
  }
  return (input) => {
    let inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return !0;
    for (i = 0; i < patternsCount; i++) {
      let patternParts = patternsParts[i], matcher = matchers2[i], inputPatternCount = inputParts.length, minParts = Math.min(inputPatternCount, patternParts.length);
      for (j = 0; j < minParts; ) {
        let part = patternParts[j];
        if (part.includes("/")) return !0;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return !0;
        j++;
      }
      if (j === inputPatternCount) return !0;
    }
    return !1;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i, isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      let start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    let prefix = root.slice(cwd.length + 1);
    return prefix ? (p, isDir) => {
      if (p === ".") return prefix;
      let result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    } : (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  return absolute ? (p) => posix.relative(cwd, p) || "." : (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    let prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    let result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: !0 };
function splitPattern(path) {
  var _result$parts;
  let result = import_picomatch.default.scan(path, splitPatternOptions);
  return !((_result$parts = result.parts) === null || _result$parts === void 0) && _result$parts.length ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g, WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g, escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&"), escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&"), escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if (options?.caseSensitiveMatch === !1) return !0;
  let scan2 = import_picomatch.default.scan(pattern);
  return scan2.isGlob || scan2.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value == "string" ? [value] : value ?? [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/, ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  let cwd = opts.cwd, result = pattern;
  pattern[pattern.length - 1] === "/" && (result = pattern.slice(0, -1)), result[result.length - 1] !== "*" && opts.expandDirectories && (result += "/**");
  let escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  let parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0], parts = splitPattern(result);
  if (parentDir) {
    let n = (parentDir.length + 1) / 3, i = 0, cwdParts = escapedCwd.split("/");
    for (; i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]; )
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".", i++;
    let potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    potentialRoot[0] !== "." && props.root.length > potentialRoot.length && (props.root = ensureNonDriveRelativePath(potentialRoot), props.depthOffset = -n + i);
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    let newCommonPath = [], length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      let part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length, props.commonPath = newCommonPath, props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  let matchPatterns = [], ignorePatterns = [];
  for (let pattern of options.ignore)
    pattern && (pattern[0] !== "!" || pattern[1] === "(") && ignorePatterns.push(normalizePattern(pattern, options, props, !0));
  for (let pattern of patterns)
    pattern && (pattern[0] !== "!" || pattern[1] === "(" ? matchPatterns.push(normalizePattern(pattern, options, props, !1)) : (pattern[1] !== "!" || pattern[2] === "(") && ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, !0)));
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  let cwd = options.cwd, props = {
    root: cwd,
    depthOffset: 0
  }, processed = processPatterns(options, patterns, props);
  options.debug && log("internal processing patterns:", processed);
  let { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options, root = props.root.replace(BACKSLASHES, ""), matchOptions = {
    dot,
    nobrace: options.braceExpansion === !1,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === !1,
    noglobstar: options.globstar === !1,
    posix: !0
  }, matcher = (0, import_picomatch.default)(processed.match, matchOptions), ignore2 = (0, import_picomatch.default)(processed.ignore, matchOptions), partialMatcher = getPartialMatcher(processed.match, matchOptions), format = buildFormat(cwd, root, absolute), excludeFormatter = absolute ? format : buildFormat(cwd, root, !0), excludePredicate = (_, p) => {
    let relativePath = excludeFormatter(p, !0);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore2(relativePath);
  }, maxDepth;
  options.deep !== void 0 && (maxDepth = Math.round(options.deep - props.depthOffset));
  let crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      let path = format(p, isDirectory), matches = matcher(path) && !ignore2(path);
      return matches && log(`matched ${path}`), matches;
    } : (p, isDirectory) => {
      let path = format(p, isDirectory);
      return matcher(path) && !ignore2(path);
    }],
    exclude: debug ? (_, p) => {
      let skipped = excludePredicate(_, p);
      return log(`${skipped ? "skipped" : "crawling"} ${p}`), skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  return options.debug && log("internal properties:", {
    ...props,
    root
  }), [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: !0,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: !0,
  followSymbolicLinks: !0,
  onlyFiles: !0
};
function getOptions(options) {
  let opts = Object.assign({}, options);
  for (let key in defaultOptions) opts[key] === void 0 && Object.assign(opts, { [key]: defaultOptions[key] });
  return opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/"), opts.ignore = ensureStringArray(opts.ignore), opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  }), opts.debug && log("globbing with options:", opts), opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && inputOptions?.patterns) throw new Error("Cannot pass patterns as both an argument and an option");
  let isModern = isReadonlyArray(globInput) || typeof globInput == "string", patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*"), options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  let [crawler, relative5] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative5) : [];
}

// src/engine/discover.ts
var UsageError = class extends Error {
}, ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
function discover(paths, cwd, configs) {
  let files = /* @__PURE__ */ new Set();
  for (let given of paths) {
    let absolute = resolve4(cwd, given);
    if (existsSync2(absolute)) {
      if (statSync2(absolute).isDirectory()) {
        let found = walk(absolute, configs);
        if (found.length === 0)
          throw new UsageError(
            `No request files found in "${given}" (looked for ${configs.forDir(absolute).include.join(", ")}).`
          );
        for (let file of found) files.add(file);
      } else isExcluded(absolute, configs.forFile(absolute)) || files.add(absolute);
      continue;
    }
    if (!isDynamicPattern(given))
      throw new UsageError(`No such file or folder: "${given}".`);
    let matched = globSync(given, {
      cwd,
      absolute: !0,
      ignore: ALWAYS_IGNORED,
      dot: !1
    });
    if (matched.length === 0)
      throw new UsageError(`No files match the pattern "${given}".`);
    for (let file of matched)
      isExcluded(file, configs.forFile(file)) || files.add(file);
  }
  return [...files].sort(
    (a, b) => relative3(cwd, a) < relative3(cwd, b) ? -1 : 1
  );
}
function walk(dir, configs) {
  let config = configs.forDir(dir), base = dir.startsWith(config.dir + sep2) || dir === config.dir ? config.dir : dir, prefix = relative3(base, dir).split(sep2).join("/"), matched = globSync(config.include, {
    cwd: base,
    absolute: !0,
    ignore: [...ALWAYS_IGNORED, ...config.exclude],
    dot: !1
  }), gitignored = gitignoreFilter(dir);
  return matched.filter((file) => {
    let inside = relative3(base, file).split(sep2).join("/");
    return prefix && !inside.startsWith(`${prefix}/`) || gitignored(file) ? !1 : !isExcluded(file, configs.forFile(file));
  });
}
function isExcluded(file, config) {
  if (config.exclude.length === 0) return !1;
  let matches = matcherFor(config.exclude), parts = relative3(config.dir, file).split(sep2), first = parts.lastIndexOf("..") + 1;
  for (let end = parts.length; end > first; end--)
    if (matches(parts.slice(0, end).join("/"))) return !0;
  return !1;
}
var matchers = /* @__PURE__ */ new Map();
function matcherFor(globs) {
  let key = globs.join("\0"), matcher = matchers.get(key);
  return matcher || (matcher = (0, import_picomatch2.default)(globs, { dot: !0 }), matchers.set(key, matcher)), matcher;
}
function gitignoreFilter(dir) {
  let layers = [];
  for (let at = dir; ; at = dirname3(at)) {
    let file = join2(at, ".gitignore");
    if (existsSync2(file) && layers.push({ dir: at, rules: (0, import_ignore.default)().add(readFileSync2(file, "utf8")) }), existsSync2(join2(at, ".git")) || dirname3(at) === at) break;
  }
  let nested = globSync("**/.gitignore", {
    cwd: dir,
    absolute: !0,
    ignore: ALWAYS_IGNORED,
    dot: !0
  }).filter((file) => dirname3(file) !== dir).map((file) => ({
    dir: dirname3(file),
    rules: (0, import_ignore.default)().add(readFileSync2(file, "utf8"))
  })), all = [...layers, ...nested];
  return (file) => all.some(({ dir: base, rules }) => {
    let path = relative3(base, file);
    return !path.startsWith("..") && path !== "" && rules.ignores(path.split(sep2).join("/"));
  });
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}

// src/engine/lint.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { relative as relative4, resolve as resolve5, sep as sep3 } from "node:path";
import { pathToFileURL } from "node:url";

// rules/api.ts
var CREATE_VAULT_API = "https://www.alibabacloud.com/help/en/cloud-backup/developer-reference/api-hbr-2017-09-08-createvault";

// rules/account-vault-quota.ts
function quotaGroups(requests, account) {
  let seen = new Set(account.inventory), added = [];
  for (let request of requests) {
    if (request.account !== account.name) continue;
    let { VaultRegionId: region, VaultName: name } = request.params, key = `${region}/${name}`;
    if (region !== void 0 && name !== void 0) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    added.push(request);
  }
  if (account.scope === "account")
    return [{ existing: account.inventory.size + account.existing, added }];
  let regions = new Set(Object.keys(account.existingIn ?? {}));
  for (let key of account.inventory) regions.add(regionOf(key));
  for (let request of added)
    request.params.VaultRegionId !== void 0 && regions.add(request.params.VaultRegionId);
  return [...regions].sort().map((region) => ({
    region,
    existing: [...account.inventory].filter((key) => regionOf(key) === region).length + (account.existingIn ? account.existingIn[region] ?? 0 : account.existing),
    added: added.filter((r) => r.params.VaultRegionId === region)
  }));
}
function regionOf(key) {
  return key.slice(0, key.indexOf("/"));
}
var account_vault_quota_default = {
  id: "account-vault-quota",
  type: "problem",
  severity: "error",
  description: "Enforce the vault quota of each account, counting the vaults that exist already",
  api: CREATE_VAULT_API,
  tags: ["api", "quota"],
  defaultOptions: {},
  messages: {
    over: "Unexpected vault past the quota of account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}}.",
    near: "Vault quota nearly used in account {{account}}: {{existing}} existing + {{requested}} requested = {{total}} of {{quota}} (warning from {{percent}}%)."
  },
  checkAll(requests, context, run) {
    for (let account of run.accounts.values())
      for (let group of quotaGroups(requests, account)) {
        let where = group.region ? `${account.name} in ${group.region}` : account.name, { existing, added } = group, { quota } = account, figures = (requested) => ({
          account: where,
          existing,
          requested,
          total: existing + requested,
          quota
        });
        if (existing + added.length <= quota) {
          let threshold = Math.ceil(account.warnAt * quota - 1e-9), first = added.findIndex(
            (_, i) => existing + i + 1 >= threshold
          );
          if (first === -1) continue;
          context.report({
            request: added[first],
            messageId: "near",
            severity: "warning",
            data: {
              ...figures(added.length),
              percent: Math.round(account.warnAt * 100)
            },
            pointer: ""
          });
          continue;
        }
        added.forEach((request, i) => {
          existing + i + 1 <= quota || context.report({
            request,
            messageId: "over",
            data: figures(i + 1),
            pointer: ""
          });
        });
      }
  }
};

// rules/lib/policy.ts
function matchesPattern(pattern, value) {
  return new RegExp(`^(?:${pattern})$`, "u").test(value);
}
function either(values) {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

// rules/allowed-regions.ts
var allowed_regions_default = {
  id: "allowed-regions",
  type: "suggestion",
  severity: "off",
  description: "Enforce the regions where the team keeps its vaults",
  tags: ["policy", "region"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      regions: {
        type: "array",
        items: { type: "string", minLength: 1 },
        uniqueItems: !0,
        default: [],
        examples: [["cn-shanghai", "cn-hangzhou"]],
        description: "Region IDs where vaults may be created, e.g. cn-shanghai; an empty list allows every region."
      }
    }
  },
  defaultOptions: { regions: [] },
  messages: {
    notAllowed: 'Unexpected VaultRegionId "{{region}}"; team policy allows {{allowed}}.'
  },
  check({ params }, context) {
    let { regions } = context.options, region = params.VaultRegionId;
    if (regions.length === 0 || region === void 0 || regions.includes(region)) return;
    let guess = nearest(region, regions);
    context.report({
      messageId: "notAllowed",
      data: { region, allowed: either(regions) },
      pointer: "/VaultRegionId",
      suggestions: guess ? [guess] : [...regions]
    });
  }
};

// rules/allowed-vault-types.ts
var API_TYPES = /* @__PURE__ */ new Set(["STANDARD", "OTS_BACKUP"]), allowed_vault_types_default = {
  id: "allowed-vault-types",
  type: "suggestion",
  severity: "off",
  description: "Enforce the vault types the team allows, stated explicitly",
  api: CREATE_VAULT_API,
  tags: ["policy"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      types: {
        type: "array",
        items: { type: "string", enum: ["STANDARD", "OTS_BACKUP"] },
        minItems: 1,
        uniqueItems: !0,
        default: ["STANDARD"],
        description: "The VaultType values allowed: STANDARD, OTS_BACKUP."
      }
    }
  },
  defaultOptions: { types: ["STANDARD"] },
  messages: {
    missing: "Missing VaultType; team policy allows {{allowed}}.",
    notAllowed: 'Unexpected VaultType "{{value}}"; team policy allows {{allowed}}.'
  },
  check({ params, raw }, context) {
    let { types } = context.options, value = params.VaultType, allowed = either(types);
    if (raw.VaultType === void 0 || raw.VaultType === null) {
      context.report({
        messageId: "missing",
        data: { allowed },
        pointer: "/VaultType",
        suggestions: [...types]
      });
      return;
    }
    value === void 0 || !API_TYPES.has(value) || types.includes(value) || context.report({
      messageId: "notAllowed",
      data: { value, allowed },
      pointer: "/VaultType",
      suggestions: [...types]
    });
  }
};

// rules/deprecated-storage-class.ts
var DEPRECATED = /* @__PURE__ */ new Set(["ARCHIVE", "COLD_ARCHIVE", "IA"]), deprecated_storage_class_default = {
  id: "deprecated-storage-class",
  type: "problem",
  severity: "warning",
  description: "Disallow the storage classes the API has deprecated",
  api: CREATE_VAULT_API,
  tags: ["api"],
  defaultOptions: {},
  messages: {
    deprecated: 'VaultStorageClass "{{value}}" is deprecated; use "STANDARD".'
  },
  check({ params }, context) {
    let value = params.VaultStorageClass;
    value === void 0 || !DEPRECATED.has(value) || context.report({
      messageId: "deprecated",
      data: { value },
      pointer: "/VaultStorageClass",
      suggestions: ["STANDARD"]
    });
  }
};

// rules/description-required.ts
var description_required_default = {
  id: "description-required",
  type: "suggestion",
  severity: "off",
  description: "Require a Description that says what the vault holds",
  tags: ["policy"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      minLength: {
        type: "integer",
        minimum: 1,
        maximum: 255,
        default: 1,
        examples: [10],
        description: "Fewest characters (code points) the trimmed Description may have."
      }
    }
  },
  defaultOptions: { minLength: 1 },
  messages: {
    missing: "Missing Description; team policy requires one.",
    empty: "Unexpected empty Description; team policy requires one.",
    short: 'Unexpected Description "{{value}}" of {{length}} characters; team policy requires at least {{min}}.'
  },
  check({ params, raw }, context) {
    let value = params.Description, min = context.options.minLength;
    if (raw.Description === void 0) {
      context.report({ messageId: "missing", pointer: "/Description" });
      return;
    }
    if (raw.Description !== null && value === void 0) return;
    let length = [...(value ?? "").trim()].length;
    if (length === 0) {
      context.report({ messageId: "empty", pointer: "/Description" });
      return;
    }
    length >= min || context.report({
      messageId: "short",
      data: { value: value ?? "", length, min },
      pointer: "/Description"
    });
  }
};

// rules/duplicate-vault-name.ts
var duplicate_vault_name_default = {
  id: "duplicate-vault-name",
  type: "problem",
  severity: "error",
  description: "Disallow two requests for the same vault name in one region",
  tags: ["api"],
  defaultOptions: {},
  messages: {
    duplicate: 'Unexpected second request for vault "{{name}}" in {{region}}; first requested in {{first}}.'
  },
  checkAll(requests, context) {
    let seen = /* @__PURE__ */ new Map();
    for (let request of requests) {
      let { VaultName: name, VaultRegionId: region } = request.params;
      if (name === void 0 || region === void 0) continue;
      let key = `${region}\0${name}`, first = seen.get(key);
      if (!first) {
        seen.set(key, request);
        continue;
      }
      context.report({
        request,
        messageId: "duplicate",
        data: {
          name,
          region,
          first: `${first.file} (document ${first.document})`
        },
        pointer: "/VaultName"
      });
    }
  }
};

// rules/kms-encryption-required.ts
var API_METHODS = /* @__PURE__ */ new Set(["KMS", "HBR_PRIVATE"]), kms_encryption_required_default = {
  id: "kms-encryption-required",
  type: "suggestion",
  severity: "off",
  description: "Require encryption with a customer KMS key, optionally from an allowed set of keys",
  api: CREATE_VAULT_API,
  tags: ["policy", "encryption"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      keys: {
        type: "array",
        items: { type: "string", minLength: 1, format: "regex" },
        default: [],
        examples: [["alias/prod-.*", "key-[a-z0-9]+"]],
        description: 'Regular expressions a KmsKeyId must match in full, e.g. "alias/prod-.*"; an empty list allows any key.'
      }
    }
  },
  defaultOptions: { keys: [] },
  messages: {
    missing: 'Missing EncryptType; team policy requires "KMS".',
    notKms: 'Unexpected EncryptType "{{value}}"; team policy requires "KMS".',
    keyNotAllowed: 'Unexpected KmsKeyId "{{value}}"; team policy allows keys matching {{patterns}}.'
  },
  check({ params, raw }, context) {
    let method = params.EncryptType, key = params.KmsKeyId, { keys } = context.options;
    if (raw.EncryptType === void 0 || raw.EncryptType === null) {
      context.report({
        messageId: "missing",
        pointer: "/EncryptType",
        suggestions: ["KMS"]
      });
      return;
    }
    if (!(method === void 0 || !API_METHODS.has(method))) {
      if (method !== "KMS") {
        context.report({
          messageId: "notKms",
          data: { value: method },
          pointer: "/EncryptType",
          suggestions: ["KMS"]
        });
        return;
      }
      key === void 0 || key.trim() === "" || keys.length === 0 || keys.some((pattern) => matchesPattern(pattern, key)) || context.report({
        messageId: "keyNotAllowed",
        data: { value: key, patterns: keys.map((k) => `"${k}"`).join(", ") },
        pointer: "/KmsKeyId"
      });
    }
  }
};

// rules/lib/kms-key.ts
var KEY_ID = /^key-[a-z0-9]+$/, UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, ALIAS_PREFIX = "alias/", RESERVED_ALIAS_PREFIX = "alias/acs/";
var ALIAS_CHARACTER = /^[A-Za-z0-9_/-]$/, ARN = /^acs:kms:([^:]*):([^:]*):(key|alias)\/(.*)$/s, REGION = /^[a-z]+(-[a-z0-9]+)+$/, ACCOUNT = /^[0-9]+$/;
function parseKmsKey(value) {
  let arn = ARN.exec(value);
  if (arn) {
    let [, region, account, kind, rest] = arn, resource = kind === "alias" ? `${ALIAS_PREFIX}${rest}` : rest;
    return { form: "arn", value, region, account, resource };
  }
  return value.startsWith(ALIAS_PREFIX) ? { form: "alias", value, name: value.slice(ALIAS_PREFIX.length) } : value.startsWith("key-") || UUID.test(value) ? { form: "key-id", value } : { form: "unknown", value };
}
function aliasProblem(name) {
  let characters = [...name];
  if (characters.length < 1 || characters.length > 255)
    return { kind: "length", length: characters.length };
  let bad = characters.find((c) => !ALIAS_CHARACTER.test(c));
  return bad === void 0 ? void 0 : { kind: "character", character: bad };
}
function isKeyId(value) {
  return KEY_ID.test(value) || UUID.test(value);
}
function isWellFormedArn(key) {
  return key.form !== "arn" || !REGION.test(key.region) || !ACCOUNT.test(key.account) ? !1 : key.resource.startsWith(ALIAS_PREFIX) ? aliasProblem(key.resource.slice(ALIAS_PREFIX.length)) === void 0 : isKeyId(key.resource);
}

// rules/lib/text.ts
var HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|[^\S ]/gu, NAMES = {
  9: "character tabulation",
  10: "line feed",
  11: "line tabulation",
  12: "form feed",
  13: "carriage return",
  32: "space",
  127: "delete",
  133: "next line",
  160: "no-break space",
  173: "soft hyphen",
  847: "combining grapheme joiner",
  1564: "arabic letter mark",
  4447: "hangul choseong filler",
  4448: "hangul jungseong filler",
  6158: "mongolian vowel separator",
  8192: "en quad",
  8193: "em quad",
  8194: "en space",
  8195: "em space",
  8199: "figure space",
  8200: "punctuation space",
  8201: "thin space",
  8202: "hair space",
  8203: "zero width space",
  8204: "zero width non-joiner",
  8205: "zero width joiner",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8232: "line separator",
  8233: "paragraph separator",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8239: "narrow no-break space",
  8287: "medium mathematical space",
  8288: "word joiner",
  8289: "function application",
  8290: "invisible times",
  8291: "invisible separator",
  8292: "invisible plus",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  12288: "ideographic space",
  12644: "hangul filler",
  65039: "variation selector-16",
  65279: "zero width no-break space",
  65440: "halfwidth hangul filler"
};
function codePoint(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function describeChar(char) {
  let name = NAMES[char.codePointAt(0) ?? 0];
  return name ? `${codePoint(char)} (${name})` : codePoint(char);
}
var MAX_QUOTE = 300;
function visible(text) {
  let chars = [...text];
  return (chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE).join("")}\u2026` : text).replace(HIDDEN, (char) => `<${codePoint(char)}>`);
}

// rules/kms-key-format.ts
var messages = {
  unknown: 'Unexpected KmsKeyId "{{value}}"; expected a key ID ("key-\u2026" or a UUID), an alias ("alias/\u2026") or a key ARN ("acs:kms:<region>:<account>:key/<key-id>").',
  keyId: 'Unexpected key ID "{{value}}" in KmsKeyId; expected "key-" followed by lower-case letters and digits, or a UUID.',
  aliasLength: 'Unexpected alias "{{value}}" in KmsKeyId with {{length}} characters after "alias/"; expected 1 to {{max}}.',
  aliasCharacter: 'Unexpected character {{character}} in the alias "{{value}}" in KmsKeyId; expected letters, digits, "_", "-" and "/" after "alias/".',
  reservedAlias: 'Unexpected alias "{{value}}" in KmsKeyId; expected an alias of your own key, as names under "alias/acs/" are reserved for keys that Alibaba Cloud services manage.',
  arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected "acs:kms:<region>:<account>:key/<key-id>" or "acs:kms:<region>:<account>:alias/<name>".',
  whiteSpace: 'Unexpected white space around KmsKeyId "{{value}}"; expected "{{trimmed}}".'
}, kms_key_format_default = {
  id: "kms-key-format",
  type: "problem",
  severity: "error",
  description: "Enforce the form of KmsKeyId: a key ID, an alias or a key ARN",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages,
  check({ params }, context) {
    let value = params.KmsKeyId;
    if (value === void 0 || value.trim() === "") return;
    let problem = formProblem(value);
    problem && context.report({
      messageId: problem.messageId,
      data: { value: visible(value), ...problem.data },
      pointer: "/KmsKeyId",
      ...problem.suggestions ? { suggestions: problem.suggestions } : {}
    });
  }
};
function formProblem(value) {
  let trimmed = value.trim();
  if (trimmed !== value && !formProblem(trimmed))
    return {
      messageId: "whiteSpace",
      data: { trimmed },
      suggestions: [trimmed]
    };
  let key = parseKmsKey(value);
  switch (key.form) {
    case "key-id":
      return isKeyId(value) ? void 0 : keyIdProblem(value);
    case "alias":
      return aliasForm(value, key.name);
    case "arn":
      return key.resource.startsWith(RESERVED_ALIAS_PREFIX) ? { messageId: "reservedAlias" } : isWellFormedArn(key) ? void 0 : { messageId: "arn" };
    case "unknown": {
      let fixed = caseFix(value);
      return fixed ? { messageId: "unknown", suggestions: [fixed] } : { messageId: "unknown" };
    }
  }
}
function keyIdProblem(value) {
  let lower = value.toLowerCase();
  return isKeyId(lower) ? { messageId: "keyId", suggestions: [lower] } : { messageId: "keyId" };
}
function aliasForm(value, name) {
  if (value.startsWith(RESERVED_ALIAS_PREFIX))
    return { messageId: "reservedAlias" };
  let problem = aliasProblem(name);
  if (problem?.kind === "length")
    return {
      messageId: "aliasLength",
      data: { length: problem.length, max: 255 }
    };
  if (problem?.kind === "character")
    return { messageId: "aliasCharacter", data: { character: /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(problem.character) ? `"${problem.character}"` : describeChar(problem.character) } };
}
function caseFix(value) {
  if (/^key-/i.test(value) && isKeyId(value.toLowerCase()))
    return value.toLowerCase();
  if (/^alias\//i.test(value)) {
    let fixed = ALIAS_PREFIX + value.slice(ALIAS_PREFIX.length);
    return formProblem(fixed) ? void 0 : fixed;
  }
}

// rules/kms-key-region.ts
var kms_key_region_default = {
  id: "kms-key-region",
  type: "problem",
  severity: "error",
  description: "Require a key ARN in KmsKeyId to name the vault region",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption", "region"],
  defaultOptions: {},
  messages: {
    mismatch: 'Unexpected region "{{keyRegion}}" in the key ARN "{{value}}"; expected "{{vaultRegion}}", the VaultRegionId, as a KMS key serves only its own region.'
  },
  check({ params }, context) {
    let { KmsKeyId: value, VaultRegionId: vaultRegion } = params;
    if (value === void 0 || vaultRegion === void 0) return;
    let key = parseKmsKey(value);
    key.form !== "arn" || !isWellFormedArn(key) || key.region !== vaultRegion && context.report({
      messageId: "mismatch",
      data: { keyRegion: key.region, value, vaultRegion },
      pointer: "/KmsKeyId"
    });
  }
};

// rules/kms-key-required.ts
var kms_key_required_default = {
  id: "kms-key-required",
  type: "problem",
  severity: "error",
  description: "Require a KmsKeyId when EncryptType is KMS",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    missing: 'Missing KmsKeyId; EncryptType "KMS" needs the ID or alias of a KMS key.'
  },
  check({ params, raw }, context) {
    if (params.EncryptType !== "KMS" || params.KmsKeyId !== void 0 && params.KmsKeyId.trim() !== "") return;
    let given = raw.KmsKeyId;
    given != null && typeof given != "string" || context.report({ messageId: "missing", pointer: "/KmsKeyId" });
  }
};

// rules/no-credentials.ts
var CREDENTIAL_KEY = /^(ak|sk|token|password|passwd|pwd)$|access[-_]?key|secret|passw(or)?d|security[-_]?token|sts[-_]?token|private[-_]?key|credential/i, CREDENTIAL_VALUE = /\b(LTAI[A-Za-z0-9]{12,30}|STS\.[A-Za-z0-9]{20,})\b|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/, no_credentials_default = {
  id: "no-credentials",
  type: "problem",
  severity: "error",
  description: "Disallow access keys and other credentials in request files",
  tags: ["security"],
  defaultOptions: {},
  messages: {
    key: 'Unexpected credential in "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.',
    value: 'Unexpected access key in the value of "{{key}}"; expected none, as a credential does not belong in a request file, so remove it and revoke it.'
  },
  check({ raw }, context) {
    for (let [key, value] of Object.entries(raw)) {
      let pointer = `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      for (let found of credentialsIn([key], value)) {
        for (let secret of found.secrets) context.redact(secret);
        context.report({
          messageId: found.byKey ? "key" : "value",
          data: { key: found.path.join(".") },
          pointer
        });
      }
    }
  }
};
function credentialsIn(path, value) {
  let key = path[path.length - 1].replace(/\s/g, "");
  if (CREDENTIAL_KEY.test(key))
    return [{ path, secrets: leaves(value), byKey: !0 }];
  if (value !== null && typeof value == "object")
    return children(value).flatMap(([k, v]) => credentialsIn([...path, k], v));
  let match = typeof value == "string" ? CREDENTIAL_VALUE.exec(value) : null;
  return match ? [{ path, secrets: [match[0]], byKey: !1 }] : [];
}
function children(value) {
  return Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
}
function leaves(value) {
  return value !== null && typeof value == "object" ? children(value).flatMap(([, v]) => leaves(v)) : typeof value == "string" || typeof value == "number" ? [String(value)] : [];
}

// rules/no-ignored-kms-key.ts
var no_ignored_kms_key_default = {
  id: "no-ignored-kms-key",
  type: "problem",
  severity: "warning",
  description: "Disallow a KmsKeyId when EncryptType is not KMS, as the service ignores it",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    withoutEncryptType: 'Unexpected KmsKeyId "{{value}}" without EncryptType; expected EncryptType "KMS", as the service ignores the key otherwise.',
    otherEncryptType: 'Unexpected KmsKeyId "{{value}}" with EncryptType "{{encryptType}}"; expected EncryptType "KMS", as the service ignores the key otherwise.'
  },
  check({ params, raw }, context) {
    let { KmsKeyId: value, EncryptType: encryptType } = params;
    value === void 0 || value.trim() === "" || encryptType !== "KMS" && (raw.EncryptType !== void 0 && encryptType !== "HBR_PRIVATE" || context.report({
      messageId: encryptType === void 0 ? "withoutEncryptType" : "otherEncryptType",
      data: { value: visible(value), encryptType: encryptType ?? "" },
      pointer: "/KmsKeyId",
      suggestions: ['Use EncryptType "KMS"', "Remove KmsKeyId"]
    }));
  }
};

// rules/no-kms-key-arn.ts
var no_kms_key_arn_default = {
  id: "no-kms-key-arn",
  type: "problem",
  severity: "warning",
  description: "Disallow a key ARN in KmsKeyId, where Cloud Backup documents only a key ID or alias",
  api: CREATE_VAULT_API,
  tags: ["api", "encryption"],
  defaultOptions: {},
  messages: {
    arn: 'Unexpected key ARN "{{value}}" in KmsKeyId; expected the key ID or alias "{{resource}}", as Cloud Backup documents no ARN form.'
  },
  check({ params }, context) {
    let value = params.KmsKeyId;
    if (value === void 0) return;
    let key = parseKmsKey(value);
    key.form !== "arn" || !isWellFormedArn(key) || context.report({
      messageId: "arn",
      data: { value, resource: key.resource },
      pointer: "/KmsKeyId",
      suggestions: [key.resource]
    });
  }
};

// rules/data/regions.json
var regions_default = {
  updated: "2026-12-03",
  description: "Region IDs for VaultRegionId. supported: regions where Cloud Backup (HBR) is confirmed, from its supported-regions page. unconfirmed: other public Alibaba Cloud regions, where Cloud Backup is not confirmed. decommissioned: regions that were shut down or deactivated. Configuration extends these lists with regions.supported and regions.decommissioned.",
  supported: [
    "cn-qingdao",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-huhehaote",
    "cn-wulanchabu",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-shenzhen",
    "cn-heyuan",
    "cn-guangzhou",
    "cn-chengdu",
    "cn-hongkong",
    "ap-southeast-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-3",
    "ap-southeast-6",
    "ap-southeast-7"
  ],
  unconfirmed: [
    "ap-southeast-5",
    "ap-southeast-8",
    "us-east-1",
    "us-west-1",
    "us-southeast-1",
    "na-south-1",
    "eu-central-1",
    "eu-west-1",
    "me-east-1",
    "me-central-1",
    "cn-shanghai-finance-1",
    "cn-shenzhen-finance-1",
    "cn-beijing-finance-1",
    "cn-hangzhou-finance"
  ],
  decommissioned: ["ap-southeast-2", "ap-south-1", "cn-nanjing", "cn-fuzhou"]
};

// rules/lib/regions.ts
var REGIONS_UPDATED = regions_default.updated, DEFAULT_REGION_OPTIONS = {
  regions: { supported: [], decommissioned: [] }
}, REGION_OPTIONS_SCHEMA = {
  type: "object",
  additionalProperties: !1,
  properties: {
    regions: {
      type: "object",
      additionalProperties: !1,
      description: "Extends the bundled region list; filled from the config's top-level `regions` section unless set here.",
      properties: {
        supported: {
          type: "array",
          items: { type: "string" },
          default: [],
          description: "Region IDs to treat as served by Cloud Backup."
        },
        decommissioned: {
          type: "array",
          items: { type: "string" },
          default: [],
          description: "Region IDs to treat as decommissioned."
        }
      }
    }
  }
}, catalogs = /* @__PURE__ */ new WeakMap();
function regionCatalog(extra) {
  let lists = extra ?? DEFAULT_REGION_OPTIONS.regions, cached = catalogs.get(lists);
  if (cached) return cached;
  let list = (value) => Array.isArray(value) ? value.filter((v) => typeof v == "string") : [], decommissioned = /* @__PURE__ */ new Set([
    ...list(lists.decommissioned),
    ...regions_default.decommissioned.filter((r) => !list(lists.supported).includes(r))
  ]), supported = new Set(
    [...list(lists.supported), ...regions_default.supported].filter(
      (r) => !decommissioned.has(r)
    )
  ), unconfirmed = new Set(
    regions_default.unconfirmed.filter((r) => !supported.has(r) && !decommissioned.has(r))
  ), live = [...supported, ...unconfirmed], catalog = {
    status(region) {
      return decommissioned.has(region) ? "decommissioned" : supported.has(region) ? "supported" : unconfirmed.has(region) ? "unconfirmed" : "unknown";
    },
    nearest: (region) => nearest(region, live)
  };
  return catalogs.set(lists, catalog), catalog;
}

// rules/no-unconfirmed-region.ts
var no_unconfirmed_region_default = {
  id: "no-unconfirmed-region",
  type: "problem",
  severity: "warning",
  description: "Disallow regions where Cloud Backup is not confirmed to be offered",
  tags: ["region"],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unconfirmed: 'Unexpected VaultRegionId "{{value}}", a region where Cloud Backup is not confirmed as of {{updated}}; expected a supported region, or this one listed under regions.supported in .vaultlint.yaml once confirmed.'
  },
  check({ params }, context) {
    let region = params.VaultRegionId;
    region === void 0 || regionCatalog(context.options.regions).status(region) !== "unconfirmed" || context.report({
      messageId: "unconfirmed",
      data: { value: region, updated: REGIONS_UPDATED },
      pointer: "/VaultRegionId"
    });
  }
};

// rules/vault-name-characters.ts
var CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u, BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u, INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u, SPACE = /\s/u, MAX_REPORTS = 10, ZWNJ = "\u200C", ZWJ = "\u200D", VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u, EMOJI = new RegExp("\\p{Extended_Pictographic}", "u"), EMOJI_MODIFIER = /[\u{1F3FB}-\u{1F3FF}\uFE0F]/u, TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, JOINING_SCRIPT = /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Mongolian}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Tibetan}]/u, vault_name_characters_default = {
  id: "vault-name-characters",
  type: "problem",
  severity: "error",
  description: "Disallow white space around VaultName and invisible, control or bidirectional characters in it",
  api: CREATE_VAULT_API,
  tags: ["naming", "security"],
  defaultOptions: {},
  messages: {
    leadingSpace: 'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to start with a visible character.',
    trailingSpace: 'Unexpected white space {{char}} at position {{position}} of VaultName "{{name}}"; expected the name to end with a visible character.',
    control: 'Unexpected control character {{char}} at position {{position}} of VaultName "{{name}}"; expected only printable characters.',
    bidi: 'Unexpected bidirectional control {{char}} at position {{position}} of VaultName "{{name}}"; expected none, as it makes the name display in another order than it is stored.',
    invisible: 'Unexpected invisible character {{char}} at position {{position}} of VaultName "{{name}}"; expected only visible characters.',
    more: 'Unexpected {{count}} more white-space, invisible or control characters in VaultName "{{name}}"; expected only visible characters.'
  },
  check({ params }, context) {
    let name = params.VaultName;
    if (name === void 0) return;
    let problems = scan(name);
    if (problems.length === 0) return;
    let chars = [...name], shown = visible(name), cleaned = clean(chars, problems), fix = cleaned ? { suggestions: [cleaned] } : {};
    for (let { index, messageId } of problems.slice(0, MAX_REPORTS))
      context.report({
        messageId,
        data: {
          char: describeChar(chars[index]),
          position: index + 1,
          name: shown
        },
        pointer: "/VaultName",
        ...fix
      });
    problems.length <= MAX_REPORTS || context.report({
      messageId: "more",
      data: { count: problems.length - MAX_REPORTS, name: shown },
      pointer: "/VaultName",
      ...fix
    });
  }
};
function scan(name) {
  let chars = [...name], allowed = tagSequenceIndexes(chars), problems = [];
  for (let [index] of chars.entries()) {
    let kind = allowed.has(index) ? void 0 : classify(chars, index);
    kind && problems.push({ index, messageId: kind });
  }
  let flagged = new Set(problems.map((p) => p.index)), blank = (i) => SPACE.test(chars[i]) || flagged.has(i), plainSpace = (i) => SPACE.test(chars[i]) && !flagged.has(i), start = 0;
  for (; start < chars.length && blank(start); ) start += 1;
  let end = chars.length;
  for (; end > start && blank(end - 1); ) end -= 1;
  let leading = range(0, start).find(plainSpace);
  leading !== void 0 && problems.push({ index: leading, messageId: "leadingSpace" });
  let trailing = range(end, chars.length).find(plainSpace);
  return trailing !== void 0 && problems.push({ index: trailing, messageId: "trailingSpace" }), problems.sort((a, b) => a.index - b.index);
}
function classify(chars, index) {
  let char = chars[index];
  if (CONTROL.test(char)) return "control";
  if (BIDI.test(char)) return "bidi";
  if (!INVISIBLE.test(char) || (char === ZWJ || char === ZWNJ) && joins(chars, index)) return;
  let before = chars[index - 1];
  if (!(VARIATION_SELECTOR.test(char) && before !== void 0 && !SPACE.test(before) && !INVISIBLE.test(before) && !CONTROL.test(before)))
    return "invisible";
}
function joins(chars, index) {
  let before = index - 1;
  for (; before >= 0 && EMOJI_MODIFIER.test(chars[before]); ) before -= 1;
  let previous = chars[before], next = chars[index + 1];
  return previous === void 0 || next === void 0 ? !1 : chars[index] === ZWJ && EMOJI.test(previous) && EMOJI.test(next) ? !0 : JOINING_SCRIPT.test(previous) && JOINING_SCRIPT.test(next);
}
function tagSequenceIndexes(chars) {
  let indexes = /* @__PURE__ */ new Set(), text = chars.join("");
  for (let match of text.matchAll(TAG_SEQUENCE)) {
    let start = [...text.slice(0, match.index)].length, length = [...match[0]].length;
    for (let i = start + 1; i < start + length; i++) indexes.add(i);
  }
  return indexes;
}
function clean(chars, problems) {
  let drop = new Set(
    problems.filter((p) => !p.messageId.endsWith("Space")).map((p) => p.index)
  ), trimmed = chars.filter((_, i) => !drop.has(i)).join("").trim();
  return trimmed === "" ? void 0 : trimmed;
}
function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

// rules/vault-name-pattern.ts
var vault_name_pattern_default = {
  id: "vault-name-pattern",
  type: "suggestion",
  severity: "off",
  description: "Enforce the team's naming pattern for VaultName",
  tags: ["policy", "naming"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      pattern: {
        type: "string",
        minLength: 1,
        format: "regex",
        default: "[a-z0-9]+(-[a-z0-9]+)*",
        description: "A regular expression the whole VaultName must match; by default lower-case words joined by hyphens."
      }
    }
  },
  defaultOptions: { pattern: "[a-z0-9]+(-[a-z0-9]+)*" },
  messages: {
    mismatch: 'Unexpected VaultName "{{name}}"; team policy expects names matching "{{pattern}}".'
  },
  check({ params }, context) {
    let name = params.VaultName, { pattern } = context.options;
    name !== void 0 && (matchesPattern(pattern, name) || context.report({
      messageId: "mismatch",
      data: { name, pattern },
      pointer: "/VaultName"
    }));
  }
};

// rules/vault-region.ts
var vault_region_default = {
  id: "vault-region",
  type: "problem",
  severity: "error",
  description: "Require VaultRegionId to be a known region ID that is still in service",
  api: CREATE_VAULT_API,
  tags: ["api", "region"],
  optionsSchema: REGION_OPTIONS_SCHEMA,
  defaultOptions: DEFAULT_REGION_OPTIONS,
  messages: {
    unknownNear: 'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected "{{suggestion}}", the nearest known one.',
    unknown: 'Unexpected VaultRegionId "{{value}}", which is not a known region ID; expected an ID such as "cn-hangzhou" from the region list of {{updated}}.',
    decommissioned: 'Unexpected VaultRegionId "{{value}}", a decommissioned region; expected a region where Cloud Backup is in service.',
    empty: 'Missing region in VaultRegionId; expected a region ID such as "cn-hangzhou".'
  },
  check({ params }, context) {
    let region = params.VaultRegionId;
    if (region === void 0) return;
    let catalog = regionCatalog(context.options.regions), status = catalog.status(region);
    if (status === "supported" || status === "unconfirmed") return;
    let pointer = "/VaultRegionId";
    if (status === "decommissioned") {
      context.report({
        messageId: "decommissioned",
        data: { value: region },
        pointer
      });
      return;
    }
    if (region.trim() === "") {
      context.report({ messageId: "empty", pointer });
      return;
    }
    let suggestion = catalog.nearest(region);
    context.report(
      suggestion ? {
        messageId: "unknownNear",
        data: { value: visible(region), suggestion },
        pointer,
        suggestions: [suggestion]
      } : {
        messageId: "unknown",
        data: { value: visible(region), updated: REGIONS_UPDATED },
        pointer
      }
    );
  }
};

// rules/worm-required.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
var worm_required_default = {
  id: "worm-required",
  type: "suggestion",
  severity: "off",
  description: "Require backup locking (WormEnabled: true) on every vault, or on the files and names chosen",
  api: CREATE_VAULT_API,
  tags: ["policy", "worm"],
  optionsSchema: {
    type: "object",
    additionalProperties: !1,
    properties: {
      paths: {
        type: "array",
        items: { type: "string", minLength: 1 },
        default: [],
        examples: [["vaults/prod/**"]],
        description: "Globs of request files, relative to the config file's folder, whose vaults need WORM, e.g. vaults/prod/**."
      },
      names: {
        type: "array",
        items: { type: "string", minLength: 1, format: "regex" },
        default: [],
        examples: [["prod-.*"]],
        description: 'Regular expressions a VaultName matches in full when its vault needs WORM, e.g. "prod-.*".'
      }
    }
  },
  defaultOptions: { paths: [], names: [] },
  messages: {
    missing: "Missing WormEnabled; team policy requires backup locking (WormEnabled: true) for {{scope}}.",
    disabled: "Unexpected WormEnabled false; team policy requires backup locking (true) for {{scope}}."
  },
  check(request, context) {
    let { raw, params } = request, scope = scopeOf(request, context.options);
    if (scope !== void 0) {
      if (raw.WormEnabled !== void 0 && raw.WormEnabled !== null) {
        if (params.WormEnabled !== !1) return;
        context.report({
          messageId: "disabled",
          data: { scope },
          pointer: "/WormEnabled",
          suggestions: ["true"]
        });
        return;
      }
      context.report({
        messageId: "missing",
        data: { scope },
        pointer: "/WormEnabled",
        suggestions: ["WormEnabled: true"]
      });
    }
  }
};
function scopeOf(request, options) {
  let { paths, names } = options;
  if (paths.length === 0 && names.length === 0) return "every vault";
  let glob = paths.find(
    (p) => (0, import_picomatch3.default)(p, { dot: !0 })(request.pathFromConfig)
  );
  if (glob !== void 0) return `files matching "${glob}"`;
  let name = request.params.VaultName, pattern = name === void 0 ? void 0 : names.find((n) => matchesPattern(n, name));
  if (pattern !== void 0) return `names matching "${pattern}"`;
}

// rules/index.ts
var BUILTIN_RULES = [
  account_vault_quota_default,
  allowed_regions_default,
  allowed_vault_types_default,
  deprecated_storage_class_default,
  description_required_default,
  duplicate_vault_name_default,
  kms_encryption_required_default,
  kms_key_format_default,
  kms_key_region_default,
  kms_key_required_default,
  no_credentials_default,
  no_ignored_kms_key_default,
  no_kms_key_arn_default,
  no_unconfirmed_region_default,
  vault_name_characters_default,
  vault_name_pattern_default,
  vault_region_default,
  worm_required_default
];

// src/engine/core-checks.ts
var CORE_CHECKS = [
  {
    id: "unreadable-file",
    severity: "error",
    description: "Require request files to be readable"
  },
  {
    id: "file-too-large",
    severity: "error",
    description: "Disallow request files larger than the size limit"
  },
  {
    id: "binary-file",
    severity: "error",
    description: "Disallow binary content in request files"
  },
  {
    id: "invalid-encoding",
    severity: "error",
    description: "Require request files to be valid UTF-8"
  },
  {
    id: "syntax-error",
    severity: "error",
    description: "Require request files to be valid YAML 1.2 or strict JSON"
  },
  {
    id: "resource-limit",
    severity: "error",
    description: "Disallow nesting and alias expansion past the safety limits"
  },
  {
    id: "duplicate-key",
    severity: "error",
    description: "Disallow a key given twice in one request"
  },
  {
    id: "no-request",
    severity: "error",
    description: "Require a request file to hold at least one request"
  },
  {
    id: "request-shape",
    severity: "error",
    description: "Require each document to be a mapping of CreateVault parameters"
  },
  {
    id: "unknown-parameter",
    severity: "error",
    description: "Disallow keys that are not CreateVault parameters"
  },
  {
    id: "missing-parameter",
    severity: "error",
    description: "Require the parameters CreateVault requires"
  },
  {
    id: "invalid-type",
    severity: "error",
    description: "Enforce the type of each CreateVault parameter"
  },
  {
    id: "invalid-value",
    severity: "error",
    description: "Enforce the values CreateVault accepts for each parameter"
  },
  {
    id: "invalid-length",
    severity: "error",
    description: "Enforce the lengths CreateVault accepts, in characters"
  },
  {
    id: "suppression-without-reason",
    severity: "error",
    description: "Require a reason on every inline suppression"
  },
  {
    id: "unused-suppression",
    severity: "warning",
    description: "Disallow inline suppressions that silence nothing"
  }
], CORE_CHECK_IDS = new Set(CORE_CHECKS.map((c) => c.id));

// src/engine/fast-parse.ts
var KEY = /^[A-Za-z_][A-Za-z0-9_]*$/, INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/, UNUSUAL = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to find
  /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
);
function fastParse(text) {
  if (UNUSUAL.test(text)) return;
  let request = {
    document: 1,
    raw: /* @__PURE__ */ Object.create(null),
    entries: /* @__PURE__ */ new Map(),
    mapping: [0, 0],
    tainted: /* @__PURE__ */ new Set()
  }, comments = [], first = !0;
  for (let start = 0; start < text.length; ) {
    let newline = text.indexOf(`
`, start), next = newline === -1 ? text.length : newline + 1, end = newline === -1 ? text.length : newline;
    end > start && text.charCodeAt(end - 1) === 13 && (end -= 1);
    let line = text.slice(start, end), indent = line.search(/\S/);
    if (indent !== -1)
      if (line[indent] === "#")
        comments.push({
          offset: start + indent,
          text: line.slice(indent).trimEnd()
        });
      else {
        if (indent > 0 || !readPair(line, start, request, comments))
          return;
        first && (request.mapping = [start, start], first = !1);
      }
    start = next;
  }
  if (!first)
    return {
      lines: new LineIndex(text),
      requests: [request],
      problems: [],
      comments
    };
}
function readPair(line, offset, request, comments) {
  let colon = line.indexOf(":");
  if (colon <= 0) return !1;
  let key = line.slice(0, colon);
  if (!KEY.test(key) || request.entries.has(key) || typeof resolvePlain(key) != "string") return !1;
  let after = line.slice(colon + 1);
  if (after !== "" && after[0] !== " ") return !1;
  let valueStart = after.search(/\S/), at = colon + 1 + valueStart;
  if (valueStart === -1 || after[valueStart] === "#")
    return valueStart !== -1 && comments.push({ offset: offset + at, text: line.slice(at).trimEnd() }), request.entries.set(key, { key: [offset, offset + colon], value: null }), request.raw[key] = null, !0;
  let scalar = readScalar(line.slice(at));
  return scalar ? (scalar.comment !== void 0 && comments.push({
    offset: offset + at + scalar.comment,
    text: line.slice(at + scalar.comment).trimEnd()
  }), request.entries.set(key, {
    key: [offset, offset + colon],
    value: [offset + at, offset + at + scalar.length]
  }), request.raw[key] = scalar.value, !0) : !1;
}
function readScalar(source) {
  let quote = source[0];
  if (quote === '"' || quote === "'") {
    let close = source.indexOf(quote, 1);
    if (close === -1) return;
    let body = source.slice(1, close);
    if (quote === '"' && body.includes("\\") || quote === "'" && source[close + 1] === "'") return;
    let rest = source.slice(close + 1), trailing = rest.search(/\S/);
    return trailing !== -1 && (rest[trailing] !== "#" || trailing === 0) ? void 0 : {
      value: body,
      length: close + 1,
      comment: trailing === -1 ? void 0 : close + 1 + trailing
    };
  }
  if (INDICATOR.test(source)) return;
  let hash = source.search(/\s#/), plain = (hash === -1 ? source : source.slice(0, hash)).trimEnd();
  if (!(plain.includes(": ") || plain.endsWith(":")))
    return {
      value: resolvePlain(plain),
      length: plain.length,
      comment: hash === -1 ? void 0 : source.indexOf("#", hash)
    };
}
function resolvePlain(s) {
  return /^(?:~|[Nn]ull|NULL)?$/.test(s) ? null : /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s) ? s[0] === "t" || s[0] === "T" : /^0o[0-7]+$/.test(s) ? Number.parseInt(s.slice(2), 8) : /^[-+]?[0-9]+$/.test(s) ? Number.parseInt(s, 10) : /^0x[0-9a-fA-F]+$/.test(s) ? Number.parseInt(s.slice(2), 16) : /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ? s.slice(-3).toLowerCase() === "nan" ? Number.NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY : /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s) ? Number.parseFloat(s) : s;
}

// src/engine/read.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024, strictDecoder = new TextDecoder("utf-8", { fatal: !0 });
function readRequestFile(path, maxSize = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(path, "r");
    let { size } = fstatSync(fd);
    if (size > maxSize) return tooLarge(size, maxSize);
    let buffer = Buffer.allocUnsafe(Math.min(size, maxSize) + 1), length = 0;
    for (; ; ) {
      let bytesRead = readSync(
        fd,
        buffer,
        length,
        buffer.length - length,
        null
      );
      if (bytesRead === 0 || (length += bytesRead, length === buffer.length)) break;
    }
    return length > maxSize ? tooLarge(length, maxSize) : decode(buffer.subarray(0, length));
  } catch (error) {
    let code = error.code ?? "EIO";
    return fail(
      "unreadable-file",
      `Unexpected ${code} while reading the file.`
    );
  } finally {
    fd !== void 0 && closeSync(fd);
  }
}
function decode(bytes) {
  if (isBinary(bytes))
    return fail(
      "binary-file",
      "Unexpected binary content; a request file is UTF-8 text."
    );
  try {
    return { ok: !0, text: strictDecoder.decode(bytes) };
  } catch {
    let bad = firstInvalidByte(bytes), before = strictDecoder.decode(bytes.subarray(0, bad)), start = new LineIndex(before).position(before.length), hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return fail(
      "invalid-encoding",
      `Unexpected byte 0x${hex}; the file is not valid UTF-8 (save it as UTF-8).`,
      { start, end: { line: start.line, column: start.column + 1 } }
    );
  }
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
function firstInvalidByte(bytes) {
  let i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i], need = sequenceLength(b) - 1;
    if (need < 0 || need > 0 && !validTail(bytes, i, need)) return i;
    i += need + 1;
  }
  return bytes.length;
}
function sequenceLength(lead) {
  return lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
}
function validTail(bytes, i, need) {
  if (i + need >= bytes.length) return !1;
  let b0 = bytes[i], b1 = bytes[i + 1];
  if (b0 === 224 && b1 < 160 || b0 === 237 && b1 > 159 || b0 === 240 && b1 < 144 || b0 === 244 && b1 > 143) return !1;
  for (let k = 1; k <= need; k++)
    if ((bytes[i + k] & 192) !== 128) return !1;
  return !0;
}
function tooLarge(size, limit) {
  return fail(
    "file-too-large",
    `Unexpected file of ${size} bytes; the limit is ${limit} bytes (--max-file-size).`
  );
}
function fail(ruleId, message, range2 = FILE_START) {
  return { ok: !1, problem: { ruleId, message, range: range2 } };
}

// schemas/create-vault.schema.json
var create_vault_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/vaultlint/vaultlint/blob/main/schemas/create-vault.schema.json",
  title: "Cloud Backup CreateVault request",
  description: "The parameters of one Cloud Backup (HBR) CreateVault call, API version 2017-09-08. Creates a backup vault; each Alibaba Cloud account can create at most 100 backup vaults.",
  type: "object",
  additionalProperties: !1,
  required: ["VaultRegionId", "VaultName"],
  properties: {
    VaultRegionId: {
      type: "string",
      description: "The region ID of the backup vault.",
      examples: ["cn-shanghai"]
    },
    VaultName: {
      type: "string",
      minLength: 1,
      maxLength: 64,
      description: "The name of the backup vault. The name must be 1 to 64 characters in length.",
      examples: ["backupvaultname"]
    },
    Description: {
      type: "string",
      maxLength: 255,
      description: "The description of the backup vault. The description can be 0 to 255 characters in length.",
      examples: ["description"]
    },
    VaultType: {
      type: "string",
      enum: ["STANDARD", "OTS_BACKUP"],
      description: "The type of the backup vault. STANDARD: a standard backup vault. OTS_BACKUP: a Tablestore backup vault.",
      examples: ["STANDARD"]
    },
    VaultStorageClass: {
      type: "string",
      enum: ["STANDARD", "ARCHIVE", "COLD_ARCHIVE", "IA"],
      description: "The storage class of the backup vault. STANDARD: Standard. ARCHIVE, COLD_ARCHIVE and IA: deprecated.",
      examples: ["STANDARD"]
    },
    WormEnabled: {
      type: "boolean",
      description: "Specifies whether to enable backup locking.",
      examples: [!1]
    },
    EncryptType: {
      type: "string",
      enum: ["HBR_PRIVATE", "KMS"],
      description: "The encryption type of the source data. Valid only if VaultType is STANDARD or OTS_BACKUP. HBR_PRIVATE: the built-in encryption of Cloud Backup. KMS: a customer master key (CMK) from Key Management Service.",
      examples: ["KMS"]
    },
    KmsKeyId: {
      type: "string",
      description: "The ID or alias of the KMS key. Required only if EncryptType is KMS.",
      examples: ["alias/yzs-hhht"]
    },
    Replication: {
      type: "boolean",
      description: "Specifies whether to create a replication vault.",
      examples: [!0]
    }
  }
};

// src/engine/schema.ts
var PARAMETERS = Object.keys(create_vault_schema_default.properties), properties = create_vault_schema_default.properties, BOOLEAN_WORDS = {
  yes: !0,
  y: !0,
  on: !0,
  true: !0,
  no: !1,
  n: !1,
  off: !1,
  false: !1
};
function checkSchema(request, text) {
  if (validateRequest(request.raw)) return [];
  let errors = validateRequest.errors ?? [], mistyped = new Set(
    errors.filter((e) => e.keyword === "type").map((e) => e.instancePath)
  );
  return errors.filter((e) => e.keyword === "type" || !mistyped.has(e.instancePath)).flatMap((error) => explain(error, request, text));
}
function explain(error, request, text) {
  let params = error.params;
  switch (error.keyword) {
    case "required": {
      let name = params.missingProperty;
      return [
        {
          ruleId: "missing-parameter",
          pointer: pointerOf(name),
          target: "mapping",
          message: `Missing required parameter ${name}.`
        }
      ];
    }
    case "additionalProperties":
      return unknownKey(params.additionalProperty);
    default:
      return explainValue(error, request, text);
  }
}
function unknownKey(name) {
  let guess = nearest(name, PARAMETERS), finding = {
    ruleId: "unknown-parameter",
    pointer: pointerOf(name),
    target: "key",
    message: guess ? `Unexpected parameter ${JSON.stringify(name)}; expected "${guess}".` : `Unexpected parameter ${JSON.stringify(name)}; it is not a CreateVault parameter.`
  };
  return guess && (finding.suggestions = [guess]), [finding];
}
function explainValue(error, request, text) {
  let name = error.instancePath.slice(1).replace(/~1/g, "/").replace(/~0/g, "~"), property = properties[name], value = request.raw[name], span = request.entries.get(name)?.value, source = span ? text.slice(span[0], span[1]) : "", base = { pointer: error.instancePath, target: "value" };
  if (error.keyword === "type")
    return [
      {
        ...base,
        ruleId: "invalid-type",
        ...typeMessage(name, property.type, value, source, span)
      }
    ];
  if (error.keyword === "enum") {
    let allowed = property.enum ?? [], guess = nearest(String(value), allowed);
    return [
      {
        ...base,
        ruleId: "invalid-value",
        message: `Unexpected ${name} ${JSON.stringify(value)}; expected ${guess ? `"${guess}"` : `one of ${allowed.join(", ")}`}.`,
        ...guess ? { suggestions: [guess] } : {},
        ...guess && span ? { fix: { range: span, text: guess } } : {}
      }
    ];
  }
  if (error.keyword === "minLength" && property.minLength === 1 && value === "")
    return [
      {
        ...base,
        ruleId: "invalid-length",
        message: `Unexpected empty ${name}; it must be 1 to ${property.maxLength} characters.`
      }
    ];
  if (error.keyword === "maxLength" || error.keyword === "minLength") {
    let length = [...String(value)].length, limits = property.minLength ? `${property.minLength} to ${property.maxLength}` : `at most ${property.maxLength}`;
    return [
      {
        ...base,
        ruleId: "invalid-length",
        message: `Unexpected ${name} of ${length} characters; it must be ${limits} characters.`
      }
    ];
  }
  return [
    {
      ...base,
      ruleId: "invalid-value",
      message: `Unexpected ${name}: ${error.message ?? "invalid value"}.`
    }
  ];
}
function typeMessage(name, expected, value, source, span) {
  let article = expected === "boolean" ? "a boolean" : "a string";
  if (value === null)
    return {
      message: `Expected ${name} to be ${article}, got an empty value.`
    };
  if (expected === "string" && (typeof value == "number" || typeof value == "boolean") && span) {
    let quoted = JSON.stringify(source);
    return {
      message: `Expected ${name} to be a string, but \`${source}\` is read as ${describe(value)}; quote it.`,
      suggestions: [quoted],
      fix: { range: span, text: quoted }
    };
  }
  if (expected === "boolean" && typeof value == "string") {
    let meant = BOOLEAN_WORDS[value.trim().toLowerCase()];
    if (meant !== void 0)
      return {
        message: `Expected ${name} to be a boolean, got ${describe(value)}; use ${meant}.`,
        suggestions: [String(meant)],
        ...span ? { fix: { range: span, text: String(meant) } } : {}
      };
  }
  return {
    message: `Expected ${name} to be ${article}, got ${describe(value)}.`
  };
}

// src/engine/suppressions.ts
var DIRECTIVE = /^#\s*vaultlint-(disable-line|disable-next-line|disable-file)(?=\s|$)(.*)$/;
function readDirectives(comments, lines) {
  let directives = [];
  for (let comment of comments) {
    let match = DIRECTIVE.exec(comment.text.trimEnd());
    if (!match) continue;
    let kind = match[1], [list, ...reasonParts] = match[2].split(/\s--(?:\s|$)/), range2 = lines.range(
      comment.offset,
      comment.offset + comment.text.length
    ), line = range2.start.line;
    directives.push({
      kind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      reason: reasonParts.join(" -- ").trim(),
      line,
      target: kind === "disable-file" ? 0 : kind === "disable-line" ? line : line + 1,
      range: range2,
      used: !1
    });
  }
  return directives;
}
function matchDirective(directives, ruleId, line) {
  let covers = (d) => d.rules.length === 0 || d.rules.includes(ruleId);
  return directives.find((d) => d.target === line && covers(d)) ?? directives.find((d) => d.target === 0 && covers(d));
}

// src/engine/lint.ts
var MASK = "********";
function docsUrl(id) {
  return `${package_default.homepage}/blob/main/docs/rules/${id}.md`;
}
var PARAMETER_TYPES = {
  VaultRegionId: "string",
  VaultName: "string",
  Description: "string",
  VaultType: "string",
  VaultStorageClass: "string",
  WormEnabled: "boolean",
  EncryptType: "string",
  KmsKeyId: "string",
  Replication: "boolean"
};
async function lint(paths, options = {}) {
  let cwd = resolve5(options.cwd ?? process.cwd()), configs = new ConfigResolver(cwd, options.config), engine = new Engine(cwd, configs, options);
  if (options.stdin) {
    let file = resolve5(cwd, options.stdin.filename), bytes = Buffer.from(options.stdin.text, "utf8");
    await engine.lintBytes(file, bytes);
  } else
    for (let file of discover(paths, cwd, configs))
      await engine.lintFile(file);
  return engine.finish();
}
var Engine = class {
  constructor(cwd, configs, options) {
    this.cwd = cwd;
    this.configs = configs;
    this.options = options;
  }
  cwd;
  configs;
  options;
  files = [];
  records = [];
  ruleSets = /* @__PURE__ */ new Map();
  secrets = /* @__PURE__ */ new Set();
  async lintFile(path) {
    let read = await readRequestFile(
      path,
      this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
    );
    await this.lintRead(path, read);
  }
  async lintBytes(path, bytes) {
    let limit = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, read = bytes.length > limit ? {
      ok: !1,
      problem: {
        ruleId: "file-too-large",
        message: `Unexpected input of ${bytes.length} bytes; the limit is ${limit} bytes (--max-file-size).`,
        range: FILE_START
      }
    } : decode(bytes);
    await this.lintRead(path, read);
  }
  async lintRead(path, read) {
    let ruleSet = await this.ruleSetFor(this.configs.forFile(path)), state = {
      file: relative4(this.cwd, path).split(sep3).join("/"),
      findings: [],
      requests: 0,
      directives: [],
      ruleSet,
      blocked: /* @__PURE__ */ new Set()
    };
    if (this.files.push(state), !read.ok) {
      this.core(
        state,
        read.problem.ruleId,
        read.problem.message,
        read.problem.range
      );
      return;
    }
    let format = /\.json$/i.test(path) ? "json" : "yaml", parsed = format === "yaml" && fastParse(read.text) || await parseWithYaml(read.text, format);
    format === "yaml" && this.options.inlineConfig !== !1 && (state.directives = readDirectives(parsed.comments, parsed.lines));
    for (let problem of parsed.problems)
      this.core(
        state,
        problem.ruleId,
        problem.message,
        problem.range,
        problem.document,
        problem.pointer
      );
    for (let request of parsed.requests)
      state.requests += 1, this.checkRequest(state, request, parsed.lines, read.text, path);
  }
  checkRequest(state, parsed, lines, text, path) {
    let request = {
      file: state.file,
      document: parsed.document,
      params: typedParams(parsed),
      raw: parsed.raw,
      account: accountOf(path, state.ruleSet.config),
      pathFromConfig: relative4(state.ruleSet.config.dir, path).split(sep3).join("/")
    }, record = { request, parsed, lines, state };
    this.records.push(record);
    let fromRules = [];
    for (let { rule, severity, options } of state.ruleSet.active)
      rule.check && rule.check(request, {
        options,
        redact: (value) => {
          value && this.secrets.add(value), rule.id === "no-credentials" && state.blocked.add(parsed.document);
        },
        report: (report2) => {
          fromRules.push(this.finding(record, rule, severity, report2));
        }
      });
    let claimed = new Set(fromRules.map((f) => f.pointer));
    for (let schema of checkSchema(parsed, text)) {
      if (claimed.has(schema.pointer)) continue;
      let range2 = locate(record, schema.pointer, schema.target);
      state.findings.push({
        ruleId: schema.ruleId,
        severity: "error",
        message: schema.message,
        file: state.file,
        range: range2,
        pointer: schema.pointer,
        document: parsed.document,
        docs: docsUrl(schema.ruleId),
        ...schema.suggestions ? { suggestions: schema.suggestions } : {},
        ...schema.fix ? { fix: schema.fix } : {}
      });
    }
    if (state.findings.push(...fromRules), parsed.tainted.size > 0) {
      let tainted = new Set([...parsed.tainted].map((k) => `/${k}`));
      state.findings = state.findings.filter(
        (f) => f.document !== parsed.document || f.ruleId === "duplicate-key" || !tainted.has(f.pointer ?? "")
      );
    }
  }
  finding(record, rule, severity, report2) {
    let template = rule.messages[report2.messageId];
    if (template === void 0)
      throw new Error(
        `Rule ${rule.id} reported unknown message id "${report2.messageId}".`
      );
    let pointer = report2.pointer ?? "";
    return {
      ruleId: rule.id,
      severity: milder(severity, report2.severity),
      message: fill(template, report2.data ?? {}),
      file: record.state.file,
      range: locate(record, pointer, "value"),
      pointer,
      document: record.request.document,
      docs: rule.docs ?? docsUrl(rule.id),
      ...report2.suggestions ? { suggestions: report2.suggestions } : {},
      ...report2.fix ? { fix: report2.fix } : {}
    };
  }
  core(state, ruleId, message, range2, document, pointer) {
    state.findings.push({
      ruleId,
      severity: "error",
      message,
      file: state.file,
      range: range2,
      ...pointer !== void 0 ? { pointer } : {},
      ...document !== void 0 ? { document } : {},
      docs: docsUrl(ruleId)
    });
  }
  ruleSetFor(config) {
    let set = this.ruleSets.get(config);
    return set || (set = buildRuleSet(config, this.options.rules ?? {}), this.ruleSets.set(config, set)), set;
  }
  /** Runs the rules that see every request, then suppressions and sorting. */
  async finish() {
    this.records.sort(
      (a, b) => compare(a.request.file, b.request.file) || a.request.document - b.request.document
    );
    let ruleSets = await Promise.all(this.ruleSets.values()), accounts = [];
    for (let set of ruleSets) {
      let records = this.records.filter((r) => r.state.ruleSet === set), run = { accounts: accountInfos(set.config) };
      accounts.push(
        ...accountUsage(
          run.accounts,
          records.map((r) => r.request),
          set.config
        )
      );
      for (let { rule, severity, options } of set.active) {
        if (!rule.checkAll) continue;
        let byRequest = new Map(records.map((r) => [r.request, r]));
        rule.checkAll(
          records.map((r) => r.request),
          {
            options,
            report: ({ request, ...report2 }) => {
              let record = byRequest.get(request);
              record && record.state.findings.push(
                this.finding(record, rule, severity, report2)
              );
            }
          },
          run
        );
      }
    }
    let files = [], summary = {
      files: this.files.length,
      requests: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      suppressed: 0
    };
    this.files.sort((a, b) => compare(a.file, b.file));
    for (let state of this.files) {
      let findings = applySuppressions(state).flatMap((f) => configured(f, state.ruleSet)).map((f) => this.redact(f));
      findings.sort(byPosition), state.findings = findings, summary.requests += state.requests;
      for (let f of findings)
        f.suppressed ? summary.suppressed += 1 : f.severity === "error" ? summary.errors += 1 : f.severity === "warning" ? summary.warnings += 1 : summary.infos += 1;
      files.push({ file: state.file, findings, requests: state.requests });
    }
    return {
      files,
      requests: this.summaries(),
      summary,
      accounts,
      rules: ruleInfos(ruleSets)
    };
  }
  summaries() {
    return this.records.map(({ request, state }) => {
      let errors = state.findings.some(
        (f) => f.document === request.document && f.severity === "error" && !f.suppressed
      ) || state.findings.some(
        (f) => f.document === void 0 && f.severity === "error" && !f.suppressed
      );
      return {
        file: request.file,
        document: request.document,
        vaultName: request.params.VaultName,
        region: request.params.VaultRegionId,
        account: request.account,
        approved: !errors && !state.blocked.has(request.document),
        ...state.blocked.has(request.document) ? { blocked: !0 } : {},
        params: request.params
      };
    });
  }
  redact(finding) {
    if (this.secrets.size === 0) return finding;
    let mask = (s) => {
      let out = s;
      for (let secret of this.secrets) out = out.split(secret).join(MASK);
      return out;
    };
    return {
      ...finding,
      message: mask(finding.message),
      ...finding.suggestions ? { suggestions: finding.suggestions.map(mask) } : {},
      ...finding.fix ? { fix: { ...finding.fix, text: mask(finding.fix.text) } } : {}
    };
  }
};
async function parseWithYaml(text, format) {
  let { parseRequests } = await import("./parse-XW3GZXZB.js");
  return parseRequests(text, format);
}
function typedParams(parsed) {
  let params = /* @__PURE__ */ Object.create(null);
  for (let name of PARAMETERS) {
    let value = parsed.raw[name];
    typeof value === PARAMETER_TYPES[name] && !parsed.tainted.has(name) && (params[name] = value);
  }
  return params;
}
function locate(record, pointer, target) {
  let { parsed, lines } = record, key = pointer.slice(1).split("/")[0]?.replace(/~1/g, "/").replace(/~0/g, "~"), entry = pointer ? parsed.entries.get(key) : void 0;
  if (!entry || target === "mapping")
    return lines.restOfLine(parsed.mapping[0]);
  let span = target === "key" || !entry.value ? entry.key : entry.value;
  return lines.range(span[0], span[1]);
}
function fill(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => name in data ? String(data[name]) : whole
  );
}
async function buildRuleSet(config, flags) {
  let rules = [...BUILTIN_RULES, ...await loadPlugins(config)], byId = new Map(rules.map((r) => [r.id, r])), severities = /* @__PURE__ */ new Map(), active = [];
  checkRuleIds(config, [...byId.keys(), ...CORE_CHECK_IDS], FIXED_CHECK_IDS);
  for (let id of Object.keys(flags)) {
    if (FIXED_CHECK_IDS.has(id))
      throw new UsageError(
        `Unexpected check "${id}" in --rule; ${FIXED_CHECKS}.`
      );
    if (byId.has(id) || CORE_CHECK_IDS.has(id)) continue;
    let guess = nearest(id, [...byId.keys()]);
    throw new UsageError(
      `Unknown rule "${id}" in --rule${guess ? `; did you mean "${guess}"?` : "."}`
    );
  }
  for (let rule of rules) {
    let setting = config.rules[rule.id];
    setting?.options && await checkRuleOptions(config, rule, setting.options);
    let severity = flags[rule.id] ?? setting?.severity ?? rule.severity;
    if (severities.set(rule.id, severity), severity === "off") continue;
    let options = {
      ...rule.defaultOptions,
      ...configOptions(rule, config),
      ...setting?.options ?? {}
    };
    active.push({ rule, severity, options });
  }
  for (let check of CORE_CHECKS) {
    if (FIXED_CHECK_IDS.has(check.id)) continue;
    let setting = config.rules[check.id];
    setting?.options && await checkRuleOptions(config, check, setting.options), severities.set(
      check.id,
      flags[check.id] ?? setting?.severity ?? check.severity
    );
  }
  return { config, active, byId, severities };
}
var FIXED_CHECK_IDS = new Set(
  CORE_CHECKS.filter(
    (c) => c.id !== "suppression-without-reason" && c.id !== "unused-suppression"
  ).map((c) => c.id)
);
function configOptions(rule, config) {
  let regions = rule.defaultOptions?.regions;
  return typeof regions == "object" && regions !== null && !Array.isArray(regions) ? { regions: config.regions } : {};
}
async function loadPlugins(config) {
  let rules = [], taken = new Set(BUILTIN_RULES.map((r) => r.id));
  for (let [index, path] of config.plugins.entries()) {
    let at = ["plugins", String(index)], shown = relative4(config.dir, path).split(sep3).join("/"), loaded;
    try {
      loaded = (await import(pathToFileURL(path).href)).default;
    } catch (error) {
      let cause = error.code === "ERR_MODULE_NOT_FOUND" && !existsSync3(path) ? "no such file" : error.message.split(`
`)[0].replace(/\.$/, "");
      configFault(config, at, `Cannot load plugin "${shown}": ${cause}.`);
    }
    for (let rule of Array.isArray(loaded) ? loaded : [loaded]) {
      isRule(rule) || configFault(
        config,
        at,
        `Unexpected default export of plugin "${shown}"; expected a rule made with defineRule, or a list of them.`
      ), taken.has(rule.id) && configFault(
        config,
        at,
        `Unexpected rule id "${rule.id}" in plugin "${shown}"; another rule has that id.`
      ), taken.add(rule.id);
      let loadedRule = {
        ...rule,
        docs: rule.docs ?? pathToFileURL(path).href
      };
      pluginSources.set(loadedRule, path), rules.push(loadedRule);
    }
  }
  return rules;
}
var pluginSources = /* @__PURE__ */ new WeakMap();
function pluginSource(rule) {
  return pluginSources.get(rule);
}
function isRule(value) {
  let rule = value;
  return typeof rule == "object" && rule !== null && typeof rule.id == "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) && SEVERITIES.includes(rule.severity) && typeof rule.messages == "object" && (typeof rule.check == "function" || typeof rule.checkAll == "function");
}
function accountOf(path, config) {
  let relativePath = relative4(config.dir, path).split(sep3).join("/");
  return config.accounts.find(
    (a) => matcherFor(a.files)(relativePath)
  )?.name ?? "default";
}
function accountInfos(config) {
  let infos = /* @__PURE__ */ new Map();
  for (let [index, account] of config.accounts.entries())
    infos.set(account.name, {
      name: account.name,
      quota: account.quota,
      scope: account.scope,
      warnAt: account.warnAt,
      existing: account.existing ?? 0,
      ...account.existingIn ? { existingIn: account.existingIn } : {},
      inventory: account.inventory ? readInventory(config, index, account.inventory) : /* @__PURE__ */ new Set(),
      source: config.path
    });
  return infos.has("default") || infos.set("default", {
    name: "default",
    quota: DEFAULT_QUOTA,
    scope: "account",
    warnAt: DEFAULT_WARN_AT,
    existing: 0,
    inventory: /* @__PURE__ */ new Set(),
    source: config.path
  }), infos;
}
function accountUsage(infos, requests, config) {
  let usage = [];
  for (let info of infos.values()) {
    let groups = quotaGroups(requests, info), requested = groups.reduce((n, g) => n + g.added.length, 0);
    !config.accounts.some((a) => a.name === info.name) && requested === 0 || usage.push({
      name: info.name,
      quota: info.quota,
      existing: info.scope === "account" ? groups[0].existing : info.inventory.size + info.existing,
      requested,
      scope: info.scope,
      ...info.scope === "region" ? {
        regions: groups.map((g) => ({
          region: g.region,
          existing: g.existing,
          requested: g.added.length
        }))
      } : {}
    });
  }
  return usage;
}
function readInventory(config, index, path) {
  let at = ["accounts", config.accounts[index].name, "inventory"], shown = relative4(config.dir, path).split(sep3).join("/"), data;
  try {
    data = JSON.parse(readFileSync3(path, "utf8"));
  } catch (error) {
    let cause = error.code === "ENOENT" ? "no such file" : error.message.split(`
`)[0].replace(/\.$/, "");
    configFault(config, at, `Cannot read inventory "${shown}": ${cause}.`);
  }
  let vaults = /* @__PURE__ */ new Set();
  for (let [page, body] of (Array.isArray(data) ? data : [data]).entries()) {
    let list = body?.Vaults?.Vault;
    if (!Array.isArray(list)) {
      let which = Array.isArray(data) ? ` (page ${page + 1})` : "";
      configFault(
        config,
        at,
        `Unexpected content in inventory "${shown}"${which}; expected DescribeVaults response bodies with Vaults.Vault.`
      );
    }
    for (let vault of list)
      vaults.add(`${vault?.VaultRegionId ?? ""}/${vault?.VaultName ?? ""}`);
  }
  return vaults;
}
function configured(finding, set) {
  if (!CORE_CHECK_IDS.has(finding.ruleId)) return [finding];
  let severity = set.severities.get(finding.ruleId) ?? finding.severity;
  return severity === "off" ? [] : [severity === finding.severity ? finding : { ...finding, severity }];
}
function applySuppressions(state) {
  let mandatory = new Set(state.ruleSet.config.mandatory), out = [];
  for (let finding of state.findings.flatMap(
    (f) => configured(f, state.ruleSet)
  )) {
    let directive = matchDirective(
      state.directives,
      finding.ruleId,
      finding.range.start.line
    );
    if (!directive) {
      out.push(finding);
      continue;
    }
    directive.used = !0, mandatory.has(finding.ruleId) ? out.push({
      ...finding,
      message: `${finding.message.replace(/\.$/, "")}; ${finding.ruleId} is mandatory, so the suppression on line ${directive.line} cannot silence it.`
    }) : directive.reason ? out.push({
      ...finding,
      suppressed: {
        kind: directive.kind,
        reason: directive.reason,
        line: directive.line
      }
    }) : out.push(finding);
  }
  for (let directive of state.directives) {
    let base = {
      file: state.file,
      range: directive.range,
      severity: "error"
    };
    directive.reason ? directive.used || out.push({
      ...base,
      severity: "warning",
      ruleId: "unused-suppression",
      docs: docsUrl("unused-suppression"),
      message: unusedMessage(directive, state.ruleSet.byId)
    }) : out.push({
      ...base,
      ruleId: "suppression-without-reason",
      docs: docsUrl("suppression-without-reason"),
      message: `Missing reason on vaultlint-${directive.kind}; add one after " -- ".`
    });
  }
  return out;
}
function unusedMessage(directive, rules) {
  let known = [...rules.keys(), ...CORE_CHECK_IDS], unknown = directive.rules.find((id) => !known.includes(id));
  if (unknown) {
    let guess = nearest(unknown, known);
    return `Unexpected rule "${unknown}" in vaultlint-${directive.kind}; ${guess ? `expected "${guess}".` : "it silences nothing."}`;
  }
  let what = directive.rules.length ? directive.rules.join(", ") : "any rule";
  return `Unused vaultlint-${directive.kind} for ${what}; remove it.`;
}
function milder(severity, cap) {
  let order = ["info", "warning", "error"];
  return cap && order.indexOf(cap) < order.indexOf(severity) ? cap : severity;
}
function ruleInfos(sets) {
  let infos = /* @__PURE__ */ new Map();
  for (let check of CORE_CHECKS)
    infos.set(check.id, {
      id: check.id,
      type: "problem",
      severity: check.severity,
      description: check.description,
      docs: docsUrl(check.id)
    });
  for (let set of sets)
    for (let rule of set.byId.values())
      infos.has(rule.id) || infos.set(rule.id, {
        id: rule.id,
        type: rule.type,
        severity: set.severities.get(rule.id) ?? rule.severity,
        description: rule.description,
        docs: rule.docs ?? docsUrl(rule.id)
      });
  return [...infos.values()];
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function byPosition(a, b) {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

export {
  CONFIG_NAME,
  ConfigError,
  ConfigResolver,
  FIXED_CHECKS,
  checkRuleIds,
  checkRuleOptions,
  UsageError,
  isExcluded,
  matcherFor,
  defineRule,
  regions_default,
  BUILTIN_RULES,
  CORE_CHECKS,
  CORE_CHECK_IDS,
  create_vault_schema_default,
  docsUrl,
  lint,
  FIXED_CHECK_IDS,
  configOptions,
  loadPlugins,
  pluginSource
};
