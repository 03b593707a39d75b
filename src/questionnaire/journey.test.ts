import { describe, expect, it } from 'vitest';
import {
  multiple,
  number,
  page,
  pageWhen,
  q,
  questionnaire,
  repeat,
  single,
  text,
} from '../../test/support/builder.ts';
import { scenario } from '../../test/support/scenario.ts';
import { emptyState } from './answers.ts';
import { journey } from './journey.ts';

describe('journey', () => {
  const linear = questionnaire(
    page('p1', single('q1', ['yes', 'no'], { required: true })),
    page('p2', text('q2')),
    page('p3', text('q3')),
  );

  it('starts on the first page and ends on check', () => {
    scenario(linear)
      .expectPage('p1')
      .answer({ q1: 'yes' })
      .expectPage('p2')
      .answer({})
      .expectPage('p3')
      .answer({ q3: 'x' })
      .expectPage('check');
  });

  it('stays on a page until its required questions are answered', () => {
    scenario(linear)
      .answer({})
      .expectPage('p1')
      .expectIssues({ path: 'q1', code: 'required' })
      .answer({ q1: 'no' })
      .expectPage('p2');
  });

  it('lets a respondent visit pages up to the first one not done, and no further', () => {
    const j = journey(linear, emptyState, '2026-11-23');
    expect(j.visit('p1')?.step.key).toBe('p1');
    expect(j.visit('p2')).toBeUndefined();
    expect(j.visit('check')).toBeUndefined();
  });

  it('computes calculations in page order, each from the answers and calculations before it', () => {
    const model = questionnaire(
      page(
        'p1',
        number('n'),
        q('calculate', 'doubled', { expression: '${n} * 2' }),
        q('calculate', 'plus', { expression: '${doubled} + 1' }),
      ),
      pageWhen('p2', '${plus} > 10', text('big')),
      page('p3', text('q3')),
    );
    scenario(model).answer({ n: '5' }).expectPage('p2');
    scenario(model).answer({ n: '4' }).expectPage('p3');
    const j = journey(model, scenario(model).answer({ n: '5' }).answers, '2026-11-23');
    expect(j.steps[1]!.env.top).toMatchObject({ n: 5, doubled: 10, plus: 11 });
  });

  it('skips pages whose relevance is false and ignores answers left on them', () => {
    const model = questionnaire(
      page('p1', single('q1', ['yes', 'no'])),
      pageWhen('p2', "${q1} = 'yes'", text('q2')),
      pageWhen('p3', "${q2} = 'secret'", text('q3')),
      page('p4', text('q4')),
    );
    const s = scenario(model)
      .answer({ q1: 'yes' })
      .expectPage('p2')
      .answer({ q2: 'secret' })
      .expectPage('p3');
    // Going back and changing q1 hides p2, and with it p3, even though q2 is still stored.
    const back = journey(
      model,
      { ...s.answers, answers: { ...s.answers.answers, q1: { kind: 'value', value: 'no' } } },
      '2026-11-23',
    );
    expect(back.steps.map((st) => st.step.key)).toEqual(['p1', 'p4', 'check']);
  });

  it('hides questions within a page by the answers of earlier pages', () => {
    const model = questionnaire(
      page('p1', number('age')),
      page('p2', text('always'), text('adults', { relevant: '${age} >= 18' })),
    );
    const young = scenario(model).answer({ age: '15' });
    expect(young.current.questions.map((qq) => qq.id)).toEqual(['always']);
    const adult = scenario(model).answer({ age: '40' });
    expect(adult.current.questions.map((qq) => qq.id)).toEqual(['always', 'adults']);
  });

  it('applies required-if and constraints with the answers of the same page', () => {
    const model = questionnaire(
      page(
        'p1',
        single('has', ['y', 'n']),
        text('which', { required: "${has} = 'y'" }),
        number('hours', { constraints: [{ expression: '. <= 40', message: { en: 'At most 40' } }] }),
      ),
    );
    scenario(model)
      .answer({ has: 'y', hours: '50' })
      .expectIssues({ path: 'which', code: 'required' }, { path: 'hours', code: 'constraint' })
      .answer({ has: 'n', hours: '10' })
      .expectPage('check');
  });

  it('ends the journey when consent is refused', () => {
    const model = questionnaire(page('c', q('consent', 'ok')), page('p2', text('q2')));
    scenario(model)
      .answer({})
      .expectIssues({ path: 'ok', code: 'consent.required' })
      .answer({ ok: 'no' })
      .expectPage('declined');
    scenario(model).answer({ ok: 'yes' }).expectPage('p2');
  });

  describe('repeat groups', () => {
    const model = questionnaire(
      page('p1', single('has', ['y', 'n'])),
      repeat(
        'mc',
        { min: 1, max: 2, relevant: "${has} = 'y'", itemLabel: '${title}' },
        page('m1', text('title', { required: true })),
        pageWhen('m2', "${title} != 'skip'", number('hours')),
      ),
      page('p9', text('end')),
    );

    it('asks for the first item at once when a minimum is set, then offers another', () => {
      const s = scenario(model)
        .answer({ has: 'y' })
        .expectPage('mc/1/m1')
        .answer({ title: 'A' })
        .expectPage('mc/1/m2')
        .answer({ hours: '3' })
        .expectPage('mc');
      s.addItem().answer({ title: 'skip' }).expectPage('mc');
      expect(s.answers.repeats.mc?.items.map((i) => i.title)).toEqual([
        { kind: 'value', value: 'A' },
        { kind: 'value', value: 'skip' },
      ]);
      // The maximum is reached: no more items; the summary only continues.
      expect(journey(model, s.answers, '2026-11-23').newItem('mc')).toBeUndefined();
      s.answer({}).expectPage('p9');
    });

    it('offers a new item while another item of the group is under way, and not before the group', () => {
      const three = questionnaire(
        page('p1', single('has', ['y', 'n'])),
        repeat(
          'mc',
          { max: 3, relevant: "${has} = 'y'" },
          page('m1', text('title')),
          page('m2', number('hours')),
        ),
        page('p9', text('end')),
      );
      const s = scenario(three).answer({ has: 'y' }).expectPage('mc');
      s.addItem().answer({ title: 'A' }).expectPage('mc/1/m2');
      // Item 1 waits for its second page (as when another tab started it): item 2 may still begin.
      expect(journey(three, s.answers, '2026-11-23').newItem('mc')?.step.key).toBe('mc/2/m1');
      expect(journey(three, emptyState, '2026-11-23').newItem('mc')).toBeUndefined();
    });

    it('requires an answer to "add another?"', () => {
      scenario(model)
        .answer({ has: 'y' })
        .answer({ title: 'A' })
        .answer({})
        .answer({})
        .expectIssues({ path: 'addAnother', code: 'repeat.addAnother' });
    });

    it('skips the group when it is not relevant', () => {
      scenario(model).answer({ has: 'n' }).expectPage('p9');
    });

    it('counts items for later expressions', () => {
      const counted = questionnaire(
        repeat('g', { max: 3 }, page('g1', text('x'))),
        pageWhen('many', 'count(${g}) >= 2', text('m')),
        page('last', multiple('z', ['a'])),
      );
      const s = scenario(counted)
        .expectPage('g')
        .answer({ addAnother: 'yes' })
        .answer({ x: '1' })
        .answer({ addAnother: 'no' })
        .expectPage('last');
      expect(s.steps).not.toContain('many');
    });
  });
});
