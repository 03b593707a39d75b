import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Choice, Questionnaire, QuestionnaireInput } from '../questionnaire/index.ts';
import { questionnaireSchema } from '../questionnaire/index.ts';
import { extraConstraintNumber } from './columns.ts';
import { languageTag } from './languages.ts';
import { toXPath } from './to-xpath.ts';

type Authored = z.output<typeof questionnaireSchema>;
type Entry = Authored['pages'][number];
type Page = Extract<Entry, { type: 'page' }>;
type Repeat = Extract<Entry, { type: 'repeat' }>;
type Question = Page['items'][number];
type Text = Readonly<Record<string, string>>;

/** A sheet row by column key: `type`, or `label::fi` for a text in a language. */
type SheetRow = Map<string, string>;

/** Column order in the survey sheet: standard XLSForm first, then credmap's own. */
const surveyOrder = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'relevant',
  'constraint',
  'constraint_message',
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
  'credmap_unit',
  'credmap_rows',
  'credmap_countries',
  'credmap_statement',
  'credmap_add_another',
  'credmap_item_label',
];
const choicesOrder = ['list_name', 'name', 'label', 'credmap_other', 'credmap_exclusive'];
const settingsOrder = [
  'form_id',
  'form_title',
  'default_language',
  'credmap_audience',
  'credmap_description',
  'credmap_estimated_minutes',
  'credmap_opens',
  'credmap_closes',
];

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

function setText(row: SheetRow, base: string, text: Text | undefined): void {
  for (const [language, value] of Object.entries(text ?? {})) row.set(`${base}::${language}`, value);
}

function setValue(row: SheetRow, column: string, value: string | number | boolean | undefined): void {
  if (value === undefined) return;
  row.set(column, typeof value === 'boolean' ? yesNo(value) : String(value));
}

/**
 * Writes a definition as an XLSForm workbook that `readXlsForm` reads back to the same
 * questionnaire: every text as `label::English (en)`-style columns, choice lists in the choices
 * sheet, and what XLSForm cannot say in `credmap_…` columns (README.md). Takes the authored format
 * after includes are resolved, or a parsed questionnaire. `undefined` for anything the schema
 * refuses (a draft may be saved with such problems): there is no sheet to put it in.
 */
export async function writeXlsForm(
  definition: QuestionnaireInput | Questionnaire,
): Promise<Uint8Array | undefined> {
  const shaped = questionnaireSchema.safeParse(definition);
  if (!shaped.success) return undefined;
  const writer = new SheetWriter(shaped.data);
  const workbook = new ExcelJS.Workbook();
  const languages = writer.languages();
  addSheet(workbook, 'survey', surveyOrder, writer.survey(), languages);
  // The choices header even without lists, so that an author adding a select question finds it.
  const choicesHeader = ['list_name', 'name', ...languages.map((l) => `label::${l}`)];
  addSheet(workbook, 'choices', choicesOrder, writer.choices(), languages, choicesHeader);
  addSheet(workbook, 'settings', settingsOrder, [writer.settings()], languages);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A sheet of `rows`, with the columns they fill, and those of `always`, in `order`. */
function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  order: readonly string[],
  rows: readonly SheetRow[],
  languages: readonly string[],
  always: readonly string[] = [],
): void {
  const written = [...always, ...rows.flatMap((r) => [...r.keys()])];
  const used = new Set(written.map((k) => k.split('::')[0] ?? k));
  const extra = [...used]
    .filter((c) => extraConstraintNumber(c) !== undefined)
    .sort((a, b) => (extraConstraintNumber(a) ?? 0) - (extraConstraintNumber(b) ?? 0) || a.length - b.length);
  const keys = [...order.filter((c) => used.has(c)), ...extra].flatMap((base) => {
    const localized = written.some((k) => k.startsWith(`${base}::`));
    return localized ? languages.map((l) => `${base}::${l}`) : [base];
  });
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(
    keys.map((key) => {
      const [base = key, language] = key.split('::');
      return language === undefined ? base : `${base}::${languageTag(language)}`;
    }),
  );
  for (const row of rows) sheet.addRow(keys.map((key) => row.get(key) ?? null));
}

