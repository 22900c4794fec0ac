/**
 * Reading a request file: size limit, binary check, strict UTF-8 and BOM.
 * Every problem becomes a finding at its position, never an exception.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
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
const lenientDecoder = new TextDecoder('utf-8');

// Pipes and devices report no size: they are read in chunks until EOF.
const CHUNK = 64 * 1024;

/**
 * Reads a file without ever holding more than the limit in memory.
 * Synchronous on purpose: request files are small, and thousands of them
 * read faster without a round trip through the thread pool for each.
 * `identify` is shown the file's stats (to tell it from the run's outputs).
 */
export function readRequestFile(
  path: string,
  maxSize = DEFAULT_MAX_FILE_SIZE,
  identify?: (stats: Stats) => void,
): ReadResult {
  // Where the platform has it, a file is opened without waiting: opening
  // a named pipe that no one writes to would otherwise block the run.
  if (constants.O_NONBLOCK === undefined) {
    return readByPath(path, maxSize, identify);
  }
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    // Pipes and devices are read the careful way, which blocks as they do.
    if (!stats.isFile()) return readByPath(path, maxSize, identify);
    identify?.(stats);
    if (stats.size > maxSize) return fileTooLarge(stats.size, maxSize);
    return decodeUpTo(readRegularFile(fd, stats.size, maxSize), maxSize);
  } catch (error) {
    return readFailure(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads by path, stat first: pipes, devices, and platforms without O_NONBLOCK. */
function readByPath(
  path: string,
  maxSize: number,
  identify?: (stats: Stats) => void,
): ReadResult {
  let fd: number | undefined;
  try {
    const stats = statSync(path);
    identify?.(stats);
    const refusal = notReadable(path, stats);
    if (refusal) return fail('unreadable-file', refusal);
    if (stats.isFile() && stats.size > maxSize)
      return fileTooLarge(stats.size, maxSize);

    fd = openSync(path, 'r');
    // The size is only a hint: a file may grow after stat, and a pipe or a
    // device has none. Read until EOF, one byte past the limit at most.
    const capacity = stats.isFile() ? stats.size + 1 : CHUNK;
    return decodeUpTo(readUpTo(fd, maxSize + 1, capacity), maxSize);
  } catch (error) {
    return readFailure(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One buffer for every regular file of the run: each is read into it with
 * a single call and decoded from it at once, so no file allocates its own.
 */
let shared = Buffer.allocUnsafe(0);

/**
 * Reads a regular file of `size` bytes (by its stat) to its end. A regular
 * file's read comes back short only at the end, so one call usually does;
 * a file that grew since its stat is read on, one byte past the limit at
 * most. The bytes are valid until the next call.
 */
function readRegularFile(fd: number, size: number, maxSize: number): Buffer {
  const capacity = Math.min(maxSize, size) + 1;
  if (shared.length < capacity) {
    shared = Buffer.allocUnsafe(
      Math.min(maxSize + 1, Math.max(capacity, CHUNK)),
    );
  }
  const bytesRead = readSync(fd, shared, 0, capacity, null);
  if (bytesRead < capacity) return shared.subarray(0, bytesRead);
  const grown = readUpTo(fd, maxSize + 1 - capacity, CHUNK);
  return Buffer.concat([shared.subarray(0, capacity), grown]);
}

/** The bytes read, one past the limit at most, as text or a finding. */
function decodeUpTo(bytes: Uint8Array, maxSize: number): ReadResult {
  return bytes.length > maxSize ? tooLarge('file', maxSize) : decode(bytes);
}

function fileTooLarge(size: number, maxSize: number): ReadResult {
  return fail(
    'file-too-large',
    `Unexpected file of ${size} bytes; the limit is ${maxSize} bytes (--max-file-size).`,
  );
}

function readFailure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return fail('unreadable-file', `Unexpected ${code} while reading the file.`);
}

/**
 * Why a path that is neither a regular file nor a character device (such
 * as /dev/stdin on a terminal) is not read, or undefined when it may be.
 */
function notReadable(path: string, stats: Stats): string | undefined {
  if (stats.isFile() || stats.isCharacterDevice()) return undefined;
  if (stats.isFIFO()) {
    // A pipe the shell already holds open (`<(…)`, /dev/stdin) has no name
    // of its own, so it does not resolve; it is read like a file.
    try {
      realpathSync.native(path);
    } catch {
      return undefined;
    }
    return 'Unexpected named pipe; it is not a regular file, so it is not read.';
  }
  const kind = stats.isSocket()
    ? 'socket'
    : stats.isBlockDevice()
      ? 'block device'
      : 'file type';
  return `Unexpected ${kind}; it is not a regular file, so it is not read.`;
}

/** Reads from a descriptor until EOF or until `limit` bytes are read. */
function readUpTo(fd: number, limit: number, capacity: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(limit, capacity));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit, length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const bytesRead = readSync(
      fd,
      buffer,
      length,
      buffer.length - length,
      null,
    );
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/**
 * Reads standard input (or any stream) to its end, or until `limit` bytes
 * are read: input past the limit is never held in memory.
 */
export async function readStream(
  stream: AsyncIterable<Buffer | string>,
  limit: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes.subarray(0, limit - length));
    length += chunks[chunks.length - 1].length;
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, length);
}

/** Byte-order marks of encodings that are not UTF-8, longest first. */
const FOREIGN_BOMS: Array<[bom: number[], encoding: string]> = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe], 'UTF-16'],
  [[0xfe, 0xff], 'UTF-16'],
];

