import { describe, expect, it } from 'vitest';
import { parseStudy } from './study.ts';

const both = (text: string) => ({ en: text, fi: `${text} (fi)` });

function study(privacy: Record<string, unknown> = {}) {
  return {
    slug: 'test',
    languages: ['en', 'fi'],
    fallbackLanguage: 'en',
    title: both('A study'),
    organisation: both('A team'),
    purpose: both('To learn'),
    confidentiality: both('Kept apart'),
    contact: { email: 'team@example.org', name: both('the team') },
    privacy: {
      lastUpdated: '2026-11-23',
      processingOperation: both('Online survey'),
      controller: { name: both('The team'), email: 'controller@example.org' },
      dpo: { email: 'dpo@example.org' },
      retentionMonths: 24,
      ...privacy,
    },
  };
}

const codes = (input: unknown) => {
  const result = parseStudy(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.code}`);
};

describe('parseStudy: the privacy statement', () => {
  it('takes the facts Article 15 asks for, and sections worded by the study', () => {
    const result = parseStudy(
      study({ retention: both('Until the end'), recordReference: 'DPR-1', processors: both('A host') }),
    );
    expect(result.ok && result.study.privacy.retention).toEqual(both('Until the end'));
  });

  it('refuses a statement without a controller, a data protection officer or a storage period', () => {
    const input = study();
    const { controller: _c, dpo: _d, retentionMonths: _r, ...rest } = input.privacy;
    expect(codes({ ...input, privacy: rest })).toEqual([
      'privacy.controller: schema.invalid_type',
      'privacy.dpo: schema.invalid_type',
      'privacy.retentionMonths: schema.invalid_type',
    ]);
  });

  it('refuses a section worded in some languages only, naming the section', () => {
    expect(codes(study({ rights: { en: 'Write to us' } }))).toEqual(['privacy.rights: text.missingLanguage']);
    expect(codes(study({ controller: { name: { en: 'Us' }, email: 'c@example.org' } }))).toEqual([
      'privacy.controller.name: text.missingLanguage',
    ]);
  });

  it('refuses unknown keys, bad addresses, dates and storage periods', () => {
    expect(codes(study({ retentionDays: 3 }))).toEqual(['privacy: schema.unrecognized_keys']);
    expect(codes(study({ dpo: { email: 'not an address' } }))).toEqual([
      'privacy.dpo.email: schema.invalid_format',
    ]);
    expect(codes(study({ lastUpdated: '23.11.2026' }))).toEqual([
      'privacy.lastUpdated: schema.invalid_format',
    ]);
    expect(codes(study({ retentionMonths: 0 }))).toEqual(['privacy.retentionMonths: schema.too_small']);
    expect(codes(study({ retentionMonths: 1.5 }))).toEqual(['privacy.retentionMonths: schema.invalid_type']);
  });
});
