import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import type { Row } from './read-table.ts';

/** A JSON object of the authored format under construction; parseDefinition checks it at the end. */
export type Draft = Record<string, unknown>;

/**
 * Typed readers of single cells, each reporting a value it cannot read at the cell. They return
 * undefined for an empty cell, and for a bad one after reporting it.
 */
export class CellValues {
  constructor(private readonly issues: XlsFormIssue[]) {}

  text(row: Row, column: string): string | undefined {
    return row.values.get(column);
  }

  number(row: Row, column: string): number | undefined {
    const value = row.values.get(column);
    if (value === undefined) return undefined;
    const n = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : Number.NaN;
    if (Number.isFinite(n)) return n;
    this.issues.push(xlsFormIssue(row.sheet, row.row, 'xlsform.badValue', column, value));
    return undefined;
  }

  /** XLSForm's yes/no: `yes`, `true`, `true()` and their opposites, in any case. */
  flag(row: Row, column: string): boolean | undefined {
    const value = row.values.get(column);
    if (value === undefined) return undefined;
    const flag = yesNo(value);
    if (flag === undefined)
      this.issues.push(xlsFormIssue(row.sheet, row.row, 'xlsform.badValue', column, value));
    return flag;
  }

  /** A list of words separated by spaces or commas. */
  words(row: Row, column: string): string[] | undefined {
    const value = row.values.get(column);
    return value === undefined ? undefined : value.split(/[\s,]+/).filter((w) => w !== '');
  }
}

function yesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'true' || v === 'true()' || v === '1') return true;
  if (v === 'no' || v === 'false' || v === 'false()' || v === '0') return false;
  return undefined;
}
