import ExcelJS from 'exceljs';
import { checkWorkbookSize } from './workbook-size.ts';

export type LoadedWorkbook =
  | { readonly ok: true; readonly book: ExcelJS.Workbook }
  /** `tooLarge`: more unpacked than `MAX_UNPACKED_BYTES`; `unreadable`: not a workbook exceljs reads. */
  | { readonly ok: false; readonly problem: 'tooLarge' | 'unreadable' };

/**
 * An uploaded workbook, loaded by exceljs only once what it unpacks to is known to be bounded
 * (`checkWorkbookSize`). Never throws. Its sheets are not walked here: each reader checks the ones
 * it reads with `sheetWithinLimits`.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const size = await checkWorkbookSize(bytes);
  if (!size.ok) return { ok: false, problem: size.problem === 'tooLarge' ? 'tooLarge' : 'unreadable' };
  const book = new ExcelJS.Workbook();
  try {
    // exceljs reads an ArrayBuffer (its `Buffer` type is one); a view is copied to its own buffer.
    await book.xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return { ok: true, book };
}

/**
 * The sheet a person sees first on opening the workbook: the first one not hidden (a hidden sheet
 * in front of it holds lookups or macros' data, not what was filled in), or the first at all.
 */
export function firstVisibleSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return book.worksheets.find((w) => w.state === 'visible') ?? book.worksheets[0];
}
