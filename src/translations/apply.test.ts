import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import { applyTranslations, recordedHashes } from './apply.ts';
import { translationStatus } from './status.ts';
import { fixture, sha256 } from './test-support.ts';
import { textUnits } from './units.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('applyTranslations', () => {
  it('replaces the texts of one language and reports what happened to each entry', () => {
    const before = deepFreeze(fixture());
    const { definition, report } = applyTranslations(before, 'fi', [
      { key: 'title', text: 'Uusi otsikko' },
      { key: 'audience', text: 'Kaikki' },
      { key: 'lists.yn.y.label', text: 'Joo' },
      { key: 'pages.p2.items.kinds.choices.none.label', text: 'Ei yhtään' },
      { key: 'pages.nope.title', text: 'x' },
      { key: 'pages.p2.items.hours.label', text: 'Tunnit?' },
      { key: 'pages.mc.addAnother', text: ' ' },
    ]);
    expect(report).toEqual({
      changed: [
        { key: 'title', before: 'Otsikko', after: 'Uusi otsikko' },
        { key: 'lists.yn.y.label', before: 'Kyllä', after: 'Joo' },
        { key: 'pages.p2.items.kinds.choices.none.label', before: 'Ei mitään', after: 'Ei yhtään' },
      ],
      unchanged: ['audience'],
      unknownKeys: ['pages.nope.title'],
      placeholderMismatch: ['pages.p2.items.hours.label'],
      empty: ['pages.mc.addAnother'],
      duplicateKeys: [],
      sourceChanged: [],
    });
    const texts = new Map(textUnits(definition).map((u) => [u.key, u.texts]));
    expect(texts.get('title')).toEqual({ en: 'Title', fi: 'Uusi otsikko' });
    expect(texts.get('pages.p2.items.hours.label')?.fi).toBe('Tunnit, ${works}?');
    expect(texts.get('pages.mc.addAnother')?.fi).toBe('Toinen?');
    // Everything that is not a text is as it was.
    expect({ ...definition, pages: undefined, lists: undefined, title: undefined }).toEqual({
      ...before,
      pages: undefined,
      lists: undefined,
      title: undefined,
    });
    expect(parseDefinition(definition).ok).toBe(true);
    expect(before.title.fi).toBe('Otsikko');
  });

  it('adds a language the texts did not have, leaving `languages` to the author', () => {
    const entries = textUnits(fixture()).map((u) => ({ key: u.key, text: `sv ${u.texts.en}` }));
    const { definition, report } = applyTranslations(fixture(), 'sv', entries);
    expect(report.changed.length).toBe(entries.length);
    expect(report.changed[0]).toEqual({ key: 'title', before: null, after: 'sv Title' });
    expect(definition.languages).toEqual(['en', 'fi']);
    expect(translationStatus(definition, 'sv', new Map(), sha256).totals.complete).toBe(entries.length);
  });

  it('takes the last of repeated keys and says so', () => {
    const { definition, report } = applyTranslations(fixture(), 'fi', [
      { key: 'title', text: 'A' },
      { key: 'title', text: 'B' },
    ]);
    expect(report.duplicateKeys).toEqual(['title']);
    expect(definition.title.fi).toBe('B');
  });

  it('names each repeated key once, in the order it first came again', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, text: 'x' }));
    const { report } = applyTranslations(fixture(), 'fi', [
      ...keys(3),
      { key: 'k2', text: 'y' },
      { key: 'k0', text: 'y' },
      { key: 'k2', text: 'z' },
      ...keys(100_000),
      ...keys(100_000).toReversed(),
    ]);
    expect(report.duplicateKeys.slice(0, 4)).toEqual(['k2', 'k0', 'k1', 'k99999']);
    expect(report.duplicateKeys).toHaveLength(100_000);
    expect(report.duplicateKeys.at(-1)).toBe('k3');
    expect(report.unknownKeys).toHaveLength(100_000);
  });

  it('applies a translation made from an older source, and records that older source', () => {
    const entries = [{ key: 'title', text: 'Otsikko 2', source: 'Old title' }];
    const { definition, report } = applyTranslations(fixture(), 'fi', entries);
    expect(report.sourceChanged).toEqual(['title']);
    const recorded = recordedHashes(definition, report, entries, sha256);
    expect(recorded).toEqual(new Map([['title', sha256('Old title')]]));
    const status = translationStatus(definition, 'fi', recorded, sha256);
    expect(status.units.find((u) => u.key === 'title')?.state).toBe('outdated');
  });

  it('edits the source language without placeholder checks', () => {
    const { definition, report } = applyTranslations(fixture(), 'en', [
      { key: 'pages.p2.items.hours.label', text: 'Hours?' },
    ]);
    expect(report.changed.length).toBe(1);
    const texts = textUnits(definition).find((u) => u.key === 'pages.p2.items.hours.label')?.texts;
    expect(texts).toEqual({ en: 'Hours?', fi: 'Tunnit, ${works}?' });
  });

  it('returns an equal definition when nothing applies', () => {
    const input: QuestionnaireInput = fixture();
    expect(applyTranslations(input, 'fi', []).definition).toEqual(input);
    expect(applyTranslations(input, 'fi', []).definition).not.toBe(input);
  });
});
