/**
 * Streaming writer of SPSS system files (.sav), after the PSPP developers' "System File Format"
 * documentation. Uncompressed data: every case has the same byte length, so rows are encoded one
 * at a time and memory stays flat however many rows are written.
 *
 * Pure module (no node:*): it produces Uint8Array chunks; the caller decides where they go.
 */
import { ByteBuilder, utf8, utf8Truncated } from './bytes.ts';
import { invalidNameReason, ShortNames } from './names.ts';

export type SavMeasure = 'nominal' | 'ordinal' | 'scale';

/** Numeric user-missing codes: up to 3 discrete values, or a range plus at most one discrete value. */
export type SavMissingValues = readonly number[] | { low: number; high: number; value?: number };

export interface SavValueLabel {
  value: number | string;
  label: string;
}

export interface SavVariable {
  /** SPSS-valid name, ≤ 64 bytes UTF-8, unique ignoring case. */
  name: string;
  label?: string;
  type: 'numeric' | 'string';
  /** Strings: width in bytes (UTF-8), 1–32767. Default 8. Ignored for numerics. */
  width?: number;
  /** Numerics: number of decimals of the F display format. Default 0 with value labels, else 2. */
  decimals?: number;
  /**
   * Numerics: a date, shown and typed as SDATE10 (yyyy/mm/dd); its values are seconds since
   * midnight, 14 October 1582, as SPSS counts dates (`savDate`).
   */
  date?: boolean;
  valueLabels?: readonly SavValueLabel[];
  /** Numerics only. */
  missingValues?: SavMissingValues;
  /** Default: nominal for strings and labelled numerics, scale for other numerics. */
  measure?: SavMeasure;
}

/**
 * A multiple-response set (record 7/7). `categories`: the variables hold the chosen codes;
 * `dichotomies`: each variable is one option, counted when it equals `countedValue`
 * (CATEGORYLABELS=VARLABELS; the COUNTEDVALUES form of record 7/19 is not written).
 */
export interface SavMrSet {
  /** Starts with `$`, then an SPSS-valid name. */
  name: string;
  label?: string;
  type: 'categories' | 'dichotomies';
  /** Required for dichotomies: an integer for numeric variables, a string for string variables. */
  countedValue?: number | string;
  /** Names (as in `variables`) of at least two variables, all numeric or all string. */
  variables: readonly string[];
}

export interface SavWriterOptions {
  variables: readonly SavVariable[];
  multipleResponseSets?: readonly SavMrSet[];
  /** Up to 64 bytes are kept (cut at a UTF-8 boundary). */
  fileLabel?: string;
  /** Written as the file's creation date and time (UTC). Default: now. */
  created?: Date;
  /**
   * Number of rows, if known up front: then it is written in the header (and record 7/16) and
   * `end()` checks it. Unknown (default): the header says -1, which the format allows.
   */
  caseCount?: number;
  /** A string value longer than its variable's width: throw (default) or cut at a UTF-8 boundary. */
  longStrings?: 'error' | 'truncate';
  /**
   * 'bytecode': the data is written with the format's bytecode compression, as SPSS itself writes
   * by default: blank string pieces, system-missing and whole numbers from -99 to 151 take one
   * byte instead of eight. 'none' (default): every case has the same size.
   */
  compression?: 'none' | 'bytecode';
}

export type SavCell = number | string | null;

export interface SavWriter {
  /** The file header and dictionary; call once, first. */
  header(): Uint8Array;
  /** One case, values in the order of `variables` (compressed: the blocks it completed). */
  row(values: readonly SavCell[]): Uint8Array;
  /** The end of the file (the last compressed block, or nothing); checks the row count against `caseCount`. */
  end(): Uint8Array;
  /**
   * After `end()`: the bytes to write over the header's case count (-1 when `caseCount` was not
   * given) once the real count is known, for callers writing to a seekable file. Readers such as
   * the readstat 1.1.8 CLI read no rows from a file whose count is -1.
   */
  caseCountPatch(): { offset: number; bytes: Uint8Array };
  /** Rows written so far. */
  readonly rows: number;
}

