import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnexIElement, Microcredential } from './annex-i.ts';
import { annexIElements } from './annex-i.ts';
import { annexICompleteness, type ElementCheck, MIN_OUTCOME_WORDS, wordCount } from './completeness.ts';
import { exampleMicrocredential } from './example-record.ts';

const full = exampleMicrocredential;

function check(
  record: unknown,
  element: AnnexIElement,
): Omit<ElementCheck, 'number' | 'mandatory' | 'element'> {
  const found = annexICompleteness(record).elements.find((e) => e.element === element);
  if (found === undefined) throw new Error(`no ${element}`);
  return found.reason === undefined
    ? { status: found.status }
    : { status: found.status, reason: found.reason };
}

describe('annexICompleteness', () => {
  it('finds every applicable element of a complete description present', () => {
    const result = annexICompleteness(full);
    expect(result.score).toBe(1);
    expect(result.elements.map((e) => [e.number, e.element, e.status])).toEqual([
      [1, 'learner', 'notApplicable'],
      [2, 'title', 'present'],
      [3, 'issuerCountry', 'present'],
      [4, 'awardingBody', 'present'],
      [5, 'dateOfIssuing', 'notApplicable'],
      [6, 'learningOutcomes', 'present'],
      [7, 'workload', 'present'],
      [8, 'level', 'present'],
      [9, 'assessmentType', 'present'],
      [10, 'participationForm', 'present'],
      [11, 'qualityAssurance', 'present'],
      [12, 'prerequisites', 'present'],
      [13, 'supervision', 'present'],
      [14, 'grade', 'present'],
      [15, 'stackability', 'present'],
      [16, 'furtherInformation', 'present'],
    ]);
    expect(result.elements.find((e) => e.element === 'learner')?.reason).toBe('registerEntryNotAwarded');
  });

  it('finds nothing in an empty record, and scores it 0', () => {
    const result = annexICompleteness({});
    expect(result.score).toBe(0);
    const statuses = new Set(
      result.elements.filter((e) => e.number > 1 && e.number !== 5).map((e) => e.status),
    );
    expect([...statuses]).toEqual(['missing']);
  });

  it('asks for a date of issuing once the record comes from an issued credential', () => {
    const issued = { ...full, source: { format: 'open-badges-3' } };
    expect(check(issued, 'dateOfIssuing')).toEqual({ status: 'missing', reason: 'absent' });
    expect(annexICompleteness(issued).score).toBe(9 / 10);
    expect(check({ ...issued, dateOfIssuing: '2025-03-01' }, 'dateOfIssuing')).toEqual({ status: 'present' });
  });

  it('counts a malformed field as missing, reason invalid', () => {
    expect(check({ ...full, title: 'not a language map' }, 'title')).toEqual({
      status: 'missing',
      reason: 'invalid',
    });
    expect(check({ ...full, workload: { ects: 'three' } }, 'workload')).toEqual({
      status: 'missing',
      reason: 'invalid',
    });
  });

  it('treats "no level" as not applicable (Annex I: "if applicable")', () => {
    const result = annexICompleteness({ ...full, level: { eqf: 'none' } });
    expect(result.elements.find((e) => e.element === 'level')).toMatchObject({
      status: 'notApplicable',
      reason: 'noLevel',
    });
    expect(result.score).toBe(1);
  });

  interface VagueCase {
    name: string;
    patch: Partial<Record<keyof Microcredential, unknown>>;
    element: AnnexIElement;
    status: 'vague' | 'missing';
    reason: string;
  }
  const short = [{ text: { en: 'Networks and firewalls.' } }];
  const noVerbs = [
    {
      text: {
        en: 'Knowledge of the principles of office networks, addressing schemes, firewall rules, wireless standards and backup strategies.',
      },
    },
  ];
  it.each<VagueCase>([
    {
      name: 'outcomes under 15 words',
      patch: { learningOutcomes: short },
      element: 'learningOutcomes',
      status: 'vague',
      reason: 'outcomesTooShort',
    },
    {
      name: 'outcomes with no verb-led statement',
      patch: { learningOutcomes: noVerbs },
      element: 'learningOutcomes',
      status: 'vague',
      reason: 'outcomesNotVerbLed',
    },
    {
      name: 'a workload in credits of no stated system',
      patch: { workload: { credits: { value: 5, system: 'unspecified' } } },
      element: 'workload',
      status: 'vague',
      reason: 'noEctsOrHours',
    },
    {
      name: 'a national level without the EQF level',
      patch: { level: { nqf: { label: { en: 'RQF Level 6' } } } },
      element: 'level',
      status: 'vague',
      reason: 'nqfWithoutEqf',
    },
    {
      name: 'assessment in words only',
      patch: { assessment: { types: [], description: { en: 'An exam.' } } },
      element: 'assessmentType',
      status: 'vague',
      reason: 'assessmentFreeTextOnly',
    },
    {
      name: "assessment 'other' with no description",
      patch: { assessment: { types: ['other'] } },
      element: 'assessmentType',
      status: 'vague',
      reason: 'otherWithoutDescription',
    },
    {
      name: 'no assessment at all',
      patch: { assessment: { types: ['none'] } },
      element: 'assessmentType',
      status: 'missing',
      reason: 'noAssessment',
    },
    {
      name: 'QA in words only',
      patch: { qualityAssurance: { types: [], description: { en: 'ISO 9001' } } },
      element: 'qualityAssurance',
      status: 'vague',
      reason: 'qaFreeTextOnly',
    },
    {
      name: 'no quality assurance',
      patch: { qualityAssurance: { types: ['none'] } },
      element: 'qualityAssurance',
      status: 'missing',
      reason: 'noQualityAssurance',
    },
  ])('flags $name', ({ patch, element, status, reason }) => {
    const record = { ...full, ...patch };
    expect(check(record, element)).toEqual({ status, reason });
    expect(annexICompleteness(record).score).toBeCloseTo(8 / 9);
  });

  it.each([
    [
      'a verb-led statement',
      'Configure a firewall for a small office network so that only the services it needs are reachable.',
    ],
    [
      'a lead-in before the verb',
      'The learner will be able to configure the addressing of an office network with twenty workstations and printers.',
    ],
    [
      'the verb in -s form',
      'Designs the wireless coverage of an office floor and documents the channel plan for the people who maintain it.',
    ],
  ])('accepts %s', (_name, en) => {
    expect(check({ ...full, learningOutcomes: [{ text: { en } }] }, 'learningOutcomes')).toEqual({
      status: 'present',
    });
  });

  it('lets an ESCO skill reference stand for a short outcome title', () => {
    const outcomes = [
      {
        text: { en: 'Developing digital content' },
        escoSkills: [
          {
            uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
            label: { en: 'develop digital content' },
          },
        ],
      },
    ];
    expect(check({ ...full, learningOutcomes: outcomes }, 'learningOutcomes')).toEqual({ status: 'present' });
  });

  it('judges outcomes in other languages by length only', () => {
    const de =
      'Die Teilnehmenden richten ein Netzwerk für ein kleines Büro mit bis zu zwanzig Arbeitsplätzen ein und dokumentieren es.';
    expect(check({ ...full, learningOutcomes: [{ text: { de } }] }, 'learningOutcomes')).toEqual({
      status: 'present',
    });
  });

  it('never throws on arbitrary input, and scores between 0 and 1', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.constantFrom(...Object.values(full)),
      fc.record({ types: fc.array(fc.string()), description: fc.dictionary(fc.string(), fc.string()) }),
    );
    const keys = [...Object.keys(full), 'source', 'dateOfIssuing', '__proto__', 'constructor'];
    const partial = fc.dictionary(fc.constantFrom(...keys), field);
    fc.assert(
      fc.property(fc.oneof(partial, fc.anything()), (record) => {
        const result = annexICompleteness(record);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.elements).toHaveLength(annexIElements.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('wordCount', () => {
  /** The count as it was first written, a regular expression that is quadratic on long words. */
  const reference = (text: string) => text.match(/\S*\p{L}\S*/gu)?.length ?? 0;

  it.each<[string, number]>([
    ['', 0],
    ['   ', 0],
    ['Configure a firewall.', 3],
    ['set-up, 2 hosts; 10 % (approx.) — done', 4],
    ['Die Teilnehmenden richten\tein Netzwerk\nein', 6],
    ['x1 1x 42 ½ ✓ ✓x', 3],
    ['\u00a0Word\u2003word\ufeffword\u3000', 3],
    ['𝐁𝐨𝐥𝐝 text', 2],
    ['\ud800 lone \udc00', 1],
  ])('counts %j as %i words, as it always did', (text, count) => {
    expect(wordCount(text)).toBe(count);
    expect(reference(text)).toBe(count);
  });

  it('counts as the first version did on any text', () => {
    const piece = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2028',
      'a',
      'é',
      'ß',
      '1',
      '-',
      '.',
      '{',
      '\ud800',
      '😀',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(wordCount(t)).toBe(reference(t));
      }),
      { numRuns: 1000 },
    );
  });

  // Public register pages and /verify judge outcomes from anyone: a long run of non-letters, or of
  // lone surrogates, once took the quadratic reference seconds per outcome (28 s for a 2 MB credential).
  it.each([
    ['lone surrogates', '\ud800'],
    ['brackets', '{'],
    ['digits', '7'],
  ])('counts no words in the longest outcomes the model allows, all %s', (_name, character) => {
    const text = character.repeat(10_000);
    expect(wordCount(text.repeat(30))).toBe(0);
    const outcomes = Array.from({ length: 50 }, () => ({ text: { en: text, de: text } }));
    expect(check({ ...full, learningOutcomes: outcomes }, 'learningOutcomes')).toEqual({
      status: 'vague',
      reason: 'outcomesTooShort',
    });
  });

  it('finds enough words in long outcomes that have them', () => {
    const text = `Configure ${'{'.repeat(9_000)} ${'network '.repeat(MIN_OUTCOME_WORDS)}`;
    expect(wordCount(text)).toBe(MIN_OUTCOME_WORDS + 1);
    expect(check({ ...full, learningOutcomes: [{ text: { en: text } }] }, 'learningOutcomes')).toEqual({
      status: 'present',
    });
  });
});
