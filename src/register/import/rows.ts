/**
 * Spreadsheet rows to register drafts: the header row names the columns (columns.ts), each further
 * row is one microcredential. Every problem is collected with its row and column; a row with none
 * becomes a `MicrocredentialDraft`.
 */
import type { LocalizedText } from '../../questionnaire/index.ts';
import {
  countryCodeSchema,
  ESCO_SKILL_URI,
  type EscoSkillRef,
  type LearningOutcome,
  type MicrocredentialDraft,
  recordIdSchema,
  webUrlSchema,
} from '../model/index.ts';
import { columnByName, importCodeLists, listLimits, noneIsExclusive, numberBounds } from './columns.ts';
import type { ProblemList } from './problem-list.ts';
import type { ImportProblem, ImportProblemCode } from './problems.ts';
import type { Table } from './table.ts';

export interface RowOptions {
  /** The language of text columns written without `:xx`. */
  readonly language?: string;
  /** Issuer countries for a row that names none, neither in `issuer_countries` nor for its awarding bodies. */
  readonly defaultIssuerCountries?: readonly string[];
  readonly maxCellLength: number;
}

/** The final check of a record (import.ts `checkRecord`). */
export type RecordCheck = (
  record: MicrocredentialDraft,
  where: { readonly row: number },
) => { ok: true; record: MicrocredentialDraft } | { ok: false; problems: ImportProblem[] };

export interface RowRecord {
  readonly row: number;
  readonly record: MicrocredentialDraft;
}

/** A column of the file: its base name, its language for text columns, where it is. */
interface FileColumn {
  readonly index: number;
  readonly name: string;
  readonly base: string;
  readonly lang?: string;
}

type Columns = ReadonlyMap<string, readonly FileColumn[]>;

const LANGUAGE = /^[a-z]{2}$/;
/** Values quoted in a problem are cut to this many characters (code points: never half an emoji). */
const QUOTE_MAX = 80;
const quote = (value: string) => {
  const chars = Array.from(value);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : value;
};

const isWebUrl = (value: string) => webUrlSchema.safeParse(value).success;
const isCountry = (value: string) => countryCodeSchema.safeParse(value).success;

