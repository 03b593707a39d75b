import type { Draft } from './cell-values.ts';
import { CellValues } from './cell-values.ts';
import { extraConstraintNumber } from './columns.ts';
import { fromXPath } from './from-xpath.ts';
import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import type { Locations } from './locations.ts';
import type { ChoiceDraft, ChoiceLists } from './read-choices.ts';
import type { Row, Table } from './read-table.ts';
import { filledColumns } from './read-table.ts';

export interface SurveyResult {
  readonly pages: readonly Draft[];
  /** Lists that questions choose from (lists used only as matrix rows are inlined instead). */
  readonly listsUsedAsRowsOnly: ReadonlySet<string>;
}

interface QuestionDraft {
  readonly row: Row;
  readonly json: Draft;
  /** Where the definition member came from: member path -> column. */
  readonly columns: ReadonlyMap<string, string>;
  readonly choiceRows?: readonly ChoiceDraft[];
  readonly rowRows?: readonly ChoiceDraft[];
}

interface PageDraft {
  readonly kind: 'page';
  /** The begin_group row; null for a question outside any group, which is a page of its own. */
  readonly row: Row | null;
  readonly json: Draft;
  readonly items: QuestionDraft[];
}

type Block = PageDraft | { readonly kind: 'loose'; readonly question: QuestionDraft };

interface RepeatDraft {
  readonly kind: 'repeat';
  readonly row: Row;
  readonly json: Draft;
  readonly blocks: Block[];
}

type Frame =
  | { readonly kind: 'top'; readonly blocks: (Block | RepeatDraft)[] }
  | { readonly kind: 'group'; readonly page: PageDraft }
  | { readonly kind: 'repeat'; readonly repeat: RepeatDraft }
  /** A group or repeat credmap cannot nest, kept only so that its end row matches. */
  | { readonly kind: 'ignored'; readonly of: 'group' | 'repeat'; readonly row: Row };

/**
 * Groups and repeats open at once beyond which a form is refused (`xlsform.tooDeep`). XLSForm and ODK
 * set no limit; credmap reads two levels (a group in a repeat) and refuses anything deeper with
 * `unsupportedNesting`, so a cap far above both changes no answer: it only keeps the work per row
 * small whatever a sheet holds, where each row used to look through every level still open.
 */
const maxNesting = 32;

/** The innermost frame that is not ignored: the group, repeat or top level a row belongs to. */
function containerOf(stack: readonly Frame[]): Frame | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i];
    if (frame?.kind !== 'ignored') return frame;
  }
  return undefined;
}

/** Types XLSForm has and credmap does not; anything else unknown is reported the same way. */
const twoWordTypes = new Set([
  'begin_group',
  'end_group',
  'begin_repeat',
  'end_repeat',
  'select_one',
  'select_multiple',
]);

const commonColumns = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'relevant',
  'constraint',
  'constraint_message',
  'credmap_variable',
  'credmap_missing',
  'credmap_type',
  'appearance',
];

/** Columns each credmap type reads besides the common ones. */
const typeColumns: Readonly<Record<string, readonly string[]>> = {
  single: ['credmap_display'],
  multiple: ['credmap_min_selected', 'credmap_max_selected'],
  likert: [],
  matrix: ['credmap_rows'],
  ranking: [],
  text: ['credmap_max_length', 'credmap_input_mode'],
  longtext: ['credmap_max_length'],
  number: ['credmap_min', 'credmap_max', 'credmap_unit'],
  date: ['credmap_min', 'credmap_max'],
  country: ['credmap_countries'],
  consent: ['credmap_statement'],
};

/** Definition members and their columns, shared by every question. */
const memberColumns: Readonly<Record<string, string>> = {
  id: 'name',
  type: 'type',
  label: 'label',
  hint: 'hint',
  body: 'hint',
  required: 'required',
  relevant: 'relevant',
  variable: 'credmap_variable',
  missing: 'credmap_missing',
  expression: 'calculation',
  choices: 'type',
  integer: 'type',
  display: 'credmap_display',
  min: 'credmap_min',
  max: 'credmap_max',
  minSelected: 'credmap_min_selected',
  maxSelected: 'credmap_max_selected',
  maxLength: 'credmap_max_length',
  inputMode: 'credmap_input_mode',
  unit: 'credmap_unit',
  rows: 'credmap_rows',
  countries: 'credmap_countries',
  statement: 'credmap_statement',
  title: 'label',
  addAnother: 'credmap_add_another',
  itemLabel: 'credmap_item_label',
  pages: 'type',
  items: 'type',
};

