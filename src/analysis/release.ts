import type { Question } from '../questionnaire/index.ts';
import type { Grouping, Store } from '../store/index.ts';
import { profileQuestions, respondentCounts } from '../store/index.ts';
import type { QuestionResult } from './question-result.ts';
import { questionResult, totalColumn } from './question-result.ts';

/** The breakdowns a release carries; only these can ever be shown (no free banding). */
export type ReleaseGrouping = 'none' | 'language' | 'target_group' | 'country';

/** One group of a grouping that a reader may look at alone (e.g. country = DE). */
export interface ReleaseFilter {
  readonly grouping: ReleaseGrouping;
  readonly group: string;
}

export interface ReleaseTable {
  readonly questionId: string;
  readonly grouping: ReleaseGrouping;
  readonly result: QuestionResult;
}

/** What the public sees of a study's results: protected tables, the threshold, when. */
export interface ReleaseContent {
  readonly format: 1;
  readonly threshold: number;
  readonly questionnaires: readonly string[];
  readonly groupings: readonly ReleaseGrouping[];
  readonly tables: readonly ReleaseTable[];
  /**
   * The groups offered as filters, decided with the tables (complement rule). Absent in releases
   * made before filters existed: those offer none.
   */
  readonly filters?: readonly ReleaseFilter[];
}

const groupingOf = (g: ReleaseGrouping): Grouping => {
  switch (g) {
    case 'none':
      return { kind: 'none' };
    case 'language':
      return { kind: 'language' };
    case 'target_group':
      return { kind: 'answer', questionId: profileQuestions.target_group };
    case 'country':
      // The answer to the questionnaires' shared `country` question, pooled through its id.
      return { kind: 'answer', questionId: profileQuestions.country };
  }
};

/** The parts a question's answers are stored under: a matrix's row codes, else the answer itself (''). */
export function tableParts(question: Question): readonly string[] {
  return question.type === 'matrix' ? question.rows.map((r) => r.code) : [''];
}

/**
 * Computes every table of a release, pooled over the given questionnaires: each question by each
 * grouping, counted in SQL and protected. Slow by design (one LP audit per table); it runs when an
 * owner releases results, never when someone reads them.
 */
export async function buildRelease(
  store: Store,
  input: {
    studyId: number;
    questionnaires: readonly { id: number; slug: string }[];
    threshold: number;
    questions: readonly { question: Question; perItem: boolean }[];
    groupings: readonly ReleaseGrouping[];
    groupOrder?: Readonly<Record<string, readonly string[]>>;
  },
): Promise<ReleaseContent> {
  const scope = { studyId: input.studyId, questionnaireIds: input.questionnaires.map((q) => q.id) };
  const tables: ReleaseTable[] = [];
  // The respondents of each breakdown, counted once for all its tables.
  const populations = new Map<ReleaseGrouping, { group: string | null; n: number }[]>();
  for (const grouping of input.groupings)
    populations.set(grouping, await respondentCounts(store.db, scope, groupingOf(grouping)));
  for (const { question, perItem } of input.questions) {
    for (const grouping of input.groupings) {
      const order = input.groupOrder?.[grouping];
      // A matrix is a table per row: its answers are stored under the row's code.
      for (const part of tableParts(question)) {
        const result = await questionResult(store, scope, question, groupingOf(grouping), {
          k: input.threshold,
          perItem,
          part,
          population: populations.get(grouping)!,
          ...(order === undefined ? {} : { groupOrder: order }),
        });
        tables.push({ questionId: question.id, grouping, result });
      }
    }
  }
  return {
    format: 1,
    threshold: input.threshold,
    questionnaires: input.questionnaires.map((q) => q.slug),
    groupings: input.groupings,
    tables,
    filters: releaseFilters(tables, input.groupings, input.threshold),
  };
}

/**
 * The complement rule for a filtered group G of a parent P (research note §A6; Handbook on SDC
 * ch. 6, German research data centres): G is shown alone only if n(G) ≥ k and the rest of its
 * parent, n(P) − n(G), is 0 or at least k. A rest of 1 to k − 1 people would be the difference
 * between the parent's table and the group's.
 */
export function complementRuleAllows(nGroup: number, nParent: number, k: number): boolean {
  const rest = nParent - nGroup;
  return nGroup >= k && (rest === 0 || rest >= k);
}

/**
 * n(G) and n(P) of a grouping's groups, read from its stored, protected tables: the unweighted
 * bases of the table of respondents whose total base is the largest (the question the most people
 * answered, so its bases come closest to the sizes of the groups; `parent` is its total base).
 * Base cells count answering respondents, never weighted. A group whose base is not shown there
 * gets `undefined`: its size is not published, so it cannot be checked and is not offered. The column of people who did not
 * answer the grouping question (`null`) is part of the parent, never a filter of its own.
 */
export function groupSizes(
  tables: readonly ReleaseTable[],
  grouping: ReleaseGrouping,
): { parent: number; groups: { group: string; n: number | undefined }[] } | undefined {
  const totalOf = (r: QuestionResult) => {
    const total = r.bases[r.columns.indexOf(totalColumn)];
    return total?.shown ? total.n : -1;
  };
  // First of the largest, so the choice is the same every time the release is read.
  const reference = tables
    .filter((x) => x.grouping === grouping && x.result.unit === 'respondents')
    .map((x) => x.result)
    .reduce<QuestionResult | undefined>(
      (best, r) => (totalOf(r) > (best === undefined ? -1 : totalOf(best)) ? r : best),
      undefined,
    );
  if (reference === undefined) return undefined;
  const groups = reference.columns.flatMap((g, i) => {
    if (g === null || g === totalColumn) return [];
    const base = reference.bases[i];
    return [{ group: g, n: base?.shown ? base.n : undefined }];
  });
  return { parent: totalOf(reference), groups };
}

/** Every group of every grouping (but `none`) that passes the complement rule, in column order. */
export function releaseFilters(
  tables: readonly ReleaseTable[],
  groupings: readonly ReleaseGrouping[],
  k: number,
): ReleaseFilter[] {
  return groupings
    .filter((g) => g !== 'none')
    .flatMap((grouping) => {
      const sizes = groupSizes(tables, grouping);
      if (sizes === undefined) return [];
      return sizes.groups
        .filter((x) => x.n !== undefined && complementRuleAllows(x.n, sizes.parent, k))
        .map((x) => ({ grouping, group: x.group }));
    });
}
