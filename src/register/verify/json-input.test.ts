import { describe, expect, it } from 'vitest';
import { isCalendarDateTime, MAX_JSON_DEPTH, nestsDeeperThan } from './json-input.ts';

describe('nestsDeeperThan', () => {
  const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  it.each<[string, () => unknown, boolean]>([
    ['as deep as allowed', () => nested(MAX_JSON_DEPTH), false],
    ['a level deeper', () => nested(MAX_JSON_DEPTH + 1), true],
    ['arrays 100,000 deep', () => JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), true],
    ['a small mixed value', () => ({ a: [1, 'x', null, { b: [] }] }), false],
    ['a string', () => 'text', false],
    ['null', () => null, false],
  ])('%s', (_, value, deeper) => {
    expect(nestsDeeperThan(value(), MAX_JSON_DEPTH)).toBe(deeper);
  });
});

describe('isCalendarDateTime', () => {
  it.each([
    '2028-02-29T00:00:00Z',
    '2000-02-29T23:59:59.999+14:00',
    '2023-09-27T13:54:17+02:00',
    '2024-12-31T24:00:00Z',
    '-0044-03-15T12:00:00Z',
    '2024-01-01T10:00',
  ])('takes %s', (text) => {
    expect(isCalendarDateTime(text)).toBe(true);
  });

  it.each([
    '2030-02-30T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2031-04-31T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-00-10T00:00:00Z',
    '2024-01-00T00:00:00Z',
    '2024-01-01T24:00:01Z',
    '2024-01-01T24:00:00.5Z',
    '2024-01-01T23:60:00Z',
    '2024-01-01T23:59:60Z',
    '2024-01-01T10:00:00+15:00',
    '2024-01-01',
    '2024-1-1T10:00:00Z',
    'yesterday',
  ])('refuses %s', (text) => {
    expect(isCalendarDateTime(text)).toBe(false);
  });
});
