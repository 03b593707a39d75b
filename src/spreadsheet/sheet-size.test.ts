import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_SLOTS, MAX_SHEET_ROWS, sheetWithinLimits } from './sheet-size.ts';

/** A sheet with one cell in each of the rows given, in the column given. */
function sheet(rows: readonly number[], column: string): ExcelJS.Worksheet {
  const s = new ExcelJS.Workbook().addWorksheet('s');
  for (const n of rows) s.getCell(`${column}${n}`).value = 'x';
  return s;
}

const rowsUpTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('sheetWithinLimits', () => {
  it('allows a sheet as a spreadsheet program writes it, up to its last row', () => {
    const s = sheet(rowsUpTo(100), 'A');
    s.getRow(1).values = ['email', 'language', 'instrument', 'country'];
    expect(sheetWithinLimits(s)).toBe(true);
    expect(sheetWithinLimits(sheet([1, MAX_SHEET_ROWS], 'D'))).toBe(true);
  });

  it('refuses a row past the last a spreadsheet has', () => {
    expect(sheetWithinLimits(sheet([1, MAX_SHEET_ROWS + 1], 'A'))).toBe(false);
  });

  it('counts the cells a row spans, not the cells it has: one in column XFD spans 16,384', () => {
    const most = Math.floor(MAX_CELL_SLOTS / 16_384);
    expect(sheetWithinLimits(sheet(rowsUpTo(most), 'XFD'))).toBe(true);
    expect(sheetWithinLimits(sheet(rowsUpTo(most + 1), 'XFD'))).toBe(false);
  });
});
