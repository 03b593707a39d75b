import { describe, expect, it } from 'vitest';
import { definition, page, pageWhen, single, text } from '../../../test/support/builder.ts';
import type { ModuleDocument } from './include.ts';
import { resolveIncludes } from './include.ts';
import { parseDefinition } from './parse-definition.ts';

const yesno = [
  { code: 'y', label: { en: 'Yes' } },
  { code: 'n', label: { en: 'No' } },
];
const profile: ModuleDocument = {
  module: 'profile',
  lists: { yesno },
  pages: [
    page('p_role', single('role', ['employer', 'employee'])),
    page('p_works', { id: 'works', type: 'single', label: { en: 'Works?' }, choices: 'yesno' } as never),
  ],
};
const employer: ModuleDocument = { module: 'employer', pages: [page('p_staff', text('staff'))] };

describe('resolveIncludes', () => {
  it('names a module it does not know as written, whatever the value (one with a toString of null)', () => {
    const input = {
      ...definition(),
      pages: [{ include: { toString: null } }, { include: ['a', 1] }, { include: null }],
    };
    const result = resolveIncludes(input, [profile]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.detail])).toEqual([
      ['include.unknownModule', '{"toString":null}'],
      ['include.unknownModule', '["a",1]'],
      ['include.unknownModule', 'null'],
    ]);
  });

  it('puts a module in place, with its lists, and the questionnaire checks', () => {
    const input = {
      ...definition(page('p_intro', text('intro'))),
      pages: [{ include: 'profile' }, page('p_end', text('end'))],
    };
    const result = resolveIncludes(input, [profile]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseDefinition(result.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.questionnaire.pages.map((p) => p.id)).toEqual(['p_role', 'p_works', 'p_end']);
  });

  it('adds the include condition to every page it brings', () => {
    const input = {
      ...definition(),
      pages: [{ include: 'profile' }, { include: 'employer', relevant: "${role} = 'employer'" }],
    };
    const result = resolveIncludes(input, [
      profile,
      { module: 'employer', pages: [pageWhen('p_staff', "${works} = 'y'", text('staff'))] },
    ]);
    expect(result.ok && (result.document as { pages: { relevant?: string }[] }).pages[2]?.relevant).toBe(
      "(${role} = 'employer') and (${works} = 'y')",
    );
  });

  it('reports unknown modules, conflicting lists and include loops, all at once', () => {
    const looping: ModuleDocument = { module: 'a', pages: [{ include: 'b' }] };
    const back: ModuleDocument = { module: 'b', pages: [{ include: 'a' }] };
    const input = {
      ...definition(),
      lists: { yesno: [{ code: 'j', label: { en: 'Ja' } }] },
      pages: [
        { include: 'nowhere' },
        { include: 'profile' },
        { include: 'a' },
        { include: 'employer', extra: 1 },
      ],
    };
    const result = resolveIncludes(input, [profile, employer, looping, back]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([
      'include.unknownModule',
      'include.listConflict',
      'include.cycle',
      'include.unknownKey',
    ]);
  });
});
