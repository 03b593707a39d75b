import { describe, expect, it } from 'vitest';
import { shorten } from './charts.tsx';

describe('shorten', () => {
  it('keeps a text that fits as it is', () => {
    expect(shorten('Digital badges', 26)).toBe('Digital badges');
    expect(shorten('abc', 3)).toBe('abc');
  });

  it('cuts a longer text to the length, the last character an ellipsis', () => {
    expect(shorten('abcdef', 4)).toBe('abc…');
  });

  it('counts and keeps whole what a reader sees as one character', () => {
    // An emoji outside the Basic Multilingual Plane is two UTF-16 units; cut between them, the
    // label would end in a lone surrogate, shown as a replacement character.
    expect(shorten('ab😀😀😀', 4)).toBe('ab😀…');
    // A flag is two regional indicators; an "e" with a combining acute accent is two code points.
    expect(shorten('🇫🇮🇫🇮🇫🇮', 2)).toBe('🇫🇮…');
    expect(shorten('e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301e\u0301');
    expect(shorten('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
  });
});
