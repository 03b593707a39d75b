import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import { fixture, localizedMaps, readStudy } from './test-support.ts';
import { textUnits } from './units.ts';

describe('textUnits', () => {
  it('finds every text of the fixture, keyed by ids and codes', () => {
    expect(parseDefinition(fixture()).ok).toBe(true);
    expect(textUnits(fixture()).map((u) => u.key)).toEqual([
      'title',
      'audience',
      'description',
      'lists.yn.y.label',
      'lists.yn.n.label',
      'pages.p1.title',
      'pages.p1.items.agree.label',
      'pages.p1.items.agree.statement',
      'pages.p1.items.intro.label',
      'pages.p1.items.intro.body',
      'pages.p1.items.works.label',
      'pages.p2.items.hours.label',
      'pages.p2.items.hours.hint',
      'pages.p2.items.hours.unit',
      'pages.p2.items.hours.constraints.0.message',
      'pages.p2.items.kinds.label',
      'pages.p2.items.kinds.choices.a.label',
      'pages.p2.items.kinds.choices.none.label',
      'pages.p2.items.grid.label',
      'pages.p2.items.grid.rows.r1.label',
      'pages.mc.title',
      'pages.mc.addAnother',
      'pages.mc.itemLabel',
      'pages.mc.pages.mc_p.items.mc_title.label',
    ]);
  });

  it('keeps keys when pages, questions and choices are reordered', () => {
    const definition = fixture();
    const reordered = structuredClone(definition) as QuestionnaireInput & { pages: { items?: unknown[] }[] };
    reordered.pages.reverse();
    for (const page of reordered.pages) page.items?.reverse();
    reordered.lists?.yn?.reverse();
    const byKey = (d: QuestionnaireInput) => new Map(textUnits(d).map((u) => [u.key, u.texts] as const));
    expect(byKey(reordered)).toEqual(byKey(definition));
  });

  it('marks positions where a draft lacks ids, so they cannot pass for codes', () => {
    const draft = { ...fixture(), pages: [{ items: [{ type: 'info', label: { en: 'x' } }] }] };
    expect(textUnits(draft as QuestionnaireInput).map((u) => u.key)).toContain('pages.:0.items.:0.label');
  });

  it('finds nothing in what is not a definition at all', () => {
    expect(textUnits(null as unknown as QuestionnaireInput)).toEqual([]);
    expect(textUnits({ pages: 'x', lists: [] } as unknown as QuestionnaireInput)).toEqual([]);
  });

  it('leaves unresolved includes alone', () => {
    const draft = { ...fixture(), pages: [{ include: 'profile' }] };
    expect(textUnits(draft as QuestionnaireInput).map((u) => u.key)).toEqual([
      'title',
      'audience',
      'description',
      'lists.yn.y.label',
      'lists.yn.n.label',
    ]);
  });

  const studies = [...readStudy('demo'), ...readStudy('microcredentials')];
  it('reads the shipped questionnaires', () => {
    expect(studies.map((s) => s.file)).toContain('demo.yaml');
    expect(studies.length).toBe(10);
  });

  it.each(studies.map((s) => [s.file, s.definition] as const))(
    'finds every localized text in %s, once, with unique keys',
    (_, definition) => {
      const units = textUnits(definition);
      const expected = localizedMaps(definition, definition.languages);
      expect(expected.size).toBeGreaterThan(50);
      const found = new Set<object>(units.map((u) => u.texts));
      // Identity, not likeness: two equal texts in different places must both be found.
      expect([...expected].filter((m) => !found.has(m))).toEqual([]);
      expect(units.length).toBe(expected.size);
      expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
      for (const u of units) expect(u.key).toMatch(/^[A-Za-z0-9_.-]+$/);
    },
  );
});
