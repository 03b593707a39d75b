import type { Question, Questionnaire } from '../questionnaire/index.ts';
import { calculationKinds, resolveText } from '../questionnaire/index.ts';

/**
 * The columns of a wide export (one row per respondent), pooled across a study's questionnaires:
 * a question shared through a module is one column set, whichever questionnaire asked it.
 */
export interface ExportColumn {
  /** Column name: the variable, with the code, row or item number it stands for. */
  readonly name: string;
  readonly label: string;
  /**
   * code: a choice (`codes` lists them) or, without `codes`, a short code such as a country;
   * flag: 0/1 for one option of a multiple choice; rank: an option's rank; number; text; date
   * (ISO 8601 day); id: a whole number that identifies (respondent, version, item), never missing.
   */
  readonly kind: 'code' | 'flag' | 'number' | 'text' | 'date' | 'rank' | 'id';
  /**
   * Text columns, and codes without a code list (a calculation's result): the most bytes a value
   * can have (UTF-8, four per character at most).
   */
  readonly width?: number;
  /** Codes and labels, for the codebook (choice questions). */
  readonly codes?: readonly { code: string; label: string }[];
  /** Where its value comes from in the answers (absent for the leading columns of a dataset). */
  readonly source?: {
    readonly questionId: string;
    readonly item: number;
    readonly part: string;
    readonly code?: string;
  };
}

/** Missing codes as numbers, as SPSS and Stata users expect user-missing values. */
export const missingNumbers: Readonly<Record<string, number>> = { dont_know: -8, prefer_not_to_say: -9 };

/** An ISO day (YYYY-MM-DD) as milliseconds since 1970 at midnight UTC; undefined if it is no day. */
export function utcDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const t = m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-31 over to March; a real day gives back its own text.
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? undefined : t;
}

/** Bytes a code without a code list has at least in SPSS and Stata: a country, a number as text. */
export const codeWidth = 64;

/** The missing codes' labels, the same in every file that labels them. */
export const missingLabels: Readonly<Record<string, string>> = {
  dont_know: "Don't know",
  prefer_not_to_say: 'Prefer not to say',
};

const variableOf = (q: Question) => ('variable' in q && q.variable !== undefined ? q.variable : q.id);

export function exportColumns(
  questionnaires: readonly Questionnaire[],
  language: string,
  /** Long layout: only this repeat group's questions, once, without item suffixes. */
  repeat?: string,
): ExportColumn[] {
  const columns: ExportColumn[] = [];
  const seen = new Set<string>();
  const numericCalculations = numericCalculationsOf(questionnaires);
  for (const questionnaire of questionnaires) {
    const text = (x: Parameters<typeof resolveText>[0]) =>
      resolveText(x, language, questionnaire.fallbackLanguage);
    const add = (q: Question, item: number, suffix: string) => {
      if (seen.has(`${q.id}:${item}`)) return;
      seen.add(`${q.id}:${item}`);
      const base = `${variableOf(q)}${suffix}`;
      const label = q.type === 'calculate' ? q.id : text('label' in q ? q.label : undefined);
      const source = { questionId: q.id, item, part: '' };
      switch (q.type) {
        case 'single':
        case 'likert':
          columns.push({
            name: base,
            label,
            kind: 'code',
            codes: q.choices.map((c) => ({ code: c.code, label: text(c.label) })),
            source,
          });
          if (q.choices.some((c) => c.other === true))
            columns.push({
              name: `${base}_other_text`,
              label: `${label}: other`,
              kind: 'text',
              source: { ...source, part: 'other' },
            });
          return;
        case 'multiple':
          for (const c of q.choices)
            columns.push({
              name: `${base}_${c.code}`,
              label: `${label}: ${text(c.label)}`,
              kind: 'flag',
              source: { ...source, code: c.code },
            });
          if (q.choices.some((c) => c.other === true))
            columns.push({
              name: `${base}_other_text`,
              label: `${label}: other`,
              kind: 'text',
              source: { ...source, part: 'other' },
            });
          return;
        case 'ranking':
          for (const c of q.choices)
            columns.push({
              name: `${base}_${c.code}`,
              label: `${label}: ${text(c.label)}`,
              kind: 'rank',
              source: { ...source, code: c.code },
            });
          return;
        case 'matrix':
          for (const r of q.rows)
            columns.push({
              name: `${base}_${r.code}`,
              label: `${label}: ${text(r.label)}`,
              kind: 'code',
              codes: q.choices.map((c) => ({ code: c.code, label: text(c.label) })),
              source: { ...source, part: r.code },
            });
          return;
        case 'number':
          columns.push({ name: base, label, kind: 'number', source });
          return;
        case 'date':
          columns.push({ name: base, label, kind: 'date', source });
          return;
        case 'text':
        case 'longtext':
          columns.push({
            name: base,
            label,
            kind: 'text',
            width: Math.min(32767, 4 * (q.maxLength ?? (q.type === 'text' ? 200 : 2000))),
            source,
          });
          return;
        case 'calculate':
          columns.push({
            name: base,
            label,
            kind: numericCalculations.has(q.id) ? 'number' : 'code',
            source,
          });
          return;
        case 'country':
        case 'consent':
          columns.push({ name: base, label, kind: 'code', source });
          return;
        case 'info':
          return;
      }
    };
    for (const entry of questionnaire.pages) {
      if (repeat !== undefined) {
        if (entry.type === 'repeat' && entry.id === repeat)
          for (const page of entry.pages) for (const q of page.items) add(q, 1, '');
      } else if (entry.type === 'page') for (const q of entry.items) add(q, 0, '');
      else
        for (let item = 1; item <= entry.max; item++)
          for (const page of entry.pages) for (const q of page.items) add(q, item, `_${item}`);
    }
  }
  return uniqueNames(columns);
}

/**
 * The calculations that store only numbers (true and false as 1 and 0) in every questionnaire that
 * has them (`calculationKinds`), so their pooled column is numeric; the others stay codes without a
 * code list, as wide as their widest value.
 */
function numericCalculationsOf(questionnaires: readonly Questionnaire[]): ReadonlySet<string> {
  const kinds = new Map<string, boolean>();
  for (const questionnaire of questionnaires)
    for (const [id, kind] of calculationKinds(questionnaire))
      kinds.set(id, (kinds.get(id) ?? true) && kind === 'number');
  return new Set([...kinds].filter(([, numeric]) => numeric).map(([id]) => id));
}

/** Repeat groups (id and title) of the questionnaires, each once, in order. */
export function repeatGroups(
  questionnaires: readonly Questionnaire[],
  language: string,
): { id: string; title: string }[] {
  const groups = new Map<string, string>();
  for (const questionnaire of questionnaires)
    for (const entry of questionnaire.pages)
      if (entry.type === 'repeat' && !groups.has(entry.id))
        groups.set(entry.id, resolveText(entry.title, language, questionnaire.fallbackLanguage));
  return [...groups].map(([id, title]) => ({ id, title }));
}

/**
 * Names are unique (case-insensitively, as SPSS and Stata compare them): a name already taken gets
 * the first number that makes it free (`q_2`, `q_3`…), so the first column of a name keeps it.
 */
export function uniqueNames(columns: readonly ExportColumn[]): ExportColumn[] {
  const taken = new Set<string>();
  return columns.map((c) => {
    let name = c.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${c.name}_${n}`;
    taken.add(name.toLowerCase());
    return name === c.name ? c : { ...c, name };
  });
}
