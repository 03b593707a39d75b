import { z } from 'zod';
import { missingCodes } from '../answers.ts';
import type { LocalizedText } from '../localized-text.ts';

/**
 * The authored questionnaire format (JSON, or YAML for hand-written files). This schema checks the
 * shape; parse-definition.ts then checks the meaning (ids, references, expressions, languages).
 */

const languageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code (ISO 639-1)');
export const localizedTextSchema = z.record(languageCode, z.string());
/**
 * Names every object already has (`constructor`, `toString`, `__proto__`…). Ids and codes become
 * keys of answers, forms and labels; one of these would read as the inherited value, or, for
 * `__proto__`, not be stored at all, so they are refused.
 */
const notInherited = [
  (name: string) => !(name in Object.prototype),
  'a name every object already has (such as constructor or toString); choose another',
] as const;
export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'letters, digits and _, starting with a letter or _, at most 64')
  .refine(...notInherited);
export const choiceCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, _ and -, at most 32 characters')
  .refine(...notInherited);
const expressionSchema = z.string().min(1).max(2000);

export const choiceSchema = z.strictObject({
  code: choiceCodeSchema,
  label: localizedTextSchema,
  /** Selecting it clears every other choice ("none of these"). */
  exclusive: z.boolean().optional(),
  /** "Other, specify": asks for a text when chosen. */
  other: z.boolean().optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

/** Inline choices, or the name of a list in the questionnaire's `lists`. */
const choicesSchema = z.union([z.array(choiceSchema).min(1), identifierSchema]);

const constraintSchema = z.strictObject({ expression: expressionSchema, message: localizedTextSchema });

const questionBase = {
  id: identifierSchema,
  /** The variable name in exports; defaults to the id. Harmonised across instruments. */
  variable: identifierSchema.optional(),
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  /** true, false, or an expression (required-if). */
  required: z.union([z.boolean(), expressionSchema]).optional(),
  relevant: expressionSchema.optional(),
  constraints: z.array(constraintSchema).optional(),
  /** Offer "don't know" and/or "prefer not to say", recorded as distinct missing codes. */
  missing: z.array(z.enum(missingCodes)).optional(),
};

const single = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  choices: choicesSchema,
  /** radios, a select, or radios up to 12 choices and a select beyond (auto, the default). */
  display: z.enum(['auto', 'radios', 'select']).optional(),
});
const multiple = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  choices: choicesSchema,
  minSelected: z.number().int().min(1).optional(),
  maxSelected: z.number().int().min(1).optional(),
});
const likert = z.strictObject({ ...questionBase, type: z.literal('likert'), choices: choicesSchema });
const matrix = z.strictObject({
  ...questionBase,
  type: z.literal('matrix'),
  rows: z.array(choiceSchema.pick({ code: true, label: true })).min(1),
  choices: choicesSchema,
});
const text = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.number().int().min(1).max(500).optional(),
  /** Helps phones show the right keyboard and browsers autofill; no more than that. */
  inputMode: z.enum(['text', 'email', 'tel', 'url']).optional(),
});
const longtext = z.strictObject({
  ...questionBase,
  type: z.literal('longtext'),
  maxLength: z.number().int().min(1).max(10000).optional(),
});
const number = z.strictObject({
  ...questionBase,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  unit: localizedTextSchema.optional(),
});
const isoDate = z.union([z.iso.date(), z.literal('today')]);
const date = z.strictObject({
  ...questionBase,
  type: z.literal('date'),
  min: isoDate.optional(),
  max: isoDate.optional(),
});
const country = z.strictObject({
  ...questionBase,
  type: z.literal('country'),
  /** ISO 3166-1 alpha-2 codes and groups (EU27, EEA, CANDIDATES); all countries when left out. */
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$|^[A-Z0-9]{3,10}$/))
    .min(1)
    .optional(),
});
const ranking = z.strictObject({ ...questionBase, type: z.literal('ranking'), choices: choicesSchema });
const consent = z.strictObject({
  ...questionBase,
  type: z.literal('consent'),
  /** What the respondent agrees to; the label is the question ("Do you agree to take part?"). */
  statement: localizedTextSchema,
});
const info = z.strictObject({
  id: identifierSchema,
  type: z.literal('info'),
  label: localizedTextSchema,
  /** Paragraphs separated by blank lines. Plain text: no HTML. */
  body: localizedTextSchema.optional(),
  relevant: expressionSchema.optional(),
});
const calculate = z.strictObject({
  id: identifierSchema,
  variable: identifierSchema.optional(),
  type: z.literal('calculate'),
  expression: expressionSchema,
});

