import type { Position, Range } from '../types.js';

/** Maps string offsets to 1-based lines and UTF-16 columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    return positionIn(this.starts, this.text.length, offset);
  }

  /** Offsets where each line starts. */
  lineStarts(): readonly number[] {
    return this.starts;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The range from `offset` to the end of its line, CR excluded. */
  restOfLine(offset: number): Range {
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    if (end > offset && this.text[end - 1] === '\r') end -= 1;
    return this.range(offset, Math.max(end, offset));
  }
}

/**
 * The position of an offset in a text of `length` whose lines start at
 * `starts`; offsets outside the text are clamped to it.
 */
export function positionIn(
  starts: ArrayLike<number>,
  length: number,
  offset: number,
): Position {
  const at = Math.max(0, Math.min(offset, length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: at - starts[low] + 1 };
}

/** The range of the first character of a file. */
export const FILE_START: Range = {
  start: { line: 1, column: 1 },
  end: { line: 1, column: 1 },
};
