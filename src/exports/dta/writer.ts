/**
 * Streaming writer of Stata datasets, .dta format 118 (Stata 14 and later), little-endian (LSF).
 * Written from Stata's "help dta" (dta.sthlp, "[P] File formats .dta"); section numbers below are
 * that document's. Every row has the same byte length, so rows are encoded one at a time and memory
 * stays flat. strL texts are the exception the format makes: their contents (GSO records) belong in
 * `<strls>`, after all the data, so `row()` returns them separately for the caller to set aside
 * (a temp file) and append after the data; the map of section offsets is then patched (§5.2 note 2).
 *
 * Pure module (no node:*): it produces Uint8Array chunks; the caller decides where they go.
 */
import { ByteBuilder, tag, utf8, utf8Truncated } from './bytes.ts';
import { invalidNameReason } from './names.ts';

/** The letter of an extended missing value `.a` … `.z` (§4 item 6). */
export type DtaMissingLetter =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';

/** An extended missing value, `.a` to `.z`; `null` is the system missing value `.`. */
export interface DtaMissing {
  readonly missing: DtaMissingLetter;
}

export const extendedMissing = (letter: DtaMissingLetter): DtaMissing => ({ missing: letter });

/** One value: a number (numeric variables), a string (string variables), `.a`–`.z`, or null. */
export type DtaCell = number | string | DtaMissing | null;

export type DtaNumericType = 'byte' | 'int' | 'long' | 'float' | 'double';

export interface DtaValueLabel {
  /** A whole number in the range of `long`, or an extended missing value. */
  value: number | DtaMissing;
  label: string;
}

export interface DtaVariable {
  /** A valid Stata name (see names.ts; `stataName` makes one), unique. */
  name: string;
  /** Up to 80 characters (and 320 bytes) are kept, cut at a character boundary. */
  label?: string;
  /** `str`: fixed width (`width` bytes, 1–2045); `strL`: any length, stored after the data. */
  type: DtaNumericType | 'str' | 'strL';
  /** `str` only: width in bytes (UTF-8). */
  width?: number;
  /** Stata display format, e.g. `%10.0g`, `%9.2f`, `%td`. Default: Stata's default for the type. */
  format?: string;
  /**
   * Numeric variables only. Keys are whole numbers or `.a`–`.z`: Stata maps only those (§5.12).
   * Variables with equal label sets share one value-label table, named after the first of them.
   */
  valueLabels?: readonly DtaValueLabel[];
}

export interface DtaWriterOptions {
  variables: readonly DtaVariable[];
  /** Dataset label: up to 80 characters (and 320 bytes) are kept (§5.1.5). */
  label?: string;
  /** Number of rows: the header holds it (§5.1.4); `end()` checks it. */
  rowCount: number;
  /** Written as the file's date stamp (UTC). Default: now. */
  timestamp?: Date;
  /** A string longer than its `str` width: throw (default) or cut at a character boundary. */
  longStrings?: 'error' | 'truncate';
}

/** One encoded row: its bytes in `<data>`, and the GSO records of its strL values for `<strls>`. */
export interface DtaRow {
  data: Uint8Array;
  strls: Uint8Array;
}

export interface DtaWriter {
  /** `<stata_dta>` through the `<data>` tag; the map in it is final only without strL values. */
  header(): Uint8Array;
  /** One row, values in the order of `variables`. */
  row(values: readonly DtaCell[]): DtaRow;
  /**
   * After the last row: the bytes before the GSO records (`</data><strls>`) and after them
   * (`</strls>`, the value labels, `</stata_dta>`). Checks the row count.
   */
  end(): { beforeStrls: Uint8Array; afterStrls: Uint8Array };
  /** After `end()`: the map with the real offsets, to write at `offset` over the header's. */
  mapPatch(): { offset: number; bytes: Uint8Array };
  /** Rows written so far. */
  readonly rows: number;
}

/** Format limits (§3, §5.1.5, §5.3, §5.8, §5.12). */
const LABEL_CHARS = 80;
const LABEL_BYTES = 320;
const VALUE_LABEL_BYTES = 32000;
const STR_MAX = 2045;
const VARIABLES_MAX = 32767;
/** Field sizes of format 118: names 32·4+1, formats 57, variable labels 80·4+1. */
const NAME_FIELD = 129;
const FORMAT_FIELD = 57;
const LABEL_FIELD = 321;

