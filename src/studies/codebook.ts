import type { Question, Questionnaire } from '../questionnaire/index.ts';
import { missingCodes, resolveText, takesAnswer } from '../questionnaire/index.ts';
import type { StudyFiles } from './load-studies.ts';

/** One variable of a study: what it asks, its codes, and which questionnaires ask it. */
export interface CodebookEntry {
  readonly variable: string;
  readonly type: Question['type'];
  /** The question in the study's fallback language (matrix rows: "question: row"). */
  readonly text: string;
  readonly codes: readonly { code: string; label: string }[];
  /** Questionnaire ids, in the study's order. */
  readonly askedIn: readonly string[];
  /** The repeat group it belongs to, when it is asked once per item. */
  readonly group?: string;
}

const missingLabels: Record<string, string> = {
  dont_know: "Don't know",
  prefer_not_to_say: 'Prefer not to say',
};

function questionsOf(q: Questionnaire): { question: Question; group?: string }[] {
  return q.pages.flatMap((entry) =>
    entry.type === 'page'
      ? entry.items.map((question) => ({ question }))
      : entry.pages.flatMap((p) => p.items.map((question) => ({ question, group: entry.id }))),
  );
}

/**
 * The study's variables, harmonised across its questionnaires: the same variable in two
 * questionnaires is one entry listing both. Matrix rows are variables of their own (`q_row`),
 * "other, specify" texts too (`q_other`), as exports name them.
 */
export function codebook(files: StudyFiles): CodebookEntry[] {
  return buildCodebook(files).entries;
}

/**
 * Variables that two questionnaires of a study ask differently (another type, other codes): the
 * harmonisation the study promises is broken there.
 */
export function harmonisationConflicts(
  files: StudyFiles,
): { variable: string; questionnaires: [string, string] }[] {
  return buildCodebook(files).conflicts;
}

function buildCodebook(files: StudyFiles) {
  const lang = files.study.fallbackLanguage;
  const entries = new Map<string, { entry: Omit<CodebookEntry, 'askedIn'>; askedIn: string[] }>();
  const conflicts: { variable: string; questionnaires: [string, string] }[] = [];
  const shape = (e: Omit<CodebookEntry, 'askedIn'>) => JSON.stringify([e.type, e.codes.map((c) => c.code)]);
  const add = (entry: Omit<CodebookEntry, 'askedIn'>, questionnaire: string) => {
    const known = entries.get(entry.variable);
    if (known === undefined) entries.set(entry.variable, { entry, askedIn: [questionnaire] });
    else {
      if (shape(known.entry) !== shape(entry))
        conflicts.push({ variable: entry.variable, questionnaires: [known.askedIn[0]!, questionnaire] });
      if (!known.askedIn.includes(questionnaire)) known.askedIn.push(questionnaire);
    }
  };
  for (const q of files.questionnaires) {
    for (const { question, group } of questionsOf(q)) {
      if (!takesAnswer(question) && question.type !== 'calculate') continue;
      const variable = question.variable ?? question.id;
      const text =
        question.type === 'calculate' ? question.expression : resolveText(question.label, lang, lang);
      const missing = 'missing' in question ? (question.missing ?? []) : [];
      const codes = [
        ...('choices' in question
          ? question.choices.map((c) => ({ code: c.code, label: resolveText(c.label, lang, lang) }))
          : []),
        ...(question.type === 'consent'
          ? [
              { code: 'yes', label: 'Yes' },
              { code: 'no', label: 'No' },
            ]
          : []),
        ...missingCodes
          .filter((m) => missing.includes(m))
          .map((m) => ({ code: m, label: missingLabels[m]! })),
      ];
      const base = { type: question.type, ...(group === undefined ? {} : { group }) };
      if (question.type === 'matrix') {
        for (const row of question.rows) {
          add(
            {
              ...base,
              variable: `${variable}_${row.code}`,
              text: `${text}: ${resolveText(row.label, lang, lang)}`,
              codes,
            },
            q.id,
          );
        }
        continue;
      }
      add({ ...base, variable, text, codes }, q.id);
      if ('choices' in question && question.choices.some((c) => c.other)) {
        add(
          {
            ...base,
            type: 'text',
            variable: `${variable}_other`,
            text: `${text} (other, specify)`,
            codes: [],
          },
          q.id,
        );
      }
    }
  }
  return { entries: [...entries.values()].map(({ entry, askedIn }) => ({ ...entry, askedIn })), conflicts };
}

/** The codebook as plain text, one block per variable, for reading and for diffs. */
export function codebookText(entries: readonly CodebookEntry[]): string {
  return entries
    .map((e) => {
      const head = `${e.variable}  [${e.type}${e.group === undefined ? '' : `, per item of ${e.group}`}]  asked in: ${e.askedIn.join(', ')}`;
      const codes = e.codes.map((c) => `    ${c.code} = ${c.label}`);
      return [head, `  ${e.text}`, ...codes].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