class SheetWriter {
  private readonly listNames: Set<string>;
  private readonly generatedLists: [string, readonly Pick<Choice, 'code' | 'label'>[]][] = [];
  private readonly textLanguages = new Set<string>();

  constructor(private readonly q: Authored) {
    this.listNames = new Set(Object.keys(q.lists ?? {}));
  }

  /** The declared languages in order, then any a text uses without declaring (a draft's). */
  languages(): string[] {
    return [...new Set([...this.q.languages, ...this.textLanguages])];
  }

  private text(row: SheetRow, base: string, text: Text | undefined): void {
    for (const language of Object.keys(text ?? {})) this.textLanguages.add(language);
    setText(row, base, text);
  }

  settings(): SheetRow {
    const row: SheetRow = new Map();
    setValue(row, 'form_id', this.q.id);
    this.text(row, 'form_title', this.q.title);
    setValue(row, 'default_language', languageTag(this.q.fallbackLanguage));
    this.text(row, 'credmap_audience', this.q.audience);
    this.text(row, 'credmap_description', this.q.description);
    setValue(row, 'credmap_estimated_minutes', this.q.estimatedMinutes);
    setValue(row, 'credmap_opens', this.q.fieldwork?.opens);
    setValue(row, 'credmap_closes', this.q.fieldwork?.closes);
    return row;
  }

  choices(): SheetRow[] {
    const lists: [string, readonly Pick<Choice, 'code' | 'label' | 'other' | 'exclusive'>[]][] = [
      ...Object.entries(this.q.lists ?? {}),
      ...this.generatedLists,
    ];
    return lists.flatMap(([name, choices]) =>
      choices.map((choice) => {
        const row: SheetRow = new Map([
          ['list_name', name],
          ['name', choice.code],
        ]);
        this.text(row, 'label', choice.label);
        setValue(row, 'credmap_other', choice.other);
        setValue(row, 'credmap_exclusive', choice.exclusive);
        return row;
      }),
    );
  }

  /** Must run before `choices()`: it names the lists of inline choices and matrix rows. */
  survey(): SheetRow[] {
    return this.q.pages.flatMap((entry) =>
      entry.type === 'page' ? this.page(entry, true) : this.repeat(entry),
    );
  }

  private newList(base: string, choices: readonly Pick<Choice, 'code' | 'label'>[]): string {
    let name = base;
    for (let n = 2; this.listNames.has(name); n++) name = `${base}_${n}`;
    this.listNames.add(name);
    this.generatedLists.push([name, choices]);
    return name;
  }

  private listOf(question: Question & { choices: unknown }): string {
    const { choices } = question as { choices: string | readonly Choice[] };
    return typeof choices === 'string' ? choices : this.newList(question.id, choices);
  }

  private repeat(group: Repeat): SheetRow[] {
    const begin: SheetRow = new Map([
      ['type', 'begin_repeat'],
      ['name', group.id],
    ]);
    this.text(begin, 'label', group.title);
    setValue(begin, 'relevant', group.relevant === undefined ? undefined : toXPath(group.relevant));
    setValue(begin, 'credmap_min', group.min);
    setValue(begin, 'credmap_max', group.max);
    this.text(begin, 'credmap_add_another', group.addAnother);
    this.text(begin, 'credmap_item_label', group.itemLabel);
    const end: SheetRow = new Map([
      ['type', 'end_repeat'],
      ['name', group.id],
    ]);
    return [begin, ...group.pages.flatMap((page) => this.page(page, false)), end];
  }

