import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromXPath } from './from-xpath.ts';
import { readXlsForm } from './index.ts';
import { workbook } from './test-support.ts';

/** Words a form is made of, so random sheets often look like forms rather than noise. */
const vocabulary = [
  'type',
  'name',
  'label',
  'label::English (en)',
  'label::Suomi (fi)',
  'relevant',
  'constraint',
  'required',
  'appearance',
  'calculation',
  'credmap_type',
  'credmap_rows',
  'credmap_min',
  'list_name',
  'begin_group',
  'end_group',
  'begin_repeat',
  'end_repeat',
  'select_one l',
  'select_multiple l or_other',
  'rank l',
  'text',
  'integer',
  'note',
  'calculate',
  'acknowledge',
  'l',
  'q',
  'yes',
  '${q} = 1',
  'not(',
  'matrix',
  'default_language',
  'form_id',
];

const cell = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 });

describe('never throws', () => {
  it('readXlsForm, on random cells in the three sheets', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, sheet, sheet, async (survey, choices, settings) => {
        const result = await readXlsForm(await workbook({ survey, choices, settings }));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });

  it('readXlsForm, on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        expect((await readXlsForm(bytes)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('fromXPath, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (source) => {
        expect(typeof fromXPath(source).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