/**
 * Turns bytes into text, or says at which byte they stop being UTF-8.
 * Lone carriage returns (classic Mac line ends) become line feeds, as YAML
 * 1.2 reads them; one character for one keeps every offset.
 */
export function decode(bytes: Uint8Array): ReadResult {
  const foreign = FOREIGN_BOMS.find(([bom]) =>
    bom.every((b, i) => bytes[i] === b),
  );
  if (foreign) {
    return fail(
      'invalid-encoding',
      `Unexpected ${foreign[1]} byte order mark; the file is ${foreign[1]}, so save it as UTF-8.`,
    );
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const from = binaryStart(bytes, nul);
    const start = positionOf(bytes, from);
    return fail(
      'binary-file',
      from === nul
        ? 'Unexpected binary content (a NUL byte); a request file is UTF-8 text.'
        : 'Unexpected binary content; a request file is UTF-8 text.',
      { start, end: { line: start.line, column: start.column + 1 } },
    );
  }

  let text: string;
  try {
    // TextDecoder removes a UTF-8 BOM itself, so offsets start after it.
    text = strictDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const start = positionOf(bytes, bad);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return fail(
      'invalid-encoding',
      `Unexpected byte 0x${hex}; the file is not valid UTF-8 (save it as UTF-8).`,
      { start, end: { line: start.line, column: start.column + 1 } },
    );
  }
  return { ok: true, text: normaliseLineEnds(text) };
}

/**
 * Where the binary part of a file begins: at a NUL byte in text, but at
 * the start of a run of control and invalid bytes that leads up to it, so
 * that an archive or an image is reported at 1:1.
 */
function binaryStart(bytes: Uint8Array, nul: number): number {
  let start = Math.min(nul, firstInvalidByte(bytes.subarray(0, nul)));
  const isControl = (b: number) =>
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
  while (start > 0 && isControl(bytes[start - 1])) start -= 1;
  return start;
}

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The line and column of a byte, counted in the text before it. */
function positionOf(bytes: Uint8Array, offset: number) {
  const before = normaliseLineEnds(
    lenientDecoder.decode(bytes.subarray(0, offset)),
  );
  return new LineIndex(before).position(before.length);
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

/** Too large, when the exact size is unknown: only the limit was read. */
export function tooLarge(what: 'file' | 'input', limit: number): ReadResult {
  return fail(
    'file-too-large',
    `Unexpected ${what} over the limit of ${limit} bytes (--max-file-size).`,
  );
}

function fail(
  ruleId: ReadProblem['ruleId'],
  message: string,
  range: Range = FILE_START,
): ReadResult {
  return { ok: false, problem: { ruleId, message, range } };
}
