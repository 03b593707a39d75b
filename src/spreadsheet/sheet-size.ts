import type { Worksheet } from 'exceljs';

/** Excel's row limit (Microsoft, "Excel specifications and limits": 1,048,576 rows). */
export const MAX_SHEET_ROWS = 1_048_576;

/**
 * The most cell slots a sheet's rows may span, summed over its rows. exceljs keeps a row's cells in
 * an array as long as its last column and walks all of it to visit the row (`eachRow`, `eachCell`,
 * `values`): one cell in column XFD costs 16,384 steps, and 5000 such rows, 32 KB of zip, took 12 s.
 * A contact list of 100,000 rows and ten columns spans a million; this allows ten, about half a
 * second of exceljs's walking.
 */
export const MAX_CELL_SLOTS = 10_000_000;

/**
 * Whether a sheet exceljs has loaded can be read row by row in bounded time: at most
 * `MAX_SHEET_ROWS` rows, spanning at most `MAX_CELL_SLOTS` cells. Looks at each row's length only.
 */
export function sheetWithinLimits(sheet: Worksheet): boolean {
  const rows = sheet.rowCount;
  if (rows > MAX_SHEET_ROWS) return false;
  let slots = 0;
  for (let n = 1; n <= rows; n++) {
    slots += sheet.findRow(n)?.cellCount ?? 0;
    if (slots > MAX_CELL_SLOTS) return false;
  }
  return true;
}
