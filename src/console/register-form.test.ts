import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleMicrocredential, microcredentialDraftSchema } from '../register/index.ts';
import type { ConsoleForm } from './form.ts';
import { consoleTranslator } from './messages/index.ts';
import { readEntryForm } from './register-form.tsx';

const formOf = (fields: Record<string, string[]>): ConsoleForm => ({
  fields,
  files: {},
  value: (name) => fields[name]?.[0]?.trim() ?? '',
  unstorable: [],
});
const t = consoleTranslator('en');

const names = [
  'title',
  'description',
  'countries',
  'regions',
  'bodyName',
  'bodyCountry',
  'bodyHomepage',
  'providerType',
  'outcomes',
  'esco',
  'field',
  'criteria',
  'ects',
  'hours',
  'duration',
  'eqf',
  'cycle',
  'assessment',
  'assessmentDescription',
  'supervision',
  'participation',
  'delivery',
  'languages',
  'quality',
  'qualityDescription',
  'qualityBodies',
  'qualityUrl',
  'prerequisites',
  'prerequisitesDescription',
  'grade',
  'gradeDescription',
  'stackability',
  'partOf',
  'furtherUrl',
  'furtherText',
  'homepage',
  'enrolment',
];

describe('the Annex I form', () => {
  it('keeps texts of other languages when one language is edited', () => {
    const { id: _, ...base } = exampleMicrocredential;
    const read = readEntryForm(
      formOf({
        title: ['Ein kleines Büronetzwerk planen'],
        countries: ['DE'],
        bodyName: ['Berufsschule Beispielstadt'],
        outcomes: ['Ein Netzwerk planen.\nEine Firewall einrichten.'],
        ects: ['3'],
        hours: ['80'],
        eqf: ['4'],
        participation: ['blended'],
        assessment: ['practical'],
        quality: ['regulated'],
        stackability: ['stackable'],
      }),
      base,
      'de',
      t,
    );
    expect(read.ok).toBe(true);
    expect(read.record.title).toEqual({
      en: 'Setting up a small office network',
      de: 'Ein kleines Büronetzwerk planen',
    });
    // As many outcomes as before: each line is the same outcome in German.
    expect(read.record.learningOutcomes?.[0]?.text).toMatchObject({
      en: expect.any(String),
      de: 'Ein Netzwerk planen.',
    });
    expect(read.record.awardingBodies?.[0]).toMatchObject({ providerId: 'prov-de-0042' });
  });

  it('never throws, and a form it accepts is a valid draft', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names), fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 })),
        (fields) => {
          const read = readEntryForm(formOf(fields), {}, 'fi', t);
          if (read.ok) expect(microcredentialDraftSchema.safeParse(read.record).success).toBe(true);
          else expect(read.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
