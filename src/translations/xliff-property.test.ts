import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { applyTranslations } from './apply.ts';
import { fixture, nasty, text } from './test-support.ts';
import { fromXliff, toXliff } from './xliff.ts';

describe('XLIFF round trip (property)', () => {
  it('keeps any source and translation exactly', () => {
    fc.assert(
      fc.property(text, text, text, (source, translation, other) => {
        const definition: QuestionnaireInput = {
          ...fixture(),
          title: { en: source, fi: translation },
          description: { en: other, fi: other },
        };
        const read = fromXliff(toXliff(definition, 'fi'));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const title = read.entries.find((e) => e.key === 'title');
        if (translation.trim() === '') expect(title).toBeUndefined();
        else expect(title).toEqual({ key: 'title', text: translation, source });
        expect(applyTranslations(definition, 'fi', read.entries).definition).toEqual(definition);
      }),
      { numRuns: 300 },
    );
  });

  it('puts a translation into a definition that lacked it', () => {
    fc.assert(
      fc.property(
        text.filter((t) => t.trim() !== '' && !t.includes('$')),
        (translation) => {
          const definition: QuestionnaireInput = { ...fixture(), title: { en: 'Title', fi: translation } };
          const read = fromXliff(toXliff(definition, 'fi'));
          if (!read.ok) throw new Error(JSON.stringify(read.issues));
          const without = { ...definition, title: { en: 'Title' } };
          expect(applyTranslations(without, 'fi', read.entries).definition).toEqual(definition);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fromXliff on random input (property)', () => {
  const valid = toXliff(fixture(), 'fi');

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: nasty, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (input) => {
          const result = fromXliff(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on damaged XLIFF', () => {
    const edit = fc.tuple(
      fc.nat({ max: valid.length }),
      fc.nat({ max: 40 }),
      fc.string({ unit: nasty, maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let damaged = valid;
        for (const [at, cut, insert] of edits)
          damaged = damaged.slice(0, at) + insert + damaged.slice(at + cut);
        const result = fromXliff(damaged);
        if (result.ok) for (const e of result.entries) expect(typeof e.text).toBe('string');
        else for (const i of result.issues) expect(i.code).toMatch(/^(xml|xliff|inline)\.[A-Za-z]+$/);
      }),
      { numRuns: 1000 },
    );
  });
});
