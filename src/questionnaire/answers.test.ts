import { describe, expect, it } from 'vitest';
import type { ResponseState } from './answers.ts';
import { emptyState, repeatOf } from './answers.ts';

describe('repeatOf', () => {
  const items = { items: [{}], done: true };
  // Built as a test or `applyPage` builds it: a plain object, with Object.prototype behind it.
  const plain: ResponseState = { answers: {}, repeats: { mc: items }, saved: new Set() };

  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
    'finds no group named %s, whatever the state was built from',
    (name) => {
      expect(repeatOf(emptyState, name)).toBeUndefined();
      expect(repeatOf(plain, name)).toBeUndefined();
    },
  );

  it("finds a group's own items", () => {
    expect(repeatOf(plain, 'mc')).toBe(items);
    expect(repeatOf(plain, 'other')).toBeUndefined();
  });
});
