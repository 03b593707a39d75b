/**
 * A problem in a spreadsheet, located by sheet, row and column. Codes only, so nothing here is
 * prose: the console says each in a sentence of the reader's language (src/console/uploads.ts),
 * and `credmap check` prints the codes as they are.
 */
export interface XlsFormIssue {
  readonly sheet: string;
  /** 1-based spreadsheet row; 1 is the header row, 0 the sheet or file as a whole. */
  readonly row: number;
  /** The column's header as written in the sheet, or its name without the language part. */
  readonly column?: string;
  readonly code: string;
  /** The offending value, where there is one. */
  readonly detail?: string;
}

/** Builds an issue without `undefined` members, which exactOptionalPropertyTypes forbids. */
export function xlsFormIssue(
  sheet: string,
  row: number,
  code: string,
  column?: string,
  detail?: string,
): XlsFormIssue {
  return {
    sheet,
    row,
    code,
    ...(column === undefined ? {} : { column }),
    ...(detail === undefined ? {} : { detail }),
  };
}
