import { expandCountries } from '../definition/countries.ts';
import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { fail, missingFromChoiceValue, ok, single, unanswered } from './common.ts';

/** An ISO 3166-1 alpha-2 code from the question's list; missing codes are options of the same select. */
export const countryQuestion: QuestionTypeModule<QuestionOf<'country'>> = {
  fields: (q) => [q.id],
  decode(q, form) {
    const value = single(form, q.id);
    if (value === undefined) return unanswered;
    if (value === 'many') return fail(q.id, 'country.unknown');
    const missing = missingFromChoiceValue(q, value);
    if (missing !== undefined) return ok({ kind: 'missing', code: missing });
    if (!expandCountries(q.countries).includes(value)) return fail(q.id, 'country.unknown');
    return ok({ kind: 'value', value });
  },
};
