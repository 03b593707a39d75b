import type { FileHandle } from 'node:fs/promises';
import { open, rm } from 'node:fs/promises';
import type { ExportColumn } from './columns.ts';
import { codeWidth, missingLabels, missingNumbers, utcDay } from './columns.ts';
import type { Dataset, Value } from './dataset.ts';
import type { DtaCell, DtaMissingLetter, DtaValueLabel, DtaVariable } from './dta/index.ts';
import { createDtaWriter, extendedMissing, StataNames } from './dta/index.ts';

/** The export's missing codes as Stata's extended missing values: don't know .a, prefer not to say .b. */
const missingLetters: Readonly<Record<string, DtaMissingLetter>> = { dont_know: 'a', prefer_not_to_say: 'b' };
const letterOf = new Map(
  Object.entries(missingNumbers).map(([code, n]) => [n, extendedMissing(missingLetters[code] ?? 'z')]),
);
const missingValueLabels: DtaValueLabel[] = Object.entries(missingNumbers).map(([code]) => ({
  value: extendedMissing(missingLetters[code] ?? 'z'),
  label: missingLabels[code] ?? code,
}));

/** Widest fixed-width string; longer (or unbounded) texts are strLs. */
const STR_MAX = 2045;

const DAY_MS = 86_400_000;
const STATA_EPOCH = Date.UTC(1960, 0, 1);

/** An ISO day as a Stata daily date (%td): days since 1 January 1960. Throws on anything else. */
export function stataDay(iso: string, column: string): number {
  const t = utcDay(iso);
  if (t === undefined) throw new Error(`DTA export, column "${column}": "${iso}" is not a day (YYYY-MM-DD)`);
  return Math.round((t - STATA_EPOCH) / DAY_MS);
}

/** A number of the export: -8/-9 → .a/.b, a numeric string → its number, else system missing. */
function numberCell(v: Value): DtaCell {
  if (v === null) return null;
  const x = typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);
  if (!Number.isFinite(x)) return null;
  return letterOf.get(x) ?? x;
}

interface Plan {
  variable: DtaVariable;
  cell: (v: Value) => DtaCell;
}

/** How one export column is stored in Stata, and how its values are converted. */
function planOf(column: ExportColumn, name: string): Plan {
  const label = column.label;
  switch (column.kind) {
    case 'code': {
      if (column.codes === undefined) {
        // Country, language, questionnaire, a calculation's result: as wide as the .sav's.
        const width = column.width ?? codeWidth;
        return {
          variable: width <= STR_MAX ? { name, label, type: 'str', width } : { name, label, type: 'strL' },
          cell: (v) => (v === null ? null : String(v)),
        };
      }
      // Stata labels only numbers: codes become 1..n in the questionnaire's order (as in .sav).
      const index = new Map(column.codes.map((c, i) => [c.code, i + 1]));
      return {
        variable: {
          name,
          label,
          type: 'int',
          valueLabels: [
            ...column.codes.map((c, i) => ({ value: i + 1, label: c.label })),
            ...missingValueLabels,
          ],
        },
        cell: (v) => {
          if (v === null) return null;
          if (typeof v === 'number' && letterOf.has(v)) return letterOf.get(v)!;
          return index.get(String(v)) ?? null;
        },
      };
    }
    case 'flag':
      return {
        variable: {
          name,
          label,
          type: 'byte',
          valueLabels: [
            { value: 0, label: 'not chosen' },
            { value: 1, label: 'chosen' },
            ...missingValueLabels,
          ],
        },
        cell: numberCell,
      };
    case 'rank':
      return { variable: { name, label, type: 'int', valueLabels: missingValueLabels }, cell: numberCell };
    case 'number':
      // A table of the missing codes only: Stata attaches value labels to any numeric type.
      return {
        variable: { name, label, type: 'double', format: '%10.0g', valueLabels: missingValueLabels },
        cell: numberCell,
      };
    case 'id':
      return { variable: { name, label, type: 'long' }, cell: numberCell };
    case 'date':
      return {
        variable: { name, label, type: 'long', format: '%td' },
        cell: (v) => (typeof v === 'string' ? stataDay(v, column.name) : numberCell(v)),
      };
    case 'text': {
      const width = column.width;
      const variable: DtaVariable =
        width !== undefined && width <= STR_MAX
          ? { name, label, type: 'str', width: Math.max(1, width) }
          : { name, label, type: 'strL' };
      return { variable, cell: (v) => (v === null ? null : String(v)) };
    }
  }
}

/** The Stata name of each column: valid, and unique ignoring case. */
export function stataNames(columns: readonly ExportColumn[]): string[] {
  const names = new StataNames();
  return columns.map((c) => names.take(c.name));
}

/** The Stata variables of a dataset's columns, with valid unique names. */
export function dtaPlans(columns: readonly ExportColumn[]): Plan[] {
  const names = stataNames(columns);
  return columns.map((c, i) => planOf(c, names[i]!));
}

/** Copies the whole of `from` to the end of what has been written to `to`. */
async function append(to: FileHandle, from: FileHandle, length: number): Promise<void> {
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (let at = 0; at < length; ) {
    const { bytesRead } = await from.read(chunk, 0, Math.min(chunk.length, length - at), at);
    if (bytesRead === 0) throw new Error('DTA export: the strL side file ended early');
    await to.write(chunk, 0, bytesRead);
    at += bytesRead;
  }
}

/**
 * A dataset as a Stata .dta file (format 118): choice codes as numbers 1..n with value labels,
 * -8/-9 as extended missing .a/.b with labels, flags as 0/1 bytes, days as %td dates, texts as
 * str# or (longer than 2045 bytes, or unbounded) strL. Written a batch at a time; strL contents go
 * to a side file next to `path` and are appended after the data, then the map is rewritten.
 */
export async function writeDtaFile(dataset: Dataset, path: string, label: string): Promise<number> {
  const plans = dtaPlans(dataset.columns);
  const writer = createDtaWriter({
    variables: plans.map((p) => p.variable),
    label,
    rowCount: dataset.rowCount,
    longStrings: 'truncate',
  });
  const sidePath = `${path}.strls-${process.pid}.tmp`;
  const file = await open(path, 'w');
  const side = plans.some((p) => p.variable.type === 'strL') ? await open(sidePath, 'w+') : null;
  let rows = 0;
  let sideBytes = 0;
  try {
    await file.write(writer.header());
    for await (const batch of dataset.rows()) {
      const data: Uint8Array[] = [];
      const strls: Uint8Array[] = [];
      for (const row of batch) {
        const encoded = writer.row(row.map((v, i) => plans[i]!.cell(v)));
        data.push(encoded.data);
        if (encoded.strls.length > 0) strls.push(encoded.strls);
      }
      rows += batch.length;
      await file.write(Buffer.concat(data));
      if (strls.length > 0) {
        const chunk = Buffer.concat(strls);
        await side!.write(chunk);
        sideBytes += chunk.length;
      }
    }
    const tail = writer.end();
    await file.write(tail.beforeStrls);
    if (side !== null) await append(file, side, sideBytes);
    await file.write(tail.afterStrls);
    const patch = writer.mapPatch();
    await file.write(patch.bytes, 0, patch.bytes.length, patch.offset);
  } finally {
    await file.close();
    if (side !== null) {
      await side.close();
      await rm(sidePath, { force: true });
    }
  }
  return rows;
}
