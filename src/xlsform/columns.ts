import type { SheetSpec } from './read-table.ts';

/**
 * The columns of the three sheets: standard XLSForm (https://xlsform.org) and credmap's own,
 * all named `credmap_…`. README.md explains each.
 */
const extraConstraint = /^credmap_constraint_([2-9]|[1-9][0-9])$/;
const extraConstraintMessage = /^credmap_constraint_message_([2-9]|[1-9][0-9])$/;

const surveyPlain = new Set([
  'type',
  'name',
  'required',
  'relevant',
  'constraint',
  'calculation',
  'appearance',
  'credmap_type',
  'credmap_variable',
  'credmap_missing',
  'credmap_display',
  'credmap_min',
  'credmap_max',
  'credmap_min_selected',
  'credmap_max_selected',
  'credmap_max_length',
  'credmap_input_mode',
  'credmap_rows',
  'credmap_countries',
]);

const surveyLocalized = new Set([
  'label',
  'hint',
  'constraint_message',
  'credmap_unit',
  'credmap_statement',
  'credmap_add_another',
  'credmap_item_label',
]);

const isSurveyLocalized = (base: string) => surveyLocalized.has(base) || extraConstraintMessage.test(base);

export const surveySpec: SheetSpec = {
  supported: (base) => surveyPlain.has(base) || extraConstraint.test(base) || isSurveyLocalized(base),
  localized: isSurveyLocalized,
  unsupported: new Set([
    'required_message',
    'default',
    'read_only',
    'readonly',
    'choice_filter',
    'repeat_count',
    'jr:count',
    'trigger',
    'parameters',
    'image',
    'audio',
    'video',
    'big-image',
    'media',
    'guidance_hint',
    'autoplay',
    'body',
    'bind',
    'instance',
    'save_to',
    'jr:choice_name',
  ]),
};

const choicesPlain = new Set(['list_name', 'name', 'credmap_other', 'credmap_exclusive']);

export const choicesSpec: SheetSpec = {
  supported: (base) => choicesPlain.has(base) || base === 'label',
  localized: (base) => base === 'label',
  unsupported: new Set(['image', 'audio', 'video', 'big-image', 'media']),
  aliases: { 'list name': 'list_name' },
};

const settingsPlain = new Set([
  'form_id',
  'default_language',
  'version',
  'style',
  'credmap_estimated_minutes',
  'credmap_opens',
  'credmap_closes',
]);
const settingsLocalized = new Set(['form_title', 'credmap_audience', 'credmap_description']);

export const settingsSpec: SheetSpec = {
  supported: (base) => settingsPlain.has(base) || settingsLocalized.has(base),
  localized: (base) => settingsLocalized.has(base),
  unsupported: new Set([
    'instance_name',
    'public_key',
    'submission_url',
    'auto_send',
    'auto_delete',
    'allow_choice_duplicates',
    'clean_text_values',
    'namespaces',
    'omit_instanceid',
    'name',
    'instance_xmlns',
  ]),
};

/** The number of an extra constraint column (`credmap_constraint_2` is 2), if it is one. */
export function extraConstraintNumber(base: string): number | undefined {
  const match = extraConstraint.exec(base) ?? extraConstraintMessage.exec(base);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