/** Byte offset of the case count (ncases) in the file header. */
export const CASE_COUNT_OFFSET = 80;

/** The system-missing value: -DBL_MAX. */
export const SYSMIS = -Number.MAX_VALUE;

/** The compression bias: a whole number x in 1 - BIAS .. 251 - BIAS is stored as the code x + BIAS. */
const BIAS = 100;

/**
 * Bytecode compression (PSPP developers' guide, "System File Format", Data Record): the data is a
 * stream of blocks, each 8 command bytes followed by the 8-byte values of its 253 codes, in order.
 * Codes: 0 padding, 1–251 a whole number (code − bias), 253 a value follows uncompressed, 254 eight
 * spaces, 255 system-missing. A block may span cases, so the open block is carried from row to row.
 */
class BytecodeCompressor {
  private commands = new Uint8Array(8);
  private count = 0;
  private readonly literals: Uint8Array[] = [];
  private readonly out: Uint8Array[] = [];

  /** `numeric[u]`: whether the case's 8-byte unit u holds a number (else a piece of a string). */
  constructor(private readonly numeric: readonly boolean[]) {}

  compress(caseBytes: Uint8Array): Uint8Array {
    const view = new DataView(caseBytes.buffer, caseBytes.byteOffset, caseBytes.byteLength);
    for (let u = 0; u < this.numeric.length; u++) {
      const at = u * 8;
      if (this.numeric[u]) {
        const x = view.getFloat64(at, true);
        if (x === SYSMIS) this.code(255);
        else if (Number.isInteger(x) && x >= 1 - BIAS && x <= 251 - BIAS) this.code(x + BIAS);
        else this.code(253, caseBytes.subarray(at, at + 8));
      } else {
        let blank = true;
        for (let i = at; i < at + 8; i++) if (caseBytes[i] !== 0x20) blank = false;
        if (blank) this.code(254);
        else this.code(253, caseBytes.subarray(at, at + 8));
      }
    }
    return this.take();
  }

  /** The open block, padded with 0 codes: the end of the data. */
  finish(): Uint8Array {
    if (this.count > 0) {
      this.count = 8;
      this.flush();
    }
    return this.take();
  }

  private code(code: number, literal?: Uint8Array) {
    this.commands[this.count++] = code;
    if (literal !== undefined) this.literals.push(literal.slice());
    if (this.count === 8) this.flush();
  }

  private flush() {
    this.out.push(this.commands, ...this.literals);
    this.commands = new Uint8Array(8);
    this.count = 0;
    this.literals.length = 0;
  }

  private take(): Uint8Array {
    let size = 0;
    for (const part of this.out) size += part.length;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of this.out) {
      bytes.set(part, at);
      at += part.length;
    }
    this.out.length = 0;
    return bytes;
  }
}
const HIGHEST = Number.MAX_VALUE;
/** "LOWEST" in the format's float info record: the next value above SYSMIS (bits ffeffffffffffffe). */
const LOWEST = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, 0xffeffffffffffffen, true);
  return view.getFloat64(0, true);
})();

/** SPSS limits, in bytes. Value labels: 120 is what all SPSS versions read; PSPP reads more. */
export const VARIABLE_LABEL_MAX = 255;
export const VALUE_LABEL_MAX = 120;
const FILE_LABEL_MAX = 64;
const MAX_STRING_WIDTH = 32767;

/** Format type codes from the spec's format table. */
const FORMAT_A = 1;
const FORMAT_F = 5;
const FORMAT_SDATE = 39;

/** Milliseconds of SPSS's date epoch, midnight of 14 October 1582 (Gregorian). */
const SPSS_EPOCH = Date.UTC(1582, 9, 14);

/** A moment (milliseconds since 1970, UTC) as an SPSS date: seconds since its epoch. */
export const savDate = (ms: number) => (ms - SPSS_EPOCH) / 1000;