/** Codes are compared in lower case, with spaces and hyphens read as `_` ("first cycle", "1w-1m"). */
const normaliseCode = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const splitList = (value: string) =>
  value
    .split(/[;,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
const splitLines = (value: string) =>
  value
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * The first row with a value under each blank heading, in one pass over the rows: searching the rows
 * once per blank heading was quadratic (400,000 blank headings over 4000 rows took 17 s).
 */
function firstUses(table: Table, blank: readonly boolean[]): Map<number, number> {
  const found = new Map<number, number>();
  const wanted = blank.filter(Boolean).length;
  for (const { row, cells } of table.rows) {
    if (found.size === wanted) break;
    const width = Math.min(cells.length, blank.length);
    for (let index = 0; index < width; index++) {
      if (blank[index] && !found.has(index) && (cells[index] ?? '').trim() !== '') found.set(index, row);
    }
  }
  return found;
}

/** The header row: which column is where. Unknown, doubled or badly named columns are problems of row 1. */
function readHeader(table: Table, options: RowOptions, problems: ProblemList): Columns {
  const columns = new Map<string, FileColumn[]>();
  const seen = new Set<string>();
  const defaultLanguage =
    options.language !== undefined && LANGUAGE.test(options.language) ? options.language : undefined;
  const names = table.header.map((raw) => raw.trim().toLowerCase());
  const used = firstUses(
    table,
    names.map((name) => name === ''),
  );
  for (const [index, name] of names.entries()) {
    if (name === '') {
      const row = used.get(index);
      if (row !== undefined) problems.add({ row, code: 'unnamedColumn', params: { position: index + 1 } });
      continue;
    }
    const colon = name.indexOf(':');
    const base = (colon < 0 ? name : name.slice(0, colon)).trim();
    const suffix = colon < 0 ? undefined : name.slice(colon + 1).trim();
    const column = columnByName.get(base);
    const problem = (code: ImportProblemCode, params?: Record<string, string>) =>
      problems.add({ row: 1, column: name, code, ...(params === undefined ? {} : { params }) });
    if (column === undefined || (!column.text && suffix !== undefined)) {
      problem('unknownColumn');
      continue;
    }
    let lang: string | undefined;
    if (column.text) {
      lang = suffix ?? defaultLanguage;
      if (suffix !== undefined && !LANGUAGE.test(suffix)) {
        problem('badLanguage', { value: quote(suffix) });
        continue;
      }
      if (lang === undefined) {
        problem('missingLanguage');
        continue;
      }
    }
    const key = lang === undefined ? base : `${base}:${lang}`;
    if (seen.has(key)) {
      problem('duplicateColumn');
      continue;
    }
    seen.add(key);
    const list = columns.get(base) ?? [];
    list.push({ index, name, base, ...(lang === undefined ? {} : { lang }) });
    columns.set(base, list);
  }
  return columns;
}

/** One row being read: its cells by column, and how many problems were found in it. */
class RowReader {
  /** Problems go straight to the import's list: a row can have millions (a bad ESCO URI a line). */
  problemCount = 0;
  private readonly tooLong = new Set<number>();

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly columns: Columns,
    private readonly problems: ProblemList,
    maxCellLength: number,
    /** Cells that could not be read (already reported): they count as filled in. */
    private readonly unreadable: ReadonlySet<number> = new Set(),
  ) {
    for (const list of columns.values()) {
      for (const c of list) {
        if (this.raw(c).length > maxCellLength) {
          this.tooLong.add(c.index);
          this.problem(c.name, 'tooLong', { max: maxCellLength });
        }
      }
    }
  }

  problem(column: string | undefined, code: ImportProblemCode, params?: Record<string, string | number>) {
    this.problemCount++;
    this.problems.add({
      row: this.row,
      ...(column === undefined ? {} : { column }),
      code,
      ...(params === undefined ? {} : { params }),
    });
  }

  private raw(c: FileColumn): string {
    return (this.cells[c.index] ?? '').replace(/\r\n?/g, '\n').trim();
  }

  /** Whether any column of this base has something in it, readable or not. */
  has(base: string): boolean {
    return (this.columns.get(base) ?? []).some((c) => this.raw(c) !== '' || this.unreadable.has(c.index));
  }

  /** The non-empty cells of a base name (one for a plain column, one per language for a text column). */
  cellsOf(base: string): { column: FileColumn; value: string }[] {
    return (this.columns.get(base) ?? [])
      .filter((c) => !this.tooLong.has(c.index))
      .map((column) => ({ column, value: this.raw(column) }))
      .filter((c) => c.value !== '');
  }

  plain(base: string): { column: string; value: string } | undefined {
    const found = this.cellsOf(base)[0];
    return found === undefined ? undefined : { column: found.column.name, value: found.value };
  }

  /** A text column in its languages. */
  text(base: string): LocalizedText | undefined {
    const out: Record<string, string> = {};
    for (const { column, value } of this.cellsOf(base)) out[column.lang as string] = value;
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /**
   * A text column with one entry per line: line n of each language is the same entry. Every
   * language must have as many lines as the first.
   */
  lines(base: string): { lang: string; column: string; lines: string[] }[] {
    const all = this.cellsOf(base).map(({ column, value }) => ({
      lang: column.lang as string,
      column: column.name,
      lines: splitLines(value),
    }));
    const first = all[0];
    if (first === undefined) return [];
    let ok = true;
    for (const other of all.slice(1)) {
      if (other.lines.length !== first.lines.length) {
        ok = false;
        this.problem(other.column, 'lineCountMismatch', {
          expected: first.lines.length,
          found: other.lines.length,
        });
      }
    }
    return ok ? all : [];
  }

  /** Entries of a line-per-entry text column as texts in their languages. */
  entries(base: string, max: number): LocalizedText[] {
    const all = this.lines(base);
    const count = all[0]?.lines.length ?? 0;
    if (count > max) {
      this.problem(all[0]?.column, 'tooMany', { max });
      return [];
    }
    return Array.from({ length: count }, (_, i) =>
      Object.fromEntries(all.map((l) => [l.lang, l.lines[i] as string])),
    );
  }

  /** One code of a list. */
  code(base: string): string | undefined {
    const cell = this.plain(base);
    if (cell === undefined) return undefined;
    const code = normaliseCode(cell.value);
    if ((importCodeLists[base] ?? []).includes(code)) return code;
    this.problem(cell.column, 'badCode', { value: quote(cell.value) });
    return undefined;
  }

  /** Several codes of a list, without repeats; `none` alone where the list says so. */
  codes(base: string, adjust: (code: string) => string | undefined = (c) => c): string[] | undefined {
    const cell = this.plain(base);
    if (cell === undefined) return undefined;
    const allowed = importCodeLists[base] ?? [];
    const out: string[] = [];
    let bad = false;
    for (const item of splitList(cell.value)) {
      const code = adjust(normaliseCode(item));
      if (code === undefined || !allowed.includes(code)) {
        bad = true;
        this.problem(cell.column, 'badCode', { value: quote(item) });
      } else if (!out.includes(code)) out.push(code);
    }
    if (noneIsExclusive.has(base) && out.includes('none') && out.length > 1) {
      this.problem(cell.column, 'noneNotAlone', { value: 'none' });
      return undefined;
    }
    return bad || out.length === 0 ? undefined : out;
  }

  number(base: 'ects' | 'hours'): number | undefined {
    const cell = this.plain(base);
    if (cell === undefined) return undefined;
    // A decimal comma is read as a point (2,5 ECTS); thousands separators are not accepted.
    if (!/^-?\d+(?:[.,]\d+)?$/.test(cell.value)) {
      this.problem(cell.column, 'badNumber', { value: quote(cell.value) });
      return undefined;
    }
    const n = Number(cell.value.replace(',', '.'));
    const max = numberBounds[base];
    if (!(n > 0 && n <= max)) {
      this.problem(cell.column, 'outOfRange', { value: quote(cell.value), max });
      return undefined;
    }
    return n;
  }

  url(base: string): string | undefined {
    const cell = this.plain(base);
    if (cell === undefined) return undefined;
    if (isWebUrl(cell.value)) return cell.value;
    this.problem(cell.column, 'badUrl', { value: quote(cell.value) });
    return undefined;
  }

  /**
   * A plain column with one value per line for each of `count` entries; one line alone stands for
   * all. Each value goes through `check`, which reports and returns undefined when it is bad.
   */
  perEntry<T>(
    base: string,
    count: number,
    check: (value: string, column: string) => T | undefined,
  ): (T | undefined)[] | undefined {
    const cell = this.plain(base);
    if (cell === undefined) return undefined;
    const values = cell.value
      .split(/[\n;]/)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length !== count && values.length !== 1) {
      this.problem(cell.column, 'lineCountMismatch', { expected: count, found: values.length });
      return undefined;
    }
    const checked = values.map((v) => check(v, cell.column));
    return Array.from({ length: count }, (_, i) => (checked.length === 1 ? checked[0] : checked[i]));
  }
}

/** An ISCED-F code as written, or with the leading zeros a spreadsheet drops (688 -> 0688) when only one fits. */
function iscedFit(code: string): string | undefined {
  const allowed = importCodeLists.isced_f ?? [];
  if (allowed.includes(code) || !/^\d{1,4}$/.test(code)) return code;
  const padded = [2, 3, 4].map((n) => code.padStart(n, '0')).filter((c) => allowed.includes(c));
  return padded.length === 1 ? padded[0] : code;
}

function awardingBodies(r: RowReader): MicrocredentialDraft['awardingBodies'] {
  const names = r.entries('awarding_body', listLimits.awardingBodies);
  if (names.length === 0) return undefined;
  const n = names.length;
  const countries = r.perEntry('awarding_body_country', n, (value, column) => {
    const code = value.toUpperCase();
    if (isCountry(code)) return code;
    r.problem(column, 'badCountry', { value: quote(value) });
    return undefined;
  });
  const homepages = r.perEntry('awarding_body_homepage', n, (value, column) => {
    if (isWebUrl(value)) return value;
    r.problem(column, 'badUrl', { value: quote(value) });
    return undefined;
  });
  const ids = r.perEntry('awarding_body_id', n, (value, column) => {
    if (recordIdSchema.safeParse(value).success) return value;
    r.problem(column, 'badId', { value: quote(value) });
    return undefined;
  });
  return names.map((name, i) => {
    const country = countries?.[i];
    const homepage = homepages?.[i];
    const providerId = ids?.[i];
    return {
      name,
      ...(providerId === undefined ? {} : { providerId }),
      ...(country === undefined ? {} : { country }),
      ...(homepage === undefined ? {} : { homepage }),
    };
  });
}

function issuerCountries(
  r: RowReader,
  bodies: MicrocredentialDraft['awardingBodies'],
  options: RowOptions,
): string[] | undefined {
  const cell = r.plain('issuer_countries');
  if (cell !== undefined) {
    const out: string[] = [];
    for (const item of splitList(cell.value)) {
      const code = item.toUpperCase();
      if (!isCountry(code)) r.problem(cell.column, 'badCountry', { value: quote(item) });
      else if (!out.includes(code)) out.push(code);
    }
    if (out.length > listLimits.issuerCountries) {
      r.problem(cell.column, 'tooMany', { max: listLimits.issuerCountries });
      return undefined;
    }
    return out.length > 0 ? out : undefined;
  }
  // As the ELM mapping does: the issuer of Annex I is the awarding body, so its country is the issuer's.
  const fromBodies = [
    ...new Set((bodies ?? []).flatMap((b) => (b.country === undefined ? [] : [b.country]))),
  ];
  if (fromBodies.length > 0) return fromBodies;
  const fallback = (options.defaultIssuerCountries ?? []).filter(isCountry);
  return fallback.length > 0 ? [...new Set(fallback)] : undefined;
}

/** One ESCO skill per line: its URI (http, as ESCO writes them), then its preferred label in the column's language. */
function escoOutcomes(r: RowReader): LearningOutcome[] {
  const skills = new Map<string, Record<string, string>>();
  for (const { column, value } of r.cellsOf('esco_skills')) {
    for (const line of splitLines(value)) {
      const [token = '', ...rest] = line.split(/\s+/);
      const uri = token.replace(/^https:/i, 'http:');
      const label = rest
        .join(' ')
        .replace(/^[|:;,\-–—]+\s*/, '')
        .trim();
      if (!ESCO_SKILL_URI.test(uri)) r.problem(column.name, 'badEscoSkill', { value: quote(token) });
      else if (label === '') r.problem(column.name, 'missingEscoLabel', { value: uri });
      else skills.set(uri, { ...skills.get(uri), [column.lang as string]: label });
    }
  }
  if (skills.size > listLimits.escoSkills) {
    r.problem('esco_skills', 'tooMany', { max: listLimits.escoSkills });
    return [];
  }
  // A flat row cannot say which outcome a skill belongs to: each skill is an outcome of its own,
  // worded by its label, as the Open Badges mapping does with an ESCO alignment.
  return [...skills].map(([uri, label]) => {
    const skill: EscoSkillRef = { uri, label };
    return { text: label, escoSkills: [skill] };
  });
}

/** A larger credential per line: its title, a web address, or a title followed by one. */
function partOf(r: RowReader): NonNullable<MicrocredentialDraft['stackability']>['partOf'] {
  const all = r.lines('part_of');
  const count = all[0]?.lines.length ?? 0;
  if (count > listLimits.partOf) {
    r.problem(all[0]?.column, 'tooMany', { max: listLimits.partOf });
    return undefined;
  }
  const refs: { title?: LocalizedText; url?: string }[] = [];
  for (let i = 0; i < count; i++) {
    const ref: { title?: Record<string, string>; url?: string } = {};
    for (const { lang, lines } of all) {
      const line = lines[i] as string;
      const words = line.split(/\s+/);
      const last = words[words.length - 1] as string;
      const url = isWebUrl(last) ? last : undefined;
      const title = (url === undefined ? line : words.slice(0, -1).join(' ')).trim();
      if (url !== undefined && ref.url === undefined) ref.url = url;
      if (title !== '') ref.title = { ...ref.title, [lang]: title };
    }
    refs.push(ref);
  }
  return refs.length > 0 ? refs : undefined;
}

/** The draft of one row; its problems are left in the reader. */
function rowDraft(r: RowReader, options: RowOptions): MicrocredentialDraft {
  const d: MicrocredentialDraft = {};
  const set = <K extends keyof MicrocredentialDraft>(key: K, value: MicrocredentialDraft[K] | undefined) => {
    if (value !== undefined) d[key] = value;
  };

  const id = r.plain('id');
  if (id !== undefined) {
    if (recordIdSchema.safeParse(id.value).success) d.id = id.value;
    else r.problem(id.column, 'badId', { value: quote(id.value) });
  }

  // Elements 2, 3, 4
  set('title', r.text('title'));
  if (!r.has('title')) r.problem('title', 'missingTitle');
  const bodies = awardingBodies(r);
  set('awardingBodies', bodies);
  if (!r.has('awarding_body')) r.problem('awarding_body', 'missingAwardingBody');
  set('issuerCountries', issuerCountries(r, bodies, options));
  const named = r.has('issuer_countries') || r.has('awarding_body_country');
  if (!named && d.issuerCountries === undefined) r.problem('issuer_countries', 'missingIssuerCountry');
  const regions = r.entries('issuer_regions', listLimits.issuerRegions);
  if (regions.length > 0) d.issuerRegions = regions;

  // Element 6
  const outcomes: LearningOutcome[] = r
    .entries('learning_outcomes', listLimits.learningOutcomes)
    .map((text) => ({ text }));
  outcomes.push(...escoOutcomes(r));
  if (outcomes.length > listLimits.learningOutcomes)
    r.problem('learning_outcomes', 'tooMany', { max: listLimits.learningOutcomes });
  else if (outcomes.length > 0) d.learningOutcomes = outcomes;

  // Element 7
  const ects = r.number('ects');
  const hours = r.number('hours');
  if (ects !== undefined || hours !== undefined)
    d.workload = { ...(ects === undefined ? {} : { ects }), ...(hours === undefined ? {} : { hours }) };

  // Element 8
  const eqf = r.code('eqf') as NonNullable<MicrocredentialDraft['level']>['eqf'];
  const nqf = r.text('nqf');
  const cycle = r.code('cycle') as NonNullable<MicrocredentialDraft['level']>['cycle'];
  if (eqf !== undefined || nqf !== undefined || cycle !== undefined)
    d.level = {
      ...(eqf === undefined ? {} : { eqf }),
      ...(nqf === undefined ? {} : { nqf: { label: nqf } }),
      ...(cycle === undefined ? {} : { cycle }),
    };

  // Element 9
  const assessment = r.codes('assessment') as
    | NonNullable<MicrocredentialDraft['assessment']>['types']
    | undefined;
  const assessmentText = r.text('assessment_description');
  if (assessment !== undefined || assessmentText !== undefined)
    d.assessment = {
      types: assessment ?? [],
      ...(assessmentText === undefined ? {} : { description: assessmentText }),
    };

  // Element 10
  const form = r.code('participation') as
    | NonNullable<MicrocredentialDraft['participation']>['form']
    | undefined;
  const delivery = r.code('delivery') as NonNullable<MicrocredentialDraft['participation']>['delivery'];
  if (form !== undefined) d.participation = { form, ...(delivery === undefined ? {} : { delivery }) };
  else if (r.has('delivery') && !r.has('participation'))
    r.problem('delivery', 'needsColumn', { needs: 'participation' });

  // Element 11
  const qaTypes = r.codes('quality_assurance') as
    | NonNullable<MicrocredentialDraft['qualityAssurance']>['types']
    | undefined;
  const qaText = r.text('quality_assurance_description');
  const qaBodies = r.entries('qa_bodies', listLimits.qaBodies);
  const qaUrl = r.url('qa_url');
  if (qaTypes !== undefined || qaText !== undefined || qaBodies.length > 0)
    d.qualityAssurance = {
      types: qaTypes ?? [],
      ...(qaText === undefined ? {} : { description: qaText }),
      ...(qaBodies.length === 0 ? {} : { bodies: qaBodies }),
      ...(qaUrl === undefined ? {} : { url: qaUrl }),
    };
  else if (
    r.has('qa_url') &&
    !r.has('quality_assurance') &&
    !r.has('quality_assurance_description') &&
    !r.has('qa_bodies')
  )
    r.problem('qa_url', 'needsColumn', { needs: 'quality_assurance' });

  // Elements 12–16
  const prerequisites = r.codes('prerequisites') as
    | NonNullable<MicrocredentialDraft['prerequisites']>['types']
    | undefined;
  const prerequisitesText = r.text('prerequisites_description');
  if (prerequisites !== undefined || prerequisitesText !== undefined)
    d.prerequisites = {
      types: prerequisites ?? [],
      ...(prerequisitesText === undefined ? {} : { description: prerequisitesText }),
    };
  set('supervision', r.code('supervision') as MicrocredentialDraft['supervision']);
  const scheme = r.code('grade_scheme') as NonNullable<MicrocredentialDraft['grade']>['scheme'];
  const schemeText = r.text('grade_scheme_description');
  if (scheme !== undefined || schemeText !== undefined)
    d.grade = {
      ...(scheme === undefined ? {} : { scheme }),
      ...(schemeText === undefined ? {} : { schemeDescription: schemeText }),
    };
  const option = r.code('stackability') as
    | NonNullable<MicrocredentialDraft['stackability']>['option']
    | undefined;
  const larger = partOf(r);
  // As the ELM mapping does: naming a larger credential says the microcredential stacks towards it.
  if (option !== undefined || (larger !== undefined && !r.has('stackability')))
    d.stackability = { option: option ?? 'stackable', ...(larger === undefined ? {} : { partOf: larger }) };
  const furtherText = r.text('further_information');
  const furtherUrl = r.url('further_information_url');
  if (furtherText !== undefined || furtherUrl !== undefined)
    d.furtherInformation = {
      ...(furtherText === undefined ? {} : { text: furtherText }),
      ...(furtherUrl === undefined ? {} : { url: furtherUrl }),
    };

  // Register fields
  set('description', r.text('description'));
  set('awardCriteria', r.text('award_criteria'));
  const fields = r.codes('isced_f', iscedFit);
  if (fields !== undefined && fields.length > listLimits.iscedF)
    r.problem(r.plain('isced_f')?.column, 'tooMany', { max: listLimits.iscedF });
  else set('iscedF', fields);
  const languages = r.plain('languages');
  if (languages !== undefined) {
    const codes: string[] = [];
    for (const item of splitList(languages.value)) {
      const code = item.toLowerCase();
      if (!LANGUAGE.test(code)) r.problem(languages.column, 'badLanguage', { value: quote(item) });
      else if (!codes.includes(code)) codes.push(code);
    }
    if (codes.length > listLimits.languages)
      r.problem(languages.column, 'tooMany', { max: listLimits.languages });
    else if (codes.length > 0) d.languagesOfInstruction = codes;
  }
  set('providerType', r.code('provider_type') as MicrocredentialDraft['providerType']);
  set('duration', r.code('duration') as MicrocredentialDraft['duration']);
  const links: NonNullable<MicrocredentialDraft['links']> = [];
  for (const [column, rel] of [
    ['url', 'homepage'],
    ['enrolment_url', 'enrolment'],
    ['catalogue_url', 'catalogue'],
  ] as const) {
    const url = r.url(column);
    if (url !== undefined) links.push({ rel, url });
  }
  if (links.length > 0) d.links = links;
  return d;
}

/**
 * Every row of a table as a draft; the problems of the file, its header and all rows go to
 * `problems`. A draft is only checked against the model when its row has no other problem, so one
 * mistake is not reported twice.
 */
export function readRows(
  table: Table,
  options: RowOptions,
  check: RecordCheck,
  problems: ProblemList,
): RowRecord[] {
  for (const problem of table.problems) problems.add(problem);
  const columns = readHeader(table, options, problems);
  const nameAt = (index: number) => table.header[index]?.trim().toLowerCase() || `#${index + 1}`;
  const badByRow = new Map<number, Set<number>>();
  for (const bad of table.badCells) {
    problems.add({ row: bad.row, column: nameAt(bad.index), code: 'noFormulaValue' });
    badByRow.set(bad.row, (badByRow.get(bad.row) ?? new Set()).add(bad.index));
  }
  const records: RowRecord[] = [];
  const ids = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const unreadable = badByRow.get(row) ?? new Set<number>();
    const r = new RowReader(row, cells, columns, problems, options.maxCellLength, unreadable);
    const draft = rowDraft(r, options);
    if (draft.id !== undefined) {
      const first = ids.get(draft.id);
      if (first !== undefined)
        r.problem(r.plain('id')?.column, 'duplicateId', { value: draft.id, firstRow: first });
      else ids.set(draft.id, row);
    }
    if (r.problemCount === 0 && unreadable.size === 0) {
      const checked = check(draft, { row });
      if (checked.ok) records.push({ row, record: checked.record });
      else for (const problem of checked.problems) problems.add(problem);
    }
  }
  return records;
}
