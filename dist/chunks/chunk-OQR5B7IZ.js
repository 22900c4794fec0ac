import { createRequire as __vaultlintRequire } from 'node:module';
const require = __vaultlintRequire(import.meta.url);

// src/engine/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1))
      this.starts.push(i + 1);
  }
  text;
  starts = [0];
  position(offset) {
    let at = Math.max(0, Math.min(offset, this.text.length)), low = 0, high = this.starts.length - 1;
    for (; low < high; ) {
      let mid = low + high + 1 >> 1;
      this.starts[mid] <= at ? low = mid : high = mid - 1;
    }
    return { line: low + 1, column: at - this.starts[low] + 1 };
  }
  range(start, end) {
    return { start: this.position(start), end: this.position(end) };
  }
  /** The range from `offset` to the end of its line, CR excluded. */
  restOfLine(offset) {
    let end = this.text.indexOf(`
`, offset);
    return end === -1 && (end = this.text.length), end > offset && this.text[end - 1] === "\r" && (end -= 1), this.range(offset, Math.max(end, offset));
  }
}, FILE_START = {
  start: { line: 1, column: 1 },
  end: { line: 1, column: 1 }
};

export {
  LineIndex,
  FILE_START
};
