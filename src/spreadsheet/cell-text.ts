import type { CellValue } from 'exceljs';

export type CellText =
  | { readonly ok: true; readonly text: string }
  /** `error`: the error the cell shows (`#REF!`), `formula` for a formula saved without a result. */
  | { readonly ok: false; readonly error: string };

const text = (value: string): CellText => ({ ok: true, text: value });

/**
 * What a cell says, as the text its author sees. Spreadsheet programs turn typed values into
 * numbers, booleans and dates, so those come back as text; rich text gives its runs, a hyperlink
 * its text. Nothing is evaluated: a formula gives the result the spreadsheet program saved with it,
 * and one saved without a result, or an error value (#N/A), cannot be read.
 */
export function cellText(value: CellValue, depth = 0): CellText {
  if (value === null || value === undefined) return text('');
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? text(String(value)) : { ok: false, error: 'NaN' };
  if (typeof value === 'boolean') return text(value ? 'true' : 'false');
  if (value instanceof Date) return dateText(value);
  if (depth > 2 || typeof value !== 'object') return { ok: false, error: 'nested' };
  if ('error' in value) return { ok: false, error: String(value.error) };
  if ('richText' in value && Array.isArray(value.richText))
    return text(value.richText.map((part) => String(part.text ?? '')).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return result === undefined || result === null
      ? { ok: false, error: 'formula' }
      : cellText(result, depth + 1);
  }
  if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text ?? '', depth + 1);
  return { ok: false, error: 'unknown' };
}

/** A date the spreadsheet typed itself: a bare day when it has no time of day, as date bounds need. */
function dateText(date: Date): CellText {
  if (Number.isNaN(date.getTime())) return { ok: false, error: 'date' };
  const iso = date.toISOString();
  return text(iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso);
}
