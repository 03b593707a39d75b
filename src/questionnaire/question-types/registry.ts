import type { Question, QuestionOf, QuestionType } from '../definition/schema.ts';
import type { DecodeContext, Decoded, FormInput, QuestionTypeModule } from './common.ts';
import { unanswered } from './common.ts';
import { countryQuestion } from './country.ts';
import { dateQuestion } from './date.ts';
import { matrix } from './matrix.ts';
import { multipleChoice } from './multiple.ts';
import { numberQuestion } from './number.ts';
import { rankingQuestion } from './ranking.ts';
import { consent, likert, singleChoice } from './single.ts';
import { longText, shortText } from './text.ts';

/** Shown and calculated items send nothing. */
const nothing: QuestionTypeModule<Question> = { fields: () => [], decode: () => unanswered };

/** Type tag -> module. A tag missing here fails the typecheck, never a respondent. */
const registry: { [T in QuestionType]: QuestionTypeModule<QuestionOf<T>> } = {
  single: singleChoice,
  multiple: multipleChoice,
  likert,
  matrix,
  text: shortText,
  longtext: longText,
  number: numberQuestion,
  date: dateQuestion,
  country: countryQuestion,
  ranking: rankingQuestion,
  consent,
  info: nothing,
  calculate: nothing,
};

function moduleFor<Q extends Question>(q: Q): QuestionTypeModule<Q> {
  return registry[q.type] as unknown as QuestionTypeModule<Q>;
}

export function questionFields(q: Question): readonly string[] {
  return moduleFor(q).fields(q);
}

export function decodeQuestion(q: Question, form: FormInput, ctx: DecodeContext): Decoded {
  return moduleFor(q).decode(q, form, ctx);
}
