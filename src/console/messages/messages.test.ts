import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../i18n/index.ts';
import { en } from './en.ts';
import { consoleCatalogues, consoleTranslator } from './index.ts';

const parameters = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
const templates = (text: string) => [...text.matchAll(/\$\{[^}]*\}/g)].map((m) => m[0]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the console’s words', () => {
  it.each(uiLanguages)('%s has every key, none empty, with the same {parameters} as English', (lang) => {
    const catalogue = consoleCatalogues[lang] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(catalogue[key]?.trim(), `${lang} ${key}`).not.toBe('');
      expect(parameters(catalogue[key]!), `${lang} ${key}`).toEqual(parameters(text));
      expect(templates(catalogue[key]!), `${lang} ${key}`).toEqual(templates(text));
    }
  });

  it('uses every key somewhere in the code, spelled out', () => {
    const code = sources('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(Object.keys(en).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('speaks the account’s language, English for any other', () => {
    expect(consoleTranslator('fi')('console.login.title')).not.toBe(en['console.login.title']);
    expect(consoleTranslator('xx')('console.login.title')).toBe(en['console.login.title']);
    expect(consoleTranslator('de')('console.login.locked', { minutes: 15 })).toContain('15');
  });
});