/** One variable record of the file: a numeric, a string ≤ 255, or one segment of a very long string. */
interface Segment {
  shortName: string;
  /** 0 for numeric, else string width of this segment (≤ 255). */
  width: number;
  /** Bytes this segment occupies in a case: a multiple of 8. */
  slotBytes: number;
  /** Offset of the segment's slot within a case. */
  caseOffset: number;
}

interface Layout {
  variable: SavVariable;
  /** Total string width (0 = numeric). */
  width: number;
  segments: Segment[];
  /** 1-based index of the first segment's variable record, counted in 8-byte units. */
  dictIndex: number;
}

function roundUp8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/**
 * Segment widths of a string variable. Widths ≤ 255 are one segment. Longer ("very long") strings:
 * n = ⌈w/252⌉ segments, all 255 wide except the last, which is w − (n−1)·252 (spec, Very Long String
 * Record).
 */
export function segmentWidths(width: number): number[] {
  if (width <= 255) return [width];
  const n = Math.ceil(width / 252);
  const widths: number[] = [];
  for (let i = 0; i < n - 1; i++) widths.push(255);
  widths.push(width - (n - 1) * 252);
  return widths;
}

function fail(variable: SavVariable, message: string): never {
  throw new Error(`SAV variable "${variable.name}": ${message}`);
}

/** Array.isArray does not narrow readonly arrays out of a union; this guard does. */
function isMissingList(mv: SavMissingValues): mv is readonly number[] {
  return Array.isArray(mv);
}

function validate(variables: readonly SavVariable[]): void {
  if (variables.length === 0) throw new Error('SAV: at least one variable is needed');
  const seen = new Set<string>();
  for (const v of variables) {
    const reason = invalidNameReason(v.name);
    if (reason !== null) fail(v, `name ${reason}`);
    const key = v.name.toUpperCase();
    if (seen.has(key)) fail(v, 'duplicate name (SPSS names ignore case)');
    seen.add(key);
    if (v.type === 'string') {
      const w = v.width ?? 8;
      if (!Number.isInteger(w) || w < 1 || w > MAX_STRING_WIDTH)
        fail(v, `width must be 1–${MAX_STRING_WIDTH}`);
      if (v.missingValues !== undefined) fail(v, 'user-missing values are supported for numerics only');
      if (v.valueLabels !== undefined && v.valueLabels.length > 0 && w > 255)
        fail(v, 'value labels on strings wider than 255 bytes are not supported');
      for (const vl of v.valueLabels ?? []) {
        if (typeof vl.value !== 'string') fail(v, 'string variable needs string value-label values');
        if (utf8(vl.value).length > w) fail(v, `value-label value "${vl.value}" is wider than ${w} bytes`);
      }
    } else {
      for (const vl of v.valueLabels ?? []) {
        if (typeof vl.value !== 'number' || !Number.isFinite(vl.value))
          fail(v, 'numeric variable needs finite number value-label values');
      }
      const mv = v.missingValues;
      if (mv !== undefined) {
        if (isMissingList(mv)) {
          if (mv.length > 3) fail(v, 'at most 3 discrete missing values');
          if (mv.some((x) => !Number.isFinite(x))) fail(v, 'missing values must be finite');
        } else {
          if (Number.isNaN(mv.low) || Number.isNaN(mv.high) || mv.low > mv.high)
            fail(v, 'missing range needs low ≤ high');
          if (mv.value !== undefined && !Number.isFinite(mv.value)) fail(v, 'missing value must be finite');
        }
      }
      const d = v.decimals;
      if (d !== undefined && (!Number.isInteger(d) || d < 0 || d > 16)) fail(v, 'decimals must be 0–16');
    }
  }
}

