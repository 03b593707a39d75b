/**
 * How big an uploaded workbook is once unpacked, checked before exceljs sees it. An .xlsx is a zip
 * (ECMA-376 Part 2, Open Packaging Conventions), and exceljs inflates every entry into memory and
 * then builds an object per cell: 2.5 MB of zip can hold gigabytes of XML and kill the process.
 * So the zip's central directory is read here (PKWARE APPNOTE.TXT 6.3.10, section 4.3), and every
 * entry is inflated once more, counting bytes and keeping none, stopping as soon as the total passes
 * the cap: the sizes the directory declares are the writer's word, and a bomb's are not true.
 */
import { createInflateRaw } from 'node:zlib';

/**
 * The most a workbook may hold unpacked, over all its entries. A questionnaire or a register import
 * of 5000 microcredentials is a few MB of XML, and a contact list of 100,000 rows (the console's
 * limit) with the four columns credmap reads about 20 MB; with twice as many columns it passes the
 * cap, and its reader says to keep only the columns it reads. exceljs needs about 15 times the XML
 * in memory (measured: 23 MB of sheet XML, 390 MB and 2.3 s), so this bounds one upload at about
 * half a gigabyte.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

/**
 * The most entries a workbook may have. A workbook has a dozen parts and about two per sheet;
 * exceljs reads every entry, and a zip of empty entries costs it work for no content.
 */
export const MAX_WORKBOOK_ENTRIES = 1000;

export interface WorkbookLimits {
  readonly maxUnpackedBytes?: number;
  readonly maxEntries?: number;
}

/**
 * `notZip`: no zip this reader can follow (no end record, a directory out of bounds, entries that
 * overlap, encryption, a method other than stored or deflated, a broken deflate stream); exceljs
 * would fail on it too. `tooLarge`: more than `maxUnpackedBytes` unpacked. `tooManyEntries`: more
 * than `maxEntries` entries.
 */
export type WorkbookSizeProblem = 'notZip' | 'tooLarge' | 'tooManyEntries';

export type WorkbookSizeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: WorkbookSizeProblem };

interface Entry {
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

// Signatures and fixed sizes: APPNOTE 4.3.7 (local file header), 4.3.12 (central directory
// header), 4.3.14 and 4.3.15 (ZIP64 end of central directory record and locator), 4.3.16 (end of
// central directory record), 4.5.3 (ZIP64 extended information extra field).
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LOCATOR_SIZE = 20;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const STORED = 0;
const DEFLATED = 8;
/** A 16- or 32-bit field at its maximum: the value is in the ZIP64 record or extra field. */
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

class NotZip extends Error {}

/** Little-endian reads that throw NotZip past the end, instead of returning garbage. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private at(offset: number, size: number): number {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + size > this.bytes.length) throw new NotZip();
    return offset;
  }
  u16(offset: number): number {
    return this.view.getUint16(this.at(offset, 2), true);
  }
  u32(offset: number): number {
    return this.view.getUint32(this.at(offset, 4), true);
  }
  /** A 64-bit field; past 2^53 it is no size a 10 MB upload can have, and Infinity says so. */
  u64(offset: number): number {
    const value = this.view.getBigUint64(this.at(offset, 8), true);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
  }
}

/** The end of central directory record: searched backwards, as it ends with a comment of any length. */
function findEnd(r: Reader): number {
  const last = r.bytes.length - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (r.u32(at) === END) return at;
  throw new NotZip();
}

function directory(r: Reader): { count: number; offset: number; size: number } {
  const end = findEnd(r);
  let count = r.u16(end + 10);
  let size = r.u32(end + 12);
  let offset = r.u32(end + 16);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = end - LOCATOR_SIZE;
    if (locator >= 0 && r.u32(locator) === ZIP64_LOCATOR) {
      const record = r.u64(locator + 8);
      if (r.u32(record) !== ZIP64_END) throw new NotZip();
      count = r.u64(record + 32);
      size = r.u64(record + 40);
      offset = r.u64(record + 48);
    }
  }
  return { count, offset, size };
}

/** The 64-bit values of an entry whose 32-bit fields are at their maximum (APPNOTE 4.5.3). */
function zip64Values(r: Reader, extra: number, extraEnd: number, wanted: number): number[] {
  for (let at = extra; at + 4 <= extraEnd; ) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      if (length < wanted * 8) throw new NotZip();
      return Array.from({ length: wanted }, (_, i) => r.u64(at + 4 + i * 8));
    }
    at += 4 + length;
  }
  throw new NotZip();
}

