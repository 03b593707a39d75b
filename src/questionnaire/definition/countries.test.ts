import { describe, expect, it } from 'vitest';
import { expandCountries, isCountryEntry } from './countries.ts';

describe('country entries', () => {
  it('expands groups and keeps codes, in order, without duplicates', () => {
    expect(expandCountries(['CH', 'CANDIDATES', 'TR'])).toEqual([
      'CH',
      'AL',
      'BA',
      'GE',
      'MD',
      'ME',
      'MK',
      'RS',
      'TR',
      'UA',
    ]);
    expect(isCountryEntry('EEA')).toBe(true);
    expect(isCountryEntry('NO')).toBe(true);
  });

  it('knows only its own groups, not what every object inherits', () => {
    for (const name of ['toString', 'constructor', '__proto__']) {
      expect(isCountryEntry(name)).toBe(false);
      expect(expandCountries([name])).toEqual([name]);
    }
  });
});