function validateMrSets(sets: readonly SavMrSet[], variables: readonly SavVariable[]): void {
  const byName = new Map(variables.map((v) => [v.name.toUpperCase(), v]));
  const seen = new Set<string>();
  for (const set of sets) {
    const where = `SAV multiple-response set "${set.name}"`;
    if (!set.name.startsWith('$') || invalidNameReason(set.name.slice(1)) !== null)
      throw new Error(`${where}: name must be $ followed by a valid variable name`);
    if (seen.has(set.name.toUpperCase())) throw new Error(`${where}: duplicate name`);
    seen.add(set.name.toUpperCase());
    if (set.variables.length < 2) throw new Error(`${where}: needs at least two variables`);
    const members = set.variables.map((n) => {
      const v = byName.get(n.toUpperCase());
      if (v === undefined) throw new Error(`${where}: unknown variable "${n}"`);
      return v;
    });
    const type = members[0]!.type;
    if (members.some((m) => m.type !== type))
      throw new Error(`${where}: variables must be all numeric or all string`);
    if (set.type === 'dichotomies') {
      const cv = set.countedValue;
      if (type === 'numeric' && !(typeof cv === 'number' && Number.isInteger(cv)))
        throw new Error(`${where}: countedValue must be an integer for numeric variables`);
      if (type === 'string' && !(typeof cv === 'string' && cv.length > 0))
        throw new Error(`${where}: countedValue must be a non-empty string for string variables`);
    }
  }
}

/**
 * Record 7/7 text, one set a line: `$a=C 10 my mcgroup a b c` or `$b=D2 55 0  g e f d` (spec
 * example). Lengths are in bytes; members are named by their short names in lower case (what
 * SPSS writes; readers map them through the long-name record).
 */
function mrSetsText(sets: readonly SavMrSet[], layouts: readonly Layout[]): string {
  const shortOf = new Map(layouts.map((l) => [l.variable.name.toUpperCase(), l.segments[0]!.shortName]));
  const byteLength = (text: string): number => utf8(text).length;
  return sets
    .map((set) => {
      const label = set.label ?? '';
      const members = set.variables.map((n) => (shortOf.get(n.toUpperCase()) ?? n).toLowerCase()).join(' ');
      let kind = 'C';
      if (set.type === 'dichotomies') {
        const value = String(set.countedValue);
        kind = `D${byteLength(value)} ${value}`;
      }
      return `${set.name}=${kind} ${byteLength(label)} ${label} ${members}\n`;
    })
    .join('');
}

