import { open } from 'node:fs/promises';
import { missingNumbers } from './columns.ts';
import type { Dataset, Value } from './dataset.ts';

/** RFC 4180 field; a text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function csvField(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: readonly Value[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * A dataset as CSV: UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), RFC 4180,
 * names in the first line, codes rather than labels, missing codes as numbers, nothing for not asked.
 */
export async function writeCsvFile(
  dataset: Dataset,
  path: string,
  progress?: (rows: number) => void,
): Promise<number> {
  const file = await open(path, 'w');
  let rows = 0;
  try {
    await file.write(`\uFEFF${csvLine(dataset.columns.map((c) => c.name))}`);
    for await (const batch of dataset.rows()) {
      let chunk = '';
      for (const row of batch) chunk += csvLine(row);
      rows += batch.length;
      await file.write(chunk);
      progress?.(rows);
    }
  } finally {
    await file.close();
  }
  return rows;
}

/** Every column of the datasets with its label and codes, and its missing codes, one line each. */
export async function writeCodebookCsv(datasets: readonly Dataset[], path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write(`\uFEFF${csvLine(['file', 'column', 'label', 'kind', 'code', 'code_label'])}`);
    for (const dataset of datasets)
      for (const c of dataset.columns) {
        const name = `${dataset.name}.csv`;
        await file.write(csvLine([name, c.name, c.label, c.kind, null, null]));
        for (const code of c.codes ?? [])
          await file.write(csvLine([name, c.name, null, null, code.code, code.label]));
        if (c.kind !== 'id')
          for (const [missing, n] of Object.entries(missingNumbers))
            await file.write(csvLine([name, c.name, null, 'missing', n, missing]));
      }
  } finally {
    await file.close();
  }
}