/** Type codes of `<variable_types>` (§5.3); str# is its width. */
const TYPE_CODE = { strL: 32768, double: 65526, float: 65527, long: 65528, int: 65529, byte: 65530 };

/** Largest values that are not missing (§4 item 6): above them lie `.`, `.a`, …, `.z`. */
const FLOAT_MAX = (2 - 2 ** -23) * 2 ** 126;
const DOUBLE_MAX = (2 - 2 ** -52) * 2 ** 1022;

/** `long`'s code for `.`; value-label tables key `.a`–`.z` with the `long` codes (§5.12 val[] is int). */
const LONG_MISSING = 2147483621;

interface NumericSpec {
  size: number;
  min: number;
  max: number;
  integer: boolean;
  /** Writes `x` (already checked) or, with `missing` 0 for `.` and 1–26 for `.a`–`.z`, a missing code. */
  put(view: DataView, at: number, x: number): void;
  putMissing(view: DataView, at: number, missing: number): void;
}

/** §4 item 6: integer types code `.` as max + 1, `.a` as max + 2, …; floats set mantissa bits. */
const NUMERIC: Readonly<Record<DtaNumericType, NumericSpec>> = {
  byte: {
    size: 1,
    min: -127,
    max: 100,
    integer: true,
    put: (v, at, x) => v.setInt8(at, x),
    putMissing: (v, at, m) => v.setInt8(at, 101 + m),
  },
  int: {
    size: 2,
    min: -32767,
    max: 32740,
    integer: true,
    put: (v, at, x) => v.setInt16(at, x, true),
    putMissing: (v, at, m) => v.setInt16(at, 32741 + m, true),
  },
  long: {
    size: 4,
    min: -2147483647,
    max: 2147483620,
    integer: true,
    put: (v, at, x) => v.setInt32(at, x, true),
    putMissing: (v, at, m) => v.setInt32(at, LONG_MISSING + m, true),
  },
  float: {
    size: 4,
    min: -FLOAT_MAX,
    max: FLOAT_MAX,
    integer: false,
    put: (v, at, x) => v.setFloat32(at, x, true),
    // . = 0x7f000000, .a = 0x7f000800, … (§4 table of float codes).
    putMissing: (v, at, m) => v.setUint32(at, 0x7f000000 + m * 0x800, true),
  },
  double: {
    size: 8,
    min: -Number.MAX_VALUE,
    max: DOUBLE_MAX,
    integer: false,
    put: (v, at, x) => v.setFloat64(at, x, true),
    // . = 0x7fe0000000000000, .a = 0x7fe0010000000000, …: only the high word differs.
    putMissing: (v, at, m) => {
      v.setUint32(at, 0, true);
      v.setUint32(at + 4, 0x7fe00000 + m * 0x100, true);
    },
  },
};

const isMissing = (x: unknown): x is DtaMissing =>
  typeof x === 'object' && x !== null && typeof (x as DtaMissing).missing === 'string';

/** 1 for `.a` … 26 for `.z`. */
function missingIndex(m: DtaMissing): number {
  const i = m.missing.charCodeAt(0) - 96;
  if (m.missing.length !== 1 || i < 1 || i > 26) throw new Error(`DTA: .${m.missing} is not a missing value`);
  return i;
}

function defaultFormat(v: DtaVariable): string {
  switch (v.type) {
    case 'byte':
    case 'int':
      return '%8.0g';
    case 'long':
      return '%12.0g';
    case 'float':
      return '%9.0g';
    case 'double':
      return '%10.0g';
    case 'str':
      return `%${Math.max(9, v.width ?? 1)}s`;
    case 'strL':
      return '%9s';
  }
}

/** Where a variable lives in a row. */
interface Slot {
  variable: DtaVariable;
  /** 1-based position: the `v` of strL (v,o) pairs (§5.11.1). */
  number: number;
  offset: number;
  size: number;
  numeric: NumericSpec | null;
}

function fail(variable: DtaVariable, message: string): never {
  throw new Error(`DTA variable "${variable.name}": ${message}`);
}