function buildLayout(variables: readonly SavVariable[]): { layouts: Layout[]; caseBytes: number } {
  const names = new ShortNames();
  const layouts: Layout[] = [];
  let offset = 0;
  for (const variable of variables) {
    const width = variable.type === 'string' ? (variable.width ?? 8) : 0;
    const first = names.forName(variable.name);
    const widths = width === 0 ? [0] : segmentWidths(width);
    const segments = widths.map((w, i) => {
      const slotBytes = w === 0 ? 8 : roundUp8(w);
      const seg: Segment = {
        shortName: i === 0 ? first : names.forSegment(first, i),
        width: w,
        slotBytes,
        caseOffset: offset,
      };
      offset += slotBytes;
      return seg;
    });
    layouts.push({ variable, width, segments, dictIndex: segments[0]!.caseOffset / 8 + 1 });
  }
  return { layouts, caseBytes: offset };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function ascii(text: string): Uint8Array {
  return utf8(text);
}

function numericFormat(v: SavVariable): number {
  if (v.date === true) return (FORMAT_SDATE << 16) | (10 << 8);
  const hasLabels = (v.valueLabels?.length ?? 0) > 0;
  const decimals = v.decimals ?? (hasLabels ? 0 : 2);
  const width = Math.max(8, decimals + 2);
  return (FORMAT_F << 16) | (width << 8) | decimals;
}

function measureCode(v: SavVariable): number {
  const m = v.measure ?? (v.type === 'string' || (v.valueLabels?.length ?? 0) > 0 ? 'nominal' : 'scale');
  return m === 'nominal' ? 1 : m === 'ordinal' ? 2 : 3;
}

function writeHeader(b: ByteBuilder, caseUnits: number, options: SavWriterOptions): void {
  const created = options.created ?? new Date();
  b.bytes(ascii('$FL2'));
  b.fixed(ascii('@(#) SPSS DATA FILE credmap'), 60);
  b.i32(2); // layout code: 2 = little-endian file written by this byte order
  b.i32(caseUnits); // nominal case size in 8-byte units
  b.i32(options.compression === 'bytecode' ? 1 : 0); // 1: bytecode compression
  b.i32(0); // no weight variable
  b.i32(options.caseCount ?? -1); // -1 = unknown, allowed by the spec
  b.f64(BIAS); // compression bias (conventionally 100 even when the data is not compressed)
  const d = created;
  b.fixed(ascii(`${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCFullYear() % 100)}`), 9);
  b.fixed(ascii(`${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`), 8);
  b.fixed(utf8Truncated(options.fileLabel ?? '', FILE_LABEL_MAX), FILE_LABEL_MAX);
  b.fixed(new Uint8Array(0), 3, 0); // padding
}

function writeMissing(b: ByteBuilder, mv: SavMissingValues | undefined): void {
  if (mv === undefined) return;
  if (isMissingList(mv)) {
    for (const x of mv) b.f64(x);
    return;
  }
  const range = mv;
  // ±Infinity stands for LO / HI, which the format spells LOWEST / HIGHEST.
  b.f64(range.low === Number.NEGATIVE_INFINITY ? LOWEST : range.low);
  b.f64(range.high === Number.POSITIVE_INFINITY ? HIGHEST : range.high);
  if (range.value !== undefined) b.f64(range.value);
}

function missingCount(mv: SavMissingValues | undefined): number {
  if (mv === undefined) return 0;
  if (isMissingList(mv)) return mv.length;
  return mv.value === undefined ? -2 : -3;
}

function writeVariableRecords(b: ByteBuilder, layout: Layout): void {
  const v = layout.variable;
  layout.segments.forEach((seg, i) => {
    const isFirst = i === 0;
    const label = isFirst && v.label !== undefined ? utf8Truncated(v.label, VARIABLE_LABEL_MAX) : null;
    const nMissing = isFirst ? missingCount(v.missingValues) : 0;
    const format = seg.width === 0 ? numericFormat(v) : (FORMAT_A << 16) | (seg.width << 8);
    b.i32(2);
    b.i32(seg.width);
    b.i32(label === null ? 0 : 1);
    b.i32(nMissing);
    b.i32(format); // print format
    b.i32(format); // write format
    b.fixed(ascii(seg.shortName), 8);
    if (label !== null) {
      b.i32(label.length);
      b.bytes(label);
      b.align(4);
    }
    if (nMissing !== 0) writeMissing(b, v.missingValues);
    // A string wider than 8 bytes takes one continuation record per further 8-byte unit.
    for (let k = 1; k < seg.slotBytes / 8; k++) {
      b.i32(2).i32(-1).i32(0).i32(0).i32(0).i32(0);
      b.fixed(new Uint8Array(0), 8);
    }
  });
}

/** Records 3 + 4 for numerics and strings ≤ 8 bytes (their values fit the 8-byte value field). */
function writeShortValueLabels(b: ByteBuilder, layout: Layout): void {
  const labels = layout.variable.valueLabels ?? [];
  if (labels.length === 0 || layout.width > 8) return;
  b.i32(3);
  b.i32(labels.length);
  for (const { value, label } of labels) {
    if (typeof value === 'number') b.f64(value);
    else b.fixed(utf8(value), 8);
    const text = utf8Truncated(label, VALUE_LABEL_MAX);
    b.u8(text.length);
    b.bytes(text);
    // Length byte + label padded to a multiple of 8 (relative to the label, not the file offset).
    b.fixed(new Uint8Array(0), (8 - ((1 + text.length) % 8)) % 8);
  }
  b.i32(4);
  b.i32(1);
  b.i32(layout.dictIndex);
}

function extension(b: ByteBuilder, subtype: number, size: number, data: Uint8Array): void {
  b.i32(7)
    .i32(subtype)
    .i32(size)
    .i32(data.length / size);
  b.bytes(data);
}

function writeExtensions(b: ByteBuilder, layouts: Layout[], options: SavWriterOptions): void {
  // 7/3 machine integer info: version 1.0.0, machine -1, IEEE floats, compression code 1,
  // little-endian (2), character code 65001 = UTF-8.
  const ints = new ByteBuilder();
  for (const x of [1, 0, 0, -1, 1, 1, 2, 65001]) ints.i32(x);
  extension(b, 3, 4, ints.result());

  // 7/4 machine floating-point info: SYSMIS, HIGHEST, LOWEST.
  const floats = new ByteBuilder().f64(SYSMIS).f64(HIGHEST).f64(LOWEST);
  extension(b, 4, 8, floats.result());

  // 7/7 multiple-response sets.
  const sets = options.multipleResponseSets ?? [];
  if (sets.length > 0) extension(b, 7, 1, utf8(mrSetsText(sets, layouts)));

  // 7/11 display parameters: one (measure, width, alignment) triple per variable record that is not
  // a continuation, so per segment of a very long string.
  const display = new ByteBuilder();
  for (const layout of layouts) {
    const v = layout.variable;
    for (const seg of layout.segments) {
      display.i32(measureCode(v));
      display.i32(seg.width === 0 ? 8 : Math.min(seg.width, 40)); // columns shown, not storage
      display.i32(seg.width === 0 ? 1 : 0); // numbers right, text left
    }
  }
  extension(b, 11, 4, display.result());

  // 7/13 long variable names: SHORT=Long pairs separated by tabs.
  const longNames = layouts.map((l) => `${l.segments[0]!.shortName}=${l.variable.name}`).join('\t');
  extension(b, 13, 1, utf8(longNames));

  // 7/14 very long strings: SHORT=00600, each pair followed by NUL and tab.
  const veryLong = layouts.filter((l) => l.segments.length > 1);
  if (veryLong.length > 0) {
    const text = veryLong
      .map((l) => `${l.segments[0]!.shortName}=${String(l.width).padStart(5, '0')}\u0000\t`)
      .join('');
    extension(b, 14, 1, utf8(text));
  }

  // 7/16 extended case count, only when the count is known.
  if (options.caseCount !== undefined) {
    const counts = new ByteBuilder().i64(1n).i64(BigInt(options.caseCount));
    extension(b, 16, 8, counts.result());
  }

  // 7/20 character encoding.
  extension(b, 20, 1, utf8('UTF-8'));

  // 7/21 value labels of strings wider than 8 bytes (up to 255; validated).
  const longLabelled = layouts.filter((l) => l.width > 8 && (l.variable.valueLabels?.length ?? 0) > 0);
  if (longLabelled.length > 0) {
    const data = new ByteBuilder();
    for (const l of longLabelled) {
      const name = utf8(l.variable.name);
      data.i32(name.length).bytes(name);
      data.i32(l.width);
      const labels = l.variable.valueLabels ?? [];
      data.i32(labels.length);
      for (const { value, label } of labels) {
        data.i32(l.width).fixed(utf8(String(value)), l.width);
        const text = utf8Truncated(label, VALUE_LABEL_MAX);
        data.i32(text.length).bytes(text);
      }
    }
    extension(b, 21, 1, data.result());
  }
}

export function createSavWriter(options: SavWriterOptions): SavWriter {
  validate(options.variables);
  validateMrSets(options.multipleResponseSets ?? [], options.variables);
  const cc = options.caseCount;
  if (cc !== undefined && (!Number.isSafeInteger(cc) || cc < 0))
    throw new Error('SAV: caseCount must be a non-negative integer');
  const { layouts, caseBytes } = buildLayout(options.variables);
  const truncate = options.longStrings === 'truncate';
  const numericUnits: boolean[] = new Array(caseBytes / 8).fill(false);
  for (const layout of layouts)
    if (layout.width === 0) numericUnits[layout.segments[0]!.caseOffset / 8] = true;
  const compressor = options.compression === 'bytecode' ? new BytecodeCompressor(numericUnits) : undefined;
  let headerWritten = false;
  let ended = false;
  let rows = 0;

  return {
    get rows() {
      return rows;
    },

    header() {
      if (headerWritten) throw new Error('SAV: header() called twice');
      headerWritten = true;
      const b = new ByteBuilder();
      writeHeader(b, caseBytes / 8, options);
      for (const layout of layouts) writeVariableRecords(b, layout);
      for (const layout of layouts) writeShortValueLabels(b, layout);
      writeExtensions(b, layouts, options);
      b.i32(999).i32(0); // dictionary termination
      return b.result();
    },

    row(values) {
      if (!headerWritten || ended) throw new Error('SAV: row() must come after header() and before end()');
      if (values.length !== layouts.length)
        throw new Error(`SAV: row has ${values.length} values, expected ${layouts.length}`);
      const out = new Uint8Array(caseBytes);
      const view = new DataView(out.buffer);
      for (let i = 0; i < layouts.length; i++) {
        const layout = layouts[i]!;
        const value = values[i] ?? null;
        if (layout.width === 0) {
          if (value !== null && typeof value !== 'number')
            fail(layout.variable, `row ${rows + 1}: expected a number or null`);
          // null (and NaN/±Infinity, which SPSS cannot hold) become system-missing, never 0.
          const x = value === null || !Number.isFinite(value) ? SYSMIS : value;
          view.setFloat64(layout.segments[0]!.caseOffset, x, true);
          continue;
        }
        if (value !== null && typeof value !== 'string')
          fail(layout.variable, `row ${rows + 1}: expected a string or null`);
        let bytes = value === null ? new Uint8Array(0) : utf8(value);
        if (bytes.length > layout.width) {
          if (!truncate)
            fail(
              layout.variable,
              `row ${rows + 1}: value is ${bytes.length} bytes, width is ${layout.width}`,
            );
          bytes = utf8Truncated(value ?? '', layout.width);
        }
        // Strings are space padded. Very long strings are packed 255 bytes per segment (spec).
        let pos = 0;
        for (const seg of layout.segments) {
          out.fill(0x20, seg.caseOffset, seg.caseOffset + seg.slotBytes);
          const take = Math.min(seg.width, Math.max(0, bytes.length - pos));
          if (take > 0) out.set(bytes.subarray(pos, pos + take), seg.caseOffset);
          pos += seg.width;
        }
      }
      rows++;
      return compressor === undefined ? out : compressor.compress(out);
    },

    end() {
      if (!headerWritten) throw new Error('SAV: end() before header()');
      if (ended) throw new Error('SAV: end() called twice');
      ended = true;
      if (cc !== undefined && rows !== cc)
        throw new Error(`SAV: caseCount was ${cc} but ${rows} rows were written; the file is invalid`);
      return compressor === undefined ? new Uint8Array(0) : compressor.finish();
    },

    caseCountPatch() {
      if (!ended) throw new Error('SAV: caseCountPatch() before end()');
      if (rows > 0x7fffffff) throw new Error('SAV: more rows than the header field can hold');
      const bytes = new Uint8Array(4);
      new DataView(bytes.buffer).setInt32(0, rows, true);
      return { offset: CASE_COUNT_OFFSET, bytes };
    },
  };
}

/**
 * Stream form: yields the header, one chunk per row, and the end. Works with sync or async row
 * sources (a database cursor), so a caller can pipe it to a file or HTTP response.
 */
export async function* savChunks(
  options: SavWriterOptions,
  rows: Iterable<readonly SavCell[]> | AsyncIterable<readonly SavCell[]>,
): AsyncGenerator<Uint8Array> {
  const writer = createSavWriter(options);
  yield writer.header();
  for await (const row of rows) yield writer.row(row);
  const tail = writer.end();
  if (tail.length > 0) yield tail;
}
