import { describe, expect, it } from 'vitest';
import { utf8Truncated } from './bytes.ts';
import { CASE_COUNT_OFFSET, createSavWriter, SYSMIS, savChunks } from './index.ts';
import { invalidNameReason, ShortNames } from './names.ts';
import { segmentWidths } from './writer.ts';

describe('sav writer (pure parts)', () => {
  it('splits very long strings into 252-byte segments, 255 wide except the last', () => {
    expect(segmentWidths(255)).toEqual([255]);
    expect(segmentWidths(256)).toEqual([255, 4]);
    expect(segmentWidths(600)).toEqual([255, 255, 96]);
    expect(segmentWidths(1000)).toEqual([255, 255, 255, 244]);
  });

  it('cuts UTF-8 at a character boundary', () => {
    // "č" is 2 bytes: 3 bytes of "ččč" keep only one whole character.
    expect(new TextDecoder().decode(utf8Truncated('ččč', 3))).toBe('č');
    expect(utf8Truncated('abc', 10).length).toBe(3);
  });

  it('validates names and generates unique ASCII short names', () => {
    expect(invalidNameReason('q1_satisfaction')).toBeNull();
    expect(invalidNameReason('čas')).toBeNull();
    expect(invalidNameReason('1abc')).not.toBeNull();
    expect(invalidNameReason('with')).not.toBeNull();
    expect(invalidNameReason('a.')).not.toBeNull();
    expect(invalidNameReason('a'.repeat(65))).not.toBeNull();
    const names = new ShortNames();
    expect(names.forName('satisfaction_a')).toBe('SATISFAC');
    expect(names.forName('satisfaction_b')).toBe('SATISF_1');
    expect(names.forName('čas')).toBe('CAS');
    expect(names.forName('and')).toBe('AND_1');
  });

  it('rejects bad dictionaries', () => {
    expect(() => createSavWriter({ variables: [] })).toThrow();
    const dup = [
      { name: 'a', type: 'numeric' as const },
      { name: 'A', type: 'numeric' as const },
    ];
    expect(() => createSavWriter({ variables: dup })).toThrow(/duplicate/);
    expect(() =>
      createSavWriter({ variables: [{ name: 'x', type: 'numeric', missingValues: [1, 2, 3, 4] }] }),
    ).toThrow(/at most 3/);
    expect(() =>
      createSavWriter({
        variables: [{ name: 's', type: 'string', width: 2, valueLabels: [{ value: 'abc', label: 'x' }] }],
      }),
    ).toThrow(/wider/);
  });

  it('writes null numerics as SYSMIS, never 0, and checks types and widths', () => {
    const w = createSavWriter({
      variables: [
        { name: 'n', type: 'numeric' },
        { name: 's', type: 'string', width: 3 },
      ],
    });
    w.header();
    const row = w.row([null, null]);
    expect(row.length).toBe(16);
    expect(new DataView(row.buffer).getFloat64(0, true)).toBe(SYSMIS);
    expect([...row.subarray(8, 16)]).toEqual(Array(8).fill(0x20));
    expect(() => w.row(['x', null])).toThrow(/number/);
    expect(() => w.row([1, 'abcd'])).toThrow(/width/);
    expect(() => w.row([1])).toThrow(/expected 2/);
  });

  it('truncates long strings only when asked', () => {
    const w = createSavWriter({
      variables: [{ name: 's', type: 'string', width: 3 }],
      longStrings: 'truncate',
    });
    w.header();
    // "ač" is 3 bytes; "ačž" is 5: the cut keeps "ač".
    expect(new TextDecoder().decode(w.row(['ačž']).subarray(0, 3))).toBe('ač');
  });

  it('patches the case count and enforces a declared count', () => {
    const w = createSavWriter({ variables: [{ name: 'n', type: 'numeric' }] });
    const header = w.header();
    expect(new DataView(header.buffer).getInt32(CASE_COUNT_OFFSET, true)).toBe(-1);
    w.row([1]);
    w.row([2]);
    w.end();
    const patch = w.caseCountPatch();
    expect(new DataView(patch.bytes.buffer).getInt32(0, true)).toBe(2);

    const declared = createSavWriter({ variables: [{ name: 'n', type: 'numeric' }], caseCount: 2 });
    expect(new DataView(declared.header().buffer).getInt32(CASE_COUNT_OFFSET, true)).toBe(2);
    declared.row([1]);
    expect(() => declared.end()).toThrow(/caseCount/);
  });

  it('streams a million rows with fixed-size chunks', async () => {
    let count = 0;
    let bytes = 0;
    function* rows(): Generator<readonly (number | null)[]> {
      for (let i = 0; i < 1_000_000; i++) yield [i, i % 7 === 0 ? null : i / 2];
    }
    const options = {
      variables: [
        { name: 'id', type: 'numeric' as const },
        { name: 'half', type: 'numeric' as const },
      ],
    };
    for await (const chunk of savChunks(options, rows())) {
      count++;
      bytes += chunk.length;
    }
    expect(count).toBe(1_000_001);
    expect(bytes).toBeGreaterThan(16_000_000);
  });
});
