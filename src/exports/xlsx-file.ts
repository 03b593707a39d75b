import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './columns.ts';
import { missingNumbers } from './columns.ts';
import type { Dataset, Value } from './dataset.ts';

/** Rows in a worksheet (Excel specifications and limits; ECMA-376 caps a row index at 1,048,576). */
export const excelRows = 1_048_576;
/** Columns in a worksheet (ibid.: XFD). */
export const excelColumns = 16_384;
/** Characters in a cell (ibid.); a longer text makes Excel repair the file. */
const excelCellChars = 32_767;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const notInSheetName = /[:\\/?*[\]\u0000-\u001f]/g;

/**
 * A worksheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`, no apostrophe at
 * either end, unique regardless of case, not `History` (reserved by Excel). Part 2 onwards of a
 * dataset too long for one sheet is `name (2)`, ...; a clash gets the next free number.
 */
export function sheetName(base: string, part: number, used: Set<string>): string {
  const clean = base.replace(notInSheetName, '_').replace(/^'+|'+$/g, '') || 'data';
  for (let n = part; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${[...clean].slice(0, 31 - suffix.length).join('')}${suffix}`;
    const key = name.toLowerCase();
    if (!used.has(key) && key !== 'history') {
      used.add(key);
      return name;
    }
  }
}

/** Characters XML 1.0 forbids in text (section 2.2), tab and line ends aside; lone surrogates too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/**
 * A text as a cell holds it. The file format reads `_xHHHH_` in a string as an escaped character
 * (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), so a literal one has its underscore escaped as `_x005F_`,
 * and characters XML 1.0 forbids are written that way instead of being dropped. Texts are cut to
 * Excel's 32,767 characters (a text column holds at most 32,767 bytes, so only foreign input is).
 */
export function cellText(text: string): string {
  return text
    .slice(0, excelCellChars)
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(notXmlChar, (c) =>
      /[\ud800-\udfff]/.test(c)
        ? '\ufffd'
        : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/**
 * A string cell. Written as an inline string (`t="inlineStr"`), the cell type for text: exceljs
 * writes a plain string without shared strings as `t="str"`, the type of a formula's result. No
 * string ever becomes a formula either way, and inline strings keep memory flat where a
 * shared-string table would grow with every distinct answer.
 */
const textCell = (text: string): ExcelJS.CellRichTextValue => ({ richText: [{ text: cellText(text) }] });

/** A value as a cell: numbers as numbers, ISO days as dates, codes and texts as strings. */
export function cellOf(value: Value, kind: ExportColumn['kind']): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    // exceljs converts a Date from its UTC time: midnight UTC is the day itself.
    if (!Number.isNaN(day.getTime())) return day;
  }
  return textCell(value);
}

const widthOf = (c: ExportColumn) =>
  c.kind === 'text' ? 40 : c.kind === 'date' ? 12 : Math.min(30, Math.max(8, c.name.length + 2));

const missingText = Object.entries(missingNumbers)
  .map(([code, n]) => `${n} = ${code}`)
  .join('; ');
/** Every column but an id can hold a missing code: a date or text question answered "don't know" too. */
const hasMissingCodes = (c: ExportColumn) => c.kind !== 'id';

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/** Adds a row of values and writes it out: a committed row leaves memory. */
function writeRow(sheet: Sheet, cells: readonly ExcelJS.CellValue[], bold = false): void {
  const row = sheet.addRow([...cells]);
  if (bold) row.font = { bold: true };
  // Days shown as ISO dates, as the CSV has them, rather than in the reader's locale. Per cell,
  // not per column: a date column's -8 or -9 is a number, which a date format would show as ####.
  cells.forEach((cell, i) => {
    if (cell instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
  });
  row.commit();
}

/** Where each dataset went: its sheets and the rows written. */
interface Placed {
  readonly dataset: Dataset;
  readonly sheets: string[];
  rows: number;
}

/**
 * Writes the datasets as one workbook: a sheet per dataset with codes (header row bold and frozen),
 * a `Codebook` sheet and an `About` sheet with `about` and what the workbook holds. Written with
 * exceljs's streaming writer, each row committed as it is added, so memory stays flat at any size.
 * A dataset with more rows than a worksheet holds continues on `name (2)`, `name (3)`, ..., each
 * with the header row, and About says so; one with more columns than a worksheet holds is refused.
 * `rowsPerSheet` is for tests of that continuation.
 */
export async function writeXlsxFile(
  datasets: readonly Dataset[],
  path: string,
  about: readonly string[],
  limits: { rowsPerSheet?: number } = {},
): Promise<void> {
  const perSheet = limits.rowsPerSheet ?? excelRows - 1;
  for (const d of datasets)
    if (d.columns.length > excelColumns)
      throw new Error(
        `${d.name} has ${d.columns.length} columns, more than the ${excelColumns} an Excel worksheet holds: export it as CSV or SPSS instead`,
      );
  const stream = createWriteStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'credmap';
  const used = new Set(['codebook', 'about']);
  const placed: Placed[] = [];
  try {
    for (const dataset of datasets) {
      const at: Placed = { dataset, sheets: [], rows: 0 };
      placed.push(at);
      const kinds = dataset.columns.map((c) => c.kind);
      const open = () => {
        const name = sheetName(dataset.name, at.sheets.length + 1, used);
        at.sheets.push(name);
        const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = dataset.columns.map((c) => ({ width: widthOf(c) }));
        writeRow(
          sheet,
          dataset.columns.map((c) => textCell(c.name)),
          true,
        );
        return sheet;
      };
      let sheet = open();
      let inSheet = 0;
      for await (const batch of dataset.rows()) {
        for (const row of batch) {
          if (inSheet === perSheet) {
            sheet.commit();
            sheet = open();
            inSheet = 0;
          }
          writeRow(
            sheet,
            row.map((v, i) => cellOf(v, kinds[i]!)),
          );
          inSheet++;
        }
        at.rows += batch.length;
        // Lets the zip stream take what was written before the next batch is read.
        await new Promise((resolve) => setImmediate(resolve));
      }
      sheet.commit();
    }
    writeCodebook(workbook, placed);
    writeAbout(workbook, placed, about);
    await workbook.commit();
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** One row per column (file, column, label, kind, missing codes), then one per code of a choice. */
function writeCodebook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, placed: readonly Placed[]): void {
  const sheet = workbook.addWorksheet('Codebook', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [12, 24, 60, 8, 14, 40, 40].map((width) => ({ width }));
  const row = (cells: readonly (string | null)[], bold = false) =>
    writeRow(
      sheet,
      cells.map((c) => (c === null ? null : textCell(c))),
      bold,
    );
  row(['file', 'column', 'label', 'kind', 'code', 'code label', 'missing codes'], true);
  for (const { sheets, dataset } of placed) {
    const file = sheets[0]!;
    for (const c of dataset.columns) {
      row([file, c.name, c.label, c.kind, null, null, hasMissingCodes(c) ? missingText : null]);
      for (const code of c.codes ?? []) row([file, c.name, null, null, code.code, code.label, null]);
    }
  }
  sheet.commit();
}

/** The caller's lines, then where each dataset is and how to read the cells. */
function writeAbout(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  placed: readonly Placed[],
  about: readonly string[],
): void {
  const sheet = workbook.addWorksheet('About');
  sheet.columns = [{ width: 120 }];
  const lines = [
    ...about,
    '',
    ...placed.map(({ dataset, sheets, rows }) =>
      sheets.length === 1
        ? `Sheet ${sheets[0]}: ${rows} rows, one per ${dataset.unit}, ${dataset.columns.length} columns.`
        : `${dataset.name}: ${rows} rows, one per ${dataset.unit}, ${dataset.columns.length} columns, more than one sheet holds (${excelRows - 1} rows under the header): continued in order on sheets ${sheets.join(', ')}, each with the header row.`,
    ),
    'Sheet Codebook: every column with its label, its codes with their labels, and its missing codes.',
    `Cells hold codes, not labels (see Codebook). Missing codes: ${missingText}; an empty cell means the question was not asked. Days are dates (yyyy-mm-dd); texts are stored as text, never as formulas.`,
  ];
  for (const line of lines) writeRow(sheet, [line === '' ? null : textCell(line)]);
  sheet.commit();
}
