/**
 * Byte-level checks of the .dta writer against Stata's "help dta" (format 118). The round trips
 * through readstat and R haven are in test/integration/dta-export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { DtaCell, DtaVariable, DtaWriterOptions } from './index.ts';
import {
  createDtaWriter,
  dtaBytes,
  extendedMissing,
  invalidNameReason,
  MAP_ENTRIES,
  StataNames,
  stataName,
  timestampText,
} from './index.ts';

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const indexOf = (bytes: Uint8Array, needle: string, from = 0): number =>
  Buffer.from(bytes).indexOf(needle, from, 'latin1');

const when = new Date(Date.UTC(2026, 2, 5, 9, 7));

function file(variables: DtaVariable[], rows: DtaCell[][], extra: Partial<DtaWriterOptions> = {}) {
  return dtaBytes({ variables, rowCount: rows.length, timestamp: when, ...extra }, rows);
}

/** The 14 map offsets (§5.2), read from the file. */
function mapOf(bytes: Uint8Array): number[] {
  const at = indexOf(bytes, '<map>') + '<map>'.length;
  return Array.from({ length: 14 }, (_, i) => Number(view(bytes).getBigUint64(at + 8 * i, true)));
}

/** The bytes of the first row in `<data>`. */
function firstRow(bytes: Uint8Array, length: number): Uint8Array {
  const at = mapOf(bytes)[9]! + '<data>'.length;
  return bytes.subarray(at, at + length);
}

describe('header (§5.1)', () => {
  it('is the release, LSF byte order, K, N, label and timestamp, run together', () => {
    const bytes = file([{ name: 'x', type: 'byte' }], [[1], [2], [3]], { label: 'Survey' });
    const expected = Buffer.concat([
      Buffer.from('<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>', 'latin1'),
      Buffer.from([1, 0]), // K = 1, 2 bytes
      Buffer.from('</K><N>', 'latin1'),
      Buffer.from([3, 0, 0, 0, 0, 0, 0, 0]), // N = 3, 8 bytes in format 118
      Buffer.from('</N><label>', 'latin1'),
      Buffer.from([6, 0]),
      Buffer.from('Survey</label><timestamp>', 'latin1'),
      Buffer.from([17]),
      Buffer.from('05 Mar 2026 09:07</timestamp></header><map>', 'latin1'),
    ]);
    expect(Buffer.from(bytes.subarray(0, expected.length))).toEqual(expected);
    expect(ascii(bytes.subarray(bytes.length - 12))).toBe('</stata_dta>');
  });

  it('writes the timestamp as dd Mon yyyy hh:mm in UTC', () => {
    expect(timestampText(new Date(Date.UTC(2032, 6, 4, 4, 23)))).toBe('04 Jul 2032 04:23');
    expect(timestampText(when)).toHaveLength(17);
  });

  it('keeps 80 characters of the dataset label, counted in characters, not bytes', () => {
    const label = `a${'😀'.repeat(100)}`;
    const bytes = file([{ name: 'x', type: 'byte' }], [], { label });
    const at = indexOf(bytes, '<label>') + '<label>'.length;
    const length = view(bytes).getUint16(at, true);
    expect(length).toBe(1 + 79 * 4);
    expect(text(bytes.subarray(at + 2, at + 2 + length))).toBe(`a${'😀'.repeat(79)}`);
  });
});

describe('map (§5.2)', () => {
  const variables: DtaVariable[] = [
    { name: 'id', type: 'long' },
    { name: 'note', type: 'strL' },
    { name: 'q', type: 'int', valueLabels: [{ value: 1, label: 'yes' }] },
  ];

  it('points at every section tag, and its last entry is the file length', () => {
    const bytes = file(variables, [
      [1, 'first long text', 1],
      [2, '', null],
      [3, 'čćž', 1],
    ]);
    const map = mapOf(bytes);
    expect(map[0]).toBe(0);
    MAP_ENTRIES.slice(0, 13).forEach((entry, i) => {
      expect(ascii(bytes.subarray(map[i]!, map[i]! + entry.length)), entry).toBe(entry);
    });
    expect(map[13]).toBe(bytes.length);
  });

  it('is final in the header when there are no strL values, and patched when there are', () => {
    const options = { variables, rowCount: 1, timestamp: when };
    const w = createDtaWriter(options);
    const header = w.header();
    const row = w.row([1, 'text', 1]);
    w.end();
    const patch = w.mapPatch();
    expect(patch.offset).toBe(indexOf(header, '<map>') + 5);
    const provisional = header.subarray(patch.offset, patch.offset + 14 * 8);
    // Offsets up to <strls> are known up front; the rest move by the GSO bytes.
    expect(Buffer.from(provisional.subarray(0, 11 * 8))).toEqual(
      Buffer.from(patch.bytes.subarray(0, 11 * 8)),
    );
    const shift = Number(
      view(patch.bytes).getBigUint64(11 * 8, true) - view(provisional).getBigUint64(11 * 8, true),
    );
    expect(shift).toBe(row.strls.length);

    const empty = createDtaWriter(options);
    const h = empty.header();
    expect(empty.row([1, '', 1]).strls).toHaveLength(0);
    empty.end();
    expect(Buffer.from(h.subarray(patch.offset, patch.offset + 14 * 8))).toEqual(
      Buffer.from(empty.mapPatch().bytes),
    );
  });
});