function centralEntry(r: Reader, at: number): { entry: Entry; next: number } {
  if (r.u32(at) !== CENTRAL_HEADER) throw new NotZip();
  const flags = r.u16(at + 8);
  const method = r.u16(at + 10);
  let compressedSize = r.u32(at + 20);
  let uncompressedSize = r.u32(at + 24);
  const nameLength = r.u16(at + 28);
  const extraLength = r.u16(at + 30);
  const commentLength = r.u16(at + 32);
  let localHeaderOffset = r.u32(at + 42);
  const extra = at + CENTRAL_HEADER_SIZE + nameLength;
  const large = [uncompressedSize, compressedSize, localHeaderOffset].filter((v) => v === U32_MAX).length;
  if (large > 0) {
    // In this order, and only those at their maximum.
    const values = zip64Values(r, extra, extra + extraLength, large);
    if (uncompressedSize === U32_MAX) uncompressedSize = values.shift() as number;
    if (compressedSize === U32_MAX) compressedSize = values.shift() as number;
    if (localHeaderOffset === U32_MAX) localHeaderOffset = values.shift() as number;
  }
  return {
    entry: { method, encrypted: (flags & 1) !== 0, compressedSize, uncompressedSize, localHeaderOffset },
    next: extra + extraLength + commentLength,
  };
}

function entriesOf(r: Reader, maxEntries: number): Entry[] | 'tooManyEntries' {
  const { count, offset, size } = directory(r);
  if (count > maxEntries) return 'tooManyEntries';
  const end = offset + size;
  if (end > r.bytes.length) throw new NotZip();
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const { entry, next } = centralEntry(r, at);
    if (next > end) throw new NotZip();
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra field may differ in length. */
function dataStart(r: Reader, entry: Entry): number {
  const at = entry.localHeaderOffset;
  if (r.u32(at) !== LOCAL_HEADER) throw new NotZip();
  return at + LOCAL_HEADER_SIZE + r.u16(at + 26) + r.u16(at + 28);
}

/** How many bytes a raw deflate stream inflates to, counted up to just past `limit`; undefined if broken. */
function inflatedLength(data: Uint8Array, limit: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('error', () => resolve(undefined));
    inflate.on('end', () => resolve(length));
    inflate.end(data);
  });
}

/**
 * Whether a workbook's bytes are a zip small enough to hand to exceljs: at most `maxEntries`
 * entries, and at most `maxUnpackedBytes` over all of them, both as declared and as inflated.
 * Never throws.
 */
export async function checkWorkbookSize(
  bytes: Uint8Array,
  limits: WorkbookLimits = {},
): Promise<WorkbookSizeCheck> {
  const maxUnpacked = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  const r = new Reader(bytes);
  const contents: { readonly method: number; readonly data: Uint8Array }[] = [];
  try {
    const entries = entriesOf(r, limits.maxEntries ?? MAX_WORKBOOK_ENTRIES);
    if (entries === 'tooManyEntries') return { ok: false, problem: 'tooManyEntries' };
    let declared = 0;
    let compressed = 0;
    for (const entry of entries) {
      if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED))
        return { ok: false, problem: 'notZip' };
      declared += entry.uncompressedSize;
      compressed += entry.compressedSize;
      const start = dataStart(r, entry);
      if (start + entry.compressedSize > bytes.length) throw new NotZip();
      contents.push({ method: entry.method, data: bytes.subarray(start, start + entry.compressedSize) });
    }
    if (declared > maxUnpacked) return { ok: false, problem: 'tooLarge' };
    // Entries lie side by side, so together they are no larger than the file. Entries that share
    // their data (a bomb whose sizes all look innocent) would each be inflated, and this bounds the
    // inflating below by the file's size.
    if (compressed > bytes.length) return { ok: false, problem: 'notZip' };
  } catch {
    return { ok: false, problem: 'notZip' };
  }
  let total = 0;
  for (const { method, data } of contents) {
    const length =
      method === STORED || data.length === 0 ? data.length : await inflatedLength(data, maxUnpacked - total);
    if (length === undefined) return { ok: false, problem: 'notZip' };
    total += length;
    if (total > maxUnpacked) return { ok: false, problem: 'tooLarge' };
  }
  return { ok: true };
}
