import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import { languageCode } from './languages.ts';
import type { Grid } from './read-grid.ts';

/** What a sheet's columns mean: which credmap reads, which XLSForm has but credmap does not. */
export interface SheetSpec {
  readonly supported: (base: string) => boolean;
  readonly localized: (base: string) => boolean;
  /** Standard XLSForm columns credmap cannot honour; anything else unknown is `unknownColumn`. */
  readonly unsupported: ReadonlySet<string>;
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface Row {
  readonly sheet: string;
  readonly row: number;
  /** Plain values, trimmed, by column name. */
  readonly values: ReadonlyMap<string, string>;
  /** Texts by column name, then language code. */
  readonly texts: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

export interface Table {
  readonly sheet: string;
  readonly rows: readonly Row[];
  /** Column names present in the header row (supported ones). */
  readonly columns: ReadonlySet<string>;
  /** Languages of the text columns, in column order. */
  readonly languages: readonly string[];
}

interface Column {
  readonly index: number;
  readonly base: string;
  readonly language: string | null;
}

/** The column name without its language part, lower case: `label::English (en)` is `label`. */
export function headerBase(header: string, aliases: Readonly<Record<string, string>> = {}): string {
  const base = header.split('::')[0]?.trim().toLowerCase() ?? '';
  return aliases[base] ?? base;
}

/**
 * A grid with its columns understood: texts keyed by language, plain columns trimmed. Columns
 * credmap does not read are reported at every row that fills them, so nothing is ignored silently.
 */
export function readTable(
  grid: Grid,
  spec: SheetSpec,
  defaultLanguage: string | undefined,
  issues: XlsFormIssue[],
): Table {
  const { sheet } = grid;
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const header of grid.headers) {
    const base = headerBase(header.text, spec.aliases);
    const separator = header.text.indexOf('::');
    const tag = separator === -1 ? null : header.text.slice(separator + 2);
    if (!spec.supported(base)) {
      const code = spec.unsupported.has(base) ? 'xlsform.unsupportedColumn' : 'xlsform.unknownColumn';
      for (const row of grid.rows) {
        if (row.cells.has(header.column)) issues.push(xlsFormIssue(sheet, row.row, code, header.text));
      }
      continue;
    }
    let language: string | null = null;
    if (spec.localized(base)) {
      language = tag === null ? (defaultLanguage ?? null) : (languageCode(tag) ?? null);
      if (language === null) {
        issues.push(
          tag === null
            ? xlsFormIssue(sheet, 1, 'xlsform.noDefaultLanguage', header.text)
            : xlsFormIssue(sheet, 1, 'xlsform.unknownLanguage', header.text, tag),
        );
        continue;
      }
    } else if (tag !== null) {
      issues.push(xlsFormIssue(sheet, 1, 'xlsform.unexpectedLanguage', header.text, tag));
      continue;
    }
    const key = language === null ? base : `${base}::${language}`;
    if (seen.has(key)) {
      issues.push(xlsFormIssue(sheet, 1, 'xlsform.duplicateColumn', header.text));
      continue;
    }
    seen.add(key);
    columns.push({ index: header.column, base, language });
  }

  const rows = grid.rows.map((gridRow): Row => {
    const values = new Map<string, string>();
    const texts = new Map<string, Record<string, string>>();
    for (const column of columns) {
      const cell = gridRow.cells.get(column.index);
      if (cell === undefined) continue;
      if (column.language === null) {
        values.set(column.base, cell.trim());
        continue;
      }
      const text = texts.get(column.base) ?? {};
      text[column.language] = cell;
      texts.set(column.base, text);
    }
    return { sheet, row: gridRow.row, values, texts };
  });
  const languages = [...new Set(columns.flatMap((c) => (c.language === null ? [] : [c.language])))];
  return { sheet, rows, columns: new Set(columns.map((c) => c.base)), languages };
}

/** The columns of a row that hold something, to find those that mean nothing for its type. */
export function filledColumns(row: Row): string[] {
  return [...row.values.keys(), ...row.texts.keys()];
}
