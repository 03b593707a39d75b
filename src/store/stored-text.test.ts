import { describe, expect, it } from 'vitest';
import { isStorableText } from './stored-text.ts';

describe('text the database can store', () => {
  it.each<[string, boolean]>([
    ['plain', true],
    ['tabs\tand\r\nline ends, and \u0007 other controls', true],
    ['an emoji 😀 (a surrogate pair)', true],
    ['a NUL \u0000', false],
    ['a lone high surrogate \ud800', false],
    ['a lone low surrogate \udc00', false],
    ['a pair the wrong way round \udc00\ud800', false],
  ])('%j: %s', (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});