  /**
   * A one-question page the reader would make of a question outside any group is written so; every
   * other page, and every page in a repeat (where loose questions share one page), as a group.
   */
  private page(page: Page, top: boolean): SheetRow[] {
    const [only, ...more] = page.items;
    if (
      top &&
      only !== undefined &&
      more.length === 0 &&
      only.type !== 'calculate' &&
      page.title === undefined &&
      page.relevant === undefined &&
      page.id === `p_${only.id}`
    )
      return [this.question(only)];
    const begin: SheetRow = new Map([
      ['type', 'begin_group'],
      ['name', page.id],
    ]);
    this.text(begin, 'label', page.title);
    setValue(begin, 'relevant', page.relevant === undefined ? undefined : toXPath(page.relevant));
    setValue(begin, 'appearance', 'field-list');
    const end: SheetRow = new Map([
      ['type', 'end_group'],
      ['name', page.id],
    ]);
    return [begin, ...page.items.map((q) => this.question(q)), end];
  }

  private question(question: Question): SheetRow {
    const row: SheetRow = new Map([['name', question.id]]);
    const expression = (column: string, source: string | undefined) =>
      setValue(row, column, source === undefined ? undefined : toXPath(source));
    switch (question.type) {
      case 'info':
        row.set('type', 'note');
        this.text(row, 'label', question.label);
        this.text(row, 'hint', question.body);
        expression('relevant', question.relevant);
        return row;
      case 'calculate':
        row.set('type', 'calculate');
        expression('calculation', question.expression);
        setValue(row, 'credmap_variable', question.variable);
        return row;
    }
    this.text(row, 'label', question.label);
    this.text(row, 'hint', question.hint);
    setValue(row, 'credmap_variable', question.variable);
    if (typeof question.required === 'string') expression('required', question.required);
    else setValue(row, 'required', question.required);
    expression('relevant', question.relevant);
    question.constraints?.forEach((constraint, i) => {
      const [column, message] =
        i === 0
          ? ['constraint', 'constraint_message']
          : [`credmap_constraint_${i + 1}`, `credmap_constraint_message_${i + 1}`];
      expression(column, constraint.expression);
      this.text(row, message, constraint.message);
    });
    setValue(row, 'credmap_missing', question.missing?.join(' '));
    switch (question.type) {
      case 'single':
        row.set('type', `select_one ${this.listOf(question)}`);
        if (question.display === 'select') row.set('appearance', 'minimal');
        else setValue(row, 'credmap_display', question.display);
        break;
      case 'multiple':
        row.set('type', `select_multiple ${this.listOf(question)}`);
        setValue(row, 'credmap_min_selected', question.minSelected);
        setValue(row, 'credmap_max_selected', question.maxSelected);
        break;
      case 'likert':
        row.set('type', `select_one ${this.listOf(question)}`);
        row.set('appearance', 'likert');
        break;
      case 'matrix':
        row.set('type', `select_one ${this.listOf(question)}`);
        row.set('credmap_type', 'matrix');
        row.set('credmap_rows', this.newList(`${question.id}_rows`, question.rows));
        break;
      case 'ranking':
        row.set('type', `rank ${this.listOf(question)}`);
        break;
      case 'text':
        row.set('type', 'text');
        setValue(row, 'credmap_max_length', question.maxLength);
        setValue(row, 'credmap_input_mode', question.inputMode);
        break;
      case 'longtext':
        row.set('type', 'text');
        row.set('appearance', 'multiline');
        setValue(row, 'credmap_max_length', question.maxLength);
        break;
      case 'number':
        row.set('type', question.integer === true ? 'integer' : 'decimal');
        setValue(row, 'credmap_min', question.min);
        setValue(row, 'credmap_max', question.max);
        this.text(row, 'credmap_unit', question.unit);
        break;
      case 'date':
        row.set('type', 'date');
        setValue(row, 'credmap_min', question.min);
        setValue(row, 'credmap_max', question.max);
        break;
      case 'country':
        row.set('type', 'text');
        row.set('credmap_type', 'country');
        setValue(row, 'credmap_countries', question.countries?.join(' '));
        break;
      case 'consent':
        row.set('type', 'acknowledge');
        this.text(row, 'credmap_statement', question.statement);
        break;
    }
    return row;
  }
}
