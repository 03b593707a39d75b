import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { sourceHashes, translationStatus } from './status.ts';
import { fixture, readStudy, sha256 } from './test-support.ts';

const withText = (definition: QuestionnaireInput, language: string, text: string | undefined) => {
  const copy = structuredClone(definition) as QuestionnaireInput & { title: Record<string, string> };
  if (text === undefined) delete copy.title[language];
  else copy.title[language] = text;
  return copy;
};

const stateOf = (definition: QuestionnaireInput, key: string, recorded = new Map<string, string>()) =>
  translationStatus(definition, 'fi', recorded, sha256).units.find((u) => u.key === key);

describe('translationStatus', () => {
  it('counts a fully translated questionnaire as complete', () => {
    const status = translationStatus(fixture(), 'fi', new Map(), sha256);
    expect(status.totals).toEqual({ units: 24, complete: 24, missing: 0, outdated: 0, placeholders: 0 });
    expect(status.sourceLanguage).toBe('en');
    expect(status.questionnaire).toBe('fixture');
  });

  it('reports a missing or blank text as missing', () => {
    expect(stateOf(withText(fixture(), 'fi', undefined), 'title')).toMatchObject({
      state: 'missing',
      target: null,
    });
    expect(stateOf(withText(fixture(), 'fi', '  '), 'title')).toMatchObject({ state: 'missing' });
    expect(translationStatus(fixture(), 'sv', new Map(), sha256).totals.missing).toBe(24);
  });

  it('reports a translation whose source changed since as outdated', () => {
    const recorded = sourceHashes(fixture(), sha256);
    expect(stateOf(fixture(), 'title', recorded)?.state).toBe('complete');
    const changed = withText(fixture(), 'en', 'A new title');
    expect(stateOf(changed, 'title', recorded)).toMatchObject({
      state: 'outdated',
      source: 'A new title',
      target: 'Otsikko',
    });
    expect(translationStatus(changed, 'fi', recorded, sha256).totals.outdated).toBe(1);
  });

  it('counts a translation without a record as complete: it came with the file', () => {
    const changed = withText(fixture(), 'en', 'A new title');
    expect(stateOf(changed, 'title', new Map())?.state).toBe('complete');
  });

  it('reports differing references', () => {
    const definition = withText(fixture(), 'fi', 'Otsikko ${works}');
    expect(stateOf(definition, 'title')?.placeholders).toEqual({ missing: [], extra: ['works'] });
    const dropped = structuredClone(fixture()) as QuestionnaireInput & {
      pages: { items: { label: Record<string, string> }[] }[];
    };
    dropped.pages[1]!.items[0]!.label.fi = 'Tunnit?';
    expect(stateOf(dropped, 'pages.p2.items.hours.label')?.placeholders).toEqual({
      missing: ['works'],
      extra: [],
    });
    expect(translationStatus(dropped, 'fi', new Map(), sha256).totals.placeholders).toBe(1);
  });

  it('treats the source language as complete against itself', () => {
    const status = translationStatus(
      withText(fixture(), 'en', 'New'),
      'en',
      sourceHashes(fixture(), sha256),
      sha256,
    );
    expect(status.totals.complete).toBe(24);
  });
});

describe('the shipped microcredentials questionnaires', () => {
  const questionnaires = readStudy('microcredentials');
  const cases = questionnaires.flatMap((q) =>
    q.definition.languages.map((l) => [q.file, l, q.definition] as const),
  );

  it('are nine, each in the eight languages', () => {
    expect(questionnaires.length).toBe(9);
    for (const q of questionnaires)
      expect(q.definition.languages).toEqual(['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl']);
  });

  it.each(cases)('%s is complete in %s', (_, language, definition) => {
    const status = translationStatus(definition, language, new Map(), sha256);
    expect(status.totals.units).toBeGreaterThan(50);
    expect(status.units.filter((u) => u.state !== 'complete' || u.placeholders !== null)).toEqual([]);
  });
});