const choiceColumns: Readonly<Record<string, string>> = {
  code: 'name',
  label: 'label',
  other: 'credmap_other',
  exclusive: 'credmap_exclusive',
};

/**
 * The survey sheet as pages. Groups are pages; a question outside any group is a page of its own,
 * except calculations, which join the page after them (or the last one), since a page of nothing
 * but calculations would show the respondent an empty step. A repeat holds the groups inside it, or
 * all its questions on one page when it has none.
 */
export class SurveyReader {
  private readonly cells: CellValues;
  private readonly taken: Set<string>;
  private readonly usedAsChoices = new Set<string>();
  private readonly usedAsRows = new Set<string>();
  /** `begin_…` rows past maxNesting not yet ended: counted, not kept, as the form is refused anyway. */
  private tooDeep = 0;

  constructor(
    private readonly table: Table,
    private readonly lists: ChoiceLists,
    private readonly issues: XlsFormIssue[],
    private readonly locations: Locations,
  ) {
    this.cells = new CellValues(issues);
    this.taken = new Set(table.rows.flatMap((r) => r.values.get('name') ?? []));
  }

  read(): SurveyResult {
    for (const column of ['type', 'name']) {
      if (!this.table.columns.has(column)) this.report(1, 'xlsform.missingColumn', column);
    }
    const top: Frame = { kind: 'top', blocks: [] };
    const stack: Frame[] = [top];
    for (const row of this.table.rows) this.readRow(row, stack);
    while (stack.length > 1) this.close(stack, true);
    const pages = this.assemble(top.blocks);
    const rowsOnly = new Set([...this.usedAsRows].filter((l) => !this.usedAsChoices.has(l)));
    return { pages, listsUsedAsRowsOnly: rowsOnly };
  }

  private report(row: number, code: string, column?: string, detail?: string): void {
    this.issues.push(xlsFormIssue(this.table.sheet, row, code, column, detail));
  }

  private readRow(row: Row, stack: Frame[]): void {
    const typeText = row.values.get('type');
    if (typeText === undefined) {
      if (this.table.columns.has('type')) this.report(row.row, 'xlsform.missingValue', 'type');
      return;
    }
    const words = typeText.split(/\s+/);
    const joined = `${words[0] ?? ''}_${words[1] ?? ''}`.toLowerCase();
    const [type = '', ...args] = twoWordTypes.has(joined)
      ? [joined, ...words.slice(2)]
      : [(words[0] ?? '').toLowerCase(), ...words.slice(1)];
    switch (type) {
      case 'begin_group':
      case 'begin_repeat':
        this.begin(row, type, args, stack);
        return;
      case 'end_group':
      case 'end_repeat':
        this.end(row, type === 'end_group' ? 'group' : 'repeat', args, stack);
        return;
    }
    const question = this.question(row, type, args);
    if (question === undefined) return;
    const container = containerOf(stack);
    if (container?.kind === 'group') container.page.items.push(question);
    else if (container?.kind === 'repeat') container.repeat.blocks.push({ kind: 'loose', question });
    else if (container?.kind === 'top') container.blocks.push({ kind: 'loose', question });
  }

  private onlyColumns(row: Row, allowed: readonly string[]): void {
    const set = new Set(allowed);
    const constraints = set.has('constraint');
    for (const column of filledColumns(row)) {
      if (set.has(column) || (constraints && extraConstraintNumber(column) !== undefined)) continue;
      this.report(row.row, 'xlsform.columnNotApplicable', column);
    }
  }

  private appearances(row: Row, allowed: readonly string[]): string[] {
    const words = this.cells.words(row, 'appearance') ?? [];
    for (const word of words) {
      if (!allowed.includes(word)) this.report(row.row, 'xlsform.unsupportedAppearance', 'appearance', word);
    }
    return words;
  }

  private noArguments(row: Row, args: readonly string[]): void {
    if (args.length > 0) this.report(row.row, 'xlsform.badValue', 'type', row.values.get('type'));
  }

  private expression(row: Row, column: string): string | undefined {
    const source = row.values.get(column);
    if (source === undefined) return undefined;
    const translated = fromXPath(source);
    if (translated.ok) return translated.expression;
    this.report(row.row, translated.code, column, translated.detail);
    return undefined;
  }

