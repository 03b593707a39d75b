import { describe, expect, it } from 'vitest';
import { multiple, number, page, q, questionnaire, repeat, text } from '../../test/support/builder.ts';
import { calculationKinds } from './calculation-kinds.ts';

const calc = (id: string, expression: string) => q('calculate', id, { expression });

describe('calculationKinds', () => {
  it('says number of a calculation that reads only numbers and numeric calculations, text otherwise', () => {
    const model = questionnaire(
      page('p1', number('hours'), text('name'), multiple('mc', ['a', 'b'])),
      page(
        'p2',
        calc('n_mc', 'count(${mc})'),
        calc('days', '${hours} / 8'),
        calc('weeks', 'round(${days} / 5, 1)'),
        calc('label', "concat(${name}, ': ', ${days})"),
        calc('echo', '${name}'),
        calc('days_or_name', 'coalesce(${days}, ${echo})'),
        calc('adult', "${hours} > 10 and selected(${mc}, 'a')"),
      ),
      repeat('jobs', { max: 3 }, page('job', number('job_hours'), calc('job_days', '${job_hours} / 8'))),
    );
    expect(Object.fromEntries(calculationKinds(model.definition))).toEqual({
      n_mc: 'number',
      days: 'number',
      weeks: 'number',
      label: 'text',
      echo: 'text',
      days_or_name: 'text',
      adult: 'number',
      job_days: 'number',
    });
  });
});