export const questionSchema = z.discriminatedUnion('type', [
  single,
  multiple,
  likert,
  matrix,
  text,
  longtext,
  number,
  date,
  country,
  ranking,
  consent,
  info,
  calculate,
]);

export const pageSchema = z.strictObject({
  type: z.literal('page'),
  id: identifierSchema,
  /** The page heading when it holds several questions; a one-question page uses the label. */
  title: localizedTextSchema.optional(),
  relevant: expressionSchema.optional(),
  items: z.array(questionSchema).min(1),
});

export const repeatSchema = z.strictObject({
  type: z.literal('repeat'),
  id: identifierSchema,
  /** What one item is, as a heading on the summary page ("Microcredentials you described"). */
  title: localizedTextSchema,
  /** The question on the summary page ("Do you want to describe another microcredential?"). */
  addAnother: localizedTextSchema,
  /** How an item is named in lists, with answers piped in: "${mc_title}". */
  itemLabel: localizedTextSchema,
  min: z.number().int().min(0).max(50).default(0),
  max: z.number().int().min(1).max(50),
  relevant: expressionSchema.optional(),
  pages: z.array(z.preprocess(pageByDefault, pageSchema)).min(1),
});

/** An entry without a type is a page, so hand-written files need not say so. */
function pageByDefault(entry: unknown): unknown {
  return entry !== null && typeof entry === 'object' && !('type' in entry)
    ? { type: 'page', ...entry }
    : entry;
}

const entrySchema = z.preprocess(pageByDefault, z.discriminatedUnion('type', [pageSchema, repeatSchema]));

export const questionnaireSchema = z.strictObject({
  /** The questionnaire's slug in URLs: lower case, digits and -. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  languages: z.array(languageCode).min(1),
  fallbackLanguage: languageCode,
  title: localizedTextSchema,
  /** Who it is for, shown on the landing page. */
  audience: localizedTextSchema,
  /** What it asks about, shown on the landing page. */
  description: localizedTextSchema,
  estimatedMinutes: z.number().int().min(1).max(240),
  /** Fieldwork as first loaded; the schedule is managed in the store afterwards. */
  fieldwork: z
    .strictObject({
      opens: z.iso.datetime({ offset: true }).optional(),
      closes: z.iso.datetime({ offset: true }).optional(),
    })
    .optional(),
  lists: z.record(identifierSchema, z.array(choiceSchema).min(1)).optional(),
  pages: z.array(entrySchema).min(1),
});

export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
type Authored = z.infer<typeof questionnaireSchema>;
type AuthoredQuestion = z.infer<typeof questionSchema>;

/** After parsing, choice lists are resolved: every choice question carries its choices. */
type Resolve<Q> = Q extends { choices: unknown } ? Omit<Q, 'choices'> & { choices: readonly Choice[] } : Q;
export type Question = Resolve<AuthoredQuestion>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Page = Omit<z.infer<typeof pageSchema>, 'items'> & { items: readonly Question[] };
export type RepeatGroup = Omit<z.infer<typeof repeatSchema>, 'pages'> & { pages: readonly Page[] };
export type Entry = Page | RepeatGroup;
export type Questionnaire = Omit<Authored, 'pages' | 'lists'> & { pages: readonly Entry[] };

/** Questions that take an answer (not info blocks, not calculations). */
export type AnsweredQuestion = Exclude<Question, { type: 'info' | 'calculate' }>;
export function takesAnswer(q: Question): q is AnsweredQuestion {
  return q.type !== 'info' && q.type !== 'calculate';
}

/** The label of anything that has one (calculations have none). */
export function labelOf(q: Question): LocalizedText | undefined {
  return q.type === 'calculate' ? undefined : q.label;
}
