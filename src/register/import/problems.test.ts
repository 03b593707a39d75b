import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../i18n/index.ts';
import {
  type ImportPlace,
  importLanguages,
  importProblemCatalogues,
  importProblemCodes,
  importProblemMessage,
} from './problems.ts';

const placeholders = (template: string) => [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

describe('problem messages', () => {
  it('come in the languages of the interface', () => {
    expect([...importLanguages]).toEqual([...uiLanguages]);
  });

  const pairs = importLanguages.flatMap((lang) => importProblemCodes.map((code) => [lang, code] as const));
  it.each(pairs)('%s has a message for %s with the parameters of the English one', (lang, code) => {
    const message = importProblemCatalogues[lang].messages[code];
    expect(message.trim()).not.toBe('');
    expect(placeholders(message)).toEqual(placeholders(importProblemCatalogues.en.messages[code]));
  });

  const places: ImportPlace[] = ['row', 'rowColumn', 'entry', 'entryColumn'];
  it.each(importLanguages)('%s places a problem by row, column and entry as English does', (lang) => {
    for (const place of places)
      expect(placeholders(importProblemCatalogues[lang].place[place])).toEqual(
        placeholders(importProblemCatalogues.en.place[place]),
      );
  });

  it.each([
    [
      { row: 4, column: 'ects', code: 'badNumber', params: { value: 'abc' } },
      'en',
      'Row 4, column ects: “abc” is not a number.',
    ],
    [
      { row: 4, column: 'ects', code: 'badNumber', params: { value: 'abc' } },
      'de',
      'Zeile 4, Spalte ects: „abc“ ist keine Zahl.',
    ],
    [{ row: 2, code: 'missingTitle' }, 'fr', 'Ligne 2 : Le titre manque.'],
    [
      { entry: 3, code: 'unknownJson' },
      'nl',
      'Item 3: Dit is geen Europass-credential, Open Badge, achievement of learning achievement specification.',
    ],
    [
      { code: 'tooManyRows', params: { max: 5000 } },
      'sl',
      'Datoteka vsebuje več kot 5000 mikrodokazil. Razdelite jo na manjše datoteke.',
    ],
    [{ code: 'empty' }, 'xx', 'The file contains no microcredentials.'],
  ] as const)('reads %j in %s', (problem, lang, text) => {
    expect(importProblemMessage(problem, lang)).toBe(text);
  });

  it('leaves no placeholder unfilled when the problem has its parameters', () => {
    for (const lang of importLanguages)
      expect(
        importProblemMessage(
          { row: 3, column: 'id', code: 'duplicateId', params: { value: 'a', firstRow: 2 } },
          lang,
        ),
      ).not.toMatch(/[{}]/);
  });
});
