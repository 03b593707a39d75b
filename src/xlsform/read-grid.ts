import type { Worksheet } from 'exceljs';
import { cellText } from '../spreadsheet/index.ts';
import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';

export interface GridHeader {
  /** 1-based column number. */
  readonly column: number;
  readonly text: string;
}

export interface GridRow {
  readonly row: number;
  /** Non-empty cells by column number, as written (not trimmed: labels keep their spacing). */
  readonly cells: ReadonlyMap<number, string>;
}

export interface Grid {
  readonly sheet: string;
  readonly headers: readonly GridHeader[];
  readonly rows: readonly GridRow[];
}

const isBlank = (value: string) => value.trim() === '';

/**
 * A sheet as text: the header row and every row below it that says anything. Cells the
 * spreadsheet could not compute, and values in columns without a header, are reported rather
 * than dropped.
 */
export function readGrid(worksheet: Worksheet, sheet: string, issues: XlsFormIssue[]): Grid {
  const headers: GridHeader[] = [];
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = cellText(cell.value);
      if (!read.ok) issues.push(xlsFormIssue(sheet, rowNumber, 'xlsform.badCell', cell.address, read.error));
      else if (!isBlank(read.text)) cells.set(column, read.text);
    });
    if (rowNumber === 1) {
      for (const [column, text] of cells) headers.push({ column, text: text.trim() });
    } else if (cells.size > 0) {
      rows.push({ row: rowNumber, cells });
    }
  });
  const named = new Set(headers.map((h) => h.column));
  for (const { row, cells } of rows) {
    for (const column of cells.keys()) {
      if (!named.has(column))
        issues.push(xlsFormIssue(sheet, row, 'xlsform.unnamedColumn', worksheet.getColumn(column).letter));
    }
  }
  return { sheet, headers, rows };
}