  private begin(
    row: Row,
    type: 'begin_group' | 'begin_repeat',
    args: readonly string[],
    stack: Frame[],
  ): void {
    this.noArguments(row, args);
    // The top level is a frame of its own: `stack.length - 1` groups and repeats are open.
    if (this.tooDeep > 0 || stack.length > maxNesting) {
      if (this.tooDeep === 0) this.report(row.row, 'xlsform.tooDeep', 'type', type);
      this.tooDeep++;
      return;
    }
    const of = type === 'begin_group' ? 'group' : 'repeat';
    const inside = stack[stack.length - 1];
    const allowed =
      type === 'begin_group' ? inside?.kind === 'top' || inside?.kind === 'repeat' : inside?.kind === 'top';
    if (!allowed) {
      this.report(row.row, 'xlsform.unsupportedNesting', 'type', type);
      stack.push({ kind: 'ignored', of, row });
      return;
    }
    const json: Draft = {};
    const id = row.values.get('name');
    if (id === undefined) this.report(row.row, 'xlsform.missingValue', 'name');
    else json.id = id;
    const title = row.texts.get('label');
    const relevant = this.expression(row, 'relevant');
    if (type === 'begin_group') {
      this.onlyColumns(row, ['type', 'name', 'label', 'relevant', 'appearance']);
      this.appearances(row, ['field-list']);
      if (title !== undefined) json.title = title;
      if (relevant !== undefined) json.relevant = relevant;
      stack.push({ kind: 'group', page: { kind: 'page', row, json, items: [] } });
      return;
    }
    this.onlyColumns(row, [
      'type',
      'name',
      'label',
      'relevant',
      'credmap_min',
      'credmap_max',
      'credmap_add_another',
      'credmap_item_label',
    ]);
    json.type = 'repeat';
    if (title !== undefined) json.title = title;
    if (relevant !== undefined) json.relevant = relevant;
    const min = this.cells.number(row, 'credmap_min');
    if (min !== undefined) json.min = min;
    const max = this.cells.number(row, 'credmap_max');
    if (max !== undefined) json.max = max;
    const addAnother = row.texts.get('credmap_add_another');
    if (addAnother !== undefined) json.addAnother = addAnother;
    const itemLabel = row.texts.get('credmap_item_label');
    if (itemLabel !== undefined) json.itemLabel = itemLabel;
    stack.push({ kind: 'repeat', repeat: { kind: 'repeat', row, json, blocks: [] } });
  }

  private end(row: Row, of: 'group' | 'repeat', args: readonly string[], stack: Frame[]): void {
    this.noArguments(row, args);
    this.onlyColumns(row, ['type', 'name']);
    if (this.tooDeep > 0) {
      this.tooDeep--;
      return;
    }
    const matches = (f: Frame) => f.kind === of || (f.kind === 'ignored' && f.of === of);
    const at = stack.findLastIndex(matches);
    if (at <= 0) {
      this.report(row.row, 'xlsform.unmatchedEnd', 'type', row.values.get('type'));
      return;
    }
    while (stack.length - 1 > at) this.close(stack, true);
    this.close(stack, false);
  }

  /** Ends the innermost group or repeat; `unclosed` when its end row is missing. */
  private close(stack: Frame[], unclosed: boolean): void {
    const frame = stack.pop();
    if (frame === undefined || frame.kind === 'top') return;
    if (unclosed) {
      const row =
        frame.kind === 'group' ? frame.page.row : frame.kind === 'repeat' ? frame.repeat.row : frame.row;
      const of = frame.kind === 'ignored' ? frame.of : frame.kind;
      this.report(row?.row ?? 0, of === 'group' ? 'xlsform.unclosedGroup' : 'xlsform.unclosedRepeat', 'type');
    }
    const container = containerOf(stack);
    if (frame.kind === 'group') {
      if (container?.kind === 'repeat') container.repeat.blocks.push(frame.page);
      else if (container?.kind === 'top') container.blocks.push(frame.page);
    } else if (frame.kind === 'repeat' && container?.kind === 'top') {
      container.blocks.push(frame.repeat);
    }
  }

  private list(row: Row, column: string, name: string | undefined): readonly ChoiceDraft[] | undefined {
    if (name === undefined) {
      this.report(row.row, 'xlsform.missingValue', column);
      return undefined;
    }
    const list = this.lists.get(name);
    if (list === undefined) this.report(row.row, 'xlsform.unknownList', column, name);
    return list;
  }

