import { describe, expect, it } from 'vitest';
import { countryName, formatDateTime, formatIsoDate, todayIn } from './format.ts';

describe('todayIn', () => {
  it('turns the day at midnight in each zone, whatever it said a minute before in another', () => {
    // 22:59:59 UTC is 23:59:59 in Brussels (winter) and 00:59:59 the next day in Helsinki.
    const before = new Date('2026-11-30T22:59:59Z');
    const after = new Date('2026-11-30T23:00:00Z');
    expect(todayIn('Europe/Brussels', before)).toBe('2026-11-30');
    expect(todayIn('Europe/Helsinki', before)).toBe('2026-12-01');
    expect(todayIn('Europe/Brussels', after)).toBe('2026-12-01');
    expect(todayIn('UTC', after)).toBe('2026-11-30');
    // Asked again within the minute, and after going back in time.
    expect(todayIn('Europe/Brussels', new Date('2026-11-30T23:00:30Z'))).toBe('2026-12-01');
    expect(todayIn('Europe/Brussels', before)).toBe('2026-11-30');
  });

  it('follows a zone that is not a whole hour from UTC', () => {
    // Kathmandu is UTC+05:45: its day starts at 18:15 UTC.
    expect(todayIn('Asia/Kathmandu', new Date('2026-06-01T18:14:59Z'))).toBe('2026-06-01');
    expect(todayIn('Asia/Kathmandu', new Date('2026-06-01T18:15:00Z'))).toBe('2026-06-02');
  });
});

describe('countryName', () => {
  it('names a country in each language, and gives back a code it does not know', () => {
    expect(countryName('de', 'FI')).toBe('Finnland');
    expect(countryName('fi', 'FI')).toBe('Suomi');
    expect(countryName('de', 'FI')).toBe('Finnland');
    expect(countryName('en', 'not a code')).toBe('not a code');
  });
});

describe('dates in words', () => {
  it('writes the month of a Slovenian date in the genitive, every month, and other languages as CLDR does', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatIsoDate('sl', `2027-${String(i + 1).padStart(2, '0')}-05`),
    );
    expect(months).toEqual(
      [
        'januarja',
        'februarja',
        'marca',
        'aprila',
        'maja',
        'junija',
        'julija',
        'avgusta',
        'septembra',
        'oktobra',
        'novembra',
        'decembra',
      ].map((month) => `5. ${month} 2027`),
    );
    expect(formatDateTime('sl', new Date('2027-12-31T22:59:00Z'), 'Europe/Ljubljana')).toMatch(
      /^31\. decembra 2027 ob 23:59 \(/,
    );
    expect(formatIsoDate('pl', '2027-12-31')).toBe('31 grudnia 2027');
    expect(formatIsoDate('fi', '2027-12-31')).toBe('31. joulukuuta 2027');
    expect(formatIsoDate('en', '2027-12-31')).toBe('December 31, 2027');
  });
});
