import { describe, expect, it } from 'vitest';
import { definition, page, pageWhen, q, repeat, single, text } from '../../../test/support/builder.ts';
import type { QuestionnaireInput } from '../index.ts';
import { parseDefinition } from './parse-definition.ts';

const issuesOf = (input: unknown) => {
  const result = parseDefinition(input);
  return result.ok
    ? []
    : result.issues.map(({ path, code, detail }) => ({
        path,
        code,
        ...(detail === undefined ? {} : { detail }),
      }));
};

describe('parseDefinition', () => {
  it('accepts a questionnaire and resolves choice lists', () => {
    const input: QuestionnaireInput = {
      ...definition(page('p1', q('single', 'q1', { choices: 'yesno' }))),
      lists: { yesno: [{ code: 'y', label: { en: 'Yes' } }] },
    };
    const result = parseDefinition(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const first = result.questionnaire.pages[0];
    expect(first?.type === 'page' && first.items[0]).toMatchObject({ id: 'q1', choices: [{ code: 'y' }] });
  });

  it('refuses ids, list names and codes that every object already has', () => {
    const refusal = 'a name every object already has (such as constructor or toString); choose another';
    const input = {
      ...definition(
        page('p1', single('constructor', ['a', 'valueOf']), q('single', 'q2', { choices: '__proto__' })),
      ),
      lists: { toString: [{ code: 'y', label: { en: 'Yes' } }] },
    };
    expect(issuesOf(input)).toEqual([
      { path: 'lists.toString', code: 'schema.invalid_key', detail: 'Invalid key in record' },
      { path: 'pages.0.items.0.id', code: 'schema.custom', detail: refusal },
      { path: 'pages.0.items.0.choices.1.code', code: 'schema.custom', detail: refusal },
      { path: 'pages.0.items.1.choices', code: 'schema.custom', detail: refusal },
    ]);
  });

  it('lists every shape problem with its path at once', () => {
    const input = {
      ...definition(page('p1', text('q1'))),
      estimatedMinutes: 0,
      pages: [
        {
          id: 'p1',
          items: [
            { id: '1bad', type: 'text', label: { en: 'x' } },
            { id: 'q2', type: 'nope' },
          ],
        },
      ],
    };
    const paths = issuesOf(input).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['estimatedMinutes', 'pages.0.items.0.id', 'pages.0.items.1.type']),
    );
  });

  it.each<[string, QuestionnaireInput, { path: string; code: string }[]]>([
    [
      'duplicate ids across pages and questions',
      definition(page('p1', text('a')), page('a', text('b'))),
      [{ path: 'pages.1', code: 'id.duplicate' }],
    ],
    [
      'unknown references',
      definition(page('p1', text('a')), pageWhen('p2', "${zz} = 'x'", text('b'))),
      [{ path: 'pages.1.relevant', code: 'expression.unknownReference' }],
    ],
    [
      'forward references in relevance',
      definition(pageWhen('p1', "${b} = 'x'", text('a')), page('p2', text('b'))),
      [{ path: 'pages.0.relevant', code: 'expression.forwardReference' }],
    ],
    [
      'expressions that do not parse',
      definition(page('p1', text('a')), pageWhen('p2', '${a} = ', text('b'))),
      [{ path: 'pages.1.relevant', code: 'expr.unexpectedEnd' }],
    ],
    [
      'calculations that depend on each other in a loop',
      definition(
        page(
          'p1',
          q('calculate', 'c1', { expression: '${c2} + 1' }),
          q('calculate', 'c2', { expression: '${c1} + 1' }),
        ),
      ),
      [{ path: 'pages.0.items.0', code: 'expression.cycle' }],
    ],
    [
      'a consent question after the first page',
      definition(page('p1', text('a')), page('p2', q('consent', 'c'))),
      [{ path: 'pages.1.items.0', code: 'consent.notOnFirstPage' }],
    ],
    [
      'duplicate choice codes and misplaced exclusive options',
      definition(
        page(
          'p1',
          single('a', ['x', 'x']),
          q('single', 'b', { choices: [{ code: 'n', label: { en: 'None' }, exclusive: true }] }),
        ),
      ),
      [
        { path: 'pages.0.items.0.choices.1.code', code: 'choice.duplicateCode' },
        { path: 'pages.0.items.1.choices.0.exclusive', code: 'choice.exclusiveOnlyInMultiple' },
      ],
    ],
    [
      'a repeat group whose minimum is above its maximum',
      definition(repeat('g', { min: 3, max: 2 }, page('gp', text('gq')))),
      [{ path: 'pages.0.min', code: 'repeat.minAboveMax' }],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it('names the calculations of each loop, from the one the loop comes back to', () => {
    const input = definition(
      page(
        'p1',
        q('calculate', 'c1', { expression: '${c2} + 1' }),
        q('calculate', 'c2', { expression: '${c3} + ${c1}' }),
        q('calculate', 'c3', { expression: '${c3} + ${c1}' }),
      ),
    );
    expect(issuesOf(input)).toEqual([
      { path: 'pages.0.items.2', code: 'expression.cycle', detail: 'c3 -> c3' },
      { path: 'pages.0.items.0', code: 'expression.cycle', detail: 'c1 -> c2 -> c3 -> c1' },
      { path: 'pages.0.items.0', code: 'expression.cycle', detail: 'c1 -> c2 -> c1' },
    ]);
  });

  // Each calculation reads the next: checked with recursion, a chain this long overflowed the stack.
  const chain = (length: number, last: string) =>
    definition(
      page(
        'p1',
        text('a'),
        ...Array.from({ length }, (_, i) =>
          q('calculate', `c${i}`, { expression: i + 1 < length ? `\${c${i + 1}}` : last }),
        ),
      ),
    );

  it('accepts a chain of 6,000 calculations', () => {
    expect(parseDefinition(chain(6000, '1')).ok).toBe(true);
  });

  it('reports a loop through 6,000 calculations once, by its two ends', () => {
    const ends = [...Array.from({ length: 10 }, (_, i) => `c${i}`), '…'];
    ends.push(...Array.from({ length: 10 }, (_, i) => `c${5990 + i}`), 'c0');
    expect(issuesOf(chain(6000, '${c0}'))).toEqual([
      { path: 'pages.0.items.1', code: 'expression.cycle', detail: ends.join(' -> ') },
    ]);
  });

  it('checks a language declared twice once', () => {
    const input = { ...definition(page('p1', text('a'))), languages: ['en', 'fi', 'fi', 'fi'] };
    const issues = issuesOf(input);
    expect(issues.filter((i) => i.code === 'language.duplicate')).toHaveLength(1);
    expect(issues.filter((i) => i.path === 'pages.0.items.0.label')).toEqual([
      { path: 'pages.0.items.0.label', code: 'text.missingLanguage', detail: 'fi' },
    ]);
  });

  it('requires every text in every declared language, naming the language', () => {
    const input = { ...definition(page('p1', text('a'))), languages: ['en', 'fi'] };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'title', code: 'text.missingLanguage', detail: 'fi' });
    expect(issues).toContainEqual({
      path: 'pages.0.items.0.label',
      code: 'text.missingLanguage',
      detail: 'fi',
    });
  });

  it('refuses a translation whose piped answers differ from the fallback language', () => {
    const input = {
      ...definition(
        page('p1', text('name', { label: { en: 'Name', fi: 'Nimi' } })),
        page(
          'p2',
          text('a', { label: { en: 'About ${name}', fi: 'Tietoa' } }),
          text('b', { label: { en: 'Hi', fi: 'Hei ${name}' } }),
          text('c', { label: { en: '${name} and ${name}', fi: '${name} ja ${name}' } }),
        ),
      ),
      languages: ['en', 'fi'],
    };
    expect(issuesOf(input).filter((i) => i.code === 'text.placeholdersDiffer')).toEqual([
      { path: 'pages.1.items.0.label', code: 'text.placeholdersDiffer', detail: 'fi' },
      { path: 'pages.1.items.1.label', code: 'text.placeholdersDiffer', detail: 'fi' },
    ]);
  });

  it('checks piped references in texts', () => {
    const input = definition(
      page('p1', text('a', { label: { en: 'About ${later}' } })),
      page('p2', text('later')),
    );
    expect(issuesOf(input)).toEqual([
      { path: 'pages.0.items.0.label', code: 'expression.forwardReference', detail: 'later' },
    ]);
  });

  it('lets questions in a repeat item read earlier pages of the item and the top level', () => {
    const input = definition(
      page('p1', single('has', ['y', 'n'])),
      repeat(
        'g',
        { max: 3, itemLabel: '${name}' },
        page('g1', text('name')),
        pageWhen('g2', "${name} != '' and ${has} = 'y'", text('more')),
      ),
      pageWhen('p3', 'count(${g}) > 1', text('after')),
    );
    expect(issuesOf(input)).toEqual([]);
  });
});
