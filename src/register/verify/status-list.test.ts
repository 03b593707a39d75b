import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEncodedList,
  isInRevocationList,
  MIN_LIST_BITS,
  parseStatusIndex,
  readStatus,
  StatusListError,
} from './status-list.ts';

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const OB = join(
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url)),
  'ob3-1edtech-validator',
);

function encode(bits: Uint8Array, prefix = 'u'): string {
  return prefix + gzipSync(bits).toString('base64url');
}

describe('decodeEncodedList', () => {
  it('the 1EdTech test list has 131,072 entries and only index 23 set', () => {
    const list = JSON.parse(readFileSync(join(OB, 'bit-string-list_testlist'), 'utf8'));
    const bits = decodeEncodedList(list.credentialSubject.encodedList, true);
    expect(bits.length * 8).toBe(MIN_LIST_BITS);
    const set: number[] = [];
    for (let i = 0; i < MIN_LIST_BITS; i++) if (readStatus(bits, i) === 1) set.push(i);
    expect(set).toEqual([23]);
  });

  it('the example list of Bitstring Status List v1.0 is all zeros', () => {
    const bits = decodeEncodedList(
      'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
      true,
    );
    expect(bits.every((b) => b === 0)).toBe(true);
  });

  it('requires the multibase prefix for Bitstring lists, not for StatusList2021', () => {
    const bare = encode(new Uint8Array(MIN_LIST_BITS / 8), '');
    expect(() => decodeEncodedList(bare, true)).toThrow(StatusListError);
    expect(decodeEncodedList(bare, false).length).toBe(MIN_LIST_BITS / 8);
  });

  it.each([
    ['shorter than 131,072 bits', encode(new Uint8Array(1024)), 'status.listTooShort'],
    ['not gzip', `u${Buffer.from('plain text').toString('base64url')}`, 'status.listMalformed'],
    ['not base64url', 'u!!!', 'status.listMalformed'],
  ])('refuses a list %s', (_, encoded, code) => {
    expect(() => decodeEncodedList(encoded, true)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a list that inflates beyond the limit', () => {
    const bomb = encode(new Uint8Array(32 * 1024 * 1024));
    expect(() => decodeEncodedList(bomb, true)).toThrow(StatusListError);
  });
});

describe('readStatus', () => {
  it('index 0 is the most significant bit of the first byte', () => {
    const bits = new Uint8Array(4);
    bits[0] = 0b1000_0000;
    bits[1] = 0b0000_0001;
    expect(readStatus(bits, 0)).toBe(1);
    expect(readStatus(bits, 1)).toBe(0);
    expect(readStatus(bits, 15)).toBe(1);
    expect(readStatus(bits, 8)).toBe(0);
  });

  it('reads entries several bits wide', () => {
    const bits = Uint8Array.of(0b1001_1100);
    expect(readStatus(bits, 0, 2)).toBe(0b10);
    expect(readStatus(bits, 1, 2)).toBe(0b01);
    expect(readStatus(bits, 2, 2)).toBe(0b11);
    expect(readStatus(bits, 3, 2)).toBe(0b00);
  });

  it('refuses an index beyond the list', () => {
    expect(() => readStatus(new Uint8Array(2), 16)).toThrow(
      expect.objectContaining({ code: 'status.indexOutOfRange' }),
    );
    expect(() => readStatus(new Uint8Array(2), -1)).toThrow(StatusListError);
  });

  it('agrees with a set of indexes written bit by bit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1023), { maxLength: 40 }), (indexes) => {
        const bits = new Uint8Array(128);
        for (const i of indexes) bits[i >> 3]! |= 0x80 >> (i & 7);
        for (let i = 0; i < 1024; i++) expect(readStatus(bits, i)).toBe(indexes.includes(i) ? 1 : 0);
      }),
      { numRuns: 50 },
    );
  });
});

describe('parseStatusIndex', () => {
  it.each([
    ['23', 23],
    [23, 23],
    ['0', 0],
    ['023', undefined],
    ['-1', undefined],
    [1.5, undefined],
    ['1e3', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseStatusIndex(value)).toBe(expected);
  });
});

describe('isInRevocationList', () => {
  it('finds a revoked credential by id; revoked false does not count', () => {
    const list = { revokedCredential: [{ id: 'urn:a' }, { id: 'urn:b', revoked: false }] };
    expect(isInRevocationList(list, 'urn:a')).toBe(true);
    expect(isInRevocationList(list, 'urn:b')).toBe(false);
    expect(isInRevocationList(list, 'urn:c')).toBe(false);
    expect(isInRevocationList({}, 'urn:a')).toBeUndefined();
  });
});