function validate(variables: readonly DtaVariable[]): void {
  if (variables.length === 0) throw new Error('DTA: at least one variable is needed');
  if (variables.length > VARIABLES_MAX)
    throw new Error(`DTA: format 118 holds at most ${VARIABLES_MAX} variables`);
  const seen = new Set<string>();
  for (const v of variables) {
    const reason = invalidNameReason(v.name);
    if (reason !== null) fail(v, `name ${reason}`);
    if (seen.has(v.name)) fail(v, 'duplicate name');
    seen.add(v.name);
    if (v.type === 'str') {
      const w = v.width;
      if (w === undefined || !Number.isInteger(w) || w < 1 || w > STR_MAX)
        fail(v, `str width must be 1–${STR_MAX} (use strL for longer texts)`);
    }
    const format = v.format ?? defaultFormat(v);
    if (!/^%[\x20-\x7e]+$/.test(format) || format.length >= FORMAT_FIELD)
      fail(v, `format "${format}" is not an ASCII Stata format shorter than ${FORMAT_FIELD} bytes`);
    if (v.valueLabels !== undefined && v.valueLabels.length > 0) {
      if (v.type === 'str' || v.type === 'strL') fail(v, 'value labels need a numeric variable (Stata)');
      const keys = new Set<number>();
      for (const vl of v.valueLabels) {
        const key = labelKey(v, vl.value);
        if (keys.has(key)) fail(v, `value ${describe(vl.value)} is labelled twice`);
        keys.add(key);
      }
    }
  }
}

const describe = (value: number | DtaMissing): string =>
  isMissing(value) ? `.${value.missing}` : String(value);

/** The int32 a value-label table stores for `value` (§5.12; missing values as `long` codes). */
function labelKey(v: DtaVariable, value: number | DtaMissing): number {
  if (isMissing(value)) return LONG_MISSING + missingIndex(value);
  if (!Number.isInteger(value) || value < NUMERIC.long.min || value > NUMERIC.long.max)
    fail(v, `value label for ${value}: Stata labels only whole numbers (−2147483647 to 2147483620)`);
  return value;
}

/** One value-label table (`<lbl>`, §5.12): n, txtlen, off[], val[] sorted, txt[]. */
function labelTable(v: DtaVariable, labels: readonly DtaValueLabel[]): Uint8Array {
  const entries = labels
    .map((vl) => ({ key: labelKey(v, vl.value), text: utf8Truncated(vl.label, VALUE_LABEL_BYTES) }))
    .sort((a, b) => a.key - b.key);
  const txtlen = entries.reduce((s, e) => s + e.text.length + 1, 0);
  const b = new ByteBuilder().i32(entries.length).i32(txtlen);
  let off = 0;
  for (const e of entries) {
    b.i32(off);
    off += e.text.length + 1;
  }
  for (const e of entries) b.i32(e.key);
  for (const e of entries) b.bytes(e.text).u8(0);
  return b.result();
}

