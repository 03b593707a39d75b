import type { Question } from '../questionnaire/index.ts';
import type { Grouping, Store } from '../store/index.ts';
import type { QuestionResult } from './question-result.ts';
import { questionResult } from './question-result.ts';

/** The breakdowns a release carries; only these can ever be shown (no free banding). */
export type ReleaseGrouping = 'none' | 'language' | 'target_group';

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
}

const groupingOf = (g: ReleaseGrouping): Grouping =>
  g === 'none'
    ? { kind: 'none' }
    : g === 'language'
      ? { kind: 'language' }
      : { kind: 'answer', questionId: 'target_group' };

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
  for (const { question, perItem } of input.questions) {
    for (const grouping of input.groupings) {
      const order = input.groupOrder?.[grouping];
      const result = await questionResult(store, scope, question, groupingOf(grouping), {
        k: input.threshold,
        perItem,
        ...(order === undefined ? {} : { groupOrder: order }),
      });
      tables.push({ questionId: question.id, grouping, result });
    }
  }
  return {
    format: 1,
    threshold: input.threshold,
    questionnaires: input.questionnaires.map((q) => q.slug),
    groupings: input.groupings,
    tables,
  };
}