describe('dictionary (§5.3–5.9)', () => {
  it('writes type codes, 129-byte names, K+1 sortlist zeros, 57-byte formats, 321-byte labels', () => {
    const bytes = file(
      [
        { name: 'b', type: 'byte' },
        { name: 'i', type: 'int' },
        { name: 'l', type: 'long' },
        { name: 'f', type: 'float' },
        { name: 'd', type: 'double', format: '%9.2f', label: 'Število' },
        { name: 's', type: 'str', width: 2045 },
        { name: 'L', type: 'strL' },
      ],
      [],
    );
    const map = mapOf(bytes);
    const types = map[2]! + '<variable_types>'.length;
    expect(Array.from({ length: 7 }, (_, i) => view(bytes).getUint16(types + 2 * i, true))).toEqual([
      65530, 65529, 65528, 65527, 65526, 2045, 32768,
    ]);
    expect(map[3]! - map[2]!).toBe('<variable_types></variable_types>'.length + 7 * 2);
    expect(map[4]! - map[3]!).toBe('<varnames></varnames>'.length + 7 * 129);
    expect(map[5]! - map[4]!).toBe('<sortlist></sortlist>'.length + 8 * 2);
    expect(map[6]! - map[5]!).toBe('<formats></formats>'.length + 7 * 57);
    expect(map[7]! - map[6]!).toBe('<value_label_names></value_label_names>'.length + 7 * 129);
    expect(map[8]! - map[7]!).toBe('<variable_labels></variable_labels>'.length + 7 * 321);
    expect(map[9]! - map[8]!).toBe('<characteristics></characteristics>'.length);
    const names = map[3]! + '<varnames>'.length;
    expect(ascii(bytes.subarray(names + 129 * 6, names + 129 * 6 + 2))).toBe('L\0');
    const formats = map[5]! + '<formats>'.length;
    expect(ascii(bytes.subarray(formats, formats + 6))).toBe('%8.0g\0');
    expect(ascii(bytes.subarray(formats + 4 * 57, formats + 4 * 57 + 6))).toBe('%9.2f\0');
    expect(ascii(bytes.subarray(formats + 5 * 57, formats + 5 * 57 + 7))).toBe('%2045s\0');
    const labels = map[7]! + '<variable_labels>'.length;
    expect(text(bytes.subarray(labels + 4 * 321, labels + 4 * 321 + 9))).toBe('Število\0');
  });

  it('cuts variable labels at 80 characters, never inside a character', () => {
    const label = `${'ž'.repeat(79)}šč`; // 81 characters, 162 bytes
    const bytes = file([{ name: 'x', type: 'byte', label }], []);
    const at = mapOf(bytes)[7]! + '<variable_labels>'.length;
    const field = bytes.subarray(at, at + 321);
    const end = field.indexOf(0);
    expect(text(field.subarray(0, end))).toBe(`${'ž'.repeat(79)}š`);
    expect(end).toBe(160);
  });
});

