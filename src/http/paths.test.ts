import { describe, expect, it } from 'vitest';
import { isUnnamablePath } from './paths.ts';

const origin = 'http://127.0.0.1:3000';

describe('a path that names nothing', () => {
  it.each([
    ['a NUL', '/en/s/%00'],
    ['a NUL inside a segment', '/en/s/demo/a%00b/resume'],
    ['another control character', '/console/s/%1F'],
    ['DEL', '/api/v1/register/entries/%7f'],
    ['a line break', '/console/provider/x%0D%0Ay'],
    ['a malformed escape', '/console/s/%ZZ'],
    ['a truncated escape', '/en/s/demo/%E0%A4%A'],
    ['invalid UTF-8', '/en/s/%ff'],
    ['an encoded lone surrogate', '/en/s/%ED%A0%80'],
  ])('with %s is unnamable', (_, path) => {
    expect(isUnnamablePath(`${origin}${path}`)).toBe(true);
  });

  it.each([
    ['a plain path', '/console/s/demo/q/demo'],
    ['letters of other scripts', '/en/register/%C3%A4%E2%82%AC%F0%9F%98%80'],
    ['an escaped slash and dots', '/console/s/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['an escaped percent sign', '/en/s/100%25'],
    ['a NUL in the query only', '/console/register?done=%00&q=%ZZ'],
    ['a fragment', '/en/s/demo#%00'],
    ['the root', '/'],
  ])('with %s is not', (_, path) => {
    expect(isUnnamablePath(`${origin}${path}`)).toBe(false);
  });
});
