import { describe, expect, it } from 'vitest';
import { isStorableText } from '../store/index.ts';
import { clipText, jsonInputProblem } from './stored-text.ts';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { x: value };
  return value;
};

describe('a parsed JSON or YAML value', () => {
  it.each<[string, unknown, ReturnType<typeof jsonInputProblem>]>([
    [
      'a plain definition',
      { id: 'demo', title: { en: 'T' }, pages: [{ id: 'p', items: [1, null, true] }] },
      undefined,
    ],
    ['nesting of 64 levels', nested(64), undefined],
    ['nesting of 65 levels', nested(65), { code: 'tooDeep', max: 64 }],
    ['20,000 levels', nested(20_000), { code: 'tooDeep', max: 64 }],
    ['a NUL in a text', { title: { en: 'a\u0000b' } }, { code: 'unstorable', path: 'title.en' }],
    [
      'a lone surrogate in a list',
      { pages: [{ id: 'p' }, { id: '\ud800' }] },
      { code: 'unstorable', path: 'pages.1.id' },
    ],
    ['a NUL in a key', { title: { 'e\u0000n': 'x' } }, { code: 'unstorable', path: 'title.e\\u0000n' }],
    ['a NUL as the whole value', '\u0000', { code: 'unstorable', path: '' }],
  ])('%s', (_, value, problem) => {
    expect(jsonInputProblem(value)).toEqual(problem);
  });

  it('stops at a cycle, as a YAML alias can make one', () => {
    const list: unknown[] = [1];
    list.push(list);
    expect(jsonInputProblem({ id: 'demo', list })).toEqual({ code: 'tooDeep', max: 64 });
  });
});

describe('a text cut to a length', () => {
  it.each<[string, number, string]>([
    ['short', 10, 'short'],
    ['exactly', 7, 'exactly'],
    ['abcdef', 3, 'abc'],
    ['ab😀', 3, 'ab'],
    ['ab😀', 4, 'ab😀'],
    ['a😀b', 3, 'a😀'],
  ])('%j to %i is %j', (text, max, clipped) => {
    expect(clipText(text, max)).toBe(clipped);
    expect(isStorableText(clipText(text, max))).toBe(true);
  });
});