  private question(row: Row, type: string, args: readonly string[]): QuestionDraft | undefined {
    const json: Draft = {};
    const columns = new Map<string, string>();
    const id = row.values.get('name');
    if (id === undefined) this.report(row.row, 'xlsform.missingValue', 'name');
    else json.id = id;
    const credmapType = row.values.get('credmap_type');

    if (type === 'note') {
      this.noArguments(row, args);
      this.onlyColumns(row, ['type', 'name', 'label', 'hint', 'relevant']);
      json.type = 'info';
      this.copyText(row, json, 'label', 'label');
      this.copyText(row, json, 'body', 'hint');
      const relevant = this.expression(row, 'relevant');
      if (relevant !== undefined) json.relevant = relevant;
      return { row, json, columns };
    }
    if (type === 'calculate') {
      this.noArguments(row, args);
      this.onlyColumns(row, ['type', 'name', 'calculation', 'credmap_variable']);
      json.type = 'calculate';
      const variable = row.values.get('credmap_variable');
      if (variable !== undefined) json.variable = variable;
      const expression = this.expression(row, 'calculation');
      if (expression !== undefined) json.expression = expression;
      else if (!row.values.has('calculation')) this.report(row.row, 'xlsform.missingValue', 'calculation');
      return { row, json, columns };
    }

    let credmap: string;
    let choiceRows: readonly ChoiceDraft[] | undefined;
    let rowRows: readonly ChoiceDraft[] | undefined;
    let appearance: string[] = [];
    switch (type) {
      case 'select_one':
      case 'select_multiple':
      case 'rank': {
        const [listName, orOther, ...rest] = args;
        const otherAllowed = type !== 'rank' && orOther === 'or_other';
        if (rest.length > 0 || (orOther !== undefined && !otherAllowed))
          this.report(row.row, 'xlsform.badValue', 'type', row.values.get('type'));
        choiceRows = this.list(row, 'type', listName);
        if (type === 'select_one') {
          if (credmapType === 'matrix') {
            credmap = 'matrix';
            rowRows = this.list(row, 'credmap_rows', row.values.get('credmap_rows'));
          } else {
            appearance = this.appearances(row, ['minimal', 'likert']);
            credmap = credmapType === 'likert' || appearance.includes('likert') ? 'likert' : 'single';
            if (credmap === 'single' && appearance.includes('minimal')) json.display = 'select';
          }
        } else {
          credmap = type === 'rank' ? 'ranking' : 'multiple';
        }
        if (otherAllowed && credmap !== 'single' && credmap !== 'multiple')
          this.report(row.row, 'xlsform.badValue', 'type', row.values.get('type'));
        if (listName !== undefined && choiceRows !== undefined) {
          this.usedAsChoices.add(listName);
          json.choices = listName;
          if (otherAllowed) {
            choiceRows = withOther(choiceRows, row.row, this.languagesOf(choiceRows));
            json.choices = choiceRows.map((c) => c.choice);
          }
        }
        if (rowRows !== undefined) {
          this.usedAsRows.add(row.values.get('credmap_rows') ?? '');
          json.rows = rowRows.map(({ row: at, choice }) => {
            for (const member of ['other', 'exclusive'] as const) {
              if (member in choice)
                this.issues.push(
                  xlsFormIssue('choices', at, 'xlsform.columnNotApplicable', choiceColumns[member]),
                );
            }
            return { code: choice.code, label: choice.label };
          });
        }
        break;
      }
      case 'text':
      case 'string':
        this.noArguments(row, args);
        appearance = this.appearances(row, ['multiline']);
        if (credmapType === 'country' || credmapType === 'longtext') credmap = credmapType;
        else credmap = appearance.includes('multiline') ? 'longtext' : 'text';
        break;
      case 'integer':
      case 'int':
      case 'decimal':
        this.noArguments(row, args);
        credmap = 'number';
        if (type !== 'decimal') json.integer = true;
        break;
      case 'date':
        this.noArguments(row, args);
        credmap = 'date';
        break;
      case 'acknowledge':
        this.noArguments(row, args);
        credmap = 'consent';
        break;
      default:
        this.report(row.row, 'xlsform.unsupportedType', 'type', row.values.get('type'));
        return undefined;
    }
    // credmap_type only refines a base type; a value the base type cannot become is a mistake.
    if (credmapType !== undefined && credmapType !== credmap)
      this.report(row.row, 'xlsform.badValue', 'credmap_type', credmapType);
    json.type = credmap;
    this.onlyColumns(row, [...commonColumns, ...(typeColumns[credmap] ?? [])]);
    if (appearance.length === 0) this.appearances(row, []);
    this.common(row, json, columns);
    this.specific(row, credmap, json);
    return {
      row,
      json,
      columns,
      ...(choiceRows === undefined ? {} : { choiceRows }),
      ...(rowRows === undefined ? {} : { rowRows }),
    };
  }

