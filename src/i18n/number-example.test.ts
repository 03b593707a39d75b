import { describe, expect, it } from 'vitest';
import { uiLanguages } from './languages.ts';
import { translator } from './translate.ts';

/** The decimal mark the runtime's CLDR data gives a language, as the number fields read it. */
const decimalMark = (lang: string) =>
  new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;

describe('the example in "enter a number"', () => {
  it.each(uiLanguages)('writes its decimal number with the decimal mark of %s', (lang) => {
    const message = translator(lang)('issue.number.invalid');
    const decimals = [...message.matchAll(/\d+([.,])\d+/g)];
    expect(decimals, message).not.toHaveLength(0);
    for (const [, mark] of decimals) expect(mark, message).toBe(decimalMark(lang));
  });
});
