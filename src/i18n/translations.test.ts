import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from './languages.ts';
import { en } from './messages/en.ts';
import { catalogues, fill, translator } from './translate.ts';

const parameterNames = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('UI strings', () => {
  it.each(uiLanguages)('%s has every key, no other, with the same {parameters} as English', (lang) => {
    const catalogue = catalogues[lang] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalogue[key]?.trim(), `${lang} ${key} is empty`).not.toBe('');
      expect(parameterNames(catalogue[key] ?? ''), `${lang} ${key}`).toEqual(parameterNames(text));
    }
  });

  it('uses every key somewhere in the code', () => {
    const code = sourceFiles('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('fills {parameters} and keeps unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1 })).toBe('1 of {b}');
    expect(translator('fi')('page.progress', { current: 2, total: 9 })).toContain('2');
    expect(translator('xx')('page.back')).toBe(en['page.back']);
  });
});