/** Value-label tables, one per distinct label set, and each variable's table name ('' for none). */
function valueLabelTables(variables: readonly DtaVariable[]): { names: string[]; section: Uint8Array } {
  const byContent = new Map<string, string>();
  const names: string[] = [];
  const section = new ByteBuilder().bytes(tag('<value_labels>'));
  for (const v of variables) {
    if (v.valueLabels === undefined || v.valueLabels.length === 0) {
      names.push('');
      continue;
    }
    const table = labelTable(v, v.valueLabels);
    const key = Array.from(table, (x) => x.toString(16)).join(',');
    const known = byContent.get(key);
    if (known !== undefined) {
      names.push(known);
      continue;
    }
    // Label names and variable names are separate namespaces in Stata, and variable names are
    // unique and valid, so the first user's name is a valid, unique table name.
    byContent.set(key, v.name);
    names.push(v.name);
    section
      .bytes(tag('<lbl>'))
      .i32(table.length)
      .padded(utf8(v.name), NAME_FIELD)
      .padded(new Uint8Array(0), 3)
      .bytes(table)
      .bytes(tag('</lbl>'));
  }
  section.bytes(tag('</value_labels>'));
  return { names, section: section.result() };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dd Mon yyyy hh:mm`, 17 characters, UTC (§5.1.6). */
export function timestampText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCFullYear()).padStart(4, '0')} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** The 14 map entries (§5.2), in order. */
export const MAP_ENTRIES = [
  '<stata_dta>',
  '<map>',
  '<variable_types>',
  '<varnames>',
  '<sortlist>',
  '<formats>',
  '<value_label_names>',
  '<variable_labels>',
  '<characteristics>',
  '<data>',
  '<strls>',
  '<value_labels>',
  '</stata_dta>',
  'end-of-file',
] as const;

/** Strings hold no NUL: it ends a str# value (§3 item 4) and readstat drops binary strLs. */
const cleanText = (s: string): string => (s.includes('\u0000') ? s.replaceAll('\u0000', '') : s);

export function createDtaWriter(options: DtaWriterOptions): DtaWriter {
  const { variables, rowCount } = options;
  validate(variables);
  if (!Number.isSafeInteger(rowCount) || rowCount < 0)
    throw new Error('DTA: rowCount must be a whole number ≥ 0');
  if (rowCount >= 2 ** 48) throw new Error('DTA: strL observation numbers hold 6 bytes (§5.11.1)');
  const truncate = options.longStrings === 'truncate';

  const slots: Slot[] = [];
  let rowBytes = 0;
  variables.forEach((variable, i) => {
    const numeric = variable.type === 'str' || variable.type === 'strL' ? null : NUMERIC[variable.type];
    // strL: an 8-byte (v,o) reference in the row (§5.11.1).
    const size = numeric?.size ?? (variable.type === 'strL' ? 8 : variable.width!);
    slots.push({ variable, number: i + 1, offset: rowBytes, size, numeric });
    rowBytes += size;
  });
  const labels = valueLabelTables(variables);

  let mapAt = 0;
  let dataAt = 0;
  /** Offsets of the sections before the data, filled by header(). */
  const before: number[] = [];
  let strlsBytes = 0;
  let rows = 0;
  let state: 'new' | 'rows' | 'ended' = 'new';

  /** All 14 offsets, given how many bytes the GSO records take. */
  const offsets = (): number[] => {
    const strls = dataAt + '<data>'.length + rowCount * rowBytes + '</data>'.length;
    const valueLabels = strls + '<strls>'.length + strlsBytes + '</strls>'.length;
    const tail = valueLabels + labels.section.length;
    return [...before, dataAt, strls, valueLabels, tail, tail + '</stata_dta>'.length];
  };

  const encodeMap = (): Uint8Array => {
    const b = new ByteBuilder();
    for (const x of offsets()) b.u64(x);
    return b.result();
  };

  return {
    get rows() {
      return rows;
    },

    header() {
      if (state !== 'new') throw new Error('DTA: header() called twice');
      state = 'rows';
      const b = new ByteBuilder();
      const mark = () => before.push(b.length);
      mark();
      const label = utf8Truncated(options.label ?? '', LABEL_BYTES, LABEL_CHARS);
      const stamp = utf8(timestampText(options.timestamp ?? new Date()));
      b.bytes(tag('<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>'))
        .u16(variables.length)
        .bytes(tag('</K><N>'))
        .u64(rowCount)
        .bytes(tag('</N><label>'))
        .u16(label.length)
        .bytes(label)
        .bytes(tag('</label><timestamp>'))
        .u8(stamp.length)
        .bytes(stamp)
        .bytes(tag('</timestamp></header>'));
      mark();
      b.bytes(tag('<map>'));
      mapAt = b.length;
      for (let i = 0; i < MAP_ENTRIES.length; i++) b.u64(0);
      b.bytes(tag('</map>'));

      mark();
      b.bytes(tag('<variable_types>'));
      for (const s of slots) b.u16(s.variable.type === 'str' ? s.size : TYPE_CODE[s.variable.type]);
      b.bytes(tag('</variable_types>'));

      mark();
      b.bytes(tag('<varnames>'));
      for (const s of slots) b.padded(utf8(s.variable.name), NAME_FIELD);
      b.bytes(tag('</varnames>'));

      // Not sorted: K+1 2-byte zeros (§5.5).
      mark();
      b.bytes(tag('<sortlist>'));
      for (let i = 0; i <= slots.length; i++) b.u16(0);
      b.bytes(tag('</sortlist>'));

      mark();
      b.bytes(tag('<formats>'));
      for (const s of slots) b.padded(utf8(s.variable.format ?? defaultFormat(s.variable)), FORMAT_FIELD);
      b.bytes(tag('</formats>'));

      mark();
      b.bytes(tag('<value_label_names>'));
      for (const name of labels.names) b.padded(utf8(name), NAME_FIELD);
      b.bytes(tag('</value_label_names>'));

      mark();
      b.bytes(tag('<variable_labels>'));
      for (const s of slots)
        b.padded(utf8Truncated(s.variable.label ?? '', LABEL_BYTES, LABEL_CHARS), LABEL_FIELD);
      b.bytes(tag('</variable_labels>'));

      mark();
      b.bytes(tag('<characteristics></characteristics>'));

      dataAt = b.length;
      b.bytes(tag('<data>'));
      // Provisional for strLs (their size is not known yet); mapPatch() has the final map.
      for (const [i, x] of offsets().entries()) b.setU64(mapAt + 8 * i, x);
      return b.result();
    },

    row(values) {
      if (state !== 'rows') throw new Error('DTA: row() must come after header() and before end()');
      if (values.length !== slots.length)
        throw new Error(`DTA: row has ${values.length} values, expected ${slots.length}`);
      if (rows >= rowCount) throw new Error(`DTA: more rows than the declared rowCount ${rowCount}`);
      const observation = rows + 1;
      const data = new Uint8Array(rowBytes);
      const view = new DataView(data.buffer);
      const gso = new ByteBuilder();
      for (const slot of slots) {
        const { variable: v, numeric, offset } = slot;
        const value = values[slot.number - 1] ?? null;
        const where = `row ${observation}`;
        if (numeric !== null) {
          if (value === null || (typeof value === 'number' && !Number.isFinite(value)))
            numeric.putMissing(view, offset, 0);
          else if (isMissing(value)) numeric.putMissing(view, offset, missingIndex(value));
          else if (typeof value !== 'number') fail(v, `${where}: expected a number, .a–.z or null`);
          else if (numeric.integer && !Number.isInteger(value))
            fail(v, `${where}: ${value} is not whole (${v.type})`);
          else if (value < numeric.min || value > numeric.max)
            fail(v, `${where}: ${value} is outside the range of ${v.type}`);
          else numeric.put(view, offset, value);
          continue;
        }
        if (value !== null && typeof value !== 'string') fail(v, `${where}: expected a string or null`);
        // Stata has no missing string: null is "" (§3).
        const text = value === null ? '' : cleanText(value);
        if (v.type === 'str') {
          let bytes = utf8(text);
          if (bytes.length > slot.size) {
            if (!truncate) fail(v, `${where}: value is ${bytes.length} bytes, width is ${slot.size}`);
            bytes = utf8Truncated(text, slot.size);
          }
          // Shorter values end with \0; the buffer is zero-filled (§3 item 4).
          data.set(bytes, offset);
          continue;
        }
        if (text === '') continue; // (v,o) = (0,0): the predefined empty strL (§5.11.1 rule 3).
        // (v,o) = (variable, observation): 2-byte v, then o in 6 bytes (§5.11.1, §5.11.4).
        view.setUint16(offset, slot.number, true);
        view.setUint32(offset + 2, observation % 2 ** 32, true);
        view.setUint16(offset + 6, Math.floor(observation / 2 ** 32), true);
        // GSO: "GSO", v (4), o (8), t = 130 (text with a trailing \0), len (4), contents (§5.11.2).
        const bytes = utf8(text);
        gso
          .bytes(tag('GSO'))
          .u32(slot.number)
          .u64(observation)
          .u8(130)
          .u32(bytes.length + 1)
          .bytes(bytes)
          .u8(0);
      }
      rows++;
      const strls = gso.result();
      strlsBytes += strls.length;
      return { data, strls };
    },

    end() {
      if (state !== 'rows') throw new Error('DTA: end() must come once, after header()');
      if (rows !== rowCount)
        throw new Error(`DTA: rowCount was ${rowCount} but ${rows} rows were written; the file is invalid`);
      state = 'ended';
      const after = new ByteBuilder().bytes(tag('</strls>')).bytes(labels.section).bytes(tag('</stata_dta>'));
      return { beforeStrls: tag('</data><strls>'), afterStrls: after.result() };
    },

    mapPatch() {
      if (state !== 'ended') throw new Error('DTA: mapPatch() before end()');
      return { offset: mapAt, bytes: encodeMap() };
    },
  };
}

/**
 * A whole file in memory, for small datasets and tests: header, rows, GSOs, labels, patched map.
 * Streaming callers use `createDtaWriter` and keep the GSO records in a temp file instead.
 */
export function dtaBytes(options: DtaWriterOptions, rows: Iterable<readonly DtaCell[]>): Uint8Array {
  const w = createDtaWriter(options);
  const data: Uint8Array[] = [w.header()];
  const strls: Uint8Array[] = [];
  for (const row of rows) {
    const r = w.row(row);
    data.push(r.data);
    if (r.strls.length > 0) strls.push(r.strls);
  }
  const tail = w.end();
  const parts = [...data, tail.beforeStrls, ...strls, tail.afterStrls];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  const patch = w.mapPatch();
  out.set(patch.bytes, patch.offset);
  return out;
}