describe('data (§4, §5.10)', () => {
  const all: DtaVariable[] = [
    { name: 'b', type: 'byte' },
    { name: 'i', type: 'int' },
    { name: 'l', type: 'long' },
    { name: 'f', type: 'float' },
    { name: 'd', type: 'double' },
  ];
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

  it('writes values little-endian in their types', () => {
    const row = firstRow(file(all, [[-127, 32740, -2147483647, 0.5, 2]]), 19);
    expect(hex(row)).toBe(['81', 'e47f', '01000080', '0000003f', '0000000000000040'].join(''));
  });

  it('writes null as . and .a/.b with the codes of each type', () => {
    const codes = (cell: DtaCell) => hex(firstRow(file(all, [[cell, cell, cell, cell, cell]]), 19));
    expect(codes(null)).toBe(['65', 'e57f', 'e5ffff7f', '0000007f', '000000000000e07f'].join(''));
    expect(codes(extendedMissing('a'))).toBe(
      ['66', 'e67f', 'e6ffff7f', '0008007f', '000000000001e07f'].join(''),
    );
    expect(codes(extendedMissing('b'))).toBe(
      ['67', 'e77f', 'e7ffff7f', '0010007f', '000000000002e07f'].join(''),
    );
    expect(codes(extendedMissing('z'))).toBe(
      ['7f', 'ff7f', 'ffffff7f', '00d0007f', '00000000001ae07f'].join(''),
    );
    // NaN and infinities cannot be held: system missing, never 0.
    expect(codes(Number.NaN)).toBe(codes(null));
    expect(codes(Number.POSITIVE_INFINITY)).toBe(codes(null));
  });

  it('refuses numbers a type cannot hold, rather than writing a missing code', () => {
    expect(() => file([{ name: 'b', type: 'byte' }], [[101]])).toThrow(/outside the range of byte/);
    expect(() => file([{ name: 'i', type: 'int' }], [[1.5]])).toThrow(/not whole/);
    expect(() => file([{ name: 'd', type: 'double' }], [[9e307]])).toThrow(/outside the range/);
    expect(() => file([{ name: 'd', type: 'double' }], [['1']])).toThrow(/expected a number/);
  });

  it('writes str# values with a \\0 when shorter than the width, and none at full width', () => {
    const v: DtaVariable[] = [{ name: 's', type: 'str', width: 4 }];
    expect(ascii(firstRow(file(v, [['Mary']]), 4))).toBe('Mary');
    expect(ascii(firstRow(file(v, [['Bob']]), 4))).toBe('Bob\0');
    expect(ascii(firstRow(file(v, [[null]]), 4))).toBe('\0\0\0\0');
    expect(() => file(v, [['Maria']])).toThrow(/5 bytes, width is 4/);
    // Cut at a character boundary: "abč" is 4 bytes, "abčd" would be 5.
    expect(text(firstRow(file(v, [['abčd']], { longStrings: 'truncate' }), 4))).toBe('abč');
    expect(text(firstRow(file(v, [['aččd']], { longStrings: 'truncate' }), 4)).replace(/\0+$/, '')).toBe(
      'ač',
    );
  });

  it('writes strLs as (v,o) in the row and GSO records after the data (§5.11)', () => {
    const w = createDtaWriter({
      variables: [
        { name: 'x', type: 'byte' },
        { name: 't', type: 'strL' },
      ],
      rowCount: 2,
    });
    w.header();
    const first = w.row([1, '']);
    // Empty: (v,o) = (0,0) and no GSO.
    expect(hex(first.data)).toBe(`01${'00'.repeat(8)}`);
    expect(first.strls).toHaveLength(0);
    const second = w.row([2, 'čaj']);
    expect(hex(second.data)).toBe(`02${'0200'}${'020000000000'}`);
    const gso = Buffer.concat([
      Buffer.from('GSO', 'latin1'),
      Buffer.from([2, 0, 0, 0]), // v, 4 bytes
      Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), // o, 8 bytes
      Buffer.from([130]), // text with a trailing \0
      Buffer.from([5, 0, 0, 0]), // length including the \0
      Buffer.from('čaj\0', 'utf8'),
    ]);
    expect(Buffer.from(second.strls)).toEqual(gso);
  });

  it('checks the row count it declared', () => {
    const w = createDtaWriter({ variables: [{ name: 'x', type: 'byte' }], rowCount: 2 });
    w.header();
    w.row([1]);
    expect(() => w.end()).toThrow(/rowCount was 2 but 1 rows/);
    const over = createDtaWriter({ variables: [{ name: 'x', type: 'byte' }], rowCount: 0 });
    over.header();
    expect(() => over.row([1])).toThrow(/more rows than the declared rowCount/);
  });
});

