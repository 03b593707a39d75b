import { open } from 'node:fs/promises';
import type { ExportColumn } from './columns.ts';
import { codeWidth, missingLabels, missingNumbers, utcDay } from './columns.ts';
import type { Dataset } from './dataset.ts';
import type { SavCell, SavMrSet, SavVariable } from './sav/index.ts';
import { createSavWriter, savDate } from './sav/index.ts';
import { spssNamer, spssNames } from './spss-syntax.ts';

const missingValueLabels = Object.entries(missingNumbers).map(([code, value]) => ({
  value,
  label: missingLabels[code] ?? code,
}));
const userMissing = Object.values(missingNumbers);

function variableOf(column: ExportColumn, name: string): SavVariable {
  const label = column.label;
  switch (column.kind) {
    case 'code':
      return column.codes === undefined
        ? { name, label, type: 'string', width: column.width ?? codeWidth }
        : {
            name,
            label,
            type: 'numeric',
            valueLabels: [
              ...column.codes.map((c, i) => ({ value: i + 1, label: c.label })),
              ...missingValueLabels,
            ],
            missingValues: userMissing,
          };
    // A multiple choice or a ranking answered "don't know" holds -8 in each of its variables.
    case 'flag':
      return {
        name,
        label,
        type: 'numeric',
        valueLabels: [
          { value: 0, label: 'not chosen' },
          { value: 1, label: 'chosen' },
          ...missingValueLabels,
        ],
        missingValues: userMissing,
      };
    case 'rank':
      return {
        name,
        label,
        type: 'numeric',
        decimals: 0,
        measure: 'ordinal',
        valueLabels: missingValueLabels,
        missingValues: userMissing,
      };
    case 'number':
      return {
        name,
        label,
        type: 'numeric',
        missingValues: userMissing,
        valueLabels: missingValueLabels,
        decimals: 2,
        measure: 'scale',
      };
    case 'id':
      return { name, label, type: 'numeric', decimals: 0 };
    case 'date':
      // A day, as SPSS dates are: -8 and -9 stay user-missing codes beside them.
      return {
        name,
        label,
        type: 'numeric',
        date: true,
        measure: 'scale',
        valueLabels: missingValueLabels,
        missingValues: userMissing,
      };
    case 'text':
      return { name, label, type: 'string', width: column.width ?? 1000 };
  }
}

/** An ISO day as an SPSS date. Throws on anything else, as the Stata export does. */
function savDay(iso: string, column: string): number {
  const t = utcDay(iso);
  if (t === undefined) throw new Error(`SAV export, column "${column}": "${iso}" is not a day (YYYY-MM-DD)`);
  return savDate(t);
}

/** Multiple choices (two options or more) as SPSS multiple-dichotomy sets, with unique names. */
export function multipleResponseSets(
  columns: readonly ExportColumn[],
): { name: string; label: string; members: ExportColumn[] }[] {
  const groups = new Map<string, ExportColumn[]>();
  for (const c of columns)
    if (c.kind === 'flag' && c.source !== undefined) {
      const key = `${c.source.questionId}:${c.source.item}`;
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [c]);
      else list.push(c);
    }
  // A set's name is `$` and a variable name, 64 bytes in all.
  const setName = spssNamer(63);
  return [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => ({
      name: `$${setName(members[0]!.name.replace(/_[^_]+$/, ''))}`,
      label: members[0]!.label.split(': ')[0] ?? '',
      members,
    }));
}

/**
 * A dataset as an SPSS system file: choice codes as numbers 1..n in the questionnaire's order with
 * value labels, -8/-9 as user-missing values, multiple choice as 0/1 variables grouped in
 * multiple-response sets, long texts as long strings; bytecode-compressed, as SPSS writes its own
 * files, so blank padding and small codes take a byte each. Written a batch at a time, with the case
 * count known up front.
 */
export async function writeSavFile(dataset: Dataset, path: string, label: string): Promise<number> {
  const { columns } = dataset;
  const names = spssNames(columns);
  const nameOf = new Map(columns.map((c, i) => [c, names[i]!]));
  const variables = columns.map((c, i) => variableOf(c, names[i]!));
  const sets: SavMrSet[] = multipleResponseSets(columns).map((set) => ({
    name: set.name,
    label: set.label,
    type: 'dichotomies',
    countedValue: 1,
    variables: set.members.map((m) => nameOf.get(m)!),
  }));
  const writer = createSavWriter({
    variables,
    multipleResponseSets: sets,
    fileLabel: label,
    caseCount: dataset.rowCount,
    longStrings: 'truncate',
    compression: 'bytecode',
  });
  const codeIndex = columns.map((c) => new Map((c.codes ?? []).map((code, i) => [code.code, i + 1])));
  const file = await open(path, 'w');
  let rows = 0;
  try {
    await file.write(writer.header());
    for await (const batch of dataset.rows()) {
      const chunks: Uint8Array[] = [];
      for (const row of batch) {
        const values = row.map((v, i): SavCell => {
          if (v === null) return null;
          if (typeof v === 'string' && codeIndex[i]!.size > 0) return codeIndex[i]!.get(v) ?? null;
          if (typeof v === 'string' && variables[i]!.date === true) return savDay(v, columns[i]!.name);
          if (variables[i]!.type === 'numeric') return typeof v === 'number' ? v : Number(v);
          return String(v);
        });
        chunks.push(writer.row(values));
      }
      rows += batch.length;
      await file.write(Buffer.concat(chunks));
    }
    await file.write(writer.end());
  } finally {
    await file.close();
  }
  return rows;
}
