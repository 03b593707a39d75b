import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from './languages.ts';
import { en as main } from './messages/en.ts';
import { registerCodeKeys, registerCodeLabel } from './messages/register/codes.ts';
import { register } from './messages/register/en.ts';
import { catalogues, fill, translator } from './translate.ts';

const parameterNames = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

/**
 * The code that may use a key: every source file but the catalogues themselves. The register's
 * code-label maps (messages/register/codes.ts) sit beside its catalogue and name their keys for
 * `registerCodeLabel`, so they count as use.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}
const codeLabelMaps = join('src', 'i18n', 'messages', 'register', 'codes.ts');

/** English as `translator` serves it: the main catalogue and the register's, merged. */
const en = catalogues.en as Record<string, string>;

describe('UI strings', () => {
  it('merges the main and the register catalogues, whose keys never overlap', () => {
    const overlap = Object.keys(register).filter((key) => Object.hasOwn(main, key));
    expect(overlap).toEqual([]);
    expect(Object.keys(en).sort()).toEqual([...Object.keys(main), ...Object.keys(register)].sort());
  });

  it.each(uiLanguages)('%s has every key, no other, with the same {parameters} as English', (lang) => {
    const catalogue = catalogues[lang] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalogue[key]?.trim(), `${lang} ${key} is empty`).not.toBe('');
      expect(parameterNames(catalogue[key] ?? ''), `${lang} ${key}`).toEqual(parameterNames(text));
    }
  });

  it('uses every key, of both catalogues, somewhere in the code', () => {
    const code = [...sourceFiles('src'), codeLabelMaps].map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('fills {parameters} and keeps unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1 })).toBe('1 of {b}');
    expect(translator('fi')('page.progress', { current: 2, total: 9 })).toContain('2');
    expect(translator('xx')('page.back')).toBe(en['page.back']);
    expect(translator('sl')('register.results.count.two', { count: 2 })).toBe('2 mikrodokazili');
  });

  it('names every register code with a key of the register catalogue, and shows unknown codes as they are', () => {
    for (const keys of Object.values(registerCodeKeys))
      for (const key of Object.values(keys)) expect(Object.hasOwn(register, key), key).toBe(true);
    const de = translator('de');
    expect(registerCodeLabel(de, 'assessment', 'oral')).toBe('Eine mündliche Prüfung oder ein Gespräch');
    expect(registerCodeLabel(de, 'field', '0612')).toBe(de('register.code.field.06'));
    expect(registerCodeLabel(de, 'providerType', 'constructor')).toBe('constructor');
  });
});
