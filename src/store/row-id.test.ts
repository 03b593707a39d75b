import { describe, expect, it } from 'vitest';
import { parseRowId } from './row-id.ts';

describe('a row id from a path or a form', () => {
  it.each<[string | undefined, number | undefined]>([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2147483647],
    ['2147483648', undefined],
    ['9007199254740991', undefined],
    ['99999999999999999999', undefined],
    ['0', undefined],
    ['-1', undefined],
    ['-2147483649', undefined],
    ['01', undefined],
    ['1e3', undefined],
    ['1e300', undefined],
    ['1.0', undefined],
    [' 1', undefined],
    ['0x1f', undefined],
    ['', undefined],
    ['١٢', undefined],
    [undefined, undefined],
  ])('%j is %j', (text, id) => {
    expect(parseRowId(text)).toBe(id);
  });
});