describe('value labels (§5.12)', () => {
  it('writes the table of the spec example (1 yes, 2 no), little-endian, with a 129-byte name', () => {
    const bytes = file(
      [
        {
          name: 'answer',
          type: 'byte',
          valueLabels: [
            { value: 2, label: 'no' },
            { value: 1, label: 'yes' },
          ],
        },
      ],
      [],
    );
    const at = mapOf(bytes)[11]!;
    const start = at + '<value_labels><lbl>'.length;
    expect(ascii(bytes.subarray(at, start))).toBe('<value_labels><lbl>');
    expect(view(bytes).getInt32(start, true)).toBe(31);
    expect(ascii(bytes.subarray(start + 4, start + 11))).toBe('answer\0');
    const table = bytes.subarray(start + 4 + 129 + 3, start + 4 + 129 + 3 + 31);
    const ints = Array.from({ length: 6 }, (_, i) => view(table).getInt32(4 * i, true));
    // n = 2, txtlen = 7, off = [0, 4], val = [1, 2] (sorted), then "yes\0no\0".
    expect(ints).toEqual([2, 7, 0, 4, 1, 2]);
    expect(ascii(table.subarray(24))).toBe('yes\0no\0');
  });

  it('keys .a and .b with the long codes, after the whole numbers', () => {
    const bytes = file(
      [
        {
          name: 'q',
          type: 'int',
          valueLabels: [
            { value: extendedMissing('b'), label: 'Prefer not to say' },
            { value: 1, label: 'Da' },
            { value: extendedMissing('a'), label: "Don't know" },
          ],
        },
      ],
      [],
    );
    const table = mapOf(bytes)[11]! + '<value_labels><lbl>'.length + 4 + 129 + 3;
    const values = [0, 1, 2].map((i) => view(bytes).getInt32(table + 8 + 3 * 4 + 4 * i, true));
    expect(values).toEqual([1, 2147483622, 2147483623]);
  });

  it('writes one table per distinct label set, named after its first variable', () => {
    const yesNo = [
      { value: 1, label: 'yes' },
      { value: 2, label: 'no' },
    ];
    const bytes = file(
      [
        { name: 'a', type: 'byte', valueLabels: yesNo },
        { name: 'b', type: 'byte' },
        { name: 'c', type: 'byte', valueLabels: [...yesNo].reverse() },
        { name: 'd', type: 'byte', valueLabels: [{ value: 1, label: 'other' }] },
      ],
      [],
    );
    const map = mapOf(bytes);
    const names = Array.from({ length: 4 }, (_, i) => {
      const at = map[6]! + '<value_label_names>'.length + 129 * i;
      return ascii(bytes.subarray(at, bytes.indexOf(0, at)));
    });
    expect(names).toEqual(['a', '', 'a', 'd']);
    const section = ascii(bytes.subarray(map[11]!, map[12]!));
    expect(section.split('<lbl>')).toHaveLength(3);
  });

  it('refuses labels on strings, fractions and values labelled twice', () => {
    const labels = [{ value: 1, label: 'x' }];
    expect(() => file([{ name: 's', type: 'str', width: 3, valueLabels: labels }], [])).toThrow(/numeric/);
    expect(() =>
      file([{ name: 'x', type: 'double', valueLabels: [{ value: 0.5, label: 'half' }] }], []),
    ).toThrow(/whole numbers/);
    expect(() => file([{ name: 'x', type: 'int', valueLabels: [...labels, ...labels] }], [])).toThrow(
      /twice/,
    );
  });
});

describe('names ([U] 11.3)', () => {
  it('makes valid names: ASCII, no leading digit, at most 32 characters, no reserved words', () => {
    expect(stataName('zadovoljstvo_č')).toBe('zadovoljstvo_c');
    expect(stataName('łódź-2')).toBe('lodz_2');
    expect(stataName('2nd.wave')).toBe('v2nd_wave');
    expect(stataName('')).toBe('v');
    expect(stataName('x'.repeat(40))).toHaveLength(32);
    expect(stataName('int')).toBe('int_');
    expect(stataName('str80')).toBe('str80_');
    for (const n of ['zadovoljstvo_č', '2nd.wave', 'int', 'x'.repeat(40), '_n'])
      expect(invalidNameReason(stataName(n))).toBeNull();
  });

  it('makes names unique (ignoring case), staying within 32 characters', () => {
    const names = new StataNames();
    const long = 'q'.repeat(40);
    expect([
      names.take('age'),
      names.take('Age'),
      names.take('age'),
      names.take(long),
      names.take(long),
    ]).toEqual(['age', 'Age_2', 'age_3', 'q'.repeat(32), `${'q'.repeat(30)}_2`]);
  });

  it('refuses invalid or duplicate names in the writer', () => {
    expect(() => file([{ name: '1x', type: 'byte' }], [])).toThrow(/name must hold only/);
    expect(() => file([{ name: 'long', type: 'byte' }], [])).toThrow(/reserved/);
    expect(() => file([{ name: 'a'.repeat(33), type: 'byte' }], [])).toThrow(/longer than 32/);
    expect(() =>
      file(
        [
          { name: 'a', type: 'byte' },
          { name: 'a', type: 'int' },
        ],
        [],
      ),
    ).toThrow(/duplicate/);
    expect(() => file([{ name: 's', type: 'str', width: 2046 }], [])).toThrow(/1–2045/);
  });
});
