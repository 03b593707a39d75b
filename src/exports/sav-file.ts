import { open } from 'node:fs/promises';
import type { Questionnaire } from '../questionnaire/index.ts';
import type { Store, TallyScope } from '../store/index.ts';
import { exportBatch, respondentCounts } from '../store/index.ts';
import type { ExportColumn } from './columns.ts';
import { exportColumns, fixed, missingNumbers } from './columns.ts';
import { rowOf } from './csv-package.ts';
import type { SavCell, SavMrSet, SavVariable } from './sav/index.ts';
import { createSavWriter } from './sav/index.ts';
import { spssName } from './spss-syntax.ts';

const missingLabels = Object.entries(missingNumbers).map(([code, value]) => ({
  value,
  label: code === 'dont_know' ? "Don't know" : 'Prefer not to say',
}));
const userMissing = Object.values(missingNumbers);

function variableOf(column: ExportColumn): SavVariable {
  const name = spssName(column.name);
  const label = column.label;
  switch (column.kind) {
    case 'code':
      return column.codes === undefined
        ? { name, label, type: 'string', width: 64 }
        : {
            name,
            label,
            type: 'numeric',
            valueLabels: [
              ...column.codes.map((c, i) => ({ value: i + 1, label: c.label })),
              ...missingLabels,
            ],
            missingValues: userMissing,
          };
    case 'flag':
      return {
        name,
        label,
        type: 'numeric',
        valueLabels: [
          { value: 0, label: 'not chosen' },
          { value: 1, label: 'chosen' },
        ],
      };
    case 'rank':
      return { name, label, type: 'numeric', decimals: 0, measure: 'ordinal' };
    case 'number':
      return {
        name,
        label,
        type: 'numeric',
        missingValues: userMissing,
        valueLabels: missingLabels,
        decimals: 2,
        measure: 'scale',
      };
    case 'date':
      return { name, label, type: 'string', width: 10 };
    case 'text':
      return { name, label, type: 'string', width: column.width ?? 1000 };
  }
}

/**
 * The same data as data.csv, as an SPSS system file: choice codes as numbers 1..n in the
 * questionnaire's order with value labels, -8/-9 as user-missing values, multiple choice as 0/1
 * variables grouped in multiple-response sets, long texts as long strings. Written a batch at a
 * time, with the case count known up front.
 */
export async function writeSavFile(
  store: Store,
  input: {
    scope: TallyScope;
    questionnaires: readonly Questionnaire[];
    language: string;
    path: string;
    label: string;
  },
): Promise<{ respondents: number; variables: number }> {
  const columns = exportColumns(input.questionnaires, input.language);
  const meta: SavVariable[] = [
    { name: 'respondent', label: 'Respondent (numbered in this file)', type: 'numeric', decimals: 0 },
    { name: 'questionnaire', label: 'Questionnaire', type: 'string', width: 64 },
    { name: 'version', label: 'Questionnaire version', type: 'numeric', decimals: 0 },
    { name: 'language', label: 'Language of the answers', type: 'string', width: 2 },
    { name: 'completed', label: 'Day completed (UTC)', type: 'string', width: 10 },
  ];
  const variables = [...meta, ...columns.map(variableOf)];
  const sets: SavMrSet[] = [];
  for (const group of new Set(
    columns.filter((c) => c.kind === 'flag').map((c) => `${c.source.questionId}:${c.source.item}`),
  )) {
    const members = columns.filter(
      (c) => c.kind === 'flag' && `${c.source.questionId}:${c.source.item}` === group,
    );
    if (members.length >= 2)
      sets.push({
        name: `$${spssName(members[0]!.name.replace(/_[^_]+$/, ''))}`.slice(0, 64),
        label: members[0]!.label.split(': ')[0] ?? '',
        type: 'dichotomies',
        countedValue: 1,
        variables: members.map((m) => spssName(m.name)),
      });
  }
  const caseCount = (await respondentCounts(store.db, input.scope, { kind: 'none' })).reduce(
    (s, r) => s + r.n,
    0,
  );
  const writer = createSavWriter({
    variables,
    multipleResponseSets: sets,
    fileLabel: input.label,
    caseCount,
    longStrings: 'truncate',
  });
  const codeIndex = columns.map((c) => new Map((c.codes ?? []).map((code, i) => [code.code, i + 1])));
  const file = await open(input.path, 'w');
  let respondents = 0;
  try {
    await file.write(writer.header());
    let after: string | null = null;
    for (;;) {
      const batch = await exportBatch(store.db, input.scope, after, 500);
      if (batch.length === 0) break;
      const chunks: Uint8Array[] = [];
      for (const r of batch) {
        respondents += 1;
        const values = rowOf(columns, r).map((v, i): SavCell => {
          const column = columns[i]!;
          if (v === null) return null;
          if (column.kind === 'code' && column.codes !== undefined && typeof v === 'string')
            return codeIndex[i]!.get(v) ?? null;
          if (variables[i + fixed.length]!.type === 'numeric') return typeof v === 'number' ? v : Number(v);
          return String(v);
        });
        chunks.push(
          writer.row([respondents, r.questionnaire, r.version, r.language, r.completedOn, ...values]),
        );
      }
      await file.write(Buffer.concat(chunks));
      after = batch.at(-1)!.id;
    }
    await file.write(writer.end());
  } finally {
    await file.close();
  }
  return { respondents, variables: variables.length };
}
