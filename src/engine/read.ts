/**
 * Reading a request file: size limit, binary check, strict UTF-8 and BOM.
 * Every problem becomes a finding at its position, never an exception.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Range } from '../types.js';
import { FILE_START, LineIndex } from './positions.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface ReadProblem {
  ruleId:
    | 'file-too-large'
    | 'binary-file'
    | 'invalid-encoding'
    | 'unreadable-file';
  message: string;
  range: Range;
}

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; problem: ReadProblem };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file without ever holding more than the limit in memory.
 * Synchronous on purpose: request files are small, and thousands of them
 * read faster without a round trip through the thread pool for each.
 */
export function readRequestFile(
  path: string,
  maxSize = DEFAULT_MAX_FILE_SIZE,
): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > maxSize) return tooLarge(size, maxSize);
    // Read one byte past the limit: the file may have grown since fstat.
    const buffer = Buffer.allocUnsafe(Math.min(size, maxSize) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(
        fd,
        buffer,
        length,
        buffer.length - length,
        null,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxSize) return tooLarge(length, maxSize);
    return decode(buffer.subarray(0, length));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(
      'unreadable-file',
      `Unexpected ${code} while reading the file.`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Turns bytes into text, or says at which byte they stop being UTF-8. */
export function decode(bytes: Uint8Array): ReadResult {
  if (isBinary(bytes)) {
    return fail(
      'binary-file',
      'Unexpected binary content; a request file is UTF-8 text.',
    );
  }

  try {
    const text = strictDecoder.decode(bytes);
    // TextDecoder removes a UTF-8 BOM itself, so offsets start after it.
    return { ok: true, text };
  } catch {
    const bad = firstInvalidByte(bytes);
    const before = strictDecoder.decode(bytes.subarray(0, bad));
    const start = new LineIndex(before).position(before.length);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return fail(
      'invalid-encoding',
      `Unexpected byte 0x${hex}; the file is not valid UTF-8 (save it as UTF-8).`,
      { start, end: { line: start.line, column: start.column + 1 } },
    );
  }
}

function isBinary(bytes: Uint8Array): boolean {
  // UTF-16 and UTF-32 files hold NUL bytes too; they are not text we read.
  const head = bytes.subarray(0, 8000);
  return head.includes(0);
}

/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = sequenceLength(b) - 1;
    if (need < 0) return i;
    if (need > 0 && !validTail(bytes, i, need)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Bytes in the sequence a lead byte starts, or 0 when it cannot lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function validTail(bytes: Uint8Array, i: number, need: number): boolean {
  if (i + need >= bytes.length) return false;
  const b0 = bytes[i];
  const b1 = bytes[i + 1];
  // Overlong forms, surrogates and code points past U+10FFFF.
  if (b0 === 0xe0 && b1 < 0xa0) return false;
  if (b0 === 0xed && b1 > 0x9f) return false;
  if (b0 === 0xf0 && b1 < 0x90) return false;
  if (b0 === 0xf4 && b1 > 0x8f) return false;
  for (let k = 1; k <= need; k++) {
    if ((bytes[i + k] & 0xc0) !== 0x80) return false;
  }
  return true;
}

function tooLarge(size: number, limit: number): ReadResult {
  return fail(
    'file-too-large',
    `Unexpected file of ${size} bytes; the limit is ${limit} bytes (--max-file-size).`,
  );
}

function fail(
  ruleId: ReadProblem['ruleId'],
  message: string,
  range: Range = FILE_START,
): ReadResult {
  return { ok: false, problem: { ruleId, message, range } };
}
