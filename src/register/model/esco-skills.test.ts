import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESCO_SKILL_URI, escoSkillRefSchema } from './annex-i.ts';
import {
  ESCO_ATTRIBUTION,
  type EscoLanguage,
  escoSkills,
  findEscoSkill,
  searchEscoSkills,
} from './esco-skills.ts';

const LANGUAGES: readonly string[] = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'];

/** The ESCO skills of the Commission's Sample-MC-Annex1, with the labels it gives them. */
const vectorSkills = (): Map<string, string> => {
  const text = readFileSync(
    join(process.cwd(), '..', 'shared', 'vectors', 'edc-elm3', 'mc-annex1-unsigned.jsonld'),
    'utf8',
  );
  const skills = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const label = (record.prefLabel as Record<string, unknown> | undefined)?.en;
    if (typeof record.id === 'string' && ESCO_SKILL_URI.test(record.id) && typeof label === 'string') {
      skills.set(record.id, label);
    }
    for (const value of Object.values(record)) walk(value);
  };
  walk(JSON.parse(text));
  return skills;
};

describe('escoSkills', () => {
  it('has between 60 and 150 skills', () => {
    expect(escoSkills.length).toBeGreaterThanOrEqual(60);
    expect(escoSkills.length).toBeLessThanOrEqual(150);
  });

  it('uses ESCO skill URIs, each once', () => {
    for (const skill of escoSkills) expect(skill.uri).toMatch(ESCO_SKILL_URI);
    expect(new Set(escoSkills.map((skill) => skill.uri)).size).toBe(escoSkills.length);
  });

  it('gives every skill an English label, and labels only in the pages’ languages', () => {
    for (const skill of escoSkills) {
      expect(skill.label.en.length, skill.uri).toBeGreaterThan(0);
      for (const [lang, text] of Object.entries(skill.label)) {
        expect(LANGUAGES, skill.uri).toContain(lang);
        expect(text, skill.uri).toBe(text.trim());
        expect(text, skill.uri).not.toBe('');
      }
    }
  });

  it('fits the record’s ESCO skill reference', () => {
    for (const skill of escoSkills) expect(escoSkillRefSchema.safeParse(skill).success, skill.uri).toBe(true);
  });

  it('has the four skills of the Commission’s sample, with the sample’s labels', () => {
    const sample = vectorSkills();
    expect(sample.size).toBe(4);
    for (const [uri, label] of sample) expect(findEscoSkill(uri)?.label.en, uri).toBe(label);
  });

  it('finds a skill by URI only', () => {
    expect(
      findEscoSkill('http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a')?.label.en,
    ).toBe('develop digital content');
    expect(
      findEscoSkill('https://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a'),
    ).toBeUndefined();
    expect(findEscoSkill('develop digital content')).toBeUndefined();
  });

  it('states the ESCO attribution', () => {
    expect(ESCO_ATTRIBUTION).toBe('This service uses the ESCO classification of the European Commission.');
  });
});

describe('searchEscoSkills', () => {
  interface Case {
    name: string;
    query: string;
    lang: EscoLanguage;
    /** English label of a skill the results must include. */
    finds: string;
  }
  it.each<Case>([
    { name: 'ignores case', query: 'DEVELOP Digital', lang: 'en', finds: 'develop digital content' },
    {
      name: 'matches inside a label',
      query: 'collaborative',
      lang: 'en',
      finds: 'establish collaborative relations',
    },
    {
      name: 'matches an accented label without accents',
      query: 'elaborer des',
      lang: 'fr',
      finds: 'develop digital content',
    },
    {
      name: 'matches an accented label with accents',
      query: 'Élaborer',
      lang: 'fr',
      finds: 'develop digital content',
    },
    {
      name: 'matches accents the query has and the label lacks',
      query: 'dígitales',
      lang: 'es',
      finds: 'develop digital content',
    },
    { name: 'matches a Spanish label', query: 'frances', lang: 'es', finds: 'French' },
    { name: 'matches a French label', query: 'néerlandais', lang: 'fr', finds: 'Dutch' },
    {
      name: 'treats both apostrophes alike',
      query: "d'informations",
      lang: 'fr',
      finds: 'browse, search and filter data, information and digital content',
    },
    {
      name: 'falls back to English where a language has no labels',
      query: 'project management',
      lang: 'nl',
      finds: 'perform project management',
    },
    {
      name: 'finds an English term on a translated page',
      query: 'work in teams',
      lang: 'fr',
      finds: 'work in teams',
    },
  ])('$name', ({ query, lang, finds }) => {
    const labels = searchEscoSkills(query, lang, 50).map((skill) => skill.label.en);
    expect(labels).toContain(finds);
  });

  it('puts labels that start with the query first', () => {
    const starts = searchEscoSkills('manage', 'en', 50).map((skill) => skill.label.en.startsWith('manage'));
    expect(starts.filter(Boolean).length).toBeGreaterThan(3);
    expect(starts).toEqual([...starts].sort((a, b) => Number(b) - Number(a)));
  });

  it('ranks a word that starts with the query above a match inside a word', () => {
    const labels = searchEscoSkills('act', 'en', 50).map((skill) => skill.label.en);
    expect(labels).toContain('interact through digital technologies');
    expect(labels.indexOf('carry out project activities')).toBeGreaterThan(-1);
    expect(labels.indexOf('carry out project activities')).toBeLessThan(
      labels.indexOf('interact through digital technologies'),
    );
  });

  it.each<[string, string, number, number]>([
    ['an empty query', '', 10, 0],
    ['a blank query', '   ', 10, 0],
    ['a zero limit', 'data', 0, 0],
    ['a query nothing matches', 'zzzqqq', 10, 0],
    ['the limit', 'e', 5, 5],
  ])('returns nothing past %s', (_name, query, limit, count) => {
    expect(searchEscoSkills(query, 'en', limit)).toHaveLength(count);
  });

  it('shows labels in the page language before English matches', () => {
    const results = searchEscoSkills('gérer', 'fr', 10);
    expect(results.length).toBeGreaterThan(0);
    for (const skill of results) expect(skill.label.fr).toBeDefined();
  });
});