  private languagesOf(choices: readonly ChoiceDraft[]): string[] {
    return [...new Set(choices.flatMap((c) => Object.keys(c.choice.label as Record<string, string>)))];
  }

  private copyText(row: Row, json: Draft, member: string, column: string): void {
    const text = row.texts.get(column);
    if (text !== undefined) json[member] = text;
  }

  /** The members every answered question shares. */
  private common(row: Row, json: Draft, columns: Map<string, string>): void {
    this.copyText(row, json, 'label', 'label');
    this.copyText(row, json, 'hint', 'hint');
    const variable = row.values.get('credmap_variable');
    if (variable !== undefined) json.variable = variable;
    const required = row.values.get('required');
    if (required !== undefined) {
      const v = required.toLowerCase();
      if (['yes', 'true', 'true()'].includes(v)) json.required = true;
      else if (['no', 'false', 'false()'].includes(v)) json.required = false;
      else {
        const expression = this.expression(row, 'required');
        if (expression !== undefined) json.required = expression;
      }
    }
    const relevant = this.expression(row, 'relevant');
    if (relevant !== undefined) json.relevant = relevant;
    const missing = this.cells.words(row, 'credmap_missing');
    if (missing !== undefined) json.missing = missing;

    const numbers = new Set([1]);
    for (const column of [...row.values.keys(), ...row.texts.keys()]) {
      const n = extraConstraintNumber(column);
      if (n !== undefined) numbers.add(n);
    }
    const constraints: Draft[] = [];
    for (const n of [...numbers].sort((a, b) => a - b)) {
      const column = n === 1 ? 'constraint' : `credmap_constraint_${n}`;
      const messageColumn = n === 1 ? 'constraint_message' : `credmap_constraint_message_${n}`;
      const message = row.texts.get(messageColumn);
      if (!row.values.has(column)) {
        if (message !== undefined) this.report(row.row, 'xlsform.missingValue', column);
        continue;
      }
      const expression = this.expression(row, column);
      if (expression === undefined) continue;
      columns.set(`constraints.${constraints.length}.expression`, column);
      columns.set(`constraints.${constraints.length}.message`, messageColumn);
      constraints.push({ expression, message: message ?? {} });
    }
    if (constraints.length > 0) json.constraints = constraints;
  }

  private specific(row: Row, type: string, json: Draft): void {
    const setNumber = (member: string, column: string) => {
      const n = this.cells.number(row, column);
      if (n !== undefined) json[member] = n;
    };
    const setText = (member: string, column: string) => {
      const value = row.values.get(column);
      if (value !== undefined) json[member] = value;
    };
    switch (type) {
      case 'single':
        setText('display', 'credmap_display');
        break;
      case 'multiple':
        setNumber('minSelected', 'credmap_min_selected');
        setNumber('maxSelected', 'credmap_max_selected');
        break;
      case 'text':
        setNumber('maxLength', 'credmap_max_length');
        setText('inputMode', 'credmap_input_mode');
        break;
      case 'longtext':
        setNumber('maxLength', 'credmap_max_length');
        break;
      case 'number':
        setNumber('min', 'credmap_min');
        setNumber('max', 'credmap_max');
        this.copyText(row, json, 'unit', 'credmap_unit');
        break;
      case 'date':
        setText('min', 'credmap_min');
        setText('max', 'credmap_max');
        break;
      case 'country': {
        const countries = this.cells.words(row, 'credmap_countries');
        if (countries !== undefined) json.countries = countries;
        break;
      }
      case 'consent':
        this.copyText(row, json, 'statement', 'credmap_statement');
        break;
    }
  }

  /** A page id for a question outside any group: `p_<name>`, made unique among the sheet's names. */
  private pageId(base: string): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `_${n}`;
      const id = `p_${base}`.slice(0, 64 - suffix.length) + suffix;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }

  private idOf(question: QuestionDraft): string {
    return typeof question.json.id === 'string' ? question.json.id : `row${question.row.row}`;
  }

  private pagesOf(blocks: readonly Block[]): PageDraft[] {
    const pages: PageDraft[] = [];
    let waiting: QuestionDraft[] = [];
    for (const block of blocks) {
      if (block.kind === 'page') {
        block.items.unshift(...waiting);
        waiting = [];
        pages.push(block);
      } else if (block.question.json.type === 'calculate') {
        waiting.push(block.question);
      } else {
        const id = this.pageId(this.idOf(block.question));
        pages.push({ kind: 'page', row: null, json: { id }, items: [...waiting, block.question] });
        waiting = [];
      }
    }
    const last = pages[pages.length - 1];
    const [first] = waiting;
    if (last !== undefined) last.items.push(...waiting);
    else if (first !== undefined)
      pages.push({ kind: 'page', row: null, json: { id: this.pageId(this.idOf(first)) }, items: waiting });
    return pages;
  }

  private assemble(blocks: readonly (Block | RepeatDraft)[]): Draft[] {
    const entries: Draft[] = [];
    let loose: Block[] = [];
    const flush = () => {
      for (const page of this.pagesOf(loose)) entries.push(this.page(page, `pages.${entries.length}`));
      loose = [];
    };
    for (const block of blocks) {
      if (block.kind !== 'repeat') {
        loose.push(block);
        continue;
      }
      flush();
      const path = `pages.${entries.length}`;
      this.place(path, block.row.row, block.json);
      const groups = block.blocks.some((b) => b.kind === 'page');
      const pages = groups
        ? this.pagesOf(block.blocks)
        : [
            {
              kind: 'page' as const,
              row: block.row,
              json: { id: this.pageId(typeof block.json.id === 'string' ? block.json.id : 'repeat') },
              items: block.blocks.flatMap((b) => (b.kind === 'loose' ? [b.question] : [])),
            },
          ];
      entries.push({ ...block.json, pages: pages.map((p, i) => this.page(p, `${path}.pages.${i}`)) });
    }
    flush();
    return entries;
  }

  /** Records where a definition object and its members came from. */
  private place(
    path: string,
    row: number,
    json: Draft,
    columns: ReadonlyMap<string, string> = new Map(),
  ): void {
    this.locations.set(path, this.table.sheet, row);
    for (const member of Object.keys(json)) {
      const column = memberColumns[member];
      if (column !== undefined) this.locations.set(`${path}.${member}`, this.table.sheet, row, column);
    }
    for (const [member, column] of columns)
      this.locations.set(`${path}.${member}`, this.table.sheet, row, column);
  }

  private page(page: PageDraft, path: string): Draft {
    const row =
      page.row?.row ??
      page.items.find((q) => q.json.type !== 'calculate')?.row.row ??
      page.items[0]?.row.row ??
      0;
    this.place(path, row, page.json);
    if (page.row === null) this.locations.set(`${path}.id`, this.table.sheet, row, 'name');
    page.items.forEach((question, i) => {
      const at = `${path}.items.${i}`;
      this.place(at, question.row.row, question.json, question.columns);
      this.placeChoices(`${at}.choices`, question.choiceRows);
      this.placeChoices(`${at}.rows`, question.rowRows);
    });
    return { ...page.json, items: page.items.map((q) => q.json) };
  }

  private placeChoices(path: string, choices: readonly ChoiceDraft[] | undefined): void {
    choices?.forEach(({ row, choice }, i) => {
      const sheet = choices[i]?.sheet ?? 'choices';
      this.locations.set(`${path}.${i}`, sheet, row);
      for (const member of Object.keys(choice)) {
        const column = choiceColumns[member];
        if (column !== undefined) this.locations.set(`${path}.${i}.${member}`, sheet, row, column);
      }
    });
  }
}

/** XLSForm's `or_other`: the list with an "Other" choice that asks to specify, as pyxform adds it. */
function withOther(
  choices: readonly ChoiceDraft[],
  row: number,
  languages: readonly string[],
): ChoiceDraft[] {
  const label = Object.fromEntries(languages.map((l) => [l, 'Other']));
  return [...choices, { row, sheet: 'survey', choice: { code: 'other', other: true, label } }];
}
